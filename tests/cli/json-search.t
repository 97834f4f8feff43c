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
    "keywords": ["dizzy", "bruise", "dangerous", "complications", "harm"],
    "summary": "Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.",
    "body": "Acupuncture is generally safe, but it can cause minor side effects. Those that may occur include slight bruising, soreness at the places where the needles went in, and dizziness that is temporary.\n\nWhen a trained professional gives the treatment, serious adverse events are rare. See the entry on choosing a practitioner.",
    "see": ["choosing-a-practitioner", "contraindications"],
    "source": "Safety and Important Considerations"
  }
]
--- stderr
