# A circumstance the article does not speak of (walk) neither refuses nor demotes: answered, one soft line
args: search my hip hurts when I walk
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may adjust nerve activity and so interrupt pain signals on their
    way to the brain from the hip.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always check with a medical doctor before trying acupuncture, above all if
    your hip pain is severe, lasting, or comes with other worrying symptoms.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and into the leg;
    people who have it may find acupuncture beneficial.

11 more matched; to see them all:
    hipacu search --all my hip hurts when I walk

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article says nothing of 'walk' in particular
