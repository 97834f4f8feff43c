# a search page says what the search made of the words: the missing word and that the entries match only the others
args: --format=html search is it safe if i am pregnant
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
<p class="query">2 entries for &ldquo;is it safe if i am pregnant&rdquo;, the best first.</p>
<p class="advice">The article does not mention &#39;pregnant&#39;. These entries are only the closest the article has, not a sure answer: if they do not answer your question, please ask a medical doctor.</p>
<article id="e-side-effects">
<h2>Possible side effects</h2>
<p class="meta">Safety</p>
<p class="summary">Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.</p>
<p>Minor side effects that you may notice include slight bruising, soreness where the needles went in, or dizziness that is temporary.</p>
<p>For how to choose a trained professional, see &quot;Choosing a practitioner&quot;.</p>
<p><strong>Also called:</strong> side effects, risks, adverse effects</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-choosing-a-practitioner">Choosing a practitioner</a>&rdquo;, &ldquo;Who should be careful&rdquo;</p>
<p class="source">Source: the article's section &ldquo;Safety and Important Considerations&rdquo;.</p>
</article>
<article id="e-choosing-a-practitioner">
<h2>Choosing a practitioner</h2>
<p class="meta">Safety</p>
<p class="summary">If you are thinking of trying acupuncture for hip pain, choose a licensed, experienced practitioner and check their credentials (proof of their qualifications).</p>
<p>Licensing rules vary from region to region, but a properly qualified practitioner will have had extensive training and will follow the profession&#39;s standards.</p>
<p>Checking, or verifying, a practitioner&#39;s credentials helps make your experience of acupuncture treatment safe and effective.</p>
<p><strong>Also called:</strong> practitioner, acupuncturist, licensed acupuncturist</p>
<p><strong>See also:</strong> &ldquo;<a href="#e-side-effects">Possible side effects</a>&rdquo;</p>
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
hipacu: no entry mentions 'pregnant'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
