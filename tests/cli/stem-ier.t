# riskier meets risk (the -ier comparative), though -er is no suffix
args: search riskier
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable (a
    contraindication); if you have one of these or another significant medical
    condition, tell your practitioner and discuss the risks with them.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe: minor side effects can occur, and serious
    problems are rare when the treatment is given by a trained professional.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Anyone with a bleeding disorder, a pacemaker or another significant medical
    condition should also tell the practitioner and discuss the risks (see "Who
    should be careful").

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
