# a typo of a topic name is reported with the name it was likely meant for, never searched
args: saftey
status: 2
--- stdout
--- stderr
hipacu: 'saftey' is not a command or topic; did you mean 'safety'?
hipacu: try 'hipacu help'
