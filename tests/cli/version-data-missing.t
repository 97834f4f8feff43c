# --version names the database in use: a --data file missing is an error
args: --data /nonexistent --version
status: 2
--- stdout
hipacu 0.1.0
--- stderr
hipacu: /nonexistent: No such file or directory
