# a person's phrase (Term) leads to the hip pain entry, not to how a session feels
args: search my hip hurts
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Acupuncture is thought to prompt the release of endorphins, the body's own
    pain-relieving chemicals.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may adjust nerve activity and so interrupt pain signals on their
    way to the brain from the hip.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always check with a medical doctor before trying acupuncture, above all if
    your hip pain is severe, lasting, or comes with other worrying symptoms.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    On this view, pain in the hip is believed to come partly from qi there that
    has stagnated or lost its balance.

11 more matched; to see them all:
    hipacu search --all my hip hurts

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
