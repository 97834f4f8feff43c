# during is no stopword: the question finds the entry titled During a session
args: search what happens during a session
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile (germ-free) needles are inserted into specific points on the
    body and usually left in for 15 to 30 minutes, a time you can spend
    relaxing.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    One session, consultation included, generally lasts 45 to 60 minutes;
    courses vary, but typically a course is made up of 6 to 12 sessions.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    A first visit for hip pain covers your medical history, your symptoms and
    the way you live (your lifestyle) in a thorough talk with the practitioner,
    so that a treatment plan can be drawn up.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    The rest of this reference describes how acupuncture may act on hip pain,
    which conditions it may help with, what sessions involve, and what to
    consider for safety.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
