# a width that is not a number
args: --width=abc safety
status: 2
--- stdout
--- stderr
hipacu: invalid width 'abc': give a number of columns, 0 for no wrapping
hipacu: try 'hipacu help'
