# an invalid --color value
args: --color=sometimes safety
status: 2
--- stdout
--- stderr
hipacu: invalid --color value 'sometimes': use auto, always or never
hipacu: try 'hipacu help'
