# a width past what a long holds is invalid, not wrapped at LONG_MAX
args: -w 99999999999999999999 list
status: 2
--- stdout
--- stderr
hipacu: invalid width '99999999999999999999': give a number of columns, 0 for no wrapping
hipacu: try 'hipacu help'
