# A word that is no English word and no database word (warfarin): not covered, exit 1, the pointer to a medical doctor.
args: search can i take warfarin
status: 1
--- stdout
--- stderr
hipacu: no entry mentions 'warfarin'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
