# help takes one command
args: help show search
status: 2
--- stdout
--- stderr
hipacu: help takes one command, not 'search'
hipacu: try 'hipacu help'
