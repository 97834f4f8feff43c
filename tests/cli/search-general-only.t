# words most entries hold do not answer a question about something else
args: search acupuncture for my dog
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'dog'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
