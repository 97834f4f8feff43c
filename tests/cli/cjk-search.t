# A search's CJK results and their sentences fit 40 columns (a line took 76 before)
args: --data tests/data/cjk.rec -w 40 search 髋痛
status: 0
--- stdout
髋关节疼痛与针灸治疗（acupuncture）的关
系 (zh: hip-pain)
    hipacu show hip-pain
    针灸有时被用来缓解髋关节的疼痛，但效
    果因人而异，开始之前应当先咨询医生。

General information from one article,
not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
