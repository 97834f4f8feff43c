# A record descriptor rejected for its bytes is reported once: its set's
# records are not also said to stand before any '%rec:' line.  (That the
# file then has no topics and no entries is true, and said.)
args: check tests/data/escape-first.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/escape-first.rec: no Topic records (a '%rec: Topic' set is required)
hipacu: tests/data/escape-first.rec: no entries (a '%rec: Entry' set with records is required)
hipacu: tests/data/escape-first.rec:1: control character U+001B at column 12
