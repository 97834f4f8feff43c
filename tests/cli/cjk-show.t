# Chinese and Japanese wrap by columns, breaking between ideographs, never before ，。）」 nor after （「; combining accents take none (a line took 144 of 40 columns before)
args: --data tests/data/cjk.rec -w 40 show hip-pain
status: 0
--- stdout
髋关节疼痛与针灸治疗（acupuncture）的关
系 (zh: hip-pain)

针灸有时被用来缓解髋关节的疼痛，但效果因
人而异，开始之前应当先咨询医生。

鍼治療は股関節の痛みを和らげることがある
と考えられていますが、すべての人に効くわ
けではありません。「痛みが続く場合は、医
師に相談してください。」

Café résumé naïve: the acupuncturist（針
灸師）said that 한국어 텍스트도 공백으로
나뉘어 줄이 바뀝니다 and ASCII words
wrap as they always did.

Also called: 髋痛
See also:
  hipacu show session
      一次治疗
Source: 文章 (article section)

General information from one article,
not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
