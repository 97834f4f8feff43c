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
    "aliases": [],
    "keywords": [],
    "questions": [],
    "summary": "A soft fruit.",
    "body": "Apricots are orange.",
    "see": [],
    "source": "Fruit"
  }
]
--- stderr
