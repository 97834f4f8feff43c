# '%rec: Entries' misspelled: its records are skipped, not each said to stand before any '%rec:': one diagnostic, at the line, from a search of it
args: --data tests/data/fault-set-name.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-set-name.rec:49: unknown record set 'Entries' (hipacu reads 'Topic', 'Entry' and 'Term')
