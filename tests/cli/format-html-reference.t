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
<li><a href="#e-complementary-care">A complement, not a cure</a></li>
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
<p class="summary">Hip pain is common and can disrupt daily life; acupuncture is one ancient practice explored for it.</p>
<figure class="where">
<svg viewBox="0 0 420 330" role="img" aria-label="Where the article places it: the hip" xmlns="http://www.w3.org/2000/svg">
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
</svg>
<figcaption>Where the article places it: the hip. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Plenty of people complain of pain in the hip. It can weigh significantly on what they do day to day and on their quality of life. To manage that discomfort, many turn to a range of different approaches.</p>
<p>Acupuncture, a healing practice with ancient roots, is one of them, and it has been explored for the benefits it might offer. This reference describes how acupuncture may act on hip pain, which conditions it may help with, what sessions involve, and what to consider for safety.</p>
<p><strong>Also called:</strong> hip ache, painful hip</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">A complement, not a cure</a>&rdquo;, &ldquo;<a href="#e-see-a-doctor">See a medical doctor first</a>&rdquo;</p>
<p class="source">Source: the article's opening paragraph.</p>
</article>
<article id="e-osteoarthritis">
<h3>Osteoarthritis</h3>
<p class="meta">Conditions</p>
<p class="summary">Osteoarthritis wears down cartilage; acupuncture may help by easing pain and reducing inflammation.</p>
<figure class="where">
<svg viewBox="0 0 420 330" role="img" aria-label="Where the article places it: the hip" xmlns="http://www.w3.org/2000/svg">
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
</svg>
<figcaption>Where the article places it: the hip. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Osteoarthritis is among the kinds of hip pain for which acupuncture has been explored. The condition involves wear of the cartilage.</p>
<p>Acupuncture may be of help here in two ways: by bringing inflammation down and by relieving pain. As with hip conditions generally, acupuncture is not a cure for structural damage, though it can complement conventional approaches in managing symptoms (see &quot;A complement, not a cure&quot;).</p>
<p><strong>Also called:</strong> OA, hip osteoarthritis</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">A complement, not a cure</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-sciatica">
<h3>Sciatica</h3>
<p class="meta">Conditions</p>
<p class="summary">Sciatica sends pain from the lower back through the hip and into the leg; people who have it may find acupuncture beneficial.</p>
<figure class="where">
<svg viewBox="0 0 420 330" role="img" aria-label="Where the article places it: the lower back, the hip and the leg" xmlns="http://www.w3.org/2000/svg">
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
</svg>
<figcaption>Where the article places it: the lower back, the hip and the leg. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>In sciatica, pain spreads outward from the lower back, travelling into the hip and on into the leg. Acupuncture has been explored for several kinds of hip pain, and people who have sciatica may also find it beneficial.</p>
<p>As with hip conditions generally, acupuncture is not a cure for structural damage, though it can complement conventional approaches in managing the symptoms. For piriformis syndrome, in which the sciatic nerve can be compressed, see &quot;Piriformis syndrome&quot;.</p>
<p><strong>Also called:</strong> sciatic pain, sciatic nerve pain</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-piriformis-syndrome">Piriformis syndrome</a>&rdquo;, &ldquo;<a href="#e-nerve-modulation">Nerve modulation</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-piriformis-syndrome">
<h3>Piriformis syndrome</h3>
<p class="meta">Conditions</p>
<p class="summary">Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture could ease the pain.</p>
<figure class="where">
<svg viewBox="0 0 420 330" role="img" aria-label="Where the article places it: the hip and the buttock" xmlns="http://www.w3.org/2000/svg">
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
</svg>
<figcaption>Where the article places it: the hip and the buttock. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Piriformis syndrome is marked by spasms of the piriformis muscle, and these spasms can squeeze the sciatic nerve. Acupuncture may be of use for this condition as well.</p>
<p>The approach targets relaxation of the muscle and reduced irritation of the nerve. In this way, acupuncture could ease pain in the hip and in the buttock. For pain that travels down from the lower back through the hip and leg, see &quot;Sciatica&quot;.</p>
<p><strong>Also called:</strong> piriformis, piriformis spasm</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-sciatica">Sciatica</a>&rdquo;, &ldquo;<a href="#e-nerve-modulation">Nerve modulation</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-bursitis">
<h3>Hip bursitis</h3>
<p class="meta">Conditions</p>
<p class="summary">Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.</p>
<figure class="where">
<svg viewBox="0 0 420 330" role="img" aria-label="Where the article places it: around the hip joint" xmlns="http://www.w3.org/2000/svg">
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
</svg>
<figcaption>Where the article places it: around the hip joint. Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Around the hip joint sit bursae, which are sacs filled with fluid. Bursitis is the name for inflammation of these sacs.</p>
<p>It is one more hip condition that may respond to the anti-inflammatory effects of acupuncture.</p>
<p><strong>Also called:</strong> inflamed bursa, bursa inflammation</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">A complement, not a cure</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-muscle-strain">
<h3>Muscle strains and sprains</h3>
<p class="meta">Conditions</p>
<p class="summary">Acupuncture could play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.</p>
<figure class="where">
<svg viewBox="0 0 420 330" role="img" aria-label="Where the article places it: the hip, the groin and the hamstring (the back of the thigh)" xmlns="http://www.w3.org/2000/svg">
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
</svg>
<figcaption>Where the article places it: the hip, the groin and the hamstring (the back of the thigh). Both sides of the body are marked because the article does not say which side: it may be only one.</figcaption>
</figure>
<p>Acupuncture could also have a role in managing muscle strains or sprains of the hip, for instance where the groin or hamstring muscles are affected.</p>
<p>In these cases, treatment has three aims: to support healing, to ease tension in the muscles, and to relieve pain in the affected area. It does not mend structural damage, but it can complement conventional care in managing the symptoms.</p>
<p><strong>Also called:</strong> groin strain, pulled groin, hamstring strain, pulled hamstring, hip sprain, hip strain, pulled hip muscle, sprained hip</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-complementary-care">A complement, not a cure</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
<article id="e-complementary-care">
<h3>A complement, not a cure</h3>
<p class="meta">Conditions</p>
<p class="summary">Acupuncture will not undo structural damage, but it can be used with conventional care to help manage symptoms.</p>
<p>Whatever the hip condition, acupuncture does not repair structural damage. It can, however, complement conventional medical approaches, as a way to help manage symptoms across many different kinds of hip trouble.</p>
<p>Before starting, see a medical doctor, as set out under &quot;See a medical doctor first&quot;.</p>
<p><strong>Also called:</strong> not a cure, complementary therapy</p>
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
<p class="summary">Acupuncture is thought to prompt the release of endorphins, the body&#39;s own pain-relieving chemicals.</p>
<p>Acupuncture is thought to act, through more than one mechanism, on the way pain is perceived and on the way the body functions.</p>
<p>One of these proposed pathways is the release of endorphins: natural chemicals that the body produces itself and that relieve pain. On this account, the endorphins help to lessen pain in the hip.</p>
<p><strong>Also called:</strong> endorphin, natural painkillers</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-nerve-modulation">Nerve modulation</a>&rdquo;, &ldquo;<a href="#e-blood-flow">Local blood flow</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
<article id="e-blood-flow">
<h3>Local blood flow</h3>
<p class="meta">Mechanisms</p>
<p class="summary">Needling may increase blood flow in the hip, which may help tissues mend and calm inflammation.</p>
<p>The insertion of needles may also stimulate blood flow locally, in the hip. This may help tissue to repair and may bring inflammation down.</p>
<p>The extra circulation carries oxygen and nutrients to the area and takes waste products away.</p>
<p><strong>Also called:</strong> circulation, blood circulation</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-endorphins">Endorphin release</a>&rdquo;, &ldquo;<a href="#e-nerve-modulation">Nerve modulation</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
<article id="e-nerve-modulation">
<h3>Nerve modulation</h3>
<p class="meta">Mechanisms</p>
<p class="summary">Acupuncture may adjust nerve activity and so interrupt pain signals on their way to the brain from the hip.</p>
<p>Another proposed mechanism concerns the nerves. Acupuncture may adjust, or modulate, nerve activity, and in this way interrupt the signals of pain passing from the hip up to the brain.</p>
<p>With endorphin release and local blood flow, this is one of the mechanisms through which acupuncture is thought to influence how pain is felt and how the body works. Lessening irritation of a nerve is also one aim of acupuncture in piriformis syndrome.</p>
<p><strong>Also called:</strong> nerves, pain signals</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-endorphins">Endorphin release</a>&rdquo;, &ldquo;<a href="#e-piriformis-syndrome">Piriformis syndrome</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;How Acupuncture Addresses Hip Pain&rdquo;.</p>
</article>
<article id="e-qi">
<h3>Qi in traditional Chinese medicine</h3>
<p class="meta">Mechanisms</p>
<p class="summary">Traditional Chinese medicine sees acupuncture as a way to bring the body&#39;s qi, or life energy, back into balance.</p>
<p>In traditional Chinese medicine, acupuncture aims to bring &quot;qi&quot;, the body&#39;s life energy, back into an even, balanced flow through the whole body.</p>
<p>On this view, pain in the hip is believed to come partly from qi there that has stagnated or lost its balance. Practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony.</p>
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
<p class="summary">A first visit covers your history, symptoms and lifestyle so that a treatment plan can be drawn up.</p>
<p>At the first appointment for hip pain, expect to talk at length with the practitioner about your medical history, your symptoms and the way you live.</p>
<p>The practitioner looks at what your hip pain is like and where it is located. From this, they decide on the most suitable treatment plan, which includes working out the specific acupuncture points to use.</p>
<p><strong>Also called:</strong> first visit, initial consultation, first appointment, assessment</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-during-a-session">During a session</a>&rdquo;, &ldquo;<a href="#e-course-of-treatment">Session length and course</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;What to Expect from Acupuncture Sessions&rdquo;.</p>
</article>
<article id="e-during-a-session">
<h3>During a session</h3>
<p class="meta">Sessions</p>
<p class="summary">Thin, sterile needles are placed at chosen points and usually left in for 15 to 30 minutes.</p>
<p>In a session, thin, sterile needles go into specific points on the body. These may be in areas around the hip, on the legs, or at points some distance away.</p>
<p>Most people say the discomfort is minimal. The feeling at the needle sites is often described as a dull ache, as tingling, or as warmth. The usual time for the needles to stay in is 15 to 30 minutes, which you can spend relaxing.</p>
<p><strong>Also called:</strong> needling, treatment session</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-first-consultation">The first consultation</a>&rdquo;, &ldquo;<a href="#e-side-effects">Possible side effects</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;What to Expect from Acupuncture Sessions&rdquo;.</p>
</article>
<article id="e-course-of-treatment">
<h3>Session length and course</h3>
<p class="meta">Sessions</p>
<p class="summary">A session, consultation included, generally lasts 45 to 60 minutes; courses vary, but 6 to 12 sessions is typical.</p>
<p>One session generally takes 45 to 60 minutes, consultation included.</p>
<p>How many sessions are needed depends on how severe the hip pain is and on its chronicity, that is, how long it has lasted. Typically, a course is made up of 6 to 12 sessions, and early on these are often held once or twice weekly. Relief comes after only a few sessions for some people, while others need treatment that is kept up more steadily.</p>
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
<p class="summary">Always check with a medical doctor before trying acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
<p>Before you begin acupuncture, always speak to a medical doctor. This matters most when your hip pain is severe or persistent, or when it comes with other symptoms that are a cause for concern.</p>
<p>Acupuncture can play a complementary role, used together with conventional medical treatments (see &quot;A complement, not a cure&quot;).</p>
<p><strong>Also called:</strong> doctor, GP, physician, medical doctor</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-contraindications">Who should be careful</a>&rdquo;, &ldquo;<a href="#e-complementary-care">A complement, not a cure</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-choosing-a-practitioner">
<h3>Choosing a practitioner</h3>
<p class="meta">Safety</p>
<p class="summary">Choose a licensed, experienced practitioner and check their credentials.</p>
<p>If you are thinking of trying acupuncture for hip pain, look for an acupuncturist who holds a licence and has experience. Licensing rules vary from region to region; a properly qualified practitioner will have had extensive training and will follow the profession&#39;s standards.</p>
<p>Asking about their qualifications and checking them helps make your treatment safe and effective.</p>
<p><strong>Also called:</strong> practitioner, acupuncturist, licensed acupuncturist</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-side-effects">Possible side effects</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-side-effects">
<h3>Possible side effects</h3>
<p class="meta">Safety</p>
<p class="summary">Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.</p>
<p>Acupuncture is generally safe. It can, however, cause minor side effects: you may notice slight bruising, soreness where the needles went in, or a short spell of dizziness.</p>
<p>Serious problems are rare when the treatment is given by a trained professional. For how to choose one, see &quot;Choosing a practitioner&quot;.</p>
<p><strong>Also called:</strong> side effects, risks, adverse effects</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-choosing-a-practitioner">Choosing a practitioner</a>&rdquo;, &ldquo;<a href="#e-contraindications">Who should be careful</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-contraindications">
<h3>Who should be careful</h3>
<p class="meta">Safety</p>
<p class="summary">A bleeding disorder or a pacemaker may make acupuncture unsuitable; with these or other significant medical conditions, tell your practitioner, discuss the risks and see a medical doctor first.</p>
<p>Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable. Bleeding disorders and having a pacemaker are examples.</p>
<p>If you have one of these, or another significant medical condition, tell your practitioner and talk the risks through with them. Consult a medical doctor before you start, as set out under &quot;See a medical doctor first&quot;.</p>
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
