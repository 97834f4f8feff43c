# A list of CJK titles and summaries wraps under itself within 40 columns (a line took 78 before)
args: --data tests/data/cjk.rec -w 40 list
status: 0
--- stdout
针灸与髋关节 - 关于针灸和髋关节疼痛的条
  目。

  hip-pain  髋关节疼痛与针灸治疗
      （acupuncture）的关系 - 针灸有时被
      用来缓解髋关节的疼痛，但效果因人而
      异，开始之前应当先咨询医生。
  session   一次治疗 - 一次针灸治疗通常
      持续二十到三十分钟，针很细，大多数
      人只感到轻微的不适。

Read one: hipacu show ID

General information from one article,
not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
