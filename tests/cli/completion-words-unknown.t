# completion words for a word that is no command nor topic: none, exit 1
args: completion words frobnicate
status: 1
--- stdout
--- stderr
