# every word must appear
args: search needles minutes
status: 0
--- stdout
During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile needles are placed at chosen points and usually left in for 15
    to 30 minutes.
--- stderr
