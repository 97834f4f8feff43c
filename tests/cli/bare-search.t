# bare words that are no name are searched
args: dizzy
status: 0
--- stdout
Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
