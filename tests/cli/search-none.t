# nothing matches
args: search xylophone
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'xylophone'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
