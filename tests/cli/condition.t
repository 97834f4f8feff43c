# a topic alone lists its entries
args: condition
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  Before trying acupuncture, read the safety notes: hipacu safety

  hip-pain             Hip pain and acupuncture - Hip pain is common and can disrupt daily life; acupuncture is one ancient practice explored for it.
  osteoarthritis       Osteoarthritis - Osteoarthritis wears down cartilage; acupuncture may help by easing pain and reducing inflammation.
  sciatica             Sciatica - Sciatica sends pain from the lower back through the hip and into the leg; people who have it may find acupuncture beneficial.
  piriformis-syndrome  Piriformis syndrome - Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture could ease the pain.
  bursitis             Hip bursitis - Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.
  muscle-strain        Muscle strains and sprains - Acupuncture could play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.
  complementary-care   A complement, not a cure - Acupuncture will not undo structural damage, but it can be used with conventional care to help manage symptoms.

Read one: hipacu condition NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
