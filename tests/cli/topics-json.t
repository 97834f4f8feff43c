# topics as JSON
args: --json topics
status: 0
--- stdout
[
  {
    "id": "condition",
    "title": "Conditions",
    "summary": "Hip conditions acupuncture may help with, and its limits.",
    "entries": 7
  },
  {
    "id": "mechanism",
    "title": "Mechanisms",
    "summary": "How acupuncture is thought to act on hip pain.",
    "entries": 4
  },
  {
    "id": "session",
    "title": "Sessions",
    "summary": "What to expect from a consultation and a course of sessions.",
    "entries": 3
  },
  {
    "id": "safety",
    "title": "Safety",
    "summary": "Choosing a practitioner, side effects and precautions.",
    "entries": 4
  }
]
--- stderr
