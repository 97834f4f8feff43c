# values that start with Markdown (headings, lists, code, fences, quotes, hashes) stay text, each in its own place
args: --data tests/data/markdown.rec --format=markdown show apple pear hashes
status: 0
--- stdout
# Acupuncture for hip pain: Entries

> **See a medical doctor first.** General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.

## \#\# Title

*## Topic ##* · `hipacu show apple`

\- leading blanks

1\. number

\- a list after blanks

a tab first

four blanks

\~~~ tildes

\`\`\` backticks

Ends in hashes ##

\<div\> html

\---

\*\*\*

\| a | table |

\+ plus

\# hash

12\) twelve

**Also called:** \*\* not bold \*\*, Trailing #

**See also:** Pear # (`hipacu show pear`)

*Source: the article's section “Section ##”.*

## Pear \#

*1. Numbered topic* · `hipacu show pear`

\> A quoted pear.

Plain.

*Source: the article's section “Fruit”.*

## \#\#\#

*1. Numbered topic* · `hipacu show hashes`

\# Only hashes for a title.

\#

*Source: the article's section “Fruit”.*

---

Compiled from one untitled, undated article of about 630 words on acupuncture for hip pain (an opening paragraph and four headed sections), in hipacu's own words. Database: tests/data/markdown.rec.

Made by hipacu 0.1.0 on 2025-11-28. General information from one article, not medical advice. Consult a medical doctor before starting acupuncture, above all if your hip pain is severe, lasting, or comes with other worrying symptoms.
--- stderr
