# --help anywhere
args: search dizzy --help
status: 0
--- stdout
usage: hipacu search WORDS...

Rank the entries by the words, best first: entries holding every word come
first, and a word in a title, alias or one of the questions an entry answers
counts more than one in a keyword, the summary or the body. Case and word
endings do not matter (dizzy finds dizziness), common words such as 'how' and
'the' are ignored, and everyday words reach the article's (woozy finds dizzy). A
misspelled word is read as the database word it is very likely a typo of
(sciatca as sciatica); an English word the article does not use is never
replaced. When the answer is not sure, a caveat comes first, above the results,
and names the words the article does not mention; when nothing meaningful
matched the question is not covered: exit 1, with a pointer to the advice to see
a medical doctor. The best 5 results are shown (--all: every one), each with the
command that prints it whole and its sentence that best answers the question.
--- stderr
