# A circumstance the article does not speak of (walk) neither refuses nor demotes: answered, one soft line
args: search my hip hurts when I walk
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may also modulate (adjust) nerve activity and so interrupt pain
    signals passing from the hip up to the brain.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always speak to a medical doctor before you begin acupuncture, above all
    when your hip pain is severe or persistent or comes with other symptoms that
    are a cause for concern, and bear in mind that acupuncture can work as a
    complementary therapy, used together with conventional medical treatments.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is a condition that involves wear of the cartilage (the
    smooth tissue covering the ends of the bones in a joint); acupuncture may
    help in two ways, by relieving or easing pain and by reducing inflammation.

Sciatica (condition: sciatica)
    hipacu show sciatica
    In sciatica, pain spreads outward from the lower back, travelling through
    the hip and into the leg; people who have it may also find acupuncture
    beneficial.

11 more matched; to see them all:
    hipacu search --all my hip hurts when I walk

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article says nothing of 'walk' in particular
