# browse with no terminal to draw on: exit 2, pointing to search
args: browse dizzy
status: 2
--- stdout
--- stderr
hipacu: browse needs a terminal (standard input is not one): use 'hipacu search WORDS' instead
