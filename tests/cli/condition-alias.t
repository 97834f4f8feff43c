# an alias, any case
args: condition oa
status: 0
--- stdout
Osteoarthritis (condition: osteoarthritis)

Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
reducing inflammation.

Osteoarthritis is among the kinds of hip pain for which acupuncture has been
explored. The condition involves wear of the cartilage.

Acupuncture may be of help here in two ways: by bringing inflammation down and
by relieving pain. It is not a cure for worn cartilage or other structural
damage: see hipacu show complementary-care.

Aliases: OA, hip osteoarthritis
See also:
  hipacu show complementary-care  A complement, not a cure
  hipacu show blood-flow          Local blood flow
Source: Conditions Acupuncture May Assist (article section)

Before trying acupuncture, see a medical doctor and read the safety notes:
hipacu safety
--- stderr
