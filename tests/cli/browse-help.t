# the help of browse: the keys
args: help browse
status: 0
--- stdout
usage: hipacu browse [WORDS...]

Search as you type, on the whole terminal: the entries are ranked again at every
key, each with its topic and the sentence that best answers, and say how sure
the answer is, as search does. With no words typed, every entry is listed by
topic. Up and Down (or Ctrl-P and Ctrl-N) choose, Enter reads the entry (arrows,
PgUp, PgDn, Space, g and G scroll it; Escape or Backspace go back; q quits),
Ctrl-U clears the words, Escape clears them or, with none, quits, and Ctrl-C
quits. WORDS, if given, are typed to start with. Needs a terminal: elsewhere,
use search.
--- stderr
