# a streamed file whose Terms follow the entries: zing, read before them and again after, has a Term now and is searched as it means
args: --data tests/data/term-nearest.rec search zing
status: 0
--- stdout
These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

Tin (t: tin)
    hipacu show tin
    Tin is soft; zed and zing.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
hipacu: closest match only, not a sure answer: ask a medical doctor
