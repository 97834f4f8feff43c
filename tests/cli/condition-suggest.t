# words after a topic that match nothing: not covered, then the closest names
args: condition sciatxxxa
status: 1
--- stdout
--- stderr
hipacu: no condition entry named 'sciatxxxa'; searching for it
hipacu: no entry mentions 'sciatxxxa'
hipacu: the article does not cover this: please ask a medical doctor
        (hipacu show see-a-doctor)
hipacu: did you mean 'sciatica'?
hipacu: 'hipacu condition' lists them all
