# no command: the whole reference as HTML, with contents
args: --format=html
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>The whole reference &middot; hipacu</title>
<style>(the stylesheet: see format-html-style.t)</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a medical doctor first.</strong> General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<nav aria-label="Contents">
<h2>Contents</h2>
<ol>
<li><a href="#t-0">Conditions</a>
<ol>
<li><a href="#e-hip-pain">Hip pain and acupuncture</a></li>
<li><a href="#e-osteoarthritis">Osteoarthritis</a></li>
<li><a href="#e-sciatica">Sciatica</a></li>
<li><a href="#e-piriformis-syndrome">Piriformis syndrome</a></li>
<li><a href="#e-bursitis">Hip bursitis</a></li>
<li><a href="#e-muscle-strain">Muscle strains and sprains</a></li>
<li><a href="#e-complementary-care">Alongside conventional care</a></li>
</ol></li>
<li><a href="#t-1">Mechanisms</a>
<ol>
<li><a href="#e-endorphins">Endorphin release</a></li>
<li><a href="#e-blood-flow">Local blood flow</a></li>
<li><a href="#e-nerve-modulation">Nerve modulation</a></li>
<li><a href="#e-qi">Qi in traditional Chinese medicine</a></li>
</ol></li>
<li><a href="#t-2">Sessions</a>
<ol>
<li><a href="#e-first-consultation">The first consultation</a></li>
<li><a href="#e-during-a-session">During a session</a></li>
<li><a href="#e-course-of-treatment">Session length and course</a></li>
</ol></li>
<li><a href="#t-3">Safety</a>
<ol>
<li><a href="#e-see-a-doctor">See a medical doctor first</a></li>
<li><a href="#e-choosing-a-practitioner">Choosing a practitioner</a></li>
<li><a href="#e-side-effects">Possible side effects</a></li>
<li><a href="#e-contraindications">Who should be careful</a></li>
</ol></li>
</ol>
</nav>
<section id="t-0">
<h2>Conditions</h2>
<p class="summary">Hip conditions acupuncture may help with, and its limits.</p>
<p>Before trying acupuncture, read the safety notes: &ldquo;<a href="#t-3">Safety</a>&rdquo;</p>
<article id="e-hip-pain">
<h3>Hip pain and acupuncture</h3>
<p class="meta">Conditions</p>
<p class="summary">Hip pain, a common complaint, can disrupt daily life; acupuncture is one ancient practice explored for it.</p>
<figure class="where">
<svg viewBox="0 0 420 362" role="img" aria-label="Front and back of the lower body, marked where this condition is felt, as the article describes it: the hip. The marks are not where needles go." xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M144 20 C152 50 170 80 169 108 C168 140 160 200 148 262 L145 300 L123 300 L122 262 C120 210 116 175 112 158 Q110 153 108 158 C104 175 100 210 98 262 L97 300 L75 300 L72 262 C60 200 52 140 51 108 C50 80 68 50 76 20 Z"/>
<circle class="detail" cx="110" cy="58" r="2.5"/>
<path class="detail" d="M66 104 Q90 134 107 156"/>
<ellipse class="detail" cx="86" cy="262" rx="8" ry="10"/>
<path class="detail" d="M154 104 Q130 134 113 156"/>
<ellipse class="detail" cx="134" cy="262" rx="8" ry="10"/>
<text class="label" x="46" y="24">waist</text>
<text class="label" x="50" y="266">knee</text>
<text x="110" y="322">Front</text>
<path class="body" d="M334 20 C342 50 360 80 359 108 C358 140 350 200 338 262 L335 300 L313 300 L312 262 C310 210 306 175 302 158 Q300 153 298 158 C294 175 290 210 288 262 L287 300 L265 300 L262 262 C250 200 242 140 241 108 C240 80 258 50 266 20 Z"/>
<path class="detail" d="M300 22 L300 98 M300 104 L300 150"/>
<path class="detail" d="M298 152 Q274 166 250 150"/>
<path class="detail" d="M286 264 L266 264"/>
<path class="detail" d="M302 152 Q326 166 350 150"/>
<path class="detail" d="M314 264 L334 264"/>
<path class="detail" d="M370 176 L327 132"/>
<text class="label" x="380" y="188">buttocks</text>
<text x="300" y="322">Back</text>
<ellipse class="mark" cx="160" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="60" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="350" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="250" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="40" cy="348" rx="6" ry="8"/>
<text class="legend" x="54" y="352">Marked: where this condition is felt, as the article describes it</text>
</svg>
<figcaption>Marked: where this condition is felt, as the article describes it: the hip. The marks are not where needles go. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Hip pain can weigh significantly on what people do day to day and on their quality of life. Many people who complain of hip pain turn to a range of different approaches to manage the discomfort.</p>
<p>Acupuncture, a healing practice with ancient roots, has been explored for the benefits it might offer people with hip pain. The rest of this reference describes how acupuncture may act on hip pain, which conditions it may help with, what sessions involve, and what to consider for safety.</p>
<p><strong>Also called:</strong> hip ache, painful hip</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">Alongside conventional care</a>&rdquo;, &ldquo;<a href="#e-see-a-doctor">See a medical doctor first</a>&rdquo;</p>
<p class="source">Source: the article's opening paragraph.</p>
</article>
<article id="e-osteoarthritis">
<h3>Osteoarthritis</h3>
<p class="meta">Conditions</p>
<p class="summary">Osteoarthritis is a condition that involves wear of the cartilage (the smooth tissue covering the ends of the bones in a joint); acupuncture may help in two ways, by relieving or easing pain and by reducing inflammation.</p>
<figure class="where">
<svg viewBox="0 0 420 362" role="img" aria-label="Front and back of the lower body, marked where this condition is felt, as the article describes it: the hip. The marks are not where needles go." xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M144 20 C152 50 170 80 169 108 C168 140 160 200 148 262 L145 300 L123 300 L122 262 C120 210 116 175 112 158 Q110 153 108 158 C104 175 100 210 98 262 L97 300 L75 300 L72 262 C60 200 52 140 51 108 C50 80 68 50 76 20 Z"/>
<circle class="detail" cx="110" cy="58" r="2.5"/>
<path class="detail" d="M66 104 Q90 134 107 156"/>
<ellipse class="detail" cx="86" cy="262" rx="8" ry="10"/>
<path class="detail" d="M154 104 Q130 134 113 156"/>
<ellipse class="detail" cx="134" cy="262" rx="8" ry="10"/>
<text class="label" x="46" y="24">waist</text>
<text class="label" x="50" y="266">knee</text>
<text x="110" y="322">Front</text>
<path class="body" d="M334 20 C342 50 360 80 359 108 C358 140 350 200 338 262 L335 300 L313 300 L312 262 C310 210 306 175 302 158 Q300 153 298 158 C294 175 290 210 288 262 L287 300 L265 300 L262 262 C250 200 242 140 241 108 C240 80 258 50 266 20 Z"/>
<path class="detail" d="M300 22 L300 98 M300 104 L300 150"/>
<path class="detail" d="M298 152 Q274 166 250 150"/>
<path class="detail" d="M286 264 L266 264"/>
<path class="detail" d="M302 152 Q326 166 350 150"/>
<path class="detail" d="M314 264 L334 264"/>
<path class="detail" d="M370 176 L327 132"/>
<text class="label" x="380" y="188">buttocks</text>
<text x="300" y="322">Back</text>
<ellipse class="mark" cx="160" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="60" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="350" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="250" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="40" cy="348" rx="6" ry="8"/>
<text class="legend" x="54" y="352">Marked: where this condition is felt, as the article describes it</text>
</svg>
<figcaption>Marked: where this condition is felt, as the article describes it: the hip. The marks are not where needles go. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Osteoarthritis is among the kinds of hip pain for which acupuncture has been explored.</p>
<p>As with hip conditions generally, acupuncture does not cure structural damage, though it can complement conventional approaches in managing symptoms (see &quot;Alongside conventional care&quot;).</p>
<p><strong>Also called:</strong> OA, hip osteoarthritis</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">Alongside conventional care</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-sciatica">
<h3>Sciatica</h3>
<p class="meta">Conditions</p>
<p class="summary">In sciatica, pain spreads outward from the lower back, travelling through the hip and into the leg; people who have it may also find acupuncture beneficial.</p>
<figure class="where">
<svg viewBox="0 0 420 362" role="img" aria-label="Front and back of the lower body, marked where this condition is felt, as the article describes it: the lower back, the hip and the leg. The marks are not where needles go." xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M144 20 C152 50 170 80 169 108 C168 140 160 200 148 262 L145 300 L123 300 L122 262 C120 210 116 175 112 158 Q110 153 108 158 C104 175 100 210 98 262 L97 300 L75 300 L72 262 C60 200 52 140 51 108 C50 80 68 50 76 20 Z"/>
<circle class="detail" cx="110" cy="58" r="2.5"/>
<path class="detail" d="M66 104 Q90 134 107 156"/>
<ellipse class="detail" cx="86" cy="262" rx="8" ry="10"/>
<path class="detail" d="M154 104 Q130 134 113 156"/>
<ellipse class="detail" cx="134" cy="262" rx="8" ry="10"/>
<text class="label" x="46" y="24">waist</text>
<text class="label" x="50" y="266">knee</text>
<text x="110" y="322">Front</text>
<path class="body" d="M334 20 C342 50 360 80 359 108 C358 140 350 200 338 262 L335 300 L313 300 L312 262 C310 210 306 175 302 158 Q300 153 298 158 C294 175 290 210 288 262 L287 300 L265 300 L262 262 C250 200 242 140 241 108 C240 80 258 50 266 20 Z"/>
<path class="detail" d="M300 22 L300 98 M300 104 L300 150"/>
<path class="detail" d="M298 152 Q274 166 250 150"/>
<path class="detail" d="M286 264 L266 264"/>
<path class="detail" d="M302 152 Q326 166 350 150"/>
<path class="detail" d="M314 264 L334 264"/>
<path class="detail" d="M370 176 L327 132"/>
<text class="label" x="380" y="188">buttocks</text>
<text x="300" y="322">Back</text>
<ellipse class="mark" cx="160" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="60" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="300" cy="78" rx="34" ry="12"/>
<ellipse class="mark" cx="350" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="250" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="326" cy="212" rx="10" ry="52"/>
<ellipse class="mark" cx="274" cy="212" rx="10" ry="52"/>
<ellipse class="mark" cx="40" cy="348" rx="6" ry="8"/>
<text class="legend" x="54" y="352">Marked: where this condition is felt, as the article describes it</text>
</svg>
<figcaption>Marked: where this condition is felt, as the article describes it: the lower back, the hip and the leg. The marks are not where needles go. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Acupuncture has been explored for several kinds of hip pain, and across hip conditions generally it does not cure structural damage, though it can complement conventional approaches in managing symptoms.</p>
<p>Piriformis syndrome is a separate condition, described under &quot;Piriformis syndrome&quot;.</p>
<p><strong>Also called:</strong> sciatic pain</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-piriformis-syndrome">Piriformis syndrome</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-piriformis-syndrome">
<h3>Piriformis syndrome</h3>
<p class="meta">Conditions</p>
<p class="summary">In piriformis syndrome, spasms of the piriformis, a muscle in the buttock, can compress, or squeeze, the sciatic nerve (a nerve in the buttock and the leg); acupuncture could ease the pain.</p>
<figure class="where">
<svg viewBox="0 0 420 362" role="img" aria-label="Front and back of the lower body, marked where this condition is felt, as the article describes it: the hip and the buttock. The marks are not where needles go." xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M144 20 C152 50 170 80 169 108 C168 140 160 200 148 262 L145 300 L123 300 L122 262 C120 210 116 175 112 158 Q110 153 108 158 C104 175 100 210 98 262 L97 300 L75 300 L72 262 C60 200 52 140 51 108 C50 80 68 50 76 20 Z"/>
<circle class="detail" cx="110" cy="58" r="2.5"/>
<path class="detail" d="M66 104 Q90 134 107 156"/>
<ellipse class="detail" cx="86" cy="262" rx="8" ry="10"/>
<path class="detail" d="M154 104 Q130 134 113 156"/>
<ellipse class="detail" cx="134" cy="262" rx="8" ry="10"/>
<text class="label" x="46" y="24">waist</text>
<text class="label" x="50" y="266">knee</text>
<text x="110" y="322">Front</text>
<path class="body" d="M334 20 C342 50 360 80 359 108 C358 140 350 200 338 262 L335 300 L313 300 L312 262 C310 210 306 175 302 158 Q300 153 298 158 C294 175 290 210 288 262 L287 300 L265 300 L262 262 C250 200 242 140 241 108 C240 80 258 50 266 20 Z"/>
<path class="detail" d="M300 22 L300 98 M300 104 L300 150"/>
<path class="detail" d="M298 152 Q274 166 250 150"/>
<path class="detail" d="M286 264 L266 264"/>
<path class="detail" d="M302 152 Q326 166 350 150"/>
<path class="detail" d="M314 264 L334 264"/>
<path class="detail" d="M370 176 L327 132"/>
<text class="label" x="380" y="188">buttocks</text>
<text x="300" y="322">Back</text>
<ellipse class="mark" cx="160" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="60" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="350" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="250" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="325" cy="126" rx="19" ry="20"/>
<ellipse class="mark" cx="275" cy="126" rx="19" ry="20"/>
<ellipse class="mark" cx="40" cy="348" rx="6" ry="8"/>
<text class="legend" x="54" y="352">Marked: where this condition is felt, as the article describes it</text>
</svg>
<figcaption>Marked: where this condition is felt, as the article describes it: the hip and the buttock. The marks are not where needles go. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Piriformis syndrome, the condition marked by spasms of the piriformis muscle, is one more hip condition that acupuncture may address.</p>
<p>The acupuncture approach to piriformis syndrome targets relaxation of the muscle and reduced irritation of the nerve, and in that way could ease pain in the hip and the buttock.</p>
<p><strong>Also called:</strong> piriformis, piriformis spasm</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-sciatica">Sciatica</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-bursitis">
<h3>Hip bursitis</h3>
<p class="meta">Conditions</p>
<p class="summary">Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around the hip joint, is one more condition that may respond to the anti-inflammatory effects of acupuncture.</p>
<figure class="where">
<svg viewBox="0 0 420 362" role="img" aria-label="Front and back of the lower body, marked where this condition is felt, as the article describes it: around the hip joint. The marks are not where needles go." xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M144 20 C152 50 170 80 169 108 C168 140 160 200 148 262 L145 300 L123 300 L122 262 C120 210 116 175 112 158 Q110 153 108 158 C104 175 100 210 98 262 L97 300 L75 300 L72 262 C60 200 52 140 51 108 C50 80 68 50 76 20 Z"/>
<circle class="detail" cx="110" cy="58" r="2.5"/>
<path class="detail" d="M66 104 Q90 134 107 156"/>
<ellipse class="detail" cx="86" cy="262" rx="8" ry="10"/>
<path class="detail" d="M154 104 Q130 134 113 156"/>
<ellipse class="detail" cx="134" cy="262" rx="8" ry="10"/>
<text class="label" x="46" y="24">waist</text>
<text class="label" x="50" y="266">knee</text>
<text x="110" y="322">Front</text>
<path class="body" d="M334 20 C342 50 360 80 359 108 C358 140 350 200 338 262 L335 300 L313 300 L312 262 C310 210 306 175 302 158 Q300 153 298 158 C294 175 290 210 288 262 L287 300 L265 300 L262 262 C250 200 242 140 241 108 C240 80 258 50 266 20 Z"/>
<path class="detail" d="M300 22 L300 98 M300 104 L300 150"/>
<path class="detail" d="M298 152 Q274 166 250 150"/>
<path class="detail" d="M286 264 L266 264"/>
<path class="detail" d="M302 152 Q326 166 350 150"/>
<path class="detail" d="M314 264 L334 264"/>
<path class="detail" d="M370 176 L327 132"/>
<text class="label" x="380" y="188">buttocks</text>
<text x="300" y="322">Back</text>
<ellipse class="mark ring" cx="152" cy="114" rx="16" ry="16"/>
<ellipse class="mark ring" cx="68" cy="114" rx="16" ry="16"/>
<ellipse class="mark ring" cx="342" cy="114" rx="16" ry="16"/>
<ellipse class="mark ring" cx="258" cy="114" rx="16" ry="16"/>
<ellipse class="mark ring" cx="40" cy="348" rx="6" ry="8"/>
<text class="legend" x="54" y="352">Marked: where this condition is felt, as the article describes it</text>
</svg>
<figcaption>Marked: where this condition is felt, as the article describes it: around the hip joint. The marks are not where needles go. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>The word bursae is the plural of bursa.</p>
<p><strong>Also called:</strong> inflamed bursa, bursa inflammation</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">Alongside conventional care</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-muscle-strain">
<h3>Muscle strains and sprains</h3>
<p class="meta">Conditions</p>
<p class="summary">Acupuncture could also play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.</p>
<figure class="where">
<svg viewBox="0 0 420 362" role="img" aria-label="Front and back of the lower body, marked where this condition is felt, as the article describes it: the hip, the groin and the hamstring (the back of the thigh). The marks are not where needles go." xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M144 20 C152 50 170 80 169 108 C168 140 160 200 148 262 L145 300 L123 300 L122 262 C120 210 116 175 112 158 Q110 153 108 158 C104 175 100 210 98 262 L97 300 L75 300 L72 262 C60 200 52 140 51 108 C50 80 68 50 76 20 Z"/>
<circle class="detail" cx="110" cy="58" r="2.5"/>
<path class="detail" d="M66 104 Q90 134 107 156"/>
<ellipse class="detail" cx="86" cy="262" rx="8" ry="10"/>
<path class="detail" d="M154 104 Q130 134 113 156"/>
<ellipse class="detail" cx="134" cy="262" rx="8" ry="10"/>
<text class="label" x="46" y="24">waist</text>
<text class="label" x="50" y="266">knee</text>
<text x="110" y="322">Front</text>
<path class="body" d="M334 20 C342 50 360 80 359 108 C358 140 350 200 338 262 L335 300 L313 300 L312 262 C310 210 306 175 302 158 Q300 153 298 158 C294 175 290 210 288 262 L287 300 L265 300 L262 262 C250 200 242 140 241 108 C240 80 258 50 266 20 Z"/>
<path class="detail" d="M300 22 L300 98 M300 104 L300 150"/>
<path class="detail" d="M298 152 Q274 166 250 150"/>
<path class="detail" d="M286 264 L266 264"/>
<path class="detail" d="M302 152 Q326 166 350 150"/>
<path class="detail" d="M314 264 L334 264"/>
<path class="detail" d="M370 176 L327 132"/>
<text class="label" x="380" y="188">buttocks</text>
<text x="300" y="322">Back</text>
<ellipse class="mark" cx="160" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="60" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="130" cy="140" rx="8" ry="14"/>
<ellipse class="mark" cx="90" cy="140" rx="8" ry="14"/>
<ellipse class="mark" cx="350" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="250" cy="108" rx="7" ry="18"/>
<ellipse class="mark" cx="327" cy="200" rx="11" ry="36"/>
<ellipse class="mark" cx="273" cy="200" rx="11" ry="36"/>
<ellipse class="mark" cx="40" cy="348" rx="6" ry="8"/>
<text class="legend" x="54" y="352">Marked: where this condition is felt, as the article describes it</text>
</svg>
<figcaption>Marked: where this condition is felt, as the article describes it: the hip, the groin and the hamstring (the back of the thigh). The marks are not where needles go. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>In cases where hip muscles are strained or sprained, such as the groin or hamstring muscles, acupuncture treatment has three aims: to support healing, to ease tension in the muscles, and to relieve pain in the affected area.</p>
<p>Acupuncture does not mend structural damage, but it can complement conventional care in managing the symptoms.</p>
<p><strong>Also called:</strong> groin strain, pulled groin, hamstring strain, pulled hamstring, hip sprain, hip strain, pulled hip muscle, sprained hip</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">Alongside conventional care</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-complementary-care">
<h3>Alongside conventional care</h3>
<p class="meta">Conditions</p>
<p class="summary">Whatever the hip condition, acupuncture will not undo structural damage, but it can help manage symptoms across many different kinds of hip trouble as a complement to conventional care.</p>
<p>A complementary therapy, which acupuncture can be, is one used together with conventional medical approaches.</p>
<p>Before starting acupuncture, see a medical doctor, as set out under &quot;See a medical doctor first&quot;.</p>
<p><strong>Also called:</strong> no cure for structural damage, complementary therapy</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-see-a-doctor">See a medical doctor first</a>&rdquo;, &ldquo;<a href="#e-osteoarthritis">Osteoarthritis</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
</section>
<section id="t-1">
<h2>Mechanisms</h2>
<p class="summary">How acupuncture is thought to act on hip pain.</p>
<article id="e-endorphins">
<h3>Endorphin release</h3>
<p class="meta">Mechanisms</p>
<p class="summary">Acupuncture is thought to prompt the release of endorphins, which are natural pain-relieving chemicals that the body produces on its own.</p>
<p>Acupuncture is thought to act, through more than one mechanism (way of working), on the way pain is perceived and on the way the body functions. Endorphin release is one of the proposed pathways.</p>
<p>Endorphins released through acupuncture are thought to help lessen, or relieve, pain in the hip.</p>
<p><strong>Also called:</strong> endorphin, natural painkillers</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-nerve-modulation">Nerve modulation</a>&rdquo;, &ldquo;<a href="#e-blood-flow">Local blood flow</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
<article id="e-blood-flow">
<h3>Local blood flow</h3>
<p class="meta">Mechanisms</p>
<p class="summary">The insertion of needles may also stimulate blood flow locally, in the hip, and the increase may help tissues mend and calm inflammation.</p>
<p>Increased circulation in the hip carries oxygen and nutrients to the area and takes waste products away.</p>
<p>Local blood flow is one of several ways in which acupuncture is thought to work, with endorphin release and changes in nerve activity among the others.</p>
<p><strong>Also called:</strong> circulation, blood circulation</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-endorphins">Endorphin release</a>&rdquo;, &ldquo;<a href="#e-nerve-modulation">Nerve modulation</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
<article id="e-nerve-modulation">
<h3>Nerve modulation</h3>
<p class="meta">Mechanisms</p>
<p class="summary">Acupuncture may also modulate (adjust) nerve activity and so interrupt pain signals passing from the hip up to the brain.</p>
<p>Nerve modulation, another proposed mechanism (way of working), concerns the nerves.</p>
<p>Nerve modulation is one of several mechanisms through which acupuncture is thought to influence how pain is felt and how the body works, with endorphin release and local blood flow among the others.</p>
<p><strong>Also called:</strong> nerves, pain signals</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-endorphins">Endorphin release</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
<article id="e-qi">
<h3>Qi in traditional Chinese medicine</h3>
<p class="meta">Mechanisms</p>
<p class="summary">In the view of traditional Chinese medicine, acupuncture aims to restore an even, balanced flow of the body&#39;s qi, or life energy, through the whole body.</p>
<p>In traditional Chinese medicine, qi that has stagnated (stopped flowing freely) or lost its balance in the hip is believed to play a part in pain there.</p>
<p>In traditional Chinese medicine, practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony.</p>
<p><strong>Also called:</strong> chi, life energy</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-endorphins">Endorphin release</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
</section>
<section id="t-2">
<h2>Sessions</h2>
<p class="summary">What to expect from a consultation and a course of sessions.</p>
<p>Before trying acupuncture, read the safety notes: &ldquo;<a href="#t-3">Safety</a>&rdquo;</p>
<article id="e-first-consultation">
<h3>The first consultation</h3>
<p class="meta">Sessions</p>
<p class="summary">A first visit for hip pain covers your medical history, your symptoms and the way you live (your lifestyle) in a thorough talk with the practitioner, so that a treatment plan can be drawn up.</p>
<p>To choose the most suitable treatment plan, which includes working out the specific acupuncture points to use, the practitioner looks at what your hip pain is like and where it is located.</p>
<p><strong>Also called:</strong> first visit, initial consultation, first appointment, assessment</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-during-a-session">During a session</a>&rdquo;, &ldquo;<a href="#e-course-of-treatment">Session length and course</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;What to Expect from Acupuncture Sessions&rdquo;.</p>
</article>
<article id="e-during-a-session">
<h3>During a session</h3>
<p class="meta">Sessions</p>
<p class="summary">Thin, sterile (germ-free) needles are inserted into specific points on the body and usually left in for 15 to 30 minutes, a time you can spend relaxing.</p>
<p>The points chosen for the needles may be in areas around the hip, on the legs, or at points some distance away.</p>
<p>Most people having acupuncture report that the discomfort is minimal. At the needle sites, the feeling is often described as a dull ache, a tingling or a feeling of warmth.</p>
<p><strong>Also called:</strong> needling, treatment session</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-first-consultation">The first consultation</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;What to Expect from Acupuncture Sessions&rdquo;.</p>
</article>
<article id="e-course-of-treatment">
<h3>Session length and course</h3>
<p class="meta">Sessions</p>
<p class="summary">One session, consultation included, generally lasts 45 to 60 minutes; courses vary, but typically a course is made up of 6 to 12 sessions.</p>
<p>The number of sessions needed depends on how severe the hip pain is and on its chronicity, meaning how long the pain has lasted.</p>
<p>Early in a course, sessions are often held once or twice weekly. Relief comes after a few sessions for some people, while others need treatment that is kept up more steadily.</p>
<p><strong>Also called:</strong> number of sessions, treatment course, session length, frequency</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-first-consultation">The first consultation</a>&rdquo;, &ldquo;<a href="#e-during-a-session">During a session</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;What to Expect from Acupuncture Sessions&rdquo;.</p>
</article>
</section>
<section id="t-3">
<h2>Safety</h2>
<p class="summary">Choosing a practitioner, side effects and precautions.</p>
<article id="e-see-a-doctor">
<h3>See a medical doctor first</h3>
<p class="meta">Safety</p>
<p class="summary">Always speak to a medical doctor before you begin acupuncture, above all when your hip pain is severe or persistent or comes with other symptoms that are a cause for concern, and bear in mind that acupuncture can work as a complementary therapy, used together with conventional medical treatments.</p>
<p>Anyone with a bleeding disorder, a pacemaker or another significant medical condition should also tell the practitioner and discuss the risks (see &quot;Who should be careful&quot;).</p>
<p>For more on how acupuncture fits in with other care, see &quot;Alongside conventional care&quot;.</p>
<p><strong>Also called:</strong> doctor, GP, physician, medical doctor</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-contraindications">Who should be careful</a>&rdquo;, &ldquo;<a href="#e-complementary-care">Alongside conventional care</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-choosing-a-practitioner">
<h3>Choosing a practitioner</h3>
<p class="meta">Safety</p>
<p class="summary">If you are thinking of trying acupuncture for hip pain, choose a licensed, experienced practitioner and check their credentials (proof of their qualifications).</p>
<p>Licensing rules vary from region to region, but a properly qualified practitioner will have had extensive training and will follow the profession&#39;s standards.</p>
<p>Checking, or verifying, a practitioner&#39;s credentials helps make your experience of acupuncture treatment safe and effective.</p>
<p><strong>Also called:</strong> practitioner, acupuncturist, licensed acupuncturist</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-side-effects">Possible side effects</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-side-effects">
<h3>Possible side effects</h3>
<p class="meta">Safety</p>
<p class="summary">Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.</p>
<p>Minor side effects that you may notice include slight bruising, soreness where the needles went in, or dizziness that is temporary.</p>
<p>For how to choose a trained professional, see &quot;Choosing a practitioner&quot;.</p>
<p><strong>Also called:</strong> side effects, risks, adverse effects</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-choosing-a-practitioner">Choosing a practitioner</a>&rdquo;, &ldquo;<a href="#e-contraindications">Who should be careful</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-contraindications">
<h3>Who should be careful</h3>
<p class="meta">Safety</p>
<p class="summary">A bleeding disorder or a pacemaker may make acupuncture unsuitable (a contraindication); if you have one of these or another significant medical condition, tell your practitioner and discuss the risks with them.</p>
<p>Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable (contraindication is the medical word for such a reason); bleeding disorders and having a pacemaker are examples.</p>
<p>Consult a medical doctor before you start acupuncture, as set out under &quot;See a medical doctor first&quot;.</p>
<p><strong>Also called:</strong> contraindication, bleeding disorder, pacemaker</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-see-a-doctor">See a medical doctor first</a>&rdquo;, &ldquo;<a href="#e-side-effects">Possible side effects</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
</section>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: built in, compiled from data/hipacu.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
