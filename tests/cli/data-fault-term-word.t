# a Term means a word no entry holds: every command rejects the file as check does: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-term-word.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-term-word.rec:626: Term means 'gluteus', but no entry holds that word
