# A claim probe: "will it cure my arthritis" finds osteoarthritis, saying that arthritis is its nearest, then that acupuncture is no cure
args: search will acupuncture cure my arthritis
status: 0
--- stdout
Note: the article does not mention 'arthritis'; the nearest it has is
'osteoarthritis'.

Osteoarthritis (condition: osteoarthritis)
    hipacu show osteoarthritis
    Osteoarthritis wears down cartilage; acupuncture may help by easing pain and
    reducing inflammation.

A complement, not a cure (condition: complementary-care)
    hipacu show complementary-care
    Acupuncture will not undo structural damage, but it can be used with
    conventional care to help manage symptoms.

Sciatica (condition: sciatica)
    hipacu show sciatica
    As with hip conditions generally, acupuncture is not a cure for structural
    damage, though it can complement conventional approaches in managing the
    symptoms.

See a medical doctor first (safety: see-a-doctor)
    hipacu show see-a-doctor
    Acupuncture can play a complementary role, used together with conventional
    medical treatments (see "A complement, not a cure").

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary dizziness.

13 more matched; to see them all:
    hipacu search --all will acupuncture cure my arthritis

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article does not mention 'arthritis'; the nearest it has is
        'osteoarthritis'
