# Text wraps by terminal columns: a CJK character takes two (it filled 50 of 30 before), and a line may break between two
args: --data tests/data/wide.rec -w 30 show wide
status: 0
--- stdout
Wide text (t: wide)

髋关节 疼痛 针灸 治疗 髋关节
疼痛 针灸 治疗 髋关节 疼痛 针
灸 治疗 髋关节 疼痛.

針灸は 股関節の 痛みを 和らげ
る ことが ある と 考えられて
いる 針灸は 股関節の 痛みを 和
らげる.

Source: X (article section)

General information from one
article, not medical advice.
Consult a medical doctor
before starting acupuncture.
--- stderr
