# A word of health the article lacks (numb) is named, points to a doctor, and no answer is sure
args: search is it normal to feel numb
status: 0
--- stdout
The article does not mention 'numb'. These entries are only the closest the
article has, not a sure answer: if they do not answer your question, please ask
a medical doctor.

During a session (session: during-a-session)
    hipacu show during-a-session
    At the needle sites, the feeling is often described as a dull ache, a
    tingling or a feeling of warmth.

Alongside conventional care (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture will not undo structural damage, but
    it can help manage symptoms across many different kinds of hip trouble as a
    complement to conventional care.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe: minor side effects can occur, and serious
    problems are rare when the treatment is given by a trained professional.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no entry mentions 'numb'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
