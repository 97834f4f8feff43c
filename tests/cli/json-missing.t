# JSON with nothing found is an empty array
args: --json show nope
status: 1
--- stdout
[]
--- stderr
hipacu: no entry with id 'nope'
