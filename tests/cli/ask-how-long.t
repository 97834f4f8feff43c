# How long does a session take: the sentence with the session's length, not the number of sessions
args: search how long does a session take
status: 0
--- stdout
Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    One session, consultation included, generally lasts 45 to 60 minutes;
    courses vary, but typically a course is made up of 6 to 12 sessions.

During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile (germ-free) needles are inserted into specific points on the
    body and usually left in for 15 to 30 minutes, a time you can spend
    relaxing.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    The rest of this reference describes how acupuncture may act on hip pain,
    which conditions it may help with, what sessions involve, and what to
    consider for safety.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
