# COMMAND --help
args: show --help
status: 0
--- stdout
usage: hipacu show ID...

Show entries in full by id (as 'hipacu list' prints them). Exits 1 if any id is
unknown, after showing the others.
--- stderr
