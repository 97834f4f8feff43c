# a topic alone lists its entries
args: condition
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  hip-pain             Hip pain and acupuncture
      Hip pain is common and can disrupt daily life; acupuncture is one ancient
      practice explored for it.
  osteoarthritis       Osteoarthritis
      In osteoarthritis of the hip, acupuncture may help by reducing
      inflammation and easing pain.
  sciatica             Sciatica
      People with sciatica, pain spreading from the lower back into hip and leg,
      may find acupuncture beneficial.
  piriformis-syndrome  Piriformis syndrome
      Spasms of the piriformis muscle can press on the sciatic nerve;
      acupuncture could ease the pain.
  bursitis             Hip bursitis
      Inflamed bursae around the hip joint may respond to the anti-inflammatory
      effects of acupuncture.
  muscle-strain        Muscle strains and sprains
      Hip strains or sprains, for example of the groin or hamstring muscles,
      could be managed with acupuncture.
  complementary-care   A complement, not a cure
      Acupuncture does not cure structural damage but can complement
      conventional care to manage symptoms.

Read one: hipacu condition NAME
--- stderr
