# Each invisible character (U+200B, U+2028, U+2029, U+2060 to U+2064,
# U+206A to U+206F, U+FEFF inside text) is reported at its line and
# column, as a bidirectional control is; a zero width joiner is not.
args: check tests/data/invisible.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/invisible.rec:8: invisible character U+200B at column 18
hipacu: tests/data/invisible.rec:9: invisible character U+2028 at column 13
hipacu: tests/data/invisible.rec:10: invisible character U+2029 at column 8
hipacu: tests/data/invisible.rec:16: invisible character U+2060 at column 11
hipacu: tests/data/invisible.rec:17: invisible character U+2061 at column 28
hipacu: tests/data/invisible.rec:18: invisible character U+2062 at column 10
hipacu: tests/data/invisible.rec:19: invisible character U+2063 at column 4
hipacu: tests/data/invisible.rec:20: invisible character U+2064 at column 4
hipacu: tests/data/invisible.rec:21: invisible character U+FEFF at column 4
hipacu: tests/data/invisible.rec:22: invisible character U+206A at column 4
hipacu: tests/data/invisible.rec:23: invisible character U+206F at column 6
hipacu: tests/data/invisible.rec:24: invisible character U+200B at column 12
