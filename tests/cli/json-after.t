# options after the command
args: condition bursitis --json
status: 0
--- stdout
[
  {
    "id": "bursitis",
    "topic": "condition",
    "title": "Hip bursitis",
    "summary": "Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.",
    "body": "Around the hip joint sit bursae, which are sacs filled with fluid. Bursitis is the name for inflammation of these sacs.\n\nIt is one more hip condition that may respond to the anti-inflammatory effects of acupuncture.",
    "aliases": ["inflamed bursa", "bursa inflammation"],
    "keywords": ["bursa", "fluid sac", "fluid-filled"],
    "questions": ["What is hip bursitis? | Inflamed bursae", "What are the bursae around the hip? | sacs filled with fluid", "Can acupuncture help hip bursitis? | hip joint may respond", "How could acupuncture calm an inflamed bursa? | hip joint may respond", "Could acupuncture work for bursitis? | hip joint may respond", "Might bursitis in the hip respond to acupuncture? | hip joint may respond", "Is bursitis an inflammation of fluid sacs in the hip? | Inflamed bursae", "Where do the hip bursae sit? | bursae around the hip joint", "Could the anti-inflammatory effects of acupuncture help bursitis? | hip joint may respond", "Acupuncture for hip bursitis? | hip joint may respond"],
    "see": ["complementary-care"],
    "source": "Conditions Acupuncture May Assist"
  }
]
--- stderr
