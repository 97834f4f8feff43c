# --data last, with no file after it: a usage error
args: --data
status: 2
--- stdout
--- stderr
hipacu: option '--data' needs a file
hipacu: try 'hipacu help'
