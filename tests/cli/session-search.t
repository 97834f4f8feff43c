# words after a topic that name nothing are searched, the topic first
args: session how often
status: 0
--- stdout
Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    Early in a course, sessions are often held once or twice weekly.

During a session (session: during-a-session)
    hipacu show during-a-session
    At the needle sites, the feeling is often described as a dull ache, a
    tingling or a feeling of warmth.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no session entry named 'how often'; searching for it
