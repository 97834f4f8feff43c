# a comparative the stemmer leaves whole reaches the article's word through a Term
args: search safer
status: 0
--- stdout
Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    Asking about their qualifications and checking them helps make your
    treatment safe and effective.
--- stderr
