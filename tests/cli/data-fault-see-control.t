# a control character in a See value: said of its bytes, not as an empty id: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-see-control.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-see-control.rec:616: control character U+001B at column 11
