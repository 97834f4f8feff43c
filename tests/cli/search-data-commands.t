# a search of a --data file read as it streams: the entries its hits name by hipacu show are read too
args: --data tests/data/commands.rec search crisp fruit
status: 0
--- stdout
Green apple (food: apple)
    hipacu show apple
    A crisp fruit; compare hipacu show pear.

Pear (food: pear)
    hipacu show pear
    A soft fruit.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
