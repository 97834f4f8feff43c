# a question after help: the error suggests the search
args: help with sciatica
status: 2
--- stdout
--- stderr
hipacu: help takes one command, not 'sciatica'
hipacu: to search for these words: hipacu search with sciatica
hipacu: try 'hipacu help'
