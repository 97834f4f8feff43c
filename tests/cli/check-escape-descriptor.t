# A record descriptor rejected for its bytes is reported once: its set's
# records are not also said to stand before any '%rec:' line, nor the file
# to have no topics and no entries (what the set would have held).
args: check tests/data/escape-first.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/escape-first.rec:1: control character U+001B at column 12
