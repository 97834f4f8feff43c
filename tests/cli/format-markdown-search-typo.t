# a markdown search page says how a typo was read, and the query as typed
args: --format=markdown search pacemakr
status: 0
--- stdout
# Acupuncture for hip pain: Search results

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

One entry for “pacemakr”.

Note: reading 'pacemakr' as 'pacemaker'.

## Who should be careful

*Safety* · `hipacu show contraindications`

A bleeding disorder or a pacemaker may make acupuncture unsuitable; with these or other significant medical conditions, tell your practitioner, discuss the risks and see a medical doctor first.

Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable. Bleeding disorders and having a pacemaker are examples.

If you have one of these, or another significant medical condition, tell your practitioner and talk the risks through with them. Consult a medical doctor before you start, as set out under "See a medical doctor first".

**Also called:** contraindication, bleeding disorder, pacemaker

**See also:** See a medical doctor first (`hipacu show see-a-doctor`), Possible side effects (`hipacu show side-effects`)

*Source: the article's section “Safety and Important Considerations”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: built in, compiled from data/hipacu.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
hipacu: reading 'pacemakr' as 'pacemaker'
