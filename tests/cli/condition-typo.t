# a typo exits 1 and suggests the name
args: condition bursitus
status: 1
--- stdout
--- stderr
hipacu: no condition named 'bursitus'
hipacu: did you mean 'bursitis'?
hipacu: 'hipacu condition' lists them all
