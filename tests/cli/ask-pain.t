# The plainest keyword search: every entry it lists mentions pain, answered
args: --all search pain
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain, a common complaint, can disrupt daily life; acupuncture is one
    ancient practice explored for it.

Sciatica (condition: sciatica)
    hipacu show sciatica
    In sciatica, pain spreads outward from the lower back, travelling through
    the hip and into the leg; people who have it may also find acupuncture
    beneficial.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Acupuncture is thought to prompt the release of endorphins, which are
    natural pain-relieving chemicals that the body produces on its own.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may also modulate (adjust) nerve activity and so interrupt pain
    signals passing from the hip up to the brain.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always speak to a medical doctor before you begin acupuncture, above all
    when your hip pain is severe or persistent or comes with other symptoms that
    are a cause for concern, and bear in mind that acupuncture can work as a
    complementary therapy, used together with conventional medical treatments.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis is a condition that involves wear of the cartilage (the
    smooth tissue covering the ends of the bones in a joint); acupuncture may
    help in two ways, by relieving or easing pain and by reducing inflammation.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    In piriformis syndrome, spasms of the piriformis, a muscle in the buttock,
    can compress, or squeeze, the sciatic nerve (a nerve in the buttock and the
    leg); acupuncture could ease the pain.

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

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    The number of sessions needed depends on how severe the hip pain is and on
    its chronicity, meaning how long the pain has lasted.

Alongside conventional care (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture will not undo structural damage, but
    it can help manage symptoms across many different kinds of hip trouble as a
    complement to conventional care.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    In cases where hip muscles are strained or sprained, such as the groin or
    hamstring muscles, acupuncture treatment has three aims: to support healing,
    to ease tension in the muscles, and to relieve pain in the affected area.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
