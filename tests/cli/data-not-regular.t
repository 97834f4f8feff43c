# a --data that is no regular file (a device) is said to be one, not read
args: --data /dev/null list
status: 2
--- stdout
--- stderr
hipacu: /dev/null: not a regular file
