# show by id
args: show qi
status: 0
--- stdout
Qi in traditional Chinese medicine (mechanism: qi)

Traditional Chinese medicine sees acupuncture as a way to bring the body's qi,
or life energy, back into balance.

In traditional Chinese medicine, acupuncture aims to bring "qi", the body's life
energy, back into an even, balanced flow through the whole body.

On this view, pain in the hip is believed to come partly from qi there that has
stagnated or lost its balance. Practitioners insert needles at specific points
with the aim of unblocking the pathways of qi and encouraging energy to flow in
harmony.

Also called: chi, life energy
See also:
  hipacu show endorphins  Endorphin release
Source: How Acupuncture Addresses Hip Pain (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
