# An invisible character in the query (U+200B, U+2060) never reaches the
# document raw: it is U+FFFD, as a control character is.
args: --data tests/data/mini.rec --format=markdown search "apple$(printf '\342\200\213')tree$(printf '\342\201\240')"
status: 0
--- stdout
# Acupuncture for hip pain: Search results

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

One entry for “apple�tree�”.

## Green apple

*Foods* · `hipacu show apple`

A crisp fruit.

Apples grow on trees. They keep for months.

A second paragraph that is long enough to need wrapping at a narrow width.

**Also called:** pomme

**See also:** Wash your hands (`hipacu show wash-hands`)

*Source: the article's section “Fruit”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: tests/data/mini.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
