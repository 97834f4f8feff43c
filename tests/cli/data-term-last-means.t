# a Term read after the entries changes what is asked: clang is searched as tin
args: --data tests/data/term-last.rec search clang
status: 0
--- stdout
Tin (t: tin)
    hipacu show tin
    Tin is soft; it rings when struck.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
