# an empty --data file is said to be empty, as it streams (list)
args: --data tests/data/empty.rec list
status: 2
--- stdout
--- stderr
hipacu: tests/data/empty.rec: empty file
