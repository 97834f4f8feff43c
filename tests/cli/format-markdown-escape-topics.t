# topic items of values that start with Markdown stay text
args: --data tests/data/markdown.rec --format=markdown topics
status: 0
--- stdout
# Acupuncture for hip pain: Topics

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

- **## Topic ##** (1): - leading blanks in a summary
- **1. Numbered topic** (2): = underline

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: tests/data/markdown.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
