# markup in every field of a database is shown as text, never run
args: --data tests/data/markup.rec --format=html show apple
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>&lt;/h2&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; &middot; hipacu</title>
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
svg text{fill:var(--muted);font:13px system-ui,sans-serif;text-anchor:middle}
footer{border-top:1px solid var(--rule);margin-top:2.5rem;padding-top:.8rem}
@media print{:root{--fg:#000;--bg:#fff;--muted:#333;--accent:#7c2d12;--note:#fff;--body:#eee;--mark:#e4571b}
body{max-width:none;padding:0;font-size:10.5pt;line-height:1.4}h1,h2,h3{margin:1em 0 .3em}article{margin-top:1rem}p{margin:.5em 0}a{color:inherit;text-decoration:none}
article,figure,.advice,footer{break-inside:avoid}h1,h2,h3,section>.summary{break-after:avoid}
nav{break-after:page}footer{margin-top:1.2rem}
figure.where{float:right;width:40%;margin:0 0 .4rem 1rem}figure.where svg{max-width:none}article::after{content:'';display:block;clear:both}
@page{margin:16mm 15mm}}
</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a doctor first.</strong> General information from one article, not medical advice. See a doctor before trying acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<article id="e-apple">
<h2>&lt;/h2&gt;&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;</h2>
<p class="meta">&lt;script&gt;alert(&quot;topic&quot;)&lt;/script&gt; &amp; &quot;quotes&quot;</p>
<p class="summary"># Not a heading &lt;a href=&quot;http://x.example&quot;&gt;link&lt;/a&gt; *bold* _em_ `code`</p>
<figure class="where">
<svg viewBox="0 0 370 262" role="img" aria-label="Where the article places it: the hip" xmlns="http://www.w3.org/2000/svg">
<path class="body" d="M53 12 Q95 6 137 12 C147 34 159 54 159 84 C157 130 147 190 139 238 L108 238 C104 200 101 160 99 124 Q95 114 91 124 C89 160 86 200 82 238 L51 238 C43 190 33 130 31 84 C31 54 43 34 53 12 Z"/>
<text x="95" y="256">Front</text>
<path class="body" d="M233 12 Q275 6 317 12 C327 34 339 54 339 84 C337 130 327 190 319 238 L288 238 C284 200 281 160 279 124 Q275 114 271 124 C269 160 266 200 262 238 L231 238 C223 190 213 130 211 84 C211 54 223 34 233 12 Z"/>
<text x="275" y="256">Back</text>
<ellipse class="mark" cx="150" cy="76" rx="9" ry="19"/>
<ellipse class="mark" cx="40" cy="76" rx="9" ry="19"/>
<ellipse class="mark" cx="330" cy="76" rx="9" ry="19"/>
<ellipse class="mark" cx="220" cy="76" rx="9" ry="19"/>
</svg>
<figcaption>Where the article places it: the hip. Both sides are marked: the article does not say which.</figcaption>
</figure>
<p>&lt;style&gt;body{display:none}&lt;/style&gt; &quot;double&quot; &#39;single&#39; &amp; &amp;amp; &amp;lt;</p>
<p>- not a list</p>
<p>1. not a numbered list</p>
<p>&gt; not a quote</p>
<p><strong>Also called:</strong> &lt;svg onload=alert(1)&gt;</p>
<p><strong>See also:</strong> &ldquo;Pear&rdquo;</p>
<p class="source">Source: the article's section &ldquo;&quot;&gt;&lt;script&gt;x()&lt;/script&gt;&rdquo;.</p>
<p>Note with &lt;iframe src=&quot;//x.example&quot;&gt;&lt;/iframe&gt; and [a link](http://x.example)</p>
</article>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: tests/data/markup.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28.</p>
</footer>
</body>
</html>
--- stderr
