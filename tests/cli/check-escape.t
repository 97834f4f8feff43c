# A value rejected for its bytes is reported once, at its line: the
# record is not also said to lack the field (hip-pain has its Summary and
# its Body, each holding an escape).
args: check tests/data/escape.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/escape.rec:12: control character U+001B at column 14
hipacu: tests/data/escape.rec:14: control character U+001B at column 16
