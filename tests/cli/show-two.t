# show several ids
args: show sciatica side-effects
status: 0
--- stdout
Sciatica (condition: sciatica)

In sciatica, pain spreads outward from the lower back, travelling through the
hip and into the leg; people who have it may also find acupuncture beneficial.

Acupuncture has been explored for several kinds of hip pain, and across hip
conditions generally it does not cure structural damage, though it can
complement conventional approaches in managing symptoms.

Piriformis syndrome is a separate condition, described under "Piriformis
syndrome".

Also called: sciatic pain
See also:
  hipacu show piriformis-syndrome  Piriformis syndrome
Source: Conditions Acupuncture May Assist (article section)

Possible side effects (safety: side-effects)

Acupuncture is generally safe: minor side effects can occur, and serious
problems are rare when the treatment is given by a trained professional.

Minor side effects that you may notice include slight bruising, soreness where
the needles went in, or dizziness that is temporary.

For how to choose a trained professional, see "Choosing a practitioner".

Also called: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
