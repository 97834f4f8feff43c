# browser.sh - sourced by run.sh: the printable documents in real tools.
# The HTML pages parse strictly (tests/htmlcheck.py); headless Chromium
# renders one condition to PNG (a phone's width and a desktop's) and
# prints it and the whole reference to PDF, whose text (pdftotext) must
# hold the safety notes and the advice, on a sensible number of pages;
# the Markdown renders cleanly with cmark.  Each is skipped, and says so,
# where its tool is missing; .ci/run installs them all.

b=$out/browser
mkdir -p "$b"
export SOURCE_DATE_EPOCH=1764288000
"$HIPACU" --format=html >"$b/reference.html"
"$HIPACU" --format=html condition sciatica >"$b/sciatica.html"
"$HIPACU" --format=html search bruising >"$b/search.html" 2>/dev/null
"$HIPACU" --format=html show qi qi >"$b/twice.html"
"$HIPACU" --data tests/data/markup.rec --format=html show apple >"$b/markup.html"
"$HIPACU" --format=markdown >"$b/reference.md"
"$HIPACU" --data tests/data/markup.rec --format=markdown show apple >"$b/markup.md"
unset SOURCE_DATE_EPOCH

if have python3; then
	if python3 tests/htmlcheck.py "$b/reference.html" "$b/sciatica.html" \
	    "$b/search.html" "$b/twice.html" "$b/markup.html" >"$b/htmlcheck.log" 2>&1; then
		pass
	else
		fail "the HTML does not parse cleanly: $(head -n 5 "$b/htmlcheck.log")"
	fi
else
	skip "HTML parse check: python3 is not installed"
fi
# Markup in every field of the database is text in the page.
if ! grep -qi '<script\|<iframe\|<style>body\|<svg onload\|<img' "$b/markup.html" &&
    grep -q '&lt;script&gt;alert' "$b/markup.html"; then
	pass
else
	fail "markup from the database reached the page as markup"
fi

chrome=
for c in chromium chromium-browser google-chrome; do
	if have "$c"; then chrome=$c; break; fi
done
if [ -n "$chrome" ] && have pdftotext && have pdfinfo; then
	run_chrome() {
		"$chrome" --headless --no-sandbox --disable-gpu --disable-quic \
		    --no-first-run --disable-background-networking \
		    --disable-component-update --disable-sync \
		    --user-data-dir="$b/profile" --hide-scrollbars "$@" \
		    >>"$b/chrome.log" 2>&1
	}
	# A screenshot, and not a blank one: an empty page compresses to little.
	shot() { # PAGE SIZE [CHROMIUM-OPTION...]
		page=$1 size=$2
		shift 2
		rm -f "$b/$page-$size.png"
		run_chrome --window-size="$size" --screenshot="$b/$page-$size.png" "$@" \
		    "file://$b/$page.html"
		if [ "$(head -c 4 "$b/$page-$size.png" 2>/dev/null | od -An -c | tr -d ' ')" = '211PNG' ] &&
		    [ "$(wc -c <"$b/$page-$size.png")" -gt 20000 ]; then
			pass
		else
			fail "no screenshot of $page at $size ($b/$page-$size.png)"
		fi
	}
	# Each launch of Chromium costs seconds, so there are three: the whole
	# reference on paper; the page with the figure at a phone's width; at a
	# desktop's width and on paper in one launch (paper has its own size).
	rm -f "$b/reference.pdf" "$b/sciatica.pdf"
	run_chrome --no-pdf-header-footer --print-to-pdf="$b/reference.pdf" \
	    "file://$b/reference.html"
	shot sciatica 390,900
	shot sciatica 1280,900 --no-pdf-header-footer --print-to-pdf="$b/sciatica.pdf"
	for page in reference sciatica; do
		pdftotext "$b/$page.pdf" "$b/$page.txt" 2>/dev/null
		pages=$(pdfinfo "$b/$page.pdf" 2>/dev/null | sed -n 's/^Pages: *//p')
		case $page in
		# The whole reference is about ten Letter pages: each entry whole,
		# not one a page; one condition fits on one page, footer and all.
		reference) lo=6 hi=12 want='Possible side effects' ;;
		sciatica) lo=1 hi=1 want='Made by hipacu' ;;
		esac
		if grep -q "$want" "$b/$page.txt" && grep -q 'See a medical doctor first' "$b/$page.txt" &&
		    grep -q 'not medical advice' "$b/$page.txt" &&
		    [ "${pages:-0}" -ge "$lo" ] && [ "${pages:-0}" -le "$hi" ]; then
			pass
		else
			fail "$page printed to PDF: ${pages:-no} pages, or the advice or '$want' missing ($b/$page.pdf)"
		fi
	done
	# No printed page but the last is more than half empty (a page break
	# before the contents once left page 1 two-thirds blank): on each, the
	# lowest word is below the middle of the page.
	pdftotext -bbox "$b/reference.pdf" "$b/reference.bbox" 2>/dev/null
	half=$(awk '
		function done() { if (p && max < h / 2) bad = bad " " p }
		/<page / { done(); p++; max = 0
			match($0, /height="[0-9.]+"/); h = substr($0, RSTART + 8, RLENGTH - 9) + 0 }
		/<word / { match($0, /yMax="[0-9.]+"/); y = substr($0, RSTART + 6, RLENGTH - 7) + 0
			if (y > max) max = y }
		END { print (p ? bad : " none read") }' "$b/reference.bbox" 2>/dev/null)
	if [ -n "$half" ]; then
		fail "the printed reference has pages more than half empty:$half ($b/reference.pdf)"
	else
		pass
	fi
	# The whole reference on paper holds every safety note.
	missing=
	for title in 'Choosing a practitioner' 'Possible side effects' 'Who should be careful' \
	    'See a medical doctor first'; do
		grep -q "$title" "$b/reference.txt" || missing="$missing '$title'"
	done
	if [ -z "$missing" ]; then pass; else fail "the printed reference lacks$missing"; fi
else
	for t in screenshots screenshots pdf pdf safety-notes; do
		skip "browser test ($t): chromium or poppler-utils is not installed"
	done
fi

if have cmark; then
	cmark "$b/reference.md" >"$b/reference-md.html"
	cmark "$b/markup.md" >"$b/markup-md.html"
	h3=$(grep -c '^<h3>' "$b/reference-md.html")
	# Clean: every entry a heading, no backslash left visible; and the
	# database's markup and Markdown stay text: no tag, list, heading,
	# quote or emphasis made of it.
	if [ "$h3" = "$("$HIPACU" list --json | grep -c '"id":')" ] &&
	    grep -q '^<h2>Contents</h2>' "$b/reference-md.html" &&
	    ! grep -q '\\' "$b/reference-md.html" &&
	    ! grep -qi '<script\|<iframe\|<style\|<svg\|<a href="http' "$b/markup-md.html" &&
	    ! grep -q '<li>\|<h1># Not\|<em>em</em>\|<strong>bold' "$b/markup-md.html" &&
	    grep -q '^<p>&gt; not a quote</p>' "$b/markup-md.html" &&
	    grep -q '^<p>1. not a numbered list</p>' "$b/markup-md.html" &&
	    grep -q '\*bold\* _em_ `code`' "$b/markup-md.html"; then
		pass
	else
		fail "the Markdown does not render cleanly with cmark ($b/reference-md.html, $b/markup-md.html)"
	fi
else
	skip "Markdown render check: cmark is not installed"
fi
