# every entry, grouped by topic
args: list
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  hip-pain                 Hip pain and acupuncture
      Hip pain is common and can disrupt daily life; acupuncture is one ancient
      practice explored for it.
  osteoarthritis           Osteoarthritis
      In osteoarthritis of the hip, acupuncture may help by reducing
      inflammation and easing pain.
  sciatica                 Sciatica
      People with sciatica, pain spreading from the lower back into hip and leg,
      may find acupuncture beneficial.
  piriformis-syndrome      Piriformis syndrome
      Spasms of the piriformis muscle can press on the sciatic nerve;
      acupuncture could ease the pain.
  bursitis                 Hip bursitis
      Inflamed bursae around the hip joint may respond to the anti-inflammatory
      effects of acupuncture.
  muscle-strain            Muscle strains and sprains
      Hip strains or sprains, for example of the groin or hamstring muscles,
      could be managed with acupuncture.
  complementary-care       A complement, not a cure
      Acupuncture does not cure structural damage but can complement
      conventional care to manage symptoms.

Mechanisms - How acupuncture is thought to act on hip pain.

  endorphins               Endorphin release
      Acupuncture is thought to prompt the release of endorphins, the body's own
      pain-relieving chemicals.
  blood-flow               Local blood flow
      Inserting needles may boost local blood flow to the hip, aiding tissue
      repair and reducing inflammation.
  nerve-modulation         Nerve modulation
      Acupuncture may modulate nerve activity, interrupting pain signals on
      their way from the hip to the brain.
  qi                       Qi in traditional Chinese medicine
      In traditional Chinese medicine, acupuncture aims to restore a balanced
      flow of qi, or life energy.

Sessions - What to expect from a consultation and a course of sessions.

  first-consultation       The first consultation
      A first visit covers your history, symptoms and lifestyle so that a
      treatment plan can be drawn up.
  during-a-session         During a session
      Thin, sterile needles are placed at chosen points and usually left in for
      15 to 30 minutes.
  course-of-treatment      Session length and course
      A session generally takes 45 to 60 minutes; a typical course is 6 to 12
      sessions.

Safety - Choosing a practitioner, side effects and precautions.

  choosing-a-practitioner  Choosing a practitioner
      Choose a licensed, experienced practitioner and check their credentials.
  side-effects             Possible side effects
      Acupuncture is generally safe; minor effects may include bruising,
      soreness or temporary dizziness.
  contraindications        Who should be careful
      Some conditions, such as a bleeding disorder or a pacemaker, may be
      contraindications for acupuncture.
  see-a-doctor             See a doctor first
      Consult a medical doctor before starting acupuncture, especially if hip
      pain is severe or persistent.

Read one: hipacu show ID
--- stderr
