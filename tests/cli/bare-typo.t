# bare words with a typo are searched and corrected
args: bursitus
status: 0
--- stdout
Hip bursitis (condition: bursitis)
    hipacu show bursitis
    Bursitis is the name for inflammation of these sacs.

Local blood flow (mechanism: blood-flow)
    hipacu show blood-flow
    Inflammation features in osteoarthritis and in bursitis: see
    hipacu show osteoarthritis bursitis.
--- stderr
hipacu: reading 'bursitus' as 'bursitis'
