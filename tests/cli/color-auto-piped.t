# auto: no colour when piped, even with TERM set
args: --color=auto show apricot
env: HIPACU_DATA=tests/data/mini.rec
env: TERM=xterm
status: 0
--- stdout
Apricot (food: apricot)

A soft fruit.

Apricots are orange.

Source: Fruit (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
