# two edits at nine letters or more, transposition as one
args: search practioner
status: 0
--- stdout
Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Licensing rules vary from region to region, but a properly qualified
    practitioner will have had extensive training and will follow the
    profession's standards.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    To choose the most suitable treatment plan, which includes working out the
    specific acupuncture points to use, the practitioner looks at what your hip
    pain is like and where it is located.

Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable (a
    contraindication); if you have one of these or another significant medical
    condition, tell your practitioner and discuss the risks with them.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    For how to choose a trained professional, see "Choosing a practitioner".

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Anyone with a bleeding disorder, a pacemaker or another significant medical
    condition should also tell the practitioner and discuss the risks (see "Who
    should be careful").

1 more matched; to see them all:
    hipacu search --all practioner

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: reading 'practioner' as 'practitioner'
