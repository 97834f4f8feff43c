# a bare alias, several words
args: groin strain
status: 0
--- stdout
Muscle strains and sprains (condition: muscle-strain)

Acupuncture could also play a part in managing a strained or sprained hip
muscle, in the groin or the hamstrings for instance.

In cases where hip muscles are strained or sprained, such as the groin or
hamstring muscles, acupuncture treatment has three aims: to support healing, to
ease tension in the muscles, and to relieve pain in the affected area.

Acupuncture does not mend structural damage, but it can complement conventional
care in managing the symptoms.

Also called: groin strain, pulled groin, hamstring strain, pulled hamstring, hip
             sprain, hip strain, pulled hip muscle, sprained hip
See also:
  hipacu show complementary-care  Alongside conventional care
Source: Conditions Acupuncture May Assist (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
