# check a file with problems
args: check tests/data/bad.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/bad.rec:9: Entry 'apple' has See 'pear', but no entry has that id
hipacu: tests/data/bad.rec:14: unknown field 'Colour' (Entry records have Id, Topic, Title, Summary, Body, Alias, Keyword, Ask, See, Place, Source)
hipacu: tests/data/bad.rec:18: Entry 'apple' has no 'Summary' field
hipacu: tests/data/bad.rec:18: duplicate Entry id 'apple' (first used on line 9)
hipacu: tests/data/bad.rec:18: Entry 'apple' has unknown topic 'drinks'
