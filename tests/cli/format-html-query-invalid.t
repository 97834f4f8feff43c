# a query of bytes that are not UTF-8 is shown on the page as U+FFFD, never as the bytes
args: --data tests/data/mini.rec --format=html search "$(printf 'apple\377')"
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>Search results &middot; hipacu</title>
<style>(the stylesheet: see format-html-style.t)</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a medical doctor first.</strong> General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<p class="query">One entry for &ldquo;apple&#xFFFD;&rdquo;.</p>
<article id="e-apple">
<h2>Green apple</h2>
<p class="meta">Foods</p>
<p class="summary">A crisp fruit.</p>
<p>Apples grow on trees. They keep for months.</p>
<p>A second paragraph that is long enough to need wrapping at a narrow width.</p>
<p><strong>Also called:</strong> pomme</p>
<p><strong>See also:</strong> &ldquo;Wash your hands&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: tests/data/mini.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
