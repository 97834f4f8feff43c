# a width with letters after its digits is invalid
args: -w 12x list
status: 2
--- stdout
--- stderr
hipacu: invalid width '12x': give a number of columns, 0 for no wrapping
hipacu: try 'hipacu help'
