# an ambiguous prefix lists the candidates
args: safety s
status: 1
--- stdout
--- stderr
hipacu: 's' could be any of: side-effects, see-a-doctor
