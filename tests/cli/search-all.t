# --all shows every result
args: --all search hip inflammation
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Inflamed bursae around the hip joint may respond to the anti-inflammatory
    effects of acupuncture.

Local blood flow (mechanism: blood-flow)
    hipacu show blood-flow
    Needling may increase blood flow in the hip, which may help tissues mend and
    calm inflammation.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

Hip pain and acupuncture (condition: hip-pain)
    hipacu show hip-pain
    Hip pain is common and can disrupt daily life; acupuncture is one ancient
    practice explored for it.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could play a part in managing a strained or sprained hip muscle,
    in the groin or the hamstrings for instance.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always check with a medical doctor before trying acupuncture, above all if
    your hip pain is severe, lasting, or comes with other worrying symptoms.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may adjust nerve activity and so interrupt pain signals on their
    way to the brain from the hip.

Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and into the leg;
    people who have it may find acupuncture beneficial.

A complement, not a cure (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture does not repair structural damage.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    On this view, pain in the hip is believed to come partly from qi there that
    has stagnated or lost its balance.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    On this account, the endorphins help to lessen pain in the hip.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    In this way, acupuncture could ease pain in the hip and in the buttock.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    How many sessions are needed depends on how severe the hip pain is and on
    its chronicity, that is, how long it has lasted.

During a session (session: during-a-session)
    hipacu show during-a-session
    These may be in areas around the hip, on the legs, or at points some
    distance away.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    At the first appointment for hip pain, expect to talk at length with the
    practitioner about your medical history, your symptoms and the way you live.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    If you are thinking of trying acupuncture for hip pain, look for an
    acupuncturist who holds a licence and has experience.

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
