# the built-in database works from any directory
args: safety
cwd: /
status: 0
--- stdout
See a medical doctor first (safety: see-a-doctor)

Always speak to a medical doctor before you begin acupuncture, above all when
your hip pain is severe or persistent or comes with other symptoms that are a
cause for concern, and bear in mind that acupuncture can work as a complementary
therapy, used together with conventional medical treatments.

Anyone with a bleeding disorder, a pacemaker or another significant medical
condition should also tell the practitioner and discuss the risks (see "Who
should be careful").

For more on how acupuncture fits in with other care, see "Alongside conventional
care".

Also called: doctor, GP, physician, medical doctor
See also:
  hipacu show contraindications   Who should be careful
  hipacu show complementary-care  Alongside conventional care
Source: Safety and Important Considerations (article section)

Choosing a practitioner (safety: choosing-a-practitioner)

If you are thinking of trying acupuncture for hip pain, choose a licensed,
experienced practitioner and check their credentials (proof of their
qualifications).

Licensing rules vary from region to region, but a properly qualified
practitioner will have had extensive training and will follow the profession's
standards.

Checking, or verifying, a practitioner's credentials helps make your experience
of acupuncture treatment safe and effective.

Also called: practitioner, acupuncturist, licensed acupuncturist
See also:
  hipacu show side-effects  Possible side effects
Source: Safety and Important Considerations (article section)

Possible side effects (safety: side-effects)

Acupuncture is generally safe: minor side effects can occur, and serious
problems are rare when the treatment is given by a trained professional.

Minor side effects that you may notice include slight bruising, soreness where
the needles went in, or dizziness that is temporary.

For how to choose a trained professional, see "Choosing a practitioner".

Also called: side effects, risks, adverse effects
See also:
  hipacu show choosing-a-practitioner  Choosing a practitioner
  hipacu show contraindications        Who should be careful
Source: Safety and Important Considerations (article section)

Who should be careful (safety: contraindications)

A bleeding disorder or a pacemaker may make acupuncture unsuitable (a
contraindication); if you have one of these or another significant medical
condition, tell your practitioner and discuss the risks with them.

Some conditions may be contraindications for acupuncture, meaning reasons it may
not be suitable (contraindication is the medical word for such a reason);
bleeding disorders and having a pacemaker are examples.

Consult a medical doctor before you start acupuncture, as set out under "See a
medical doctor first".

Also called: contraindication, bleeding disorder, pacemaker
See also:
  hipacu show see-a-doctor  See a medical doctor first
  hipacu show side-effects  Possible side effects
Source: Safety and Important Considerations (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
