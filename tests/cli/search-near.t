# a non-word far from every database word: named, not covered, no guess
args: search xxbursitisxx
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'xxbursitisxx'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
