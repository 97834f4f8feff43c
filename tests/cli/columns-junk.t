# COLUMNS with letters after its digits is no width: 80
args: show apple
env: HIPACU_DATA=tests/data/mini.rec
env: COLUMNS=40x
status: 0
--- stdout
Green apple (food: apple)

A crisp fruit.

Apples grow on trees. They keep for months.

A second paragraph that is long enough to need wrapping at a narrow width.

Also called: pomme
See also:
  hipacu show wash-hands  Wash your hands
Source: Fruit (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
