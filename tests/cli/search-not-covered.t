# a correctly spelled word the article does not use is named, never rewritten; nothing else meaningful: not covered, exit 1
args: search can i do it while pregnant
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'pregnant'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
