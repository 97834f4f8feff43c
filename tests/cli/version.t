# the version and the database in use
args: -V
status: 0
--- stdout
hipacu 0.1.0
database: 18 entries in 4 topics, built in (compiled from data/hipacu.rec)
--- stderr
