# a Topic Id that is no slug: its entries are not said to name an unknown topic: one diagnostic, at the line, from a search of it
args: --data tests/data/fault-topic-id.rec search pain
status: 2
--- stdout
--- stderr
hipacu: tests/data/fault-topic-id.rec:30: Topic id 'Conditions of the hip' is not lowercase letters and digits joined by single hyphens
