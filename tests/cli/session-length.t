# the topic word and the words are one name: an alias
args: session length
status: 0
--- stdout
Session length and course (session: course-of-treatment)

One session, consultation included, generally lasts 45 to 60 minutes; courses
vary, but typically a course is made up of 6 to 12 sessions.

The number of sessions needed depends on how severe the hip pain is and on its
chronicity, meaning how long the pain has lasted.

Early in a course, sessions are often held once or twice weekly. Relief comes
after a few sessions for some people, while others need treatment that is kept
up more steadily.

Also called: number of sessions, treatment course, session length, frequency
See also:
  hipacu show first-consultation  The first consultation
  hipacu show during-a-session    During a session
Source: What to Expect from Acupuncture Sessions (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
