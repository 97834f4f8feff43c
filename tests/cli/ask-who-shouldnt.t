# A contraction typed without its apostrophe meets the Ask: who should not have it is the contraindications entry
args: search who shouldnt have acupuncture
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable; with
    these or other significant medical conditions, tell your practitioner,
    discuss the risks and see a medical doctor first.

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

13 more matched; to see them all:
    hipacu search --all who shouldnt have acupuncture

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
