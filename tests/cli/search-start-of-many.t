# a start of more distinct words than are counted is read as none of them, whatever the order of the entries
args: --data tests/data/prefixes.rec search zorb
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'zorb'
hipacu: the article does not cover this: please ask a medical doctor
