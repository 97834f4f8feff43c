# completion words: commands and topics
args: completion words
status: 0
--- stdout
topics
list
show
search
browse
check
completion
help
condition
mechanism
session
safety
--- stderr
