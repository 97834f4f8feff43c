# The page's stylesheet, whole: light and dark, print, the figure.  The
# other page tests hold the page without it.
args: --format=html show bursitis
style: keep
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>Hip bursitis &middot; hipacu</title>
<style>
:root{color-scheme:light dark;--fg:#1d1b18;--bg:#fffdf9;--muted:#5e584f;--accent:#9a3412;--rule:#e7dfd2;--note:#fbf1e6;--body:#ece4d8;--line:#8d8272;--mark:#e4571b}
@media (prefers-color-scheme:dark){:root{--fg:#ece7df;--bg:#1b1916;--muted:#aaa196;--accent:#fdba74;--rule:#3b362f;--note:#2a241d;--body:#3a342c;--line:#8a8072;--mark:#fb8a3c}}
html{background:var(--bg);color:var(--fg)}
body{margin:0 auto;max-width:44rem;padding:1.25rem 1.1rem 3rem;font:1.06rem/1.6 Charter,'Iowan Old Style',Georgia,serif}
h1,h2,h3{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;line-height:1.25;margin:1.6em 0 .4em}
h1{font-size:1.7rem;margin-top:.4em}h2{font-size:1.35rem}h3{font-size:1.12rem}
a{color:var(--accent)}code{font:.88em ui-monospace,Menlo,Consolas,monospace}
code.cmd{white-space:nowrap}
@media (max-width:24rem){code.cmd{white-space:normal}}
.advice{background:var(--note);border-left:4px solid var(--accent);padding:.7rem 1rem;margin:1rem 0}
.meta,.source,footer{color:var(--muted);font-size:.92rem}
.summary{font-size:1.08rem}
article{border-top:1px solid var(--rule);margin-top:1.6rem}
section>h2{border-bottom:2px solid var(--accent);padding-bottom:.2em}
nav ol{padding-left:1.3rem}nav li{margin:.15em 0}
dt{font-weight:bold;margin-top:.7em}dd{margin-left:1.2rem}
figure.where{margin:1rem 0;text-align:center}
figure.where svg{width:100%;max-width:25rem;height:auto}
figcaption{color:var(--muted);font-size:.9rem}
.body{fill:var(--body);stroke:var(--line);stroke-width:1.5}
.mark{fill:var(--mark);fill-opacity:.85;stroke:var(--accent);stroke-width:1}
.ring{fill:none;stroke:var(--mark);stroke-width:5}
.detail{fill:none;stroke:var(--line);stroke-width:1.2}
svg text{fill:var(--muted);font:13px system-ui,sans-serif;text-anchor:middle}
svg text.label{font-size:11px;font-style:italic}
svg text.legend{font-size:10.5px;text-anchor:start}
footer{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:.8rem}
@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--accent:#7c2d12;--note:#fff;--body:#eee;--mark:#e4571b}
body{max-width:none;padding:0;font-size:10.5pt;line-height:1.4}h1,h2,h3{margin:1em 0 .3em}article{margin-top:1rem}p{margin:.5em 0}a{color:inherit;text-decoration:none}
figure,.advice,footer{break-inside:avoid}h1,h2,h3,section>.summary{break-after:avoid}
footer{margin-top:1.2rem}
figure.where{float:right;width:40%;margin:0 0 .4rem 1rem}figure.where svg{max-width:none}article::after{content:'';display:block;clear:both}
@page{margin:16mm 15mm}}
</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a medical doctor first.</strong> General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<article id="e-bursitis">
<h2>Hip bursitis</h2>
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
<p><strong>See also:</strong> &ldquo;Alongside conventional care&rdquo;</p>
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
