# a topic note is said once, under the topic heading of a list, not after
# each of its entries
args: list food
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
Foods - Things to eat.

  Eat well.

  apple    Green apple - A crisp fruit.
  apricot  Apricot - A soft fruit.

Read one: hipacu show ID

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
