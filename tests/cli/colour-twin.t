# --colour is --color's twin, as grep's
args: --colour=always search dizzy
status: 0
--- stdout
[1mPossible side effects (safety: side-effects)[0m
[2m    hipacu show side-effects[0m
    Acupuncture is generally safe; minor effects may include bruising, soreness
    or temporary [1mdizziness[0m.
--- stderr
