# a unique prefix
args: condition piri
status: 0
--- stdout
Piriformis syndrome (condition: piriformis-syndrome)

Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture
could ease the pain.

Piriformis syndrome is marked by spasms of the piriformis muscle, and these
spasms can squeeze the sciatic nerve. Acupuncture may be of use for this
condition as well.

The approach targets relaxation of the muscle and reduced irritation of the
nerve. In this way, acupuncture could ease pain in the hip and in the buttock.
For pain that travels down from the lower back through the hip and leg, see
"Sciatica".

Also called: piriformis, piriformis spasm
See also:
  hipacu show sciatica          Sciatica
  hipacu show nerve-modulation  Nerve modulation
Source: Conditions Acupuncture May Assist (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
