# -w needs a value
args: safety -w
status: 2
--- stdout
--- stderr
hipacu: option '-w' needs a number of columns
hipacu: try 'hipacu help'
