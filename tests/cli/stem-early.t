# early is not ear: -ly leaves at least four letters
args: search ear seeds
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'ear'
hipacu: no entry mentions 'seeds'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
