# bare words with a typo are searched and corrected
args: bursitus
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Bursitis is the name for inflammation of these sacs.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: reading 'bursitus' as 'bursitis'
