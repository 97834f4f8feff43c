# NO_COLOR does not override --color=always
args: --color=always show apricot
env: HIPACU_DATA=tests/data/mini.rec
env: NO_COLOR=1
status: 0
--- stdout
[1mApricot (food: apricot)[0m

A soft fruit.

Apricots are orange.

[2mSource: Fruit (article section)[0m

[2mGeneral information from one article, not medical advice. Consult a medical[0m
[2mdoctor before starting acupuncture.[0m
--- stderr
