# with no entry for what is asked, a circumstance no entry holds (walk) is named as missing with the rest, not set aside
args: search my hip zzyzx when I walk
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'zzyzx'
hipacu: no entry mentions 'walk'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
