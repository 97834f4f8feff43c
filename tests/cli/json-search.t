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
    "questions": ["Is acupuncture safe? | generally safe; minor effects", "What side effects can acupuncture have? | minor effects may include", "Can acupuncture leave a bruise? | include bruising", "Can acupuncture make me dizzy? | temporary dizziness", "How common are serious problems with acupuncture? | Serious problems are rare", "Can I be sore where the needles went in? | soreness or temporary dizziness", "How bad can bruising from acupuncture be? | minor effects may include bruising", "Is acupuncture dangerous? | generally safe; minor effects", "What are the risks of acupuncture? | minor effects may include", "Can acupuncture cause serious harm? | Serious problems are rare", "Could I feel lightheaded after acupuncture? | temporary dizziness"],
    "see": ["choosing-a-practitioner", "contraindications"],
    "source": "Safety and Important Considerations",
    "score": 2.1944,
    "level": "answered",
    "caveat": "",
    "notes": []
  }
]
--- stderr
