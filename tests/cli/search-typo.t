# a word found nowhere is corrected, and the output says so
args: search pacemakr
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable (a
    contraindication); if you have one of these or another significant medical
    condition, tell your practitioner and discuss the risks with them.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Anyone with a bleeding disorder, a pacemaker or another significant medical
    condition should also tell the practitioner and discuss the risks (see "Who
    should be careful").

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: reading 'pacemakr' as 'pacemaker'
