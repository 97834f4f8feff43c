# an entry as JSON
args: --json condition bursitis
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
    "questions": ["What is hip bursitis?", "What are the bursae around the hip?", "Can acupuncture help hip bursitis?", "How could acupuncture calm an inflamed bursa?", "Does acupuncture work for bursitis?", "Can acupuncture treat bursitis in the hip?", "Is bursitis an inflammation of fluid sacs in the hip?", "Where do the hip bursae sit?", "Could the anti-inflammatory effects of acupuncture help bursitis?", "Acupuncture for hip bursitis?"],
    "see": ["complementary-care"],
    "source": "Conditions Acupuncture May Assist"
  }
]
--- stderr
