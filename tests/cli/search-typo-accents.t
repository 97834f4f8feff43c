# a typo of a word that also stands next to letters that are not ASCII: those places weighed by their whole word
args: --data tests/data/prefixes.rec search xylophome
status: 0
--- stdout
Accents (t: accents)
    hipacu show accents
    The éxylophone, a xylophone, the xylophoneé, and ñmarimbas.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
hipacu: reading 'xylophome' as 'xylophone'
