# check: a Term meaning a word no entry holds, with FILE:LINE
args: check tests/data/term-bad.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/term-bad.rec:22: Term means 'ice', but no entry holds that word
hipacu: tests/data/term-bad.rec:22: Term means 'cream', but no entry holds that word
hipacu: tests/data/term-bad.rec:25: Term means '---', which holds no word
