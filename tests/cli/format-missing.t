# --format with nothing after it says so
args: --format
status: 2
--- stdout
--- stderr
hipacu: option '--format' needs a format
hipacu: try 'hipacu help'
