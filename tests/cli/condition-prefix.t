# a unique prefix
args: condition piri
status: 0
--- stdout
Piriformis syndrome (condition: piriformis-syndrome)

In piriformis syndrome, spasms of the piriformis, a muscle in the buttock, can
compress, or squeeze, the sciatic nerve (a nerve in the buttock and the leg);
acupuncture could ease the pain.

Piriformis syndrome, the condition marked by spasms of the piriformis muscle, is
one more hip condition that acupuncture may address.

The acupuncture approach to piriformis syndrome targets relaxation of the muscle
and reduced irritation of the nerve, and in that way could ease pain in the hip
and the buttock.

Also called: piriformis, piriformis spasm
See also:
  hipacu show sciatica  Sciatica
Source: Conditions Acupuncture May Assist (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
