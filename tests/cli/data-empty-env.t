# an empty HIPACU_DATA means the built-in database
args: -V
env: HIPACU_DATA=
status: 0
--- stdout
hipacu 0.1.0
database: 18 entries in 4 topics, built in (compiled from data/hipacu.rec)
--- stderr
