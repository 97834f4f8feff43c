# --color=always: bold topic headings, dim footer
args: --color=always list
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
[1mFoods - Things to eat.[0m

  apple       Green apple
      A crisp fruit.
  apricot     Apricot
      A soft fruit.

[1mRules - Rules to keep.[0m

  wash-hands  Wash your hands
      Before eating, wash.

[2mRead one: hipacu show ID[0m
--- stderr
