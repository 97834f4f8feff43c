# every word must appear
args: search needles minutes
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

Local blood flow (mechanism: blood-flow)
    hipacu show blood-flow
    Needling may increase blood flow in the hip, which may help tissues mend and
    calm inflammation.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    It can, however, cause minor side effects: you may notice slight bruising,
    soreness where the needles went in, or a short spell of dizziness.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    Practitioners insert needles at specific points with the aim of unblocking
    the pathways of qi and encouraging energy to flow in harmony.

2 more matched; to see them all:
    hipacu search --all needles minutes

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
