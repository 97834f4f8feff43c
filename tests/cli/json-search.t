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
    "body": "Acupuncture is generally safe. It can, however, cause minor side effects: you may notice slight bruising, soreness where the needles went in, or a short spell of dizziness.\n\nSerious problems are rare when the treatment is given by a trained professional. For how to choose one, see hipacu show choosing-a-practitioner.",
    "see": ["choosing-a-practitioner", "contraindications"],
    "source": "Safety and Important Considerations",
    "score": 2.0043
  }
]
--- stderr
