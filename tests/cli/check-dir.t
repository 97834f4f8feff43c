# check a directory
args: check tests
status: 2
--- stdout
--- stderr
hipacu: tests: is a directory
