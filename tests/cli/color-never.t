# --color=never: plain text
args: --color=never search dizzy
status: 0
--- stdout
Possible side effects (safety: side-effects)
    hipacu show side-effects
    Minor side effects that you may notice include slight bruising, soreness
    where the needles went in, or dizziness that is temporary.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
