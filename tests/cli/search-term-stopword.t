# a Term whose Word is a stopword is no term alone: can is too common to search for, not tin
args: --data tests/data/term-stop.rec search can
status: 1
--- stdout
--- stderr
hipacu: every word is too common to search for: ask with the words of your
        question, as in 'hipacu search dizzy'
