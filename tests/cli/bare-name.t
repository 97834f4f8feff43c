# a bare name shows that entry
args: bursitis
status: 0
--- stdout
Hip bursitis (condition: bursitis)

Inflamed bursae around the hip joint may respond to the anti-inflammatory
effects of acupuncture.

Around the hip joint sit bursae, which are sacs filled with fluid. Bursitis is
the name for inflammation of these sacs.

It is one more hip condition that may respond to the anti-inflammatory effects
of acupuncture.

Also called: inflamed bursa, bursa inflammation
See also:
  hipacu show complementary-care  A complement, not a cure
Source: Conditions Acupuncture May Assist (article section)

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
