# check with no FILE names the built-in database for what it is, from any directory
args: check
cwd: /
status: 0
--- stdout
built-in database (compiled from data/hipacu.rec): ok, 18 entries in 4 topics
--- stderr
