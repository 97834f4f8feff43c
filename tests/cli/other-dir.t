# the built-in database works from any directory
args: safety
cwd: /
status: 0
--- stdout
See a medical doctor first (safety: see-a-doctor)

Always check with a medical doctor before trying acupuncture, above all if your
hip pain is severe, lasting, or comes with other worrying symptoms.

Before you begin acupuncture, always speak to a medical doctor. This matters
most when your hip pain is severe or persistent, or when it comes with other
symptoms that are a cause for concern.

Acupuncture can play a complementary role, used together with conventional
medical treatments (see "A complement, not a cure").

Also called: doctor, GP, physician, medical doctor
See also:
  hipacu show contraindications   Who should be careful
  hipacu show complementary-care  A complement, not a cure
Source: Safety and Important Considerations (article section)

Choosing a practitioner (safety: choosing-a-practitioner)

Choose a licensed, experienced practitioner and check their credentials.

If you are thinking of trying acupuncture for hip pain, look for an
acupuncturist who holds a licence and has experience. Licensing rules vary from
region to region; a properly qualified practitioner will have had extensive
training and will follow the profession's standards.

Asking about their qualifications and checking them helps make your treatment
safe and effective.

Also called: practitioner, acupuncturist, licensed acupuncturist
See also:
  hipacu show side-effects  Possible side effects
Source: Safety and Important Considerations (article section)

Possible side effects (safety: side-effects)

Acupuncture is generally safe; minor effects may include bruising, soreness or
temporary dizziness.

Acupuncture is generally safe. It can, however, cause minor side effects: you
may notice slight bruising, soreness where the needles went in, or a short spell
of dizziness.

Serious problems are rare when the treatment is given by a trained professional.
For how to choose one, see "Choosing a practitioner".

Also called: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)

Who should be careful (safety: contraindications)

A bleeding disorder or a pacemaker may make acupuncture unsuitable; with these
or other significant medical conditions, tell your practitioner, discuss the
risks and see a medical doctor first.

Some conditions may be contraindications for acupuncture, meaning reasons it may
not be suitable. Bleeding disorders and having a pacemaker are examples.

If you have one of these, or another significant medical condition, tell your
practitioner and talk the risks through with them. Consult a medical doctor
before you start, as set out under "See a medical doctor first".

Also called: contraindication, bleeding disorder, pacemaker
See also:
  hipacu show see-a-doctor  See a medical doctor first
  hipacu show side-effects  Possible side effects
Source: Safety and Important Considerations (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
