# no guess for a single letter
args: show q
status: 1
--- stdout
--- stderr
hipacu: no entry with id 'q'
