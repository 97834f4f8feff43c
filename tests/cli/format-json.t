# --format=json is --json
args: --format=json show qi
status: 0
--- stdout
[
  {
    "id": "qi",
    "topic": "mechanism",
    "title": "Qi in traditional Chinese medicine",
    "aliases": ["chi", "life energy"],
    "keywords": ["TCM", "traditional Chinese medicine", "blockage", "stagnation", "imbalance", "vital energy"],
    "summary": "Traditional Chinese medicine sees acupuncture as a way to bring the body's qi, or life energy, back into balance.",
    "body": "In traditional Chinese medicine, acupuncture aims to bring \"qi\", the body's life energy, back into an even, balanced flow through the whole body.\n\nQi that has become stagnant or out of balance in the hip is believed to contribute to pain. Practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony. Other entries in this topic describe the other proposed mechanisms.",
    "see": ["endorphins"],
    "source": "How Acupuncture Addresses Hip Pain"
  }
]
--- stderr
