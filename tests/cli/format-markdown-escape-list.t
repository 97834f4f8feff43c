# list items of values that start with Markdown stay text
args: --data tests/data/markdown.rec --format=markdown list
status: 0
--- stdout
# Acupuncture for hip pain: Entries

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

- **## Title** (`hipacu show apple`): - leading blanks
- **Pear #** (`hipacu show pear`): \> A quoted pear.
- **###** (`hipacu show hashes`): # Only hashes for a title.

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: tests/data/markdown.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
