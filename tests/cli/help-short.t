# -h prints the help
args: -h
status: 0
--- stdout
usage: hipacu [options] [command] [args...]

A reference on acupuncture for hip pain.
General information from one article, not medical advice.
Consult a medical doctor before starting acupuncture.

Examples:
  hipacu condition bursitis    one entry, by name, alias or prefix
  hipacu safety                every safety note in full
  hipacu search dizzy          ranked search of every entry
  hipacu --json show qi        an entry as JSON

Commands:
  (none)              what hipacu is, its topics, how to go on
  topics              the topics, one line each
  list [TOPIC]        entries: id, title, summary
  TOPIC [NAME...]     condition, mechanism, session or safety: the topic's
                      entries, or the one NAME names
  show ID...          entries by id
  search WORDS...     entries ranked by the words, best first
  WORDS...            an exact name or alias shows it; else a search
  browse [WORDS...]   search as you type, full screen
  check [FILE]        validate a database file
  completion SHELL    a bash, zsh or fish completion script
  help [COMMAND]      help for one command

Options (before or after the command; -- ends them):
  -h, --help          this help; after a command, that command's help
  -V, --version       the version and the database in use
  --format=FORMAT     text, json, markdown or html (html: a page to print)
  --json              print entries as JSON (--format=json)
  --all               search: every result, not the best 5
  -w N, --width=N     wrap at N columns (0: do not wrap)
  --data=FILE         read FILE, not the built-in database (or HIPACU_DATA)
  --color=WHEN        auto (on a terminal), always or never
  --no-pager          do not page long output

Exit status: 0 something printed, 1 nothing matched, 2 error.
--- stderr
