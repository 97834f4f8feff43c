# until is a stopword: it is not named as a word no entry holds
args: search how long until it works
status: 0
--- stdout
These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    How many sessions are needed depends on how severe the hip pain is and on
    its chronicity, that is, how long it has lasted.

During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile needles are placed at chosen points and usually left in for 15
    to 30 minutes.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Acupuncture is thought to prompt the release of endorphins, the body's own
    pain-relieving chemicals.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    From this, they decide on the most suitable treatment plan, which includes
    working out the specific acupuncture points to use.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    With endorphin release and local blood flow, this is one of the mechanisms
    through which acupuncture is thought to influence how pain is felt and how
    the body works.

5 more matched; to see them all:
    hipacu search --all how long until it works

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
