# a person's phrase (Term) leads to the hip pain entry, not to how a session feels
args: search my hip hurts
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Acupuncture is thought to prompt the release of endorphins, which are
    natural pain-relieving chemicals that the body produces on its own.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may also modulate (adjust) nerve activity and so interrupt pain
    signals passing from the hip up to the brain.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    In traditional Chinese medicine, qi that has stagnated (stopped flowing
    freely) or lost its balance in the hip is believed to play a part in pain
    there.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always speak to a medical doctor before you begin acupuncture, above all
    when your hip pain is severe or persistent or comes with other symptoms that
    are a cause for concern, and bear in mind that acupuncture can work as a
    complementary therapy, used together with conventional medical treatments.

11 more matched; to see them all:
    hipacu search --all my hip hurts

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
