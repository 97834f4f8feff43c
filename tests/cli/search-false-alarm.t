# A question one of the entry's questions answers (Will the needles hurt?): no caveat for 'scary', which the answer does not need.
args: search needles scary does it hurt
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile (germ-free) needles are inserted into specific points on the
    body and usually left in for 15 to 30 minutes, a time you can spend
    relaxing.

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

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may also modulate (adjust) nerve activity and so interrupt pain
    signals passing from the hip up to the brain.

1 more matched; to see them all:
    hipacu search --all needles scary does it hurt

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
