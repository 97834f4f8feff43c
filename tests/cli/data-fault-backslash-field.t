# a backslash joins the next field to a See value: said at the backslash, not as a See naming no entry: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-backslash-field.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-backslash-field.rec:89: backslash at the end of the line joins the next line, field 'See', to this 'See' value (remove the backslash)
