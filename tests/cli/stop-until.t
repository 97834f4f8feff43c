# until is a stopword: it is not named as a word no entry holds
args: search how long until it works
status: 0
--- stdout
These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    The number of sessions needed depends on how severe the hip pain is and on
    its chronicity, meaning how long the pain has lasted.

During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile (germ-free) needles are inserted into specific points on the
    body and usually left in for 15 to 30 minutes, a time you can spend
    relaxing.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Acupuncture is thought to act, through more than one mechanism (way of
    working), on the way pain is perceived and on the way the body functions.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Nerve modulation, another proposed mechanism (way of working), concerns the
    nerves.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    To choose the most suitable treatment plan, which includes working out the
    specific acupuncture points to use, the practitioner looks at what your hip
    pain is like and where it is located.

6 more matched; to see them all:
    hipacu search --all how long until it works

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
