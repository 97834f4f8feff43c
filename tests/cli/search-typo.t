# a word found nowhere is corrected, and the output says so
args: search pacemakr
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable; with
    these or other significant medical conditions, tell your practitioner,
    discuss the risks and see a medical doctor first.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: reading 'pacemakr' as 'pacemaker'
