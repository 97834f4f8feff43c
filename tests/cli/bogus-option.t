# an unknown option is a usage error
args: --bogus
status: 2
--- stdout
--- stderr
hipacu: unknown option '--bogus'
hipacu: try 'hipacu help'
