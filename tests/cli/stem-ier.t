# riskier meets risk (the -ier comparative), though -er is no suffix
args: search riskier
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable; with
    these or other significant medical conditions, tell your practitioner,
    discuss the risks and see a medical doctor first.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
