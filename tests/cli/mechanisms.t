# the mechanisms topic, plural
args: mechanisms
status: 0
--- stdout
Mechanisms - How acupuncture is thought to act on hip pain.

  endorphins        Endorphin release
      Acupuncture is thought to prompt the release of endorphins, the body's own
      pain-relieving chemicals.
  blood-flow        Local blood flow
      Inserting needles may boost local blood flow to the hip, aiding tissue
      repair and reducing inflammation.
  nerve-modulation  Nerve modulation
      Acupuncture may modulate nerve activity, interrupting pain signals on
      their way from the hip to the brain.
  qi                Qi in traditional Chinese medicine
      In traditional Chinese medicine, acupuncture aims to restore a balanced
      flow of qi, or life energy.

Read one: hipacu mechanism NAME
--- stderr
