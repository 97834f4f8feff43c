# two edits at nine letters or more, transposition as one
args: search practioner
status: 0
--- stdout
Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Licensing rules vary from region to region; a properly qualified
    practitioner will have had extensive training and will follow the
    profession's standards.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    The practitioner looks at what your hip pain is like and where it is
    located.

Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable; with
    these or other significant medical conditions, tell your practitioner,
    discuss the risks and see a medical doctor first.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    For how to choose one, see "Choosing a practitioner".

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    Practitioners insert needles at specific points with the aim of unblocking
    the pathways of qi and encouraging energy to flow in harmony.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: reading 'practioner' as 'practitioner'
