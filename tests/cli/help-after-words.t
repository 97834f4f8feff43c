# --help anywhere
args: search dizzy --help
status: 0
--- stdout
usage: hipacu search WORDS...

Show the entries that hold every word, ignoring case, in the id, title, aliases,
keywords, summary or body; each with the command that shows it and the sentence
that matched. Exits 1 if none does.
--- stderr
