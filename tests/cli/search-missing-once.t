# a word no entry holds is named once, however often it is typed
args: search dizzy zzyzx zzyzx
status: 0
--- stdout
The article does not mention 'zzyzx'. These entries are only the closest the
article has, not a sure answer: if they do not answer your question, please ask
a medical doctor.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Minor side effects that you may notice include slight bruising, soreness
    where the needles went in, or dizziness that is temporary.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no entry mentions 'zzyzx'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
