# the same stopword in a Term phrase is read as the phrase
args: --data tests/data/term-stop.rec search tin can
status: 0
--- stdout
Tin (t: tin)
    hipacu show tin
    Tin is soft.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
