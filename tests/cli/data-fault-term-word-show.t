# a Term means a word no entry holds: a command that loads the file whole rejects it as check does
args: --data tests/data/fault-term-word.rec show hip-pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-term-word.rec:626: Term means 'gluteus', but no entry holds that word
