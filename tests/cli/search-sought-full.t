# a query whose words and what they mean pass the 32 words searched: those past it are searched for nothing, and named as no entry mentioning them
args: search hammy adductor muscular giddy tingly tender chronic meridian acupoint sterilized unwind aftereffects agonizing ongoing risky everyday basics pyriformis visits uncomfortable
status: 0
--- stdout
The article does not mention 'basics', 'pyriformis' or 'uncomfortable'. These
entries are only the closest the article has, not a sure answer: if they do not
answer your question, please ask a medical doctor.

Possible side effects (safety: side-effects)
    hipacu show side-effects
    Minor side effects that you may notice include slight bruising, soreness
    where the needles went in, or dizziness that is temporary.

Muscle strains and sprains (condition: muscle-strain)
    hipacu show muscle-strain
    Acupuncture could also play a part in managing a strained or sprained hip
    muscle, in the groin or the hamstrings for instance.

During a session (session: during-a-session)
    hipacu show during-a-session
    Thin, sterile (germ-free) needles are inserted into specific points on the
    body and usually left in for 15 to 30 minutes, a time you can spend
    relaxing.

Qi in traditional Chinese medicine (mechanism: qi)
    hipacu show qi
    In traditional Chinese medicine, practitioners insert needles at specific
    points with the aim of unblocking the pathways of qi and encouraging energy
    to flow in harmony.

Piriformis syndrome (condition: piriformis-syndrome)
    hipacu show piriformis-syndrome
    The acupuncture approach to piriformis syndrome targets relaxation of the
    muscle and reduced irritation of the nerve, and in that way could ease pain
    in the hip and the buttock.

7 more matched; to see them all:
    hipacu search --all hammy adductor muscular giddy tingly tender chronic meridian acupoint sterilized unwind aftereffects agonizing ongoing risky everyday basics p

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture: hipacu show see-a-doctor
--- stderr
hipacu: the article says nothing of 'visits' in particular
hipacu: no entry mentions 'basics'
hipacu: no entry mentions 'pyriformis'
hipacu: no entry mentions 'uncomfortable'
hipacu: closest match only, not a sure answer: ask a medical doctor
        (hipacu show see-a-doctor)
