# a Term means a word no entry holds: every command rejects the file as check does: one diagnostic, at the line, from check
args: check tests/data/fault-term-word.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-term-word.rec:626: Term means 'gluteus', but no entry holds that word
