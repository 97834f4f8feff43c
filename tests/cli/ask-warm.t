# warm meets the article's warmth
args: search warm feeling
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    At the needle sites, the feeling is often described as a dull ache, a
    tingling or a feeling of warmth.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
