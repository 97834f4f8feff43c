# a condition word the article never names, beside a found word: results flagged on stderr
args: search is acupuncture safe for children
status: 0
--- stdout
The article does not mention 'children'. These entries are only the closest the
article has, not a sure answer: if they do not answer your question, please ask
a medical doctor.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe: minor side effects can occur, and serious
    problems are rare when the treatment is given by a trained professional.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Checking, or verifying, a practitioner's credentials helps make your
    experience of acupuncture treatment safe and effective.

Alongside conventional care (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture will not undo structural damage, but
    it can help manage symptoms across many different kinds of hip trouble as a
    complement to conventional care.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could also play a part in managing a strained or sprained hip
    muscle, in the groin or the hamstrings for instance.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

13 more matched; to see them all:
    hipacu search --all is acupuncture safe for children

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no entry mentions 'children'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
