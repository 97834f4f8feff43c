# Does it hurt: answered by the sentence the Ask names, that most find the discomfort minimal
args: search does it hurt
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Most people having acupuncture report that the discomfort is minimal.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
