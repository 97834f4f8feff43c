# check '' names what is wrong: an empty name, not ": No such file"
args: check ''
status: 2
--- stdout
--- stderr
hipacu: check needs a file, not an empty name
hipacu: try 'hipacu help check'
