# -- ends the options
args: search -- --json
status: 1
--- stdout
--- stderr
hipacu: nothing matches '--json'
