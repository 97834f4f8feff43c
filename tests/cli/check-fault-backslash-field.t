# a backslash joins the next field to a See value: said at the backslash, not as a See naming no entry: one diagnostic, at the line, from check
args: check tests/data/fault-backslash-field.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-backslash-field.rec:89: backslash at the end of the line joins the next line, field 'See', to this 'See' value (remove the backslash)
