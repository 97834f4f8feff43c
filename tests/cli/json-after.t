# options after the command
args: condition bursitis --json
status: 0
--- stdout
[
  {
    "id": "bursitis",
    "topic": "condition",
    "title": "Hip bursitis",
    "aliases": ["inflamed bursa", "bursa inflammation"],
    "keywords": ["bursa", "fluid sac", "fluid-filled"],
    "summary": "Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.",
    "body": "Around the hip joint sit bursae, which are sacs filled with fluid. Bursitis is the name for inflammation of these sacs.\n\nIt is one more hip condition that may respond to acupuncture, through the anti-inflammatory effects attributed to acupuncture. One way acupuncture may reduce inflammation is described under hipacu show blood-flow.",
    "see": ["blood-flow"],
    "source": "Conditions Acupuncture May Assist"
  }
]
--- stderr
