# a bare alias, several words
args: groin strain
status: 0
--- stdout
Muscle strains and sprains (condition: muscle-strain)

Hip strains or sprains, for example of the groin or hamstring muscles, could be
managed with acupuncture.

Acupuncture could also play a part in managing muscle strains or sprains in the
hip, for example ones involving the groin or the hamstring muscles.

In these cases, treatment has three aims: to support healing, to ease tension in
the muscles, and to relieve pain in the affected area. It does not mend
structural damage, but it can complement conventional care in managing the
symptoms.

Aliases: groin strain, pulled groin, hamstring strain, pulled hamstring, hip
         sprain, hip strain, pulled hip muscle, sprained hip
See also:
  hipacu show complementary-care  A complement, not a cure
Source: Conditions Acupuncture May Assist (article section)

Before trying acupuncture, see a medical doctor and read the safety notes:
hipacu safety
--- stderr
