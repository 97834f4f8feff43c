# a typo of a name by substitution: searched, read as the name
args: condition sciatika
status: 0
--- stdout
Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and into the leg;
    people who have it may find acupuncture beneficial.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    For pain that travels down from the lower back through the hip and leg, see
    "Sciatica".

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no condition entry named 'sciatika'; searching for it
hipacu: reading 'sciatika' as 'sciatica'
