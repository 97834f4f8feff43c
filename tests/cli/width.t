# --width narrows the text
args: --width 40 condition bursitis
status: 0
--- stdout
Hip bursitis (condition: bursitis)

Inflamed bursae around the hip joint may
respond to the anti-inflammatory effects
of acupuncture.

Around the hip joint sit bursae, which
are sacs filled with fluid. Bursitis is
the name for inflammation of these sacs.

It is one more hip condition that may
respond to acupuncture, through the
anti-inflammatory effects attributed to
acupuncture. One way acupuncture may
reduce inflammation is described under
hipacu show blood-flow.

Aliases: inflamed bursa, bursa
         inflammation
See also:
  hipacu show blood-flow
      Local blood flow
Source: Conditions Acupuncture May
        Assist (article section)

Before trying acupuncture, see a medical
doctor and read the safety notes:
hipacu safety
--- stderr
