# show needs an id
args: show
status: 2
--- stdout
--- stderr
hipacu: show needs an entry id, as in 'hipacu show bursitis'
hipacu: try 'hipacu help show'
