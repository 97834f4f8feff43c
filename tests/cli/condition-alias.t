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
by relieving pain. As with hip conditions generally, acupuncture is not a cure
for structural damage, though it can complement conventional approaches in
managing symptoms (see "A complement, not a cure").

Also called: OA, hip osteoarthritis
See also:
  hipacu show complementary-care  A complement, not a cure
Source: Conditions Acupuncture May Assist (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
