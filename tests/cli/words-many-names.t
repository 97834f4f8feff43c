# a bare name that more entries hold than a lookup keeps: the first eight, and that said
args: --data tests/data/many-names.rec --width 40 fruit
status: 0
--- stdout
Fruit 1 (food: fruit-1)

Fruit number 1.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 2 (food: fruit-2)

Fruit number 2.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 3 (food: fruit-3)

Fruit number 3.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 4 (food: fruit-4)

Fruit number 4.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 5 (food: fruit-5)

Fruit number 5.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 6 (food: fruit-6)

Fruit number 6.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 7 (food: fruit-7)

Fruit number 7.

A fruit.

Also called: fruit
Source: Fruit (article section)

Fruit 8 (food: fruit-8)

Fruit number 8.

A fruit.

Also called: fruit
Source: Fruit (article section)

General information from one article,
not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
hipacu: 9 entries are named 'fruit'; the first 8 are shown
