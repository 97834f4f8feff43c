# an unknown format is a usage error
args: --format=pdf list
status: 2
--- stdout
--- stderr
hipacu: invalid --format value 'pdf': use text, json, markdown or html
hipacu: try 'hipacu help'
