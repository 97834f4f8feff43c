# --format=json is --json
args: --format=json show qi
status: 0
--- stdout
[
  {
    "id": "qi",
    "topic": "mechanism",
    "title": "Qi in traditional Chinese medicine",
    "summary": "Traditional Chinese medicine sees acupuncture as a way to bring the body's qi, or life energy, back into balance.",
    "body": "In traditional Chinese medicine, acupuncture aims to bring \"qi\", the body's life energy, back into an even, balanced flow through the whole body.\n\nOn this view, pain in the hip is believed to come partly from qi there that has stagnated or lost its balance. Practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony.",
    "aliases": ["chi", "life energy"],
    "keywords": ["TCM", "traditional Chinese medicine", "blockage", "stagnation", "imbalance", "vital energy"],
    "questions": ["What is qi? | or life energy", "How does traditional Chinese medicine explain hip pain? | believed to come partly from qi", "Why are needles put at specific points in Chinese medicine? | unblocking the pathways of qi", "What does stuck energy have to do with hip pain? | stagnated or lost its balance", "What is chi energy? | or life energy", "Can blocked energy cause hip pain in Chinese medicine? | believed to come partly from qi", "Is acupuncture meant to unblock energy pathways? | unblocking the pathways of qi", "How does TCM see acupuncture? | sees acupuncture as a way", "What is life energy in acupuncture? | or life energy", "Energy flow and acupuncture? | encouraging energy to flow in harmony"],
    "see": ["endorphins"],
    "source": "How Acupuncture Addresses Hip Pain"
  }
]
--- stderr
