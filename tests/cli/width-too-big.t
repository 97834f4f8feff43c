# a width over 100000 is invalid
args: -w 100001 list
status: 2
--- stdout
--- stderr
hipacu: invalid width '100001': give a number of columns, 0 for no wrapping
hipacu: try 'hipacu help'
