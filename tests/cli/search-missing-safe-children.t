# a condition word the article never names, beside a found word: results flagged on stderr
args: search is acupuncture safe for children
status: 0
--- stdout
The article does not mention 'children'. These entries are only the closest the
article has, not a sure answer: if they do not answer your question, please ask
a medical doctor.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Asking about their qualifications and checking them helps make your
    treatment safe and effective.

A complement, not a cure (condition: complementary-care)
    hipacu show complementary-care
    Acupuncture will not undo structural damage, but it can be used with
    conventional care to help manage symptoms.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could play a part in managing a strained or sprained hip muscle,
    in the groin or the hamstrings for instance.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

13 more matched; to see them all:
    hipacu search --all is acupuncture safe for children

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no entry mentions 'children'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
