# an empty --data= is a usage error, not a file named ''
args: --data= list
status: 2
--- stdout
--- stderr
hipacu: option '--data' needs a file, not an empty name
hipacu: try 'hipacu help'
