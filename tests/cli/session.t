# the session topic
args: session
status: 0
--- stdout
Sessions - What to expect from a consultation and a course of sessions.

  Before trying acupuncture, read the safety notes: hipacu safety

  first-consultation   The first consultation - A first visit for hip pain covers your medical history, your symptoms and the way you live (your lifestyle) in a thorough talk with the practitioner, so that a treatment plan can be drawn up.
  during-a-session     During a session - Thin, sterile (germ-free) needles are inserted into specific points on the body and usually left in for 15 to 30 minutes, a time you can spend relaxing.
  course-of-treatment  Session length and course - One session, consultation included, generally lasts 45 to 60 minutes; courses vary, but typically a course is made up of 6 to 12 sessions.

Read one: hipacu session NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
