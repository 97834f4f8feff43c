# stemming: dizzy finds dizziness, bursa finds bursae
args: search bursa dizzy
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around
    the hip joint, is one more condition that may respond to the
    anti-inflammatory effects of acupuncture.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Minor side effects that you may notice include slight bruising, soreness
    where the needles went in, or dizziness that is temporary.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
