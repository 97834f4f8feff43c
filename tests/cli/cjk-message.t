# Messages wrap the same: a quoted CJK query breaks between ideographs, under the first line's text (it took 46 of 40 columns before)
args: --data tests/data/cjk.rec -w 40 search 针灸有时被用来缓解肩膀和膝盖的疼痛吗
status: 1
--- stdout
--- stderr
hipacu: no entry mentions '针灸有时被用
        来缓解肩膀和膝盖的疼痛吗'
hipacu: the article does not cover this:
        please ask a medical doctor
