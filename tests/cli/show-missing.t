# an unknown id exits 1 after showing the others
args: show qi nope
status: 1
--- stdout
Qi in traditional Chinese medicine (mechanism: qi)

In the view of traditional Chinese medicine, acupuncture aims to restore an
even, balanced flow of the body's qi, or life energy, through the whole body.

In traditional Chinese medicine, qi that has stagnated (stopped flowing freely)
or lost its balance in the hip is believed to play a part in pain there.

In traditional Chinese medicine, practitioners insert needles at specific points
with the aim of unblocking the pathways of qi and encouraging energy to flow in
harmony.

Also called: chi, life energy
See also:
  hipacu show endorphins  Endorphin release
Source: How Acupuncture Addresses Hip Pain (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: no entry with id 'nope'
