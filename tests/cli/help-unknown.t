# help for something that is not a command
args: help frobnicate
status: 2
--- stdout
--- stderr
hipacu: no help for 'frobnicate': it is not a command
hipacu: to search for these words: hipacu search frobnicate
hipacu: try 'hipacu help'
