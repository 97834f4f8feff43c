# words after a topic that match nothing: not covered, then the closest names
args: condition xylophone
status: 1
--- stdout
--- stderr
hipacu: no condition entry named 'xylophone'; searching for it
hipacu: no entry mentions 'xylophone'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
hipacu: 'hipacu condition' lists them all
