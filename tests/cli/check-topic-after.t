# a file whose topics follow their entries is good: each entry counted in its topic
args: check tests/data/topic-after.rec
status: 0
--- stdout
tests/data/topic-after.rec: ok, 2 entries in 1 topic
--- stderr
