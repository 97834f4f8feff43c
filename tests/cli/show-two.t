# show several ids
args: show sciatica side-effects
status: 0
--- stdout
Sciatica (condition: sciatica)

Sciatica sends pain from the lower back through the hip and down the leg;
acupuncture may help some people with it.

In sciatica, pain spreads outward from the lower back, travelling into the hip
and on into the leg. Acupuncture has been explored for several kinds of hip
pain, and people who have sciatica may also find it beneficial.

Here too, acupuncture is used to help with symptoms, not to repair structural
damage. Piriformis syndrome, in which the sciatic nerve can be compressed, has
its own entry: hipacu show piriformis-syndrome.

Aliases: sciatic pain, sciatic nerve pain
See also:
  hipacu show piriformis-syndrome  Piriformis syndrome
  hipacu show nerve-modulation     Nerve modulation
Source: Conditions Acupuncture May Assist (article section)

Before trying acupuncture, see a medical doctor and read the safety notes:
hipacu safety

Possible side effects (safety: side-effects)

Acupuncture is generally safe; minor effects may include bruising, soreness or
temporary dizziness.

Acupuncture is generally safe. It can, however, cause minor side effects: you
may notice slight bruising, soreness where the needles went in, or a short spell
of dizziness.

Serious problems are rare when the treatment is given by a trained professional.
For how to choose one, see hipacu show choosing-a-practitioner.

Aliases: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)
--- stderr
