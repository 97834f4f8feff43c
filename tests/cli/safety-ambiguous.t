# an ambiguous prefix lists the candidates
args: safety s
status: 0
--- stdout
Safety - Choosing a practitioner, side effects and precautions.

  see-a-doctor  See a medical doctor first - Always check with a medical doctor before trying acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
  side-effects  Possible side effects - Acupuncture is generally safe; minor effects may include bruising, soreness or temporary dizziness.

Read one: hipacu safety NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: 's' could be any of 2 entries
