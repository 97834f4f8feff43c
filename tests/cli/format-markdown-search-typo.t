# a markdown search page says how a typo was read, and the query as typed
args: --format=markdown search pacemakr
status: 0
--- stdout
# Acupuncture for hip pain: Search results

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

2 entries for “pacemakr”, the best first.

Note: reading 'pacemakr' as 'pacemaker'.

## Who should be careful

*Safety* · `hipacu show contraindications`

A bleeding disorder or a pacemaker may make acupuncture unsuitable (a contraindication); if you have one of these or another significant medical condition, tell your practitioner and discuss the risks with them.

Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable (contraindication is the medical word for such a reason); bleeding disorders and having a pacemaker are examples.

Consult a medical doctor before you start acupuncture, as set out under "See a medical doctor first".

**Also called:** contraindication, bleeding disorder, pacemaker

**See also:** See a medical doctor first (`hipacu show see-a-doctor`), Possible side effects (`hipacu show side-effects`)

*Source: the article's section “Safety and Important Considerations”.*

## See a medical doctor first

*Safety* · `hipacu show see-a-doctor`

Always speak to a medical doctor before you begin acupuncture, above all when your hip pain is severe or persistent or comes with other symptoms that are a cause for concern, and bear in mind that acupuncture can work as a complementary therapy, used together with conventional medical treatments.

Anyone with a bleeding disorder, a pacemaker or another significant medical condition should also tell the practitioner and discuss the risks (see "Who should be careful").

For more on how acupuncture fits in with other care, see "Alongside conventional care".

**Also called:** doctor, GP, physician, medical doctor

**See also:** Who should be careful (`hipacu show contraindications`), Alongside conventional care (`hipacu show complementary-care`)

*Source: the article's section “Safety and Important Considerations”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: built in, compiled from data/hipacu.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
hipacu: reading 'pacemakr' as 'pacemaker'
