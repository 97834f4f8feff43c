# a comparative the stemmer leaves whole reaches the article's word through a Term
args: search safer
status: 0
--- stdout
Note: the article does not mention 'safer'; the nearest it has is 'generally
safe'.

These entries are only the closest the article has, not a sure answer: if they
do not answer your question, please ask a medical doctor.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    A session, consultation included, generally lasts 45 to 60 minutes; courses
    vary, but 6 to 12 sessions is typical.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Asking about their qualifications and checking them helps make your
    treatment safe and effective.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    As with hip conditions generally, acupuncture is not a cure for structural
    damage, though it can complement conventional approaches in managing
    symptoms (see "A complement, not a cure").

Sciatica (condition: sciatica)
    hipacu show sciatica
    As with hip conditions generally, acupuncture is not a cure for structural
    damage, though it can complement conventional approaches in managing the
    symptoms.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article does not mention 'safer'; the nearest it has is 'generally
        safe'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
