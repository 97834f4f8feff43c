# an unknown shell
args: completion tcsh
status: 2
--- stdout
--- stderr
hipacu: completion takes a shell: bash, zsh or fish
hipacu: try 'hipacu help completion'
