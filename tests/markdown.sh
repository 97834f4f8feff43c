# markdown.sh - sourced by run.sh: values that would be Markdown if
# written as they are (tests/data/markdown.rec, a query with newlines, a
# --data path with newlines in its name) come out of --format=markdown as
# the same text, each the whole of its own element when cmark renders the
# document; and no list, code, quote or heading is made of one.

m=$out/markdown
mkdir -p "$m"

# md NAME ARGS...: the document of hipacu ARGS, rendered by cmark into
# $m/NAME.html.
md() {
	name=$1
	shift
	SOURCE_DATE_EPOCH=1764288000 "$HIPACU" --format=markdown "$@" \
	    >"$m/$name.md" 2>/dev/null
	cmark "$m/$name.md" >"$m/$name.html"
}

# expect NAME: every line of stdin is a whole line of NAME's HTML.
expect() {
	missing=
	while IFS= read -r line; do
		grep -qxF -- "$line" "$m/$1.html" || missing="$missing [$line]"
	done
	if [ -z "$missing" ]; then
		pass
	else
		fail "markdown $1: cmark's rendering ($m/$1.html) lacks$missing"
	fi
}

# blocks NAME H2 H3 LI: the headings and list items cmark made are those
# hipacu wrote (the title is the one h1, the advice the one quote, the
# line before the source the one break), and no numbered list, code block
# or deeper heading.
blocks() {
	got="$(grep -c '^<h1>' "$m/$1.html") $(grep -c '^<h2>' "$m/$1.html")"
	got="$got $(grep -c '^<h3>' "$m/$1.html") $(grep -c '<li>' "$m/$1.html")"
	got="$got $(grep -c '<blockquote>' "$m/$1.html")"
	got="$got $(grep -c '<hr />' "$m/$1.html")"
	got="$got $(grep -c '<ol\|<pre\|<h[4-6]' "$m/$1.html")"
	if [ "$got" = "1 $2 $3 $4 1 1 0" ]; then
		pass
	else
		fail "markdown $1: h1 h2 h3 li blockquote hr other are $got, not 1 $2 $3 $4 1 1 0 ($m/$1.html)"
	fi
}

# What a text is in HTML, as cmark writes it.
html() {
	printf '%s' "$1" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/"/\&quot;/g'
}

if have cmark; then
	db=tests/data/markdown.rec
	md apple --data $db show apple
	expect apple <<'EOF'
<h1>Acupuncture for hip pain: ## Title</h1>
<h2>## Title</h2>
<p><em>## Topic ##</em> · <code>hipacu show apple</code></p>
<p>- leading blanks</p>
<p>1. number</p>
<p>- a list after blanks</p>
<p>a tab first</p>
<p>four blanks</p>
<p>~~~ tildes</p>
<p>``` backticks</p>
<p>Ends in hashes ##</p>
<p>&lt;div&gt; html</p>
<p>---</p>
<p>***</p>
<p>| a | table |</p>
<p>+ plus</p>
<p># hash</p>
<p>12) twelve</p>
<p><strong>Also called:</strong> ** not bold **, Trailing #</p>
<p><strong>See also:</strong> Pear # (<code>hipacu show pear</code>)</p>
<p><em>Source: the article's section “Section ##”.</em></p>
EOF
	blocks apple 1 0 0

	md hashes --data $db show pear hashes
	expect hashes <<'EOF'
<h2>Pear #</h2>
<p><em>1. Numbered topic</em> · <code>hipacu show pear</code></p>
<p>&gt; A quoted pear.</p>
<h2>###</h2>
<p># Only hashes for a title.</p>
<p>#</p>
EOF
	blocks hashes 2 0 0

	md list --data $db list
	expect list <<'EOF'
<li><strong>## Title</strong> (<code>hipacu show apple</code>): - leading blanks</li>
<li><strong>Pear #</strong> (<code>hipacu show pear</code>): &gt; A quoted pear.</li>
<li><strong>###</strong> (<code>hipacu show hashes</code>): # Only hashes for a title.</li>
EOF
	blocks list 0 0 3

	md topics --data $db topics
	expect topics <<'EOF'
<li><strong>## Topic ##</strong> (1): - leading blanks in a summary</li>
<li><strong>1. Numbered topic</strong> (2): = underline</li>
EOF
	blocks topics 0 0 2

	md reference --data $db
	expect reference <<'EOF'
<li>## Topic ##: ## Title</li>
<li>1. Numbered topic: Pear #; ###</li>
<h2>## Topic ##</h2>
<p>- leading blanks in a summary</p>
<p>four blanks, code</p>
<p>1) numbered</p>
<p>&gt; a quote</p>
<h3>## Title</h3>
<h2>1. Numbered topic</h2>
<p>= underline</p>
<h3>Pear #</h3>
<h3>###</h3>
EOF
	blocks reference 3 3 2

	# A query and a --data path with newlines: each becomes a space, and
	# what follows it stays in its sentence.
	p="$m/a
# b
    - c.rec"
	cp $db "$p"
	md newlines --data "$p" search "$(printf 'pear\n# heading\n    - code\n')"
	expect newlines <<EOF
<p>One entry for “pear # heading     - code”.</p>
EOF
	blocks newlines 1 0 0
	if grep -qF -- "$(html "Database: $m/a # b     - c.rec.")</p>" \
	    "$m/newlines.html"; then
		pass
	else
		fail "markdown newlines: the --data path is not in its sentence ($m/newlines.html)"
	fi
else
	for t in apple hashes list topics reference newlines; do
		skip "Markdown escaping ($t): cmark is not installed"
	done
fi
