# every word must appear
args: search needles minutes
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile (germ-free) needles are inserted into specific points on the
    body and usually left in for 15 to 30 minutes, a time you can spend
    relaxing.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    One session, consultation included, generally lasts 45 to 60 minutes;
    courses vary, but typically a course is made up of 6 to 12 sessions.

Local blood flow (mechanism: blood-flow)
    hipacu show blood-flow
    The insertion of needles may also stimulate blood flow locally, in the hip,
    and the increase may help tissues mend and calm inflammation.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Minor side effects that you may notice include slight bruising, soreness
    where the needles went in, or dizziness that is temporary.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    In traditional Chinese medicine, practitioners insert needles at specific
    points with the aim of unblocking the pathways of qi and encouraging energy
    to flow in harmony.

2 more matched; to see them all:
    hipacu search --all needles minutes

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
