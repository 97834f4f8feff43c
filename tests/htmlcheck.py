#!/usr/bin/env python3
"""htmlcheck.py FILE... - fail unless each file is one well-formed HTML page.

Python's html.parser is lenient by itself; this uses it strictly: every
element but the void ones must be closed, in order; no attribute may be
given twice; the page must hold no <script>, no external resource (src,
or an href that is not a #fragment), must declare its language, and every
#fragment it links to must be an id on the page, and no id may be given
twice.
"""
import sys
from html.parser import HTMLParser

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "source", "track", "wbr"}


class Strict(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors, self.lang = [], [], False
        self.ids, self.links = set(), []

    def error_at(self, what):
        line, col = self.getpos()
        self.errors.append(f"{line}:{col}: {what}")

    def check_attrs(self, tag, attrs):
        names = [a for a, _ in attrs]
        if len(names) != len(set(names)):
            self.error_at(f"<{tag}> has an attribute twice")
        for name, value in attrs:
            if name == "id":
                if value in self.ids:
                    self.error_at(f"id {value!r} twice")
                self.ids.add(value)
            if name == "href" and (value or "").startswith("#"):
                line, col = self.getpos()
                self.links.append((f"{line}:{col}", value[1:]))
            if name == "src" or (name == "href" and not (value or "").startswith("#")):
                self.error_at(f"<{tag}> fetches {value!r}")
            if tag == "html" and name == "lang" and value:
                self.lang = True
        if tag == "script":
            self.error_at("a <script>")

    def handle_starttag(self, tag, attrs):
        self.check_attrs(tag, attrs)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        self.check_attrs(tag, attrs)

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.error_at(f"</{tag}> closes <{self.stack[-1] if self.stack else 'nothing'}>")
            return
        self.stack.pop()


def main():
    bad = 0
    for path in sys.argv[1:]:
        p = Strict()
        with open(path, encoding="utf-8") as f:
            text = f.read()
        if not text.startswith("<!DOCTYPE html>"):
            p.errors.append("1:0: no <!DOCTYPE html>")
        p.feed(text)
        p.close()
        if p.stack:
            p.errors.append(f"end: unclosed {p.stack}")
        for where, target in p.links:
            if target not in p.ids:
                p.errors.append(f"{where}: a link to #{target}, not on the page")
        if not p.lang:
            p.errors.append("end: <html> has no lang")
        for e in p.errors:
            print(f"{path}:{e}")
        bad += bool(p.errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
