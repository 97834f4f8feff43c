# copied.sh - sourced by run.sh: no run of 7 or more words of the database
# is copied from the article (case, punctuation and apostrophes ignored),
# and every Source names a section the article has.
# The database's facts come from the article; its sentences may not.  The
# article is beside the repository (../shared/article.txt), as CI has it.
article=${ARTICLE:-$top/../shared/article.txt}
if [ -f "$article" ]; then
	# Both as one stream of words: the article's 7-word runs first, then
	# the database's values (no comments, descriptors or field names).
	{ tr 'A-Z' 'a-z' <"$article" | sed "s/['’]//g" | tr -cs 'a-z0-9' '\n'
	  echo '--8<--'
	  grep -v '^[#%]' data/hipacu.rec | sed 's/^[A-Za-z]*: //; s/^+ *//; s/ *\\$//' |
	      tr 'A-Z' 'a-z' | sed "s/['’]//g" | tr -cs 'a-z0-9' '\n'
	} | awk '
		$0 == "--8<--" { db = 1; n = 0; next }
		$0 == "" { next }
		{ w[n % 7] = $0; n++ }
		n >= 7 {
			run = w[(n - 7) % 7]
			for (i = n - 6; i < n; i++) run = run " " w[i % 7]
			if (!db) seen[run] = 1
			else if (run in seen && !(run in said)) { said[run] = 1; print run }
		}' >"$out/copied.log"
	if [ -s "$out/copied.log" ]; then
		fail "runs of 7 words copied from the article into data/hipacu.rec:
$(cat "$out/copied.log")"
	else
		pass
	fi
	# Each Source names a section the article has (a heading, a line of
	# its own), or its opening paragraph, which has no heading.
	bad=$(sed -n 's/^Source: //p' data/hipacu.rec | sort -u |
	    while IFS= read -r src; do
		[ "$src" = "Opening paragraph" ] || grep -qx "$src" "$article" ||
		    printf " '%s'" "$src"
	    done)
	if [ -z "$bad" ]; then pass; else fail "Source names no section of the article:$bad"; fi
else
	skip "copied words: the article ($article) is not beside the repository"
	skip "sources: the article ($article) is not beside the repository"
fi

# A sentence of a Summary or Body may be shown alone, as a search's
# answer: none may begin with a word that points back to the sentence
# before it ("This may help...", "It can...").
grep -v '^[#%]' data/hipacu.rec | awk '
	/^(Summary|Body): / { on = 1; sub(/^[A-Za-z]+: /, ""); print; next }
	/^\+/ && on { sub(/^\+ ?/, ""); print; next }
	/^[A-Za-z]+: / || /^$/ { on = 0; next }
	on { print }' | sed 's/ *\\$//' | tr '\n' ' ' |
    sed 's/\([.?!:;]\)  */\1\n/g' |
    grep -E '^(This|These|That|Those|It|Its|They|Their|Them|Such|He|She|Both|Also)\b' \
    >"$out/refers-back.log"
if [ -s "$out/refers-back.log" ]; then
	fail "sentences that need the one before them:
$(cat "$out/refers-back.log")"
else
	pass
fi
