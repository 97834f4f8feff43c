# What is acupuncture: the entry whose Ask is the question, with its definition
args: search what is acupuncture
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

Alongside conventional care (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture will not undo structural damage, but
    it can help manage symptoms across many different kinds of hip trouble as a
    complement to conventional care.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe: minor side effects can occur, and serious
    problems are rare when the treatment is given by a trained professional.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    In cases where hip muscles are strained or sprained, such as the groin or
    hamstring muscles, acupuncture treatment has three aims: to support healing,
    to ease tension in the muscles, and to relieve pain in the affected area.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is a condition that involves wear of the cartilage (the
    smooth tissue covering the ends of the bones in a joint); acupuncture may
    help in two ways, by relieving or easing pain and by reducing inflammation.

13 more matched; to see them all:
    hipacu search --all what is acupuncture

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
