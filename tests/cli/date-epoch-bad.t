# a SOURCE_DATE_EPOCH that is no number is an error, not a silent 1970
args: topics
env: SOURCE_DATE_EPOCH=1.5e9
status: 2
--- stdout
--- stderr
hipacu: invalid SOURCE_DATE_EPOCH '1.5e9': give a number of seconds since the Unix epoch
