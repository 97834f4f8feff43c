# a condition as a Markdown document: advice, source, version, date
args: --format=markdown condition sciatica
status: 0
--- stdout
# Acupuncture for hip pain: Sciatica

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

## Sciatica

*Conditions* · `hipacu show sciatica`

In sciatica, pain spreads outward from the lower back, travelling through the hip and into the leg; people who have it may also find acupuncture beneficial.

Places (where this condition is felt, as the article describes it): the lower back, the hip and the leg.

Acupuncture has been explored for several kinds of hip pain, and across hip conditions generally it does not cure structural damage, though it can complement conventional approaches in managing symptoms.

Piriformis syndrome is a separate condition, described under "Piriformis syndrome".

**Also called:** sciatic pain

**See also:** Piriformis syndrome (`hipacu show piriformis-syndrome`)

*Source: the article's section “Conditions Acupuncture May Assist”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: built in, compiled from data/hipacu.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
