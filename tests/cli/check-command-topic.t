# a topic may not be named like a command
args: check tests/data/command-topic.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/command-topic.rec:3: Topic 'search' has the name of a command
