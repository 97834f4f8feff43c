# show several ids
args: show sciatica side-effects
status: 0
--- stdout
Sciatica (condition: sciatica)

People with sciatica, pain spreading from the lower back into hip and leg, may
find acupuncture beneficial.

In sciatica, pain spreads outward from the lower back, travelling into the hip
and on into the leg. Acupuncture has been explored for several kinds of hip
pain, and people who have sciatica may also find it beneficial.

As with other hip conditions, acupuncture is not a cure for structural damage
but can complement conventional approaches in managing symptoms. Piriformis
syndrome, in which the sciatic nerve can be compressed, has its own entry.

Also called: sciatic pain, sciatic nerve pain
See also:
  hipacu show piriformis-syndrome  Piriformis syndrome
  hipacu show nerve-modulation     Nerve modulation
Source: Conditions Acupuncture May Assist (article section)

Before trying acupuncture, see a medical doctor and read the safety notes:
hipacu safety

Possible side effects (safety: side-effects)

Acupuncture is generally safe; minor effects may include bruising, soreness or
temporary dizziness.

Acupuncture is generally safe, but it can cause minor side effects. Those that
may occur include slight bruising, soreness at the places where the needles went
in, and dizziness that is temporary.

When a trained professional gives the treatment, serious adverse events are
rare. See the entry on choosing a practitioner.

Also called: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)
--- stderr
