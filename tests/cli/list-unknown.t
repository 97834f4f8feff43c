# list of a topic that does not exist
args: list food
status: 2
--- stdout
--- stderr
hipacu: no topic named 'food'; 'hipacu topics' lists them
hipacu: to search for these words: hipacu search food
hipacu: try 'hipacu help list'
