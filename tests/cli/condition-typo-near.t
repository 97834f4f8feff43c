# did you mean, by edit distance over ids, titles and aliases
args: condition sciatika
status: 1
--- stdout
--- stderr
hipacu: no condition named 'sciatika'
hipacu: did you mean 'sciatica'?
hipacu: 'hipacu condition' lists them all
