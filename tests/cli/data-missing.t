# a missing database names the path
args: safety
env: HIPACU_DATA=/nonexistent
status: 2
--- stdout
--- stderr
hipacu: /nonexistent: No such file or directory
