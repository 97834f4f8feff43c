# a condition word the article never names, beside a found word: results flagged on stderr
args: search is acupuncture safe for children
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

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Inflamed bursae around the hip joint may respond to the anti-inflammatory
    effects of acupuncture.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may alter how nerves behave, so that pain messages from the hip
    to the brain are interrupted.

10 more matched; to see them all:
    hipacu search --all is acupuncture safe for children
--- stderr
hipacu: no entry mentions 'children'
hipacu: the results match only your other words: if they do not answer your question, ask a doctor (hipacu show see-a-doctor)
