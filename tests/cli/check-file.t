# check a file
args: check data/hipacu.rec
status: 0
--- stdout
data/hipacu.rec: ok, 18 entries in 4 topics
--- stderr
