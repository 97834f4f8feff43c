# The plainest keyword search: every entry it lists mentions pain, answered
args: --all search pain
status: 0
--- stdout
Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and into the leg;
    people who have it may find acupuncture beneficial.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    Acupuncture is thought to prompt the release of endorphins, the body's own
    pain-relieving chemicals.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may adjust nerve activity and so interrupt pain signals on their
    way to the brain from the hip.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always check with a medical doctor before trying acupuncture, above all if
    your hip pain is severe, lasting, or comes with other worrying symptoms.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    Spasms of the piriformis muscle can press on the sciatic nerve; acupuncture
    could ease the pain.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    On this view, pain in the hip is believed to come partly from qi there that
    has stagnated or lost its balance.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    How many sessions are needed depends on how severe the hip pain is and on
    its chronicity, that is, how long it has lasted.

A complement, not a cure (condition: complementary-care)
    hipacu show complementary-care
    Acupuncture will not undo structural damage, but it can be used with
    conventional care to help manage symptoms.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    At the first appointment for hip pain, expect to talk at length with the
    practitioner about your medical history, your symptoms and the way you live.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    If you are thinking of trying acupuncture for hip pain, look for an
    acupuncturist who holds a licence and has experience.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    In these cases, treatment has three aims: to support healing, to ease
    tension in the muscles, and to relieve pain in the affected area.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
