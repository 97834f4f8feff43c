# two edits at nine letters or more, transposition as one
args: search practioner
status: 0
--- stdout
Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Choose a licensed, experienced practitioner and check their credentials.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    At the first appointment for hip pain, expect to talk at length with the
    practitioner about your medical history, your symptoms and the way you live.

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
