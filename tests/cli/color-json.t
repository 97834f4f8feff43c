# JSON is never coloured
args: --json --color=always show apricot
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
[
  {
    "id": "apricot",
    "topic": "food",
    "title": "Apricot",
    "summary": "A soft fruit.",
    "body": "Apricots are orange.",
    "aliases": [],
    "keywords": [],
    "questions": [],
    "see": [],
    "source": "Fruit"
  }
]
--- stderr
