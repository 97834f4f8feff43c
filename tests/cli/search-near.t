# no match: says so and offers the closest words hipacu knows
args: search xxbursitisxx
status: 1
--- stdout
--- stderr
hipacu: nothing matches 'xxbursitisxx'
hipacu: the closest words hipacu knows: 'bursitis'
