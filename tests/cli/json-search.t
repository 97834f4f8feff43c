# search results as JSON
args: search dizzy --json
status: 0
--- stdout
[
  {
    "id": "side-effects",
    "topic": "safety",
    "title": "Possible side effects",
    "summary": "Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.",
    "body": "Acupuncture is generally safe. It can, however, cause minor side effects: you may notice slight bruising, soreness where the needles went in, or a short spell of dizziness.\n\nSerious problems are rare when the treatment is given by a trained professional. For how to choose one, see \"Choosing a practitioner\".",
    "aliases": ["side effects", "risks", "adverse effects"],
    "keywords": ["dizzy", "lightheaded", "bruise", "dangerous", "complications", "harm"],
    "questions": ["Is acupuncture safe?", "What side effects can acupuncture have?", "Can acupuncture leave a bruise?", "Can acupuncture make me dizzy?", "How common are serious problems with acupuncture?", "Is it normal to be sore where the needles went in?", "Should I worry about bruising after acupuncture?", "Is acupuncture dangerous?", "What are the risks of acupuncture?", "Can acupuncture cause serious harm?", "Is feeling lightheaded after acupuncture normal?"],
    "see": ["choosing-a-practitioner", "contraindications"],
    "source": "Safety and Important Considerations",
    "score": 2.1864,
    "level": "answered",
    "caveat": ""
  }
]
--- stderr
