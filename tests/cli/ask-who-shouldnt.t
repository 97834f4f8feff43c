# A contraction typed without its apostrophe meets the Ask: who should not have it is the contraindications entry
args: search who shouldnt have acupuncture
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable (a
    contraindication); if you have one of these or another significant medical
    condition, tell your practitioner and discuss the risks with them.

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

13 more matched; to see them all:
    hipacu search --all who shouldnt have acupuncture

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
