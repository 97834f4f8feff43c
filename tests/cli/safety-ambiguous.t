# an ambiguous prefix lists the candidates
args: safety s
status: 0
--- stdout
Safety - Choosing a practitioner, side effects and precautions.

  side-effects  Possible side effects
      Acupuncture is generally safe; minor effects may include bruising,
      soreness or temporary dizziness.
  see-a-doctor  See a doctor first
      Always check with a medical doctor before trying acupuncture, above all if
      your hip pain is severe, lasting, or comes with other worrying symptoms.

Read one: hipacu safety NAME
--- stderr
hipacu: 's' could be any of 2 entries
