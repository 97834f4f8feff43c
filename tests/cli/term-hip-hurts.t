# a person's phrase (Term) leads to the hip pain entry, not to how a session feels
args: search my hip hurts
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and down the leg;
    acupuncture may help some people with it.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may alter how nerves behave, so that pain messages from the hip
    to the brain are interrupted.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is among the kinds of hip pain for which acupuncture has been
    explored.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    On this account, the endorphins help to lessen pain in the hip.

11 more matched; to see them all:
    hipacu search --all my hip hurts
--- stderr
