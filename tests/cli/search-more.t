# text shows the best 5 and says how many more, with the command for all
args: search acupuncture
status: 0
--- stdout
These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

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
    Acupuncture could also play a part in managing a strained or sprained hip
    muscle, in the groin or the hamstrings for instance.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is a condition that involves wear of the cartilage (the
    smooth tissue covering the ends of the bones in a joint); acupuncture may
    help in two ways, by relieving or easing pain and by reducing inflammation.

13 more matched; to see them all:
    hipacu search --all acupuncture

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
