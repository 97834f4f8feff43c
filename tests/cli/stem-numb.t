# numb is not number: no -er stripping makes them one stem
args: search numbness
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'numbness'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
