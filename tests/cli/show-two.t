# show several ids
args: show sciatica side-effects
status: 0
--- stdout
Sciatica (condition: sciatica)

Sciatica sends pain from the lower back through the hip and into the leg; people
who have it may find acupuncture beneficial.

In sciatica, pain spreads outward from the lower back, travelling into the hip
and on into the leg. Acupuncture has been explored for several kinds of hip
pain, and people who have sciatica may also find it beneficial.

As with hip conditions generally, acupuncture is not a cure for structural
damage, though it can complement conventional approaches in managing the
symptoms. For piriformis syndrome, in which the sciatic nerve can be compressed,
see "Piriformis syndrome".

Also called: sciatic pain, sciatic nerve pain
See also:
  hipacu show piriformis-syndrome  Piriformis syndrome
  hipacu show nerve-modulation     Nerve modulation
Source: Conditions Acupuncture May Assist (article section)

Possible side effects (safety: side-effects)

Acupuncture is generally safe; minor effects may include bruising, soreness or
temporary dizziness.

Acupuncture is generally safe. It can, however, cause minor side effects: you
may notice slight bruising, soreness where the needles went in, or a short spell
of dizziness.

Serious problems are rare when the treatment is given by a trained professional.
For how to choose one, see "Choosing a practitioner".

Also called: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
