# a search page for a question the article does not cover says so, with no entries
args: --format=html search can i drive after acupuncture
status: 1
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
<p class="query">Nothing in the article answers &ldquo;can i drive after acupuncture&rdquo;.</p>
<p class="advice">The article does not mention &#39;drive&#39;. It does not cover this question: please ask a medical doctor.</p>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: built in, compiled from data/hipacu.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
hipacu: no entry mentions 'drive'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
