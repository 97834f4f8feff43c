# search results as JSON
args: search dizzy --json
status: 0
--- stdout
[
  {
    "id": "side-effects",
    "topic": "safety",
    "title": "Possible side effects",
    "summary": "Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.",
    "body": "Minor side effects that you may notice include slight bruising, soreness where the needles went in, or dizziness that is temporary.\n\nFor how to choose a trained professional, see \"Choosing a practitioner\".",
    "aliases": ["side effects", "risks", "adverse effects"],
    "keywords": ["dizzy", "lightheaded", "bruise", "dangerous", "complications", "harm"],
    "questions": ["Is acupuncture safe? | generally safe", "What side effects can acupuncture have? | slight bruising, soreness", "Can acupuncture leave a bruise? | slight bruising", "Can acupuncture make me dizzy? | dizziness that is temporary", "How common are serious problems with acupuncture? | Serious problems are rare", "Can I be sore where the needles went in? | soreness where the needles went in", "How bad can bruising from acupuncture be? | slight bruising", "Is acupuncture dangerous? | generally safe", "What are the risks of acupuncture? | slight bruising, soreness", "Can acupuncture cause serious harm? | Serious problems are rare", "Could I feel lightheaded after acupuncture? | dizziness that is temporary"],
    "see": ["choosing-a-practitioner", "contraindications"],
    "source": "Safety and Important Considerations",
    "score": 2.1188,
    "level": "answered",
    "caveat": "",
    "notes": []
  }
]
--- stderr
