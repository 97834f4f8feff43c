# a control character in a See value: said of its bytes, not as an empty id: one diagnostic, at the line, from check
args: check tests/data/fault-see-control.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-see-control.rec:616: control character U+001B at column 11
