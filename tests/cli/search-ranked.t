# ranked: entries holding every word first, best first
args: search needles left in
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile needles are placed at chosen points and usually left in for 15
    to 30 minutes.

Local blood flow (mechanism: blood-flow)
    hipacu show blood-flow
    Needling may increase blood flow in the hip, which may help tissues mend and
    calm inflammation.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    Practitioners insert needles at specific points with the aim of unblocking
    the pathways of qi and encouraging energy to flow in harmony.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    A first visit covers your history, symptoms and lifestyle so that a
    treatment plan can be drawn up.

1 more matched; to see them all:
    hipacu search --all needles left in

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
