# a typo of a word that a backslash join splits is read as that word
args: --data tests/data/term-split.rec search sofness
status: 0
--- stdout
These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

Tin (t: tin)
    hipacu show tin
    Tin has a certain softness.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
hipacu: reading 'sofness' as 'softness'
hipacu: closest match only, not a sure answer: ask a medical doctor
