# a streamed file whose Terms follow the entries: a word whose Term means itself is read again and searched as the same word
args: --data tests/data/term-last.rec search zing
status: 0
--- stdout
Bell (t: bell)
    hipacu show bell
    A bell rings; its zing carries.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
