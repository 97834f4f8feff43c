# a bad --color value names the option one way
args: --colour=sometimes list
status: 2
--- stdout
--- stderr
hipacu: invalid --color value 'sometimes': use auto, always or never
hipacu: try 'hipacu help'
