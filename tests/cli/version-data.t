# the version names a --data file
args: --version --data tests/data/mini.rec
status: 0
--- stdout
hipacu 0.1.0
database: 3 entries in 2 topics, from tests/data/mini.rec
--- stderr
