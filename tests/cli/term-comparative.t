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
    Acupuncture is generally safe: minor side effects can occur, and serious
    problems are rare when the treatment is given by a trained professional.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    One session, consultation included, generally lasts 45 to 60 minutes;
    courses vary, but typically a course is made up of 6 to 12 sessions.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Checking, or verifying, a practitioner's credentials helps make your
    experience of acupuncture treatment safe and effective.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    As with hip conditions generally, acupuncture does not cure structural
    damage, though it can complement conventional approaches in managing
    symptoms (see "Alongside conventional care").

Sciatica (condition: sciatica)
    hipacu show sciatica
    Acupuncture has been explored for several kinds of hip pain, and across hip
    conditions generally it does not cure structural damage, though it can
    complement conventional approaches in managing symptoms.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article does not mention 'safer'; the nearest it has is 'generally
        safe'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
