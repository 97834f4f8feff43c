# search results as JSON
args: search dizzy --json
status: 0
--- stdout
[
  {
    "id": "side-effects",
    "topic": "safety",
    "title": "Possible side effects",
    "aliases": ["side effects", "risks", "adverse effects"],
    "keywords": ["dizzy", "lightheaded", "bruise", "dangerous", "complications", "harm"],
    "summary": "Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.",
    "body": "Side effects are generally minor, and acupuncture is generally considered safe. You may notice slight bruising, soreness where the needles went in, or a short spell of dizziness.\n\nProvided the practitioner is properly trained, serious adverse events happen only rarely. See the entry on choosing a practitioner.",
    "see": ["choosing-a-practitioner", "contraindications"],
    "source": "Safety and Important Considerations",
    "score": 2.0029
  }
]
--- stderr
