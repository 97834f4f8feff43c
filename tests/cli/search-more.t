# text shows the best 5 and says how many more, with the command for all
args: search acupuncture
status: 0
--- stdout
These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

A complement, not a cure (condition: complementary-care)
    hipacu show complementary-care
    Acupuncture will not undo structural damage, but it can be used with
    conventional care to help manage symptoms.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could play a part in managing a strained or sprained hip muscle,
    in the groin or the hamstrings for instance.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

13 more matched; to see them all:
    hipacu search --all acupuncture

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
