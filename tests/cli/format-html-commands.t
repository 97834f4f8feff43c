# commands in prose as the titles they print (links to entries on the page), others as code
args: --data tests/data/commands.rec --format=html show apple pear
status: 0
--- stdout
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hipacu 0.1.0">
<title>Entries &middot; hipacu</title>
<style>(the stylesheet: see format-html-style.t)</style>
</head>
<body>
<header>
<h1>Acupuncture for hip pain</h1>
<p class="advice"><strong>See a medical doctor first.</strong> General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</header>
<main>
<article id="e-apple">
<h2>Green apple</h2>
<p class="meta">Foods</p>
<p class="summary">A crisp fruit; compare &ldquo;<a href="#e-pear">Pear</a>&rdquo;.</p>
<p>Read &ldquo;<a href="#e-pear">Pear</a>&rdquo; and &ldquo;Plum rule&rdquo;, or <code class="cmd">hipacu show pear plum</code> apple at once.</p>
<p>Not an entry: <code class="cmd">hipacu show nosuch</code>; a command: <code class="cmd">hipacu list</code>, or <code class="cmd">hipacu</code>.</p>
<p>A topic: <code class="cmd">hipacu rule</code>; a long one: <code class="cmd">hipacu search crisp green</code> fruit today.</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-pear">Pear</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
<article id="e-pear">
<h2>Pear</h2>
<p class="meta">Foods</p>
<p class="summary">A soft fruit.</p>
<p>Like &ldquo;<a href="#e-apple">Green apple</a>&rdquo;.</p>
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
