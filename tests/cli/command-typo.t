# a typo of a command is reported like git does, and the words after it are not searched
args: serach bursitis
status: 2
--- stdout
--- stderr
hipacu: 'serach' is not a command or topic; did you mean 'search'?
hipacu: try 'hipacu help'
