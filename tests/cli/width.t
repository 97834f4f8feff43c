# --width narrows the text
args: --width 40 condition bursitis
status: 0
--- stdout
Hip bursitis (condition: bursitis)

Hip bursitis, an inflammation of the
bursae (sacs filled with fluid) around
the hip joint, is one more condition
that may respond to the
anti-inflammatory effects of
acupuncture.

The word bursae is the plural of bursa.

Also called: inflamed bursa, bursa
             inflammation
See also:
  hipacu show complementary-care
      Alongside conventional care
Source: Conditions Acupuncture May
        Assist (article section)

General information from one article,
not medical advice. Consult a medical
doctor before starting acupuncture:
hipacu show see-a-doctor
--- stderr
