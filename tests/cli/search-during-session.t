# during is no stopword: the question finds the entry titled During a session
args: search what happens during a session
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile needles are placed at chosen points and usually left in for 15
    to 30 minutes.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    A session, consultation included, generally lasts 45 to 60 minutes; courses
    vary, but 6 to 12 sessions is typical.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    A first visit covers your history, symptoms and lifestyle so that a
    treatment plan can be drawn up.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    This reference describes how acupuncture may act on hip pain, which
    conditions it may help with, what sessions involve, and what to consider for
    safety.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
