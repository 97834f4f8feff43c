# the mechanisms topic, plural
args: mechanisms
status: 0
--- stdout
Mechanisms - How acupuncture is thought to act on hip pain.

  endorphins        Endorphin release - Acupuncture is thought to prompt the release of endorphins, the body's own pain-relieving chemicals.
  blood-flow        Local blood flow - Needling may increase blood flow in the hip, which may help tissues mend and calm inflammation.
  nerve-modulation  Nerve modulation - Acupuncture may adjust nerve activity and so interrupt pain signals on their way to the brain from the hip.
  qi                Qi in traditional Chinese medicine - Traditional Chinese medicine sees acupuncture as a way to bring the body's qi, or life energy, back into balance.

Read one: hipacu mechanism NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
