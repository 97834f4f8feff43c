# a word no entry holds is named once, however often it is typed
args: search dizzy zzyzx zzyzx
status: 0
--- stdout
Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.
--- stderr
hipacu: no entry mentions 'zzyzx'
hipacu: the results match only your other words: if they do not answer your question, ask a doctor (hipacu show see-a-doctor)
