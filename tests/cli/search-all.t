# --all shows every result
args: --all search hip inflammation
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Hip bursitis, an inflammation of the bursae (sacs filled with fluid) around
    the hip joint, is one more condition that may respond to the
    anti-inflammatory effects of acupuncture.

Local blood flow (mechanism: blood-flow)
    hipacu show blood-flow
    The insertion of needles may also stimulate blood flow locally, in the hip,
    and the increase may help tissues mend and calm inflammation.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is a condition that involves wear of the cartilage (the
    smooth tissue covering the ends of the bones in a joint); acupuncture may
    help in two ways, by relieving or easing pain and by reducing inflammation.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could also play a part in managing a strained or sprained hip
    muscle, in the groin or the hamstrings for instance.

Alongside conventional care (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture will not undo structural damage, but
    it can help manage symptoms across many different kinds of hip trouble as a
    complement to conventional care.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always speak to a medical doctor before you begin acupuncture, above all
    when your hip pain is severe or persistent or comes with other symptoms that
    are a cause for concern, and bear in mind that acupuncture can work as a
    complementary therapy, used together with conventional medical treatments.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may also modulate (adjust) nerve activity and so interrupt pain
    signals passing from the hip up to the brain.

Sciatica (condition: sciatica)
    hipacu show sciatica
    In sciatica, pain spreads outward from the lower back, travelling through
    the hip and into the leg; people who have it may also find acupuncture
    beneficial.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    A first visit for hip pain covers your medical history, your symptoms and
    the way you live (your lifestyle) in a thorough talk with the practitioner,
    so that a treatment plan can be drawn up.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    If you are thinking of trying acupuncture for hip pain, choose a licensed,
    experienced practitioner and check their credentials (proof of their
    qualifications).

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    In traditional Chinese medicine, qi that has stagnated (stopped flowing
    freely) or lost its balance in the hip is believed to play a part in pain
    there.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Endorphins released through acupuncture are thought to help lessen, or
    relieve, pain in the hip.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    Piriformis syndrome, the condition marked by spasms of the piriformis
    muscle, is one more hip condition that acupuncture may address.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    The number of sessions needed depends on how severe the hip pain is and on
    its chronicity, meaning how long the pain has lasted.

During a session (session: during-a-session)
    hipacu show during-a-session
    The points chosen for the needles may be in areas around the hip, on the
    legs, or at points some distance away.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
