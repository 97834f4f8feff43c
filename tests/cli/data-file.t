# --data reads another database
args: --data tests/data/mini.rec food
status: 0
--- stdout
Foods - Things to eat.

  Eat well.

  apple    Green apple - A crisp fruit.
  apricot  Apricot - A soft fruit.

Read one: hipacu food NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
