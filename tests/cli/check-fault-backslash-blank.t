# a backslash joins the empty line that ends a record: said at the backslash, and the record ends there: one diagnostic, at the line, from check
args: check tests/data/fault-backslash-blank.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-backslash-blank.rec:92: backslash at the end of the line joins the empty line after it, so the record does not end there (remove the backslash)
