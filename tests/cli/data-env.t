# HIPACU_DATA reads another database; full display
args: rules
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
Wash your hands (rule: wash-hands)

Before eating, wash.

Soap and water.

Source: Hygiene (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
