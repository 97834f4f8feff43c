# a newline in the query is a space in Markdown: what follows it starts no heading, list or code
args: --data tests/data/markdown.rec --format=markdown search "$(printf 'pear\n# heading\n    - code')"
status: 0
--- stdout
# Acupuncture for hip pain: Search results

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

One entry for “pear # heading     - code”.

**The article does not mention 'heading' or 'code'. These entries are only the closest the article has, not a sure answer: if they do not answer your question, please ask a medical doctor.**

## Pear \#

*1. Numbered topic* · `hipacu show pear`

\> A quoted pear.

Plain.

*Source: the article's section “Fruit”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: tests/data/markdown.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
hipacu: no entry mentions 'heading'
hipacu: no entry mentions 'code'
hipacu: closest match only, not a sure answer: ask a medical doctor
