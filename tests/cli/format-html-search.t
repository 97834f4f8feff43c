# search results as a page keep every result
args: --format=html search bruising
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>Search results &middot; hipacu</title>
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
<p class="query">One entry for &ldquo;bruising&rdquo;.</p>
<article id="e-side-effects">
<h2>Possible side effects</h2>
<p class="meta">Safety</p>
<p class="summary">Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.</p>
<p>Acupuncture is generally safe. It can, however, cause minor side effects: you may notice slight bruising, soreness where the needles went in, or a short spell of dizziness.</p>
<p>Serious problems are rare when the treatment is given by a trained professional. For how to choose one, see &ldquo;Choosing a practitioner&rdquo;.</p>
<p><strong>Also called:</strong> side effects, risks, adverse effects</p>
<p><strong>See also:</strong> &ldquo;Choosing a practitioner&rdquo;, &ldquo;Who should be careful&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: built in, compiled from data/hipacu.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28.</p>
</footer>
</body>
</html>
--- stderr
