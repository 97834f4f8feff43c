# one-line values joined across lines with a backslash read as one line
args: --data tests/data/joined.rec show apple
status: 0
--- stdout
A red apple (thing: apple)

A fruit that grows on trees.

Apples grow on trees.
Second line.

Also called: crab apple
Source: Nowhere (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
