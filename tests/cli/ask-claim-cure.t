# A claim probe: "will it cure my arthritis" finds osteoarthritis, saying that arthritis is its nearest, then that acupuncture is no cure
args: search will acupuncture cure my arthritis
status: 0
--- stdout
Note: the article does not mention 'arthritis'; the nearest it has is
'osteoarthritis'.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is a condition that involves wear of the cartilage (the
    smooth tissue covering the ends of the bones in a joint); acupuncture may
    help in two ways, by relieving or easing pain and by reducing inflammation.

Alongside conventional care (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture will not undo structural damage, but
    it can help manage symptoms across many different kinds of hip trouble as a
    complement to conventional care.

Sciatica (condition: sciatica)
    hipacu show sciatica
    Acupuncture has been explored for several kinds of hip pain, and across hip
    conditions generally it does not cure structural damage, though it can
    complement conventional approaches in managing symptoms.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe: minor side effects can occur, and serious
    problems are rare when the treatment is given by a trained professional.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could also play a part in managing a strained or sprained hip
    muscle, in the groin or the hamstrings for instance.

13 more matched; to see them all:
    hipacu search --all will acupuncture cure my arthritis

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article does not mention 'arthritis'; the nearest it has is
        'osteoarthritis'
