# What is acupuncture: the entry whose Ask is the question, with its definition
args: search what is acupuncture
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

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
    In these cases, treatment has three aims: to support healing, to ease
    tension in the muscles, and to relieve pain in the affected area.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

13 more matched; to see them all:
    hipacu search --all what is acupuncture

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
