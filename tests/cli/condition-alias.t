# an alias, any case
args: condition oa
status: 0
--- stdout
Osteoarthritis (condition: osteoarthritis)

Osteoarthritis is a condition that involves wear of the cartilage (the smooth
tissue covering the ends of the bones in a joint); acupuncture may help in two
ways, by relieving or easing pain and by reducing inflammation.

Osteoarthritis is among the kinds of hip pain for which acupuncture has been
explored.

As with hip conditions generally, acupuncture does not cure structural damage,
though it can complement conventional approaches in managing symptoms (see
"Alongside conventional care").

Also called: OA, hip osteoarthritis
See also:
  hipacu show complementary-care  Alongside conventional care
Source: Conditions Acupuncture May Assist (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
