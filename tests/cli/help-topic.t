# help for a topic command
args: help condition
status: 0
--- stdout
usage: hipacu TOPIC [NAME...]

With no NAME, list the topic's entries (the safety topic prints them all in
full). With a NAME, show the one entry whose id, title or alias is NAME, or
starts with it; case does not matter and several words are one name, and the
topic word and NAME together may be one ('hipacu session length'). Words that
name no entry are searched for, the topic's entries first. Plural topic names
work too: 'hipacu conditions'.
--- stderr
