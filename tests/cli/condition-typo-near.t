# a typo of a name by substitution: searched, read as the name
args: condition sciatika
status: 0
--- stdout
Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and down the leg;
    acupuncture may help some people with it.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    For pain that travels down from the lower back through the hip and leg, see
    hipacu show sciatica.
--- stderr
hipacu: no condition entry named 'sciatika'; searching for it
hipacu: reading 'sciatika' as 'sciatica'
