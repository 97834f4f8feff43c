# --format json (its value the next argument, as getopt_long takes it) is --json
args: --format json show qi
status: 0
--- stdout
[
  {
    "id": "qi",
    "topic": "mechanism",
    "title": "Qi in traditional Chinese medicine",
    "summary": "In the view of traditional Chinese medicine, acupuncture aims to restore an even, balanced flow of the body's qi, or life energy, through the whole body.",
    "body": "In traditional Chinese medicine, qi that has stagnated (stopped flowing freely) or lost its balance in the hip is believed to play a part in pain there.\n\nIn traditional Chinese medicine, practitioners insert needles at specific points with the aim of unblocking the pathways of qi and encouraging energy to flow in harmony.",
    "aliases": ["chi", "life energy"],
    "keywords": ["TCM", "traditional Chinese medicine", "blockage", "stagnation", "imbalance", "vital energy"],
    "questions": ["What is qi? | or life energy", "How does traditional Chinese medicine explain hip pain? | believed to play a part in pain", "Why are needles put at specific points in Chinese medicine? | unblocking the pathways of qi", "What does stuck energy have to do with hip pain? | stopped flowing freely", "What is chi energy? | or life energy", "Can blocked energy cause hip pain in Chinese medicine? | believed to play a part in pain", "Is acupuncture meant to unblock energy pathways? | unblocking the pathways of qi", "How does TCM see acupuncture? | acupuncture aims to restore", "What is life energy in acupuncture? | or life energy", "Energy flow and acupuncture? | encouraging energy to flow in harmony"],
    "see": ["endorphins"],
    "source": "How Acupuncture Addresses Hip Pain"
  }
]
--- stderr
