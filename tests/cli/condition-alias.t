# an alias, any case
args: condition oa
status: 0
--- stdout
Osteoarthritis (condition: osteoarthritis)

In osteoarthritis of the hip, acupuncture may help by reducing inflammation and
easing pain.

Osteoarthritis is among the kinds of hip pain for which acupuncture has been
explored. The condition involves wear of the cartilage.

Acupuncture may be of help here in two ways: by bringing inflammation down and
by relieving pain. It is not a cure for structural damage, but it can complement
conventional approaches in managing symptoms; see the entry on acupuncture as a
complement.

Also called: OA, arthritis, hip arthritis
See also:
  hipacu show complementary-care  A complement, not a cure
  hipacu show blood-flow          Local blood flow
Source: Conditions Acupuncture May Assist (article section)

Before trying acupuncture, see a medical doctor and read the safety notes:
hipacu safety
--- stderr
