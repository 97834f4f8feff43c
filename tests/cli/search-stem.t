# stemming: dizzy finds dizziness, bursa finds bursae
args: search bursa dizzy
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Inflamed bursae around the hip joint may respond to the anti-inflammatory
    effects of acupuncture.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
