# every entry, grouped by topic
args: list
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  Before trying acupuncture, read the safety notes: hipacu safety

  hip-pain                 Hip pain and acupuncture - Hip pain is common and can disrupt daily life; acupuncture is one ancient practice explored for it.
  osteoarthritis           Osteoarthritis - Osteoarthritis wears down cartilage; acupuncture may help by easing pain and reducing inflammation.
  sciatica                 Sciatica - Sciatica sends pain from the lower back through the hip and into the leg; people who have it may find acupuncture beneficial.
  piriformis-syndrome      Piriformis syndrome - Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture could ease the pain.
  bursitis                 Hip bursitis - Inflamed bursae around the hip joint may respond to the anti-inflammatory effects of acupuncture.
  muscle-strain            Muscle strains and sprains - Acupuncture could play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.
  complementary-care       A complement, not a cure - Acupuncture will not undo structural damage, but it can be used with conventional care to help manage symptoms.

Mechanisms - How acupuncture is thought to act on hip pain.

  endorphins               Endorphin release - Acupuncture is thought to prompt the release of endorphins, the body's own pain-relieving chemicals.
  blood-flow               Local blood flow - Needling may increase blood flow in the hip, which may help tissues mend and calm inflammation.
  nerve-modulation         Nerve modulation - Acupuncture may adjust nerve activity and so interrupt pain signals on their way to the brain from the hip.
  qi                       Qi in traditional Chinese medicine - Traditional Chinese medicine sees acupuncture as a way to bring the body's qi, or life energy, back into balance.

Sessions - What to expect from a consultation and a course of sessions.

  Before trying acupuncture, read the safety notes: hipacu safety

  first-consultation       The first consultation - A first visit covers your history, symptoms and lifestyle so that a treatment plan can be drawn up.
  during-a-session         During a session - Thin, sterile needles are placed at chosen points and usually left in for 15 to 30 minutes.
  course-of-treatment      Session length and course - A session, consultation included, generally lasts 45 to 60 minutes; courses vary, but 6 to 12 sessions is typical.

Safety - Choosing a practitioner, side effects and precautions.

  see-a-doctor             See a medical doctor first - Always check with a medical doctor before trying acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
  choosing-a-practitioner  Choosing a practitioner - Choose a licensed, experienced practitioner and check their credentials.
  side-effects             Possible side effects - Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.
  contraindications        Who should be careful - A bleeding disorder or a pacemaker may make acupuncture unsuitable; with these or other significant medical conditions, tell your practitioner, discuss the risks and see a medical doctor first.

Read one: hipacu show ID

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
