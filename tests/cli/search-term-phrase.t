# a Term phrase searches only what it means: blood thinners is about
# bleeding disorders, not thin needles; and it only points there (Nearest),
# so the results say the article does not mention blood thinners
args: search blood thinners
status: 0
--- stdout
Note: the article does not mention 'blood thinners'; the nearest it has is
'bleeding disorders'.

These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

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
hipacu: the article does not mention 'blood thinners'; the nearest it has is
        'bleeding disorders'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
