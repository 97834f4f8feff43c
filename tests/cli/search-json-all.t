# JSON keeps every result, past the best 5
args: --json search acupuncture
status: 0
--- stdout
[
  {
    "id": "hip-pain",
    "topic": "condition",
    "title": "Hip pain and acupuncture",
    "aliases": ["hip ache", "painful hip"],
    "keywords": ["overview", "introduction", "sore", "joint"],
    "summary": "Hip pain is common and can disrupt daily life; acupuncture is one ancient practice explored for it.",
    "body": "Plenty of people complain of pain in the hip. It can weigh significantly on what they do day to day and on their quality of life. To manage that discomfort, many turn to a range of different approaches.\n\nAcupuncture, a healing practice with ancient roots, is one of them, and it has been explored for the benefits it might offer. This reference describes how acupuncture may act on hip pain, which conditions it may help with, what sessions involve, and what to consider for safety.",
    "see": ["complementary-care", "see-a-doctor"],
    "source": "Opening paragraph",
    "score": 0.1712
  },
  {
    "id": "bursitis",
    "topic": "condition",
    "title": "Hip bursitis",
    "aliases": ["inflamed bursa", "bursa inflammation"],
    "keywords": ["bursa", "fluid sac", "fluid-filled"],
    "summary": "Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.",
    "body": "Around the hip joint sit bursae, which are sacs filled with fluid. Bursitis is the name for inflammation of these sacs.\n\nIt is one more hip condition that may respond to acupuncture, through the anti-inflammatory effects attributed to acupuncture. One way acupuncture may reduce inflammation is described under hipacu show blood-flow.",
    "see": ["blood-flow"],
    "source": "Conditions Acupuncture May Assist",
    "score": 0.1636
  },
  {
    "id": "nerve-modulation",
    "topic": "mechanism",
    "title": "Nerve modulation",
    "aliases": ["nerves", "pain signals"],
    "keywords": ["nervous system", "neural", "nerve signals", "blocking pain"],
    "summary": "Acupuncture may alter how nerves behave, so that pain messages from the hip to the brain are interrupted.",
    "body": "Another proposed mechanism concerns the nerves. Acupuncture may modulate, or adjust, nerve activity, so that pain signals travelling from the hip to the brain are interrupted.\n\nWith endorphin release and local blood flow, this is one of the mechanisms through which acupuncture is thought to influence how pain is felt and how the body works. Lessening irritation of a nerve is also one aim of acupuncture in piriformis syndrome.",
    "see": ["endorphins", "piriformis-syndrome"],
    "source": "How Acupuncture Addresses Hip Pain",
    "score": 0.1588
  },
  {
    "id": "osteoarthritis",
    "topic": "condition",
    "title": "Osteoarthritis",
    "aliases": ["OA", "hip osteoarthritis"],
    "keywords": ["arthritis", "arthritic", "worn", "cartilage wear"],
    "summary": "Osteoarthritis wears down cartilage; acupuncture may help by easing pain and reducing inflammation.",
    "body": "Osteoarthritis is among the kinds of hip pain for which acupuncture has been explored. The condition involves wear of the cartilage.\n\nAcupuncture may be of help here in two ways: by bringing inflammation down and by relieving pain. It is not a cure for worn cartilage or other structural damage: see hipacu show complementary-care.",
    "see": ["complementary-care", "blood-flow"],
    "source": "Conditions Acupuncture May Assist",
    "score": 0.1548
  },
  {
    "id": "piriformis-syndrome",
    "topic": "condition",
    "title": "Piriformis syndrome",
    "aliases": ["piriformis", "piriformis spasm"],
    "keywords": ["cramp", "compressed nerve", "glute", "bottom"],
    "summary": "Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture could ease the pain.",
    "body": "Piriformis syndrome is marked by spasms of the piriformis muscle, and these spasms can squeeze the sciatic nerve. Acupuncture may be of use for this condition as well.\n\nThe approach targets relaxation of the muscle and reduced irritation of the nerve. In this way, acupuncture could ease pain in the hip and in the buttock. For pain that travels down from the lower back through the hip and leg, see hipacu show sciatica.",
    "see": ["sciatica", "nerve-modulation"],
    "source": "Conditions Acupuncture May Assist",
    "score": 0.1514
  },
  {
    "id": "see-a-doctor",
    "topic": "safety",
    "title": "See a doctor first",
    "aliases": ["doctor", "GP", "physician", "medical doctor"],
    "keywords": ["warning signs", "medical advice", "check first"],
    "summary": "Always check with a medical doctor before trying acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.",
    "body": "Before you begin acupuncture, always speak to a medical doctor. This matters most when your hip pain is severe or persistent, or when it comes with other symptoms that are a cause for concern.\n\nAcupuncture can play a complementary role, used together with conventional medical treatments: see hipacu show complementary-care.",
    "see": ["contraindications", "complementary-care"],
    "source": "Safety and Important Considerations",
    "score": 0.1508
  },
  {
    "id": "sciatica",
    "topic": "condition",
    "title": "Sciatica",
    "aliases": ["sciatic pain", "sciatic nerve pain"],
    "keywords": ["radiating", "low back", "leg pain"],
    "summary": "Sciatica sends pain from the lower back through the hip and down the leg; acupuncture may help some people with it.",
    "body": "In sciatica, pain spreads outward from the lower back, travelling into the hip and on into the leg. Acupuncture has been explored for several kinds of hip pain, and people who have sciatica may also find it beneficial.\n\nHere too, acupuncture is used to help with symptoms, not to repair structural damage. Piriformis syndrome, in which the sciatic nerve can be compressed, has its own entry: hipacu show piriformis-syndrome.",
    "see": ["piriformis-syndrome", "nerve-modulation"],
    "source": "Conditions Acupuncture May Assist",
    "score": 0.1489
  },
  {
    "id": "contraindications",
    "topic": "safety",
    "title": "Who should be careful",
    "aliases": ["contraindication", "bleeding disorder", "pacemaker"],
    "keywords": ["who should not have acupuncture", "heart device", "caution", "unsuitable", "warning", "precautions"],
    "summary": "A bleeding disorder or a pacemaker may make acupuncture unsuitable; with these or other significant medical conditions, tell your practitioner, discuss the risks and see your doctor first.",
    "body": "Some conditions may be contraindications for acupuncture, meaning reasons it may not be suitable. Bleeding disorders and having a pacemaker are examples.\n\nIf you have one of these, or another significant medical condition, tell your practitioner and talk the risks through with them. Consult a medical doctor before you start: hipacu show see-a-doctor.",
    "see": ["see-a-doctor", "side-effects"],
    "source": "Safety and Important Considerations",
    "score": 0.1481
  },
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
    "score": 0.1415
  },
  {
    "id": "complementary-care",
    "topic": "condition",
    "title": "A complement, not a cure",
    "aliases": ["not a cure", "complementary therapy"],
    "keywords": ["cure", "limits", "limitations", "fix", "expectations"],
    "summary": "Acupuncture will not undo structural damage, but it can be used with conventional care to help manage symptoms.",
    "body": "Whatever the hip condition, acupuncture does not repair structural damage. It can, however, complement conventional medical approaches, as a way to help manage symptoms across many different kinds of hip trouble.\n\nBefore starting, see a medical doctor: hipacu show see-a-doctor.",
    "see": ["see-a-doctor", "osteoarthritis"],
    "source": "Conditions Acupuncture May Assist",
    "score": 0.1413
  },
  {
    "id": "muscle-strain",
    "topic": "condition",
    "title": "Muscle strains and sprains",
    "aliases": ["groin strain", "pulled groin", "hamstring strain", "pulled hamstring", "hip sprain", "hip strain", "pulled hip muscle", "sprained hip"],
    "keywords": ["pulled", "tightness", "tight muscles"],
    "summary": "Hip strains or sprains, for example of the groin or hamstring muscles, could be managed with acupuncture.",
    "body": "Acupuncture could also play a part in managing muscle strains or sprains in the hip, for example ones involving the groin or the hamstring muscles.\n\nIn these cases, treatment has three aims: to support healing, to ease tension in the muscles, and to relieve pain in the affected area. It does not mend structural damage, but it can complement conventional care in managing the symptoms.",
    "see": ["complementary-care"],
    "source": "Conditions Acupuncture May Assist",
    "score": 0.1378
  },
  {
    "id": "endorphins",
    "topic": "mechanism",
    "title": "Endorphin release",
    "aliases": ["endorphin", "natural painkillers"],
    "keywords": ["painkiller", "analgesic", "pain relief", "how it works"],
    "summary": "Acupuncture is thought to prompt the release of endorphins, the body's own pain-relieving chemicals.",
    "body": "Acupuncture is thought to act, through more than one mechanism, on the way pain is perceived and on the way the body functions.\n\nOne of these proposed pathways is the release of endorphins: natural chemicals that the body produces itself and that relieve pain. On this account, the endorphins help to lessen pain in the hip. Other entries in this topic describe blood flow, nerve activity and the traditional view of qi.",
    "see": ["nerve-modulation", "blood-flow"],
    "source": "How Acupuncture Addresses Hip Pain",
    "score": 0.1378
  },
  {
    "id": "qi",
    "topic": "mechanism",
    "title": "Qi in traditional Chinese medicine",
    "aliases": ["chi", "life energy"],
    "keywords": ["TCM", "traditional Chinese medicine", "blockage", "stagnation", "imbalance", "vital energy"],
    "summary": "Traditional Chinese medicine sees acupuncture as a way to bring the body's qi, or life energy, back into balance.",
    "body": "In traditional Chinese medicine, acupuncture aims to bring \"qi\", the body's life energy, back into an even, balanced flow through the whole body.\n\nQi that has become stagnant or out of balance in the hip is believed to contribute to pain. Practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony. Other entries in this topic describe the other proposed mechanisms.",
    "see": ["endorphins"],
    "source": "How Acupuncture Addresses Hip Pain",
    "score": 0.1345
  },
  {
    "id": "first-consultation",
    "topic": "session",
    "title": "The first consultation",
    "aliases": ["first visit", "initial consultation", "first appointment", "assessment"],
    "keywords": ["appointment", "intake", "questions", "what to expect"],
    "summary": "A first visit covers your history, symptoms and lifestyle so that a treatment plan can be drawn up.",
    "body": "At the first appointment for hip pain, expect to talk at length with the practitioner about your medical history, your symptoms and the way you live.\n\nThe practitioner looks at what your hip pain is like and where it is located. From this, they decide on the most suitable treatment plan, which includes working out the specific acupuncture points to use.",
    "see": ["during-a-session", "course-of-treatment"],
    "source": "What to Expect from Acupuncture Sessions",
    "score": 0.0949
  },
  {
    "id": "choosing-a-practitioner",
    "topic": "safety",
    "title": "Choosing a practitioner",
    "aliases": ["practitioner", "acupuncturist", "licensed acupuncturist"],
    "keywords": ["qualifications", "licence", "trained", "find"],
    "summary": "Choose a licensed, experienced practitioner and check their credentials.",
    "body": "If you are thinking of trying acupuncture for hip pain, look for an acupuncturist who holds a licence and has experience. Licensing rules vary from region to region; a properly qualified practitioner will have had extensive training and will follow the profession's standards.\n\nAsking about their qualifications and checking them helps make your treatment safe and effective.",
    "see": ["side-effects"],
    "source": "Safety and Important Considerations",
    "score": 0.0929
  }
]
--- stderr
