# help for one command
args: help search
status: 0
--- stdout
usage: hipacu search WORDS...

Rank the entries by the words, best first: entries holding every word come
first, and a word in a title or alias counts more than one in a keyword, the
summary or the body. Case and word endings do not matter (dizzy finds
dizziness), common words such as 'how' and 'the' are ignored, and a word found
nowhere is replaced by the closest word hipacu knows, which it says on stderr.
Each result shows the command that prints it whole and its best-matching
sentence. Exits 1 if nothing matches.
--- stderr
