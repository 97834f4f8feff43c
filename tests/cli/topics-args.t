# topics takes no arguments: a usage error that says so
args: topics x
status: 2
--- stdout
--- stderr
hipacu: topics takes no arguments
hipacu: try 'hipacu help topics'
