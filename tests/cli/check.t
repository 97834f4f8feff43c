# check the database in use
args: check
status: 0
--- stdout
data/hipacu.rec: ok, 18 entries in 4 topics
--- stderr
