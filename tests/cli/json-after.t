# options after the command
args: condition bursitis --json
status: 0
--- stdout
[
  {
    "id": "bursitis",
    "topic": "condition",
    "title": "Hip bursitis",
    "summary": "Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around the hip joint, is one more condition that may respond to the anti-inflammatory effects of acupuncture.",
    "body": "The word bursae is the plural of bursa.",
    "aliases": ["inflamed bursa", "bursa inflammation"],
    "keywords": ["bursa", "fluid sac", "fluid-filled"],
    "questions": ["What is hip bursitis? | an inflammation of the bursae", "What are the bursae around the hip? | sacs filled with fluid", "Can acupuncture help hip bursitis? | may respond to the anti-inflammatory effects", "How could acupuncture calm an inflamed bursa? | may respond to the anti-inflammatory effects", "Could acupuncture work for bursitis? | may respond to the anti-inflammatory effects", "Might bursitis in the hip respond to acupuncture? | may respond to the anti-inflammatory effects", "Is bursitis an inflammation of fluid sacs in the hip? | an inflammation of the bursae", "Where do the hip bursae sit? | around the hip joint", "Could the anti-inflammatory effects of acupuncture help bursitis? | may respond to the anti-inflammatory effects", "Acupuncture for hip bursitis? | may respond to the anti-inflammatory effects"],
    "see": ["complementary-care"],
    "source": "Conditions Acupuncture May Assist"
  }
]
--- stderr
