# check takes one file, not two
args: check a b
status: 2
--- stdout
--- stderr
hipacu: check takes one file
hipacu: try 'hipacu help check'
