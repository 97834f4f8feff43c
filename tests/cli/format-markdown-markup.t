# markup and Markdown in every field stay text in Markdown
args: --data tests/data/markup.rec --format=markdown show apple
status: 0
--- stdout
# Acupuncture for hip pain: \</h2\>\<script\>alert('title')\</script\>

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

## \</h2\>\<script\>alert('title')\</script\>

*\<script\>alert("topic")\</script\> \& "quotes"* · `hipacu show apple`

\# Not a heading \<a href="http://x.example"\>link\</a\> \*bold\* \_em\_ \`code\`

Places (where this condition is felt, as the article describes it): the hip.

\<style\>body{display:none}\</style\> "double" 'single' \& \&amp; \&lt;

\- not a list

1\. not a numbered list

\> not a quote

**Also called:** \<svg onload=alert(1)\>

**See also:** Pear (`hipacu show pear`)

*Source: the article's section “"\>\<script\>x()\</script\>”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: tests/data/markup.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
