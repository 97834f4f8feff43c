# a topic alone lists its entries
args: condition
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  Before trying acupuncture, read the safety notes: hipacu safety

  hip-pain             Hip pain and acupuncture - Hip pain, a common complaint, can disrupt daily life; acupuncture is one ancient practice explored for it.
  osteoarthritis       Osteoarthritis - Osteoarthritis is a condition that involves wear of the cartilage (the smooth tissue covering the ends of the bones in a joint); acupuncture may help in two ways, by relieving or easing pain and by reducing inflammation.
  sciatica             Sciatica - In sciatica, pain spreads outward from the lower back, travelling through the hip and into the leg; people who have it may also find acupuncture beneficial.
  piriformis-syndrome  Piriformis syndrome - In piriformis syndrome, spasms of the piriformis, a muscle in the buttock, can compress, or squeeze, the sciatic nerve (a nerve in the buttock and the leg); acupuncture could ease the pain.
  bursitis             Hip bursitis - Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around the hip joint, is one more condition that may respond to the anti-inflammatory effects of acupuncture.
  muscle-strain        Muscle strains and sprains - Acupuncture could also play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.
  complementary-care   Alongside conventional care - Whatever the hip condition, acupuncture will not undo structural damage, but it can help manage symptoms across many different kinds of hip trouble as a complement to conventional care.

Read one: hipacu condition NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
