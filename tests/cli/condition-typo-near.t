# a typo of a name by substitution: searched, read as the name
args: condition sciatika
status: 0
--- stdout
Sciatica (condition: sciatica)
    hipacu show sciatica
    In sciatica, pain spreads outward from the lower back, travelling through
    the hip and into the leg; people who have it may also find acupuncture
    beneficial.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no condition entry named 'sciatika'; searching for it
hipacu: reading 'sciatika' as 'sciatica'
