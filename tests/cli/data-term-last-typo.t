# a Term read after the entries and a typo: the second walk gathers typos again, sofr read as soft
args: --data tests/data/term-last.rec search clang sofr
status: 0
--- stdout
Tin (t: tin)
    hipacu show tin
    Tin is soft; it rings when struck.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
hipacu: reading 'sofr' as 'soft'
