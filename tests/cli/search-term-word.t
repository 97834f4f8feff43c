# a Term word finds the article's word
args: search woozy
status: 0
--- stdout
Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.
--- stderr
