# no blank line before '%rec: Entry'; the entries are still entries: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-descriptor-blank.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-descriptor-blank.rec:48: no blank line before '%rec:' (a record descriptor is a record of its own)
