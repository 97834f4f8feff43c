# a SOURCE_DATE_EPOCH past any calendar's year: the day is unknown, not garbage
args: --format=markdown topics
env: SOURCE_DATE_EPOCH=99999999999999999
# Acupuncture for hip pain: Topics
status: 0
--- stdout
# Acupuncture for hip pain: Topics

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

- **Conditions** (7): Hip conditions acupuncture may help with, and its limits.
- **Mechanisms** (4): How acupuncture is thought to act on hip pain.
- **Sessions** (3): What to expect from a consultation and a course of sessions.
- **Safety** (4): Choosing a practitioner, side effects and precautions.

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: built in, compiled from data/hipacu.rec.

Made by hipacu 0.1.0 on an unknown day. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
