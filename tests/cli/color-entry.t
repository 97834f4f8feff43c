# --color=always: bold heading, dim metadata
args: --color=always show apple
env: HIPACU_DATA=tests/data/mini.rec
status: 0
--- stdout
[1mGreen apple (food: apple)[0m

A crisp fruit.

Apples grow on trees. They keep for months.

A second paragraph that is long enough to need wrapping at a narrow width.

[2mAlso called: pomme[0m
[2mSee also:[0m
[2m  hipacu show wash-hands  Wash your hands[0m
[2mSource: Fruit (article section)[0m

[2mGeneral information from one article, not medical advice. Consult a medical[0m
[2mdoctor before starting acupuncture.[0m
--- stderr
