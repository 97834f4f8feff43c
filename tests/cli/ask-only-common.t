# Words too common to search for, and nothing else: exit 1, with how to ask
args: search the
status: 1
--- stdout
--- stderr
hipacu: every word is too common to search for: ask with the words of your
        question, as in 'hipacu search dizzy'
