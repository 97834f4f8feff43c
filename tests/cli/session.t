# the session topic
args: session
status: 0
--- stdout
Sessions - What to expect from a consultation and a course of sessions.

  Before trying acupuncture, read the safety notes: hipacu safety

  first-consultation   The first consultation - A first visit covers your history, symptoms and lifestyle so that a treatment plan can be drawn up.
  during-a-session     During a session - Thin, sterile needles are placed at chosen points and usually left in for 15 to 30 minutes.
  course-of-treatment  Session length and course - A session, consultation included, generally lasts 45 to 60 minutes; courses vary, but 6 to 12 sessions is typical.

Read one: hipacu session NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
