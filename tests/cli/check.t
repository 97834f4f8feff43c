# check the database in use
args: check
status: 0
--- stdout
built-in database (compiled from data/hipacu.rec): ok, 18 entries in 4 topics
--- stderr
