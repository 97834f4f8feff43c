# a topic's id with an s is the topic, when its title is some other word
args: --data tests/data/wide.rec ts
status: 0
--- stdout
Topic - One topic.

  wide  Wide text - 髋关节 疼痛 针灸 治疗 髋关节 疼痛 针灸 治疗 髋关节 疼痛 针灸 治疗 髋关节 疼痛.

Read one: hipacu t NAME

General information from one article, not medical advice. Consult a medical
doctor before starting acupuncture.
--- stderr
