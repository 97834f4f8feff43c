# warm meets the article's warmth
args: search warm feeling
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    The feeling at the needle sites is often described as a dull ache, as
    tingling, or as warmth.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
