# during is no stopword: the question finds the entry titled During a session
args: search what happens during a session
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    In a session, thin, sterile needles go into specific points on the body.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    A session, consultation included, generally lasts 45 to 60 minutes; courses
    vary, but 6 to 12 sessions is typical.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    This reference describes how acupuncture may act on hip pain, which
    conditions it may help with, what sessions involve, and what to consider for
    safety.
--- stderr
hipacu: no entry mentions 'happens'
hipacu: the results match only your other words: if they do not answer your question, ask a doctor (hipacu show see-a-doctor)
