# the built-in database works from any directory
args: safety
cwd: /
status: 0
--- stdout
Choosing a practitioner (safety: choosing-a-practitioner)

Choose a licensed, experienced practitioner and check their credentials.

If you are considering acupuncture for hip pain, pick a practitioner who is
licensed and has experience. The rules on licensing differ from one region to
another, but a qualified practitioner has been through extensive training and
keeps to professional standards. Checking a practitioner's credentials helps to
make sure the experience is safe and effective.

Also called: practitioner, acupuncturist, licensed acupuncturist
See also:
  hipacu show side-effects  Possible side effects
Source: Safety and Important Considerations (article section)

Possible side effects (safety: side-effects)

Acupuncture is generally safe; minor effects may include bruising, soreness or
temporary dizziness.

Acupuncture is generally safe, but it can cause minor side effects. Those that
may occur include slight bruising, soreness at the places where the needles went
in, and dizziness that is temporary.

When a trained professional gives the treatment, serious adverse events are
rare. See the entry on choosing a practitioner.

Also called: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)

Who should be careful (safety: contraindications)

Some conditions, such as a bleeding disorder or a pacemaker, may be
contraindications for acupuncture.

Some conditions may be contraindications for acupuncture, meaning reasons it may
not be suitable. Bleeding disorders and having a pacemaker are examples.

If you have one of these, or another significant medical condition, tell your
practitioner and talk the risks through with them. Consult a medical doctor
before you start; see the entry on seeing a doctor first.

Also called: contraindication, bleeding disorder, pacemaker, who should not have
             acupuncture
See also:
  hipacu show see-a-doctor  See a doctor first
  hipacu show side-effects  Possible side effects
Source: Safety and Important Considerations (article section)

See a doctor first (safety: see-a-doctor)

Consult a medical doctor before starting acupuncture, especially if hip pain is
severe or persistent.

Before you begin acupuncture, always speak to a medical doctor. This matters
most when your hip pain is severe or persistent, or when it comes with other
symptoms that are a cause for concern.

Acupuncture can be used as a complementary therapy, working together with
conventional medical treatment.

Also called: doctor, GP, physician, medical doctor
See also:
  hipacu show contraindications   Who should be careful
  hipacu show complementary-care  A complement, not a cure
Source: Safety and Important Considerations (article section)
--- stderr
