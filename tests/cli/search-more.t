# text shows the best 5 and says how many more, with the command for all
args: search acupuncture
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Inflamed bursae around the hip joint may respond to the anti-inflammatory
    effects of acupuncture.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may alter how nerves behave, so that pain messages from the hip
    to the brain are interrupted.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture
    could ease the pain.

10 more matched; to see them all:
    hipacu search --all acupuncture
--- stderr
