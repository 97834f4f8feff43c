# data/hipacu.rec after a byte order mark: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-bom.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-bom.rec:1: the file starts with a byte order mark, U+FEFF (save it as UTF-8 without one)
