# nothing matches
args: search xylophone
status: 1
--- stdout
--- stderr
hipacu: nothing matches 'xylophone'
