# the words after 'completion' are the shells
args: completion words completion
status: 0
--- stdout
bash
zsh
fish
--- stderr
