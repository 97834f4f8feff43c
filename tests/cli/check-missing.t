# check a missing file
args: check nope.rec
status: 2
--- stdout
--- stderr
hipacu: nope.rec: No such file or directory
