# a page of results from a streamed --data file: the titles of the entries the hits name by hipacu show, read for it
args: --data tests/data/commands.rec --format=html search wash plum
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
<p class="query">2 entries for &ldquo;wash plum&rdquo;, the best first.</p>
<p class="advice">These entries are only the closest the article has, not a sure answer: if they do not answer your question, please ask a medical doctor.</p>
<article id="e-plum">
<h2>Plum rule</h2>
<p class="meta">Rules</p>
<p class="summary">Wash a plum.</p>
<p>Then &ldquo;Pear&rdquo; and &ldquo;<a href="#e-apple">Green apple</a>&rdquo;.</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
<article id="e-apple">
<h2>Green apple</h2>
<p class="meta">Foods</p>
<p class="summary">A crisp fruit; compare &ldquo;Pear&rdquo;.</p>
<p>Read &ldquo;Pear&rdquo; and &ldquo;<a href="#e-plum">Plum rule</a>&rdquo;, or <code class="cmd">hipacu show pear plum</code> apple at once.</p>
<p>Not an entry: <code class="cmd">hipacu show nosuch</code>; a command: <code class="cmd">hipacu list</code>, or <code class="cmd">hipacu</code>.</p>
<p>A topic: <code class="cmd">hipacu rule</code>; a long one: <code class="cmd">hipacu search crisp green</code> fruit today.</p>
<p><strong>See also:</strong> &ldquo;Pear&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: tests/data/commands.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
hipacu: closest match only, not a sure answer: ask a medical doctor
