# a condition as one self-contained HTML page, with the figure
args: --format=html condition sciatica
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>Sciatica &middot; hipacu</title>
<style>(the stylesheet: see format-html-style.t)</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a medical doctor first.</strong> General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<article id="e-sciatica">
<h2>Sciatica</h2>
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
<p><strong>See also:</strong> &ldquo;Piriformis syndrome&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Conditions Acupuncture May Assist&rdquo;.</p>
</article>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: built in, compiled from data/hipacu.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
