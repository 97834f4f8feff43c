# check with no file checks the --data file: missing, an error
args: --data /nonexistent check
status: 2
--- stdout
--- stderr
hipacu: /nonexistent: No such file or directory
