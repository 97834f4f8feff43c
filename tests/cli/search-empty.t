# search needs words
args: search
status: 2
--- stdout
--- stderr
hipacu: search needs words, as in 'hipacu search dizzy'
hipacu: try 'hipacu help search'
