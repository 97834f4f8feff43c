# the whole reference: hipacu TOPIC links its section, hipacu show ID its entry
args: --data tests/data/commands.rec --format=html
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
<li><a href="#t-0">Foods</a>
<ol>
<li><a href="#e-apple">Green apple</a></li>
<li><a href="#e-pear">Pear</a></li>
</ol></li>
<li><a href="#t-1">Rules</a>
<ol>
<li><a href="#e-plum">Plum rule</a></li>
</ol></li>
</ol>
</nav>
<section id="t-0">
<h2>Foods</h2>
<p class="summary">Things to eat; <code class="cmd">hipacu show apple lists</code> one.</p>
<p>See &ldquo;<a href="#e-apple">Green apple</a>&rdquo; and &ldquo;<a href="#e-pear">Pear</a>&rdquo;, or &ldquo;<a href="#t-1">Rules</a>&rdquo;.</p>
<article id="e-apple">
<h3>Green apple</h3>
<p class="meta">Foods</p>
<p class="summary">A crisp fruit; compare &ldquo;<a href="#e-pear">Pear</a>&rdquo;.</p>
<p>Read &ldquo;<a href="#e-pear">Pear</a>&rdquo; and &ldquo;<a href="#e-plum">Plum rule</a>&rdquo;, or <code class="cmd">hipacu show pear plum</code> apple at once.</p>
<p>Not an entry: <code class="cmd">hipacu show nosuch</code>; a command: <code class="cmd">hipacu list</code>, or <code class="cmd">hipacu</code>.</p>
<p>A topic: &ldquo;<a href="#t-1">Rules</a>&rdquo;; a long one: <code class="cmd">hipacu search crisp green</code> fruit today.</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-pear">Pear</a>&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
<article id="e-pear">
<h3>Pear</h3>
<p class="meta">Foods</p>
<p class="summary">A soft fruit.</p>
<p>Like &ldquo;<a href="#e-apple">Green apple</a>&rdquo;.</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
</section>
<section id="t-1">
<h2>Rules</h2>
<p class="summary">Rules to keep.</p>
<article id="e-plum">
<h3>Plum rule</h3>
<p class="meta">Rules</p>
<p class="summary">Wash a plum.</p>
<p>Then &ldquo;<a href="#e-pear">Pear</a>&rdquo; and &ldquo;<a href="#e-apple">Green apple</a>&rdquo;.</p>
<p class="source">Source: the article's section &ldquo;Fruit&rdquo;.</p>
</article>
</section>
</main>
<footer>
<p>Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu&#39;s own words. Database: tests/data/commands.rec.</p>
<p>Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.</p>
</footer>
</body>
</html>
--- stderr
