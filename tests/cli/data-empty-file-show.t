# an empty --data file read whole (show) is said to be empty too
args: --data tests/data/empty.rec show x
status: 2
--- stdout
--- stderr
hipacu: tests/data/empty.rec: empty file
