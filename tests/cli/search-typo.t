# a word found nowhere is corrected, and the output says so
args: search pacemakr
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable; tell
    your practitioner and your doctor.
--- stderr
hipacu: showing results for "pacemaker"
