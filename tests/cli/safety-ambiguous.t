# an ambiguous prefix lists the candidates
args: safety s
status: 0
--- stdout
Safety - Choosing a practitioner, side effects and precautions.

  see-a-doctor  See a medical doctor first - Always speak to a medical doctor before you begin acupuncture, above all when your hip pain is severe or persistent or comes with other symptoms that are a cause for concern, and bear in mind that acupuncture can work as a complementary therapy, used together with conventional medical treatments.
  side-effects  Possible side effects - Acupuncture is generally safe: minor side effects can occur, and serious problems are rare when the treatment is given by a trained professional.

Read one: hipacu safety NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: 's' could be any of 2 entries
