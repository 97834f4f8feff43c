# a question after list: the error suggests the search
args: list my hip hurts
status: 2
--- stdout
--- stderr
hipacu: list takes at most one topic
hipacu: to search for these words: hipacu search my hip hurts
hipacu: try 'hipacu help list'
