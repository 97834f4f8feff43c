# words after a topic that name nothing are searched, the topic first
args: session how often
status: 0
--- stdout
Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    Typically, a course is made up of 6 to 12 sessions, and early on these are
    often held once or twice weekly.

During a session (session: during-a-session)
    hipacu show during-a-session
    The feeling at the needle sites is often described as a dull ache, as
    tingling, or as warmth.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no session entry named 'how often'; searching for it
