# --colour is --color's twin, as grep's
args: --colour=always search dizzy
status: 0
--- stdout
[1mPossible side effects (safety: side-effects)[0m
[2m    hipacu show side-effects[0m
    Minor side effects that you may notice include slight bruising, soreness
    where the needles went in, or [1mdizziness[0m that is temporary.

[2mGeneral information from one article, not medical advice. Consult a medical[0m
[2mdoctor before starting acupuncture: hipacu show see-a-doctor[0m
--- stderr
