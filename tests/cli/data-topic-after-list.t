# a --data file whose topics follow their entries lists every entry under its topic, as it streams
args: --data tests/data/topic-after.rec list
status: 0
--- stdout
Foods - Things to eat.

  apple  Green apple - A crisp fruit.
  pear   Pear - A soft fruit.

Read one: hipacu show ID

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
