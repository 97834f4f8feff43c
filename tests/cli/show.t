# show by id
args: show qi
status: 0
--- stdout
Qi in traditional Chinese medicine (mechanism: qi)

In traditional Chinese medicine, acupuncture aims to restore a balanced flow of
qi, or life energy.

Traditional Chinese medicine explains acupuncture in its own terms. In that
tradition, acupuncture aims to restore a balanced flow of "qi", a life energy,
throughout the body.

Qi that has become stagnant or out of balance in the hip is believed, in this
tradition, to contribute to pain. Practitioners insert needles at specific
points, in this view, with the aim of unblocking the pathways of qi and
encouraging energy to flow in harmony. This is the traditional view; other
entries in this topic describe the other proposed mechanisms.

Also called: chi, TCM, traditional Chinese medicine, life energy
See also:
  hipacu show endorphins  Endorphin release
Source: How Acupuncture Addresses Hip Pain (article section)
--- stderr
