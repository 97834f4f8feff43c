# a typo of a name: searched within the topic, read as the name it is a typo of
args: condition bursitus
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around
    the hip joint, is one more condition that may respond to the
    anti-inflammatory effects of acupuncture.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no condition entry named 'bursitus'; searching for it
hipacu: reading 'bursitus' as 'bursitis'
