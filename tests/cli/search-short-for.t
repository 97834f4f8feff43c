# A word that is only the start of a database word is taken as short for it, and said.
args: search osteo
status: 0
--- stdout
Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: taking 'osteo' as short for 'osteoarthritis'
