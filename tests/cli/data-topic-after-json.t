# the same list as JSON: each entry with its topic
args: --data tests/data/topic-after.rec --json list
status: 0
--- stdout
[
  {
    "id": "apple",
    "topic": "food",
    "title": "Green apple",
    "summary": "A crisp fruit.",
    "body": "Apples grow on trees.",
    "aliases": [],
    "keywords": [],
    "questions": [],
    "see": ["pear"],
    "source": "Fruit"
  },
  {
    "id": "pear",
    "topic": "food",
    "title": "Pear",
    "summary": "A soft fruit.",
    "body": "Pears are sweet.",
    "aliases": [],
    "keywords": [],
    "questions": [],
    "see": [],
    "source": "Fruit"
  }
]
--- stderr
