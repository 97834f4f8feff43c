# no blank line before '%rec: Entry'; the entries are still entries: one diagnostic, at the line, from check
args: check tests/data/fault-descriptor-blank.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-descriptor-blank.rec:48: no blank line before '%rec:' (a record descriptor is a record of its own)
