# every entry, grouped by topic
args: list
status: 0
--- stdout
Conditions - Hip conditions acupuncture may help with, and its limits.

  Before trying acupuncture, read the safety notes: hipacu safety

  hip-pain                 Hip pain and acupuncture - Hip pain, a common complaint, can disrupt daily life; acupuncture is one ancient practice explored for it.
  osteoarthritis           Osteoarthritis - Osteoarthritis is a condition that involves wear of the cartilage (the smooth tissue covering the ends of the bones in a joint); acupuncture may help in two ways, by relieving or easing pain and by reducing inflammation.
  sciatica                 Sciatica - In sciatica, pain spreads outward from the lower back, travelling through the hip and into the leg; people who have it may also find acupuncture beneficial.
  piriformis-syndrome      Piriformis syndrome - In piriformis syndrome, spasms of the piriformis, a muscle in the buttock, can compress, or squeeze, the sciatic nerve (a nerve in the buttock and the leg); acupuncture could ease the pain.
  bursitis                 Hip bursitis - Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around the hip joint, is one more condition that may respond to the anti-inflammatory effects of acupuncture.
  muscle-strain            Muscle strains and sprains - Acupuncture could also play a part in managing a strained or sprained hip muscle, in the groin or the hamstrings for instance.
  complementary-care       Alongside conventional care - Whatever the hip condition, acupuncture will not undo structural damage, but it can help manage symptoms across many different kinds of hip trouble as a complement to conventional care.

Mechanisms - How acupuncture is thought to act on hip pain.

  endorphins               Endorphin release - Acupuncture is thought to prompt the release of endorphins, which are natural pain-relieving chemicals that the body produces on its own.
  blood-flow               Local blood flow - The insertion of needles may also stimulate blood flow locally, in the hip, and the increase may help tissues mend and calm inflammation.
  nerve-modulation         Nerve modulation - Acupuncture may also modulate (adjust) nerve activity and so interrupt pain signals passing from the hip up to the brain.
  qi                       Qi in traditional Chinese medicine - In the view of traditional Chinese medicine, acupuncture aims to restore an even, balanced flow of the body's qi, or life energy, through the whole body.

Sessions - What to expect from a consultation and a course of sessions.

  Before trying acupuncture, read the safety notes: hipacu safety

  first-consultation       The first consultation - A first visit for hip pain covers your medical history, your symptoms and the way you live (your lifestyle) in a thorough talk with the practitioner, so that a treatment plan can be drawn up.
  during-a-session         During a session - Thin, sterile (germ-free) needles are inserted into specific points on the body and usually left in for 15 to 30 minutes, a time you can spend relaxing.
  course-of-treatment      Session length and course - One session, consultation included, generally lasts 45 to 60 minutes; courses vary, but typically a course is made up of 6 to 12 sessions.

Safety - Choosing a practitioner, side effects and precautions.

  see-a-doctor             See a medical doctor first - Always speak to a medical doctor before you begin acupuncture, above all when your hip pain is severe or persistent or comes with other symptoms that are a cause for concern, and bear in mind that acupuncture can work as a complementary therapy, used together with conventional medical treatments.
  choosing-a-practitioner  Choosing a practitioner - If you are thinking of trying acupuncture for hip pain, choose a licensed, experienced practitioner and check their credentials (proof of their qualifications).
  side-effects             Possible side effects - Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.
  contraindications        Who should be careful - A bleeding disorder or a pacemaker may make acupuncture unsuitable (a contraindication); if you have one of these or another significant medical condition, tell your practitioner and discuss the risks with them.

Read one: hipacu show ID

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
