# the mechanisms topic, plural
args: mechanisms
status: 0
--- stdout
Mechanisms - How acupuncture is thought to act on hip pain.

  endorphins        Endorphin release - Acupuncture is thought to prompt the release of endorphins, which are natural pain-relieving chemicals that the body produces on its own.
  blood-flow        Local blood flow - The insertion of needles may also stimulate blood flow locally, in the hip, and the increase may help tissues mend and calm inflammation.
  nerve-modulation  Nerve modulation - Acupuncture may also modulate (adjust) nerve activity and so interrupt pain signals passing from the hip up to the brain.
  qi                Qi in traditional Chinese medicine - In the view of traditional Chinese medicine, acupuncture aims to restore an even, balanced flow of the body's qi, or life energy, through the whole body.

Read one: hipacu mechanism NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
