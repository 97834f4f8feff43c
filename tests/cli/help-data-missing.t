# help for a word that may be a topic reads the database: a --data file missing is an error
args: --data /nonexistent help condition
status: 2
--- stdout
--- stderr
hipacu: /nonexistent: No such file or directory
