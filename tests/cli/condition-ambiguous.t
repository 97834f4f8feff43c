# a prefix of several entries' names lists them to pick from, not an error
args: condition hip
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  hip-pain        Hip pain and acupuncture
      Hip pain is common and can disrupt daily life; acupuncture is one ancient
      practice explored for it.
  osteoarthritis  Osteoarthritis
      Osteoarthritis wears down cartilage; acupuncture may help by easing pain
      and reducing inflammation.
  bursitis        Hip bursitis
      Inflamed bursae around the hip joint may respond to the anti-inflammatory
      effects of acupuncture.
  muscle-strain   Muscle strains and sprains
      Hip strains or sprains, for example of the groin or hamstring muscles,
      could be managed with acupuncture.

Read one: hipacu condition NAME
--- stderr
hipacu: 'hip' could be any of 4 entries
