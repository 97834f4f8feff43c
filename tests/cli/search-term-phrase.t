# a Term phrase searches only what it means: blood thinners is about bleeding, not thin needles
args: search blood thinners
status: 0
--- stdout
Who should be careful (safety: contraindications)
    hipacu show contraindications
    A bleeding disorder or a pacemaker may make acupuncture unsuitable; with
    these or other significant medical conditions, tell your practitioner,
    discuss the risks and see your doctor first.
--- stderr
