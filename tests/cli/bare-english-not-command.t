# an English word close to a command is searched, not reported as a typo of it
args: conduction
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'conduction'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
