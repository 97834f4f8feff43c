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
<style>(the stylesheet: see format-html-style.t)</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a medical doctor first.</strong> General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<p class="query">One entry for &ldquo;bruising&rdquo;.</p>
<article id="e-side-effects">
<h2>Possible side effects</h2>
<p class="meta">Safety</p>
<p class="summary">Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.</p>
<p>Minor side effects that you may notice include slight bruising, soreness where the needles went in, or dizziness that is temporary.</p>
<p>For how to choose a trained professional, see &quot;Choosing a practitioner&quot;.</p>
<p><strong>Also called:</strong> side effects, risks, adverse effects</p>
<p><strong>See also:</strong> &ldquo;Choosing a practitioner&rdquo;, &ldquo;Who should be careful&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: built in, compiled from data/hipacu.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
