# a Topic Id that is no slug: its entries are not said to name an unknown topic: one diagnostic, at the line, from check
args: check tests/data/fault-topic-id.rec
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-topic-id.rec:30: Topic id 'Conditions of the hip' is not lowercase letters and digits joined by single hyphens
