# a bare alias of a --data file that is no English word: the entry, not a command it looks like
args: --data tests/data/mini.rec pomme
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
