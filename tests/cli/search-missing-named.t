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
