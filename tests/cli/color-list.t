# --color=always: bold topic headings, dim footer
args: --color=always list
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
[1mFoods - Things to eat.[0m

  Eat well.

  apple       Green apple - A crisp fruit.
  apricot     Apricot - A soft fruit.

[1mRules - Rules to keep.[0m

  wash-hands  Wash your hands - Before eating, wash.

[2mRead one: hipacu show ID[0m

[2mGeneral information from one article, not medical advice. Consult a medical[0m
[2mdoctor before starting acupuncture.[0m
--- stderr
