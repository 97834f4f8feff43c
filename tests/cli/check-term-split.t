# a Term meaning a word that a backslash join splits is found in the joined text: the file is good
args: check tests/data/term-split.rec
status: 0
--- stdout
tests/data/term-split.rec: ok, 1 entry in 1 topic
--- stderr
