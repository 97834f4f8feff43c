# no command: the overview
args: 
status: 0
--- stdout
hipacu - acupuncture for hip pain, a command-line reference

Topics:
  condition    7 entries  Hip conditions acupuncture may help with, and its
                          limits.
  mechanism    4 entries  How acupuncture is thought to act on hip pain.
  session      3 entries  What to expect from a consultation and a course of
                          sessions.
  safety       4 entries  Choosing a practitioner, side effects and precautions.

Try:
  hipacu condition bursitis   one entry of a topic
  hipacu safety               every safety note
  hipacu search dizzy         search all entries
  hipacu help                 all commands and options

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
