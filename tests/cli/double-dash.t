# -- ends the options
args: search -- --json
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'json'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
