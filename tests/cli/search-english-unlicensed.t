# an English word is never read as a typo: unlicensed is not licensed (needs the size-50 word list)
args: search unlicensed
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'unlicensed'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
