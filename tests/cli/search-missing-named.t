# some words match: results, and the word that matched nothing is still named
args: search bruising afterwards insurance
status: 0
--- stdout
Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.
--- stderr
hipacu: no entry mentions 'insurance'
hipacu: the results match only your other words: if they do not answer your question, ask a doctor (hipacu show see-a-doctor)
