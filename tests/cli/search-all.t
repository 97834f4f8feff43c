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
    Hip strains or sprains, for example of the groin or hamstring muscles, could
    be managed with acupuncture.

Sciatica (condition: sciatica)
    hipacu show sciatica
    Sciatica sends pain from the lower back through the hip and down the leg;
    acupuncture may help some people with it.

A complement, not a cure (condition: complementary-care)
    hipacu show complementary-care
    Whatever the hip condition, acupuncture does not repair structural damage.

Nerve modulation (mechanism: nerve-modulation)
    hipacu show nerve-modulation
    Acupuncture may alter how nerves behave, so that pain messages from the hip
    to the brain are interrupted.

See a doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Always check with a medical doctor before trying acupuncture, above all if
    your hip pain is severe, lasting, or comes with other worrying symptoms.

The first consultation (session: first-consultation)
    hipacu show first-consultation
    At the first appointment for hip pain, expect to talk at length with the
    practitioner about your medical history, your symptoms and the way you live.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    In this way, acupuncture could ease pain in the hip and in the buttock.

Choosing a practitioner (safety: choosing-a-practitioner)
    hipacu show choosing-a-practitioner
    If you are thinking of trying acupuncture for hip pain, look for an
    acupuncturist who holds a licence and has experience.

During a session (session: during-a-session)
    hipacu show during-a-session
    These may be in areas around the hip, on the legs, or at points some
    distance away.

Session length and course (session: course-of-treatment)
    hipacu show course-of-treatment
    How many sessions are needed depends on how severe the hip pain is and on
    its chronicity, that is, how long it has lasted.

Endorphin release (mechanism: endorphins)
    hipacu show endorphins
    On this account, the endorphins help to lessen pain in the hip.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    Qi that has become stagnant or out of balance in the hip is believed to
    contribute to pain.
--- stderr
