# --data wins over HIPACU_DATA
args: --data=tests/data/mini.rec list
env: HIPACU_DATA=/nonexistent
status: 0
--- stdout
Foods - Things to eat.

  Eat well.

  apple       Green apple - A crisp fruit.
  apricot     Apricot - A soft fruit.

Rules - Rules to keep.

  wash-hands  Wash your hands - Before eating, wash.

Read one: hipacu show ID

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
