# hipacu - plain POSIX make.  Override CC, CFLAGS, LDFLAGS, PATHFLAGS, PREFIX,
# DESTDIR.
.POSIX:

CC = cc
CFLAGS = -std=c99 -O2 -Wall -Wextra -Wpedantic
LDFLAGS =
LDLIBS = -lm
# The build's directory, mapped to "." in what the compiler writes (debug
# information, __FILE__), so that two trees build the same bytes
# (tests/reproducible.sh).  Apart from CFLAGS, so that a CFLAGS given on
# the command line keeps it; gcc 8 and clang 10 have it, an older
# compiler wants PATHFLAGS= .  The shell's $PWD: POSIX make has no CURDIR.
PATHFLAGS = "-ffile-prefix-map=$$PWD=."
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share
DESTDIR =

# The house, floor by floor (src/README.md): a folder includes and calls
# only itself and the folders before it here; tests/layers.sh checks it.
LAYERS = base data search doc term cli tool

BASE = src/base/buf.o src/base/cmdline.o src/base/file.o src/base/text.o \
	src/base/ucd.o src/base/wrap.o
DATA_TEXT = src/data/db.o src/data/ids.o src/data/parse.o src/data/rec.o \
	src/data/schema.o src/data/store.o
DATA = $(DATA_TEXT) src/data/stream.o
SEARCH = src/search/answer.o src/search/judge.o src/search/lookup.o \
	src/search/query.o src/search/rank.o src/search/scan.o \
	src/search/search.o src/search/typo.o src/search/units.o \
	src/search/words.o
DOC = src/doc/doc.o src/doc/figure.o src/doc/format_html.o \
	src/doc/format_json.o src/doc/format_markdown.o src/doc/format_text.o \
	src/doc/formats.o src/doc/results.o src/doc/text_lines.o
TERM = src/term/frame.o src/term/msg.o src/term/screen.o src/term/terminal.o
CLI = src/cli/browse.o src/cli/browse_draw.o src/cli/cmd.o src/cli/ctx.o \
	src/cli/main.o src/cli/show.o
# The library (base to doc) never prints or exits: the unit tests and the
# fuzz target link it alone.  MEM is apart: a test build swaps it.
MEM = src/base/mem.o
CORE = $(BASE) $(DATA) $(SEARCH) $(DOC)
LIB = $(CORE) $(MEM)
APP = $(TERM) $(CLI) src/data/embedded.o
HDR = src/base/buf.h src/base/cmdline.h src/base/file.h src/base/mem.h \
	src/base/text.h src/base/ucd.h src/base/ucd_table.h src/base/wrap.h \
	src/data/db.h src/data/embedded.h src/data/ids.h src/data/parse.h \
	src/data/rec.h src/data/schema.h \
	src/search/internal.h src/search/lookup.h src/search/scan.h \
	src/search/search.h \
	src/search/words.h \
	src/doc/doc.h src/doc/figure.h src/doc/format_text.h src/doc/results.h \
	src/doc/text_lines.h \
	src/term/frame.h src/term/msg.h src/term/screen.h src/term/terminal.h \
	src/cli/browse.h src/cli/browse_view.h src/cli/cmd.h src/cli/ctx.h \
	src/cli/show.h

all: hipacu

hipacu: $(APP) $(LIB)
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ $(APP) $(LIB) $(LDLIBS)

$(APP) $(LIB) src/tool/embed.o tests/unit.o tests/mem-failalloc.o: $(HDR)

.c.o:
	$(CC) $(CFLAGS) $(PATHFLAGS) -c -o $@ $<

# The database is compiled in, so the binary works from any directory; so
# are the completion scripts, which 'make install' also installs as files.
COMPLETIONS = src/cli/completion/hipacu.bash src/cli/completion/_hipacu \
	src/cli/completion/hipacu.fish

# The database is also parsed and checked here: bad data fails the build.
src/data/embedded.c: src/tool/embed data/hipacu.rec data/words.txt \
	data/common.txt data/health.txt data/circumstance.txt $(COMPLETIONS)
	./src/tool/embed --parse embedded_db embedded_db data/hipacu.rec \
		embedded_words data/words.txt embedded_common data/common.txt \
		embedded_health data/health.txt \
		embedded_circumstance data/circumstance.txt \
		completion_bash src/cli/completion/hipacu.bash \
		completion_zsh src/cli/completion/_hipacu \
		completion_fish src/cli/completion/hipacu.fish > $@.tmp && mv $@.tmp $@

src/tool/embed: src/tool/embed.o $(LIB)
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ src/tool/embed.o $(LIB) $(LDLIBS)

# The unit tests take the terminal's frame and messages too: they print
# nothing on their own.
UNIT_TERM = src/term/frame.o src/term/msg.o

tests/unit: tests/unit.o $(UNIT_TERM) $(LIB)
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ tests/unit.o $(UNIT_TERM) $(LIB) $(LDLIBS)

# A build whose Nth allocation fails on request (see src/base/mem.c).
tests/mem-failalloc.o: src/base/mem.c
	$(CC) $(CFLAGS) $(PATHFLAGS) -DMEM_FAIL_TEST -c -o $@ src/base/mem.c

tests/hipacu-failalloc: $(APP) $(CORE) tests/mem-failalloc.o
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ $(APP) $(CORE) tests/mem-failalloc.o $(LDLIBS)

# A build that reads a file that streams 64 bytes at a time (a record
# longer grows it): every record is cut somewhere, as a large file's are.
tests/stream-window.o: src/data/stream.c $(HDR)
	$(CC) $(CFLAGS) $(PATHFLAGS) -DDB_WINDOW=64 -c -o $@ src/data/stream.c

WINDOW_LIB = $(BASE) $(DATA_TEXT) tests/stream-window.o $(SEARCH) $(DOC) $(MEM)
tests/hipacu-window: $(APP) $(WINDOW_LIB)
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ $(APP) $(WINDOW_LIB) $(LDLIBS)

# The fuzz target, replaying files (make test) or fuzzing (make fuzz).
tests/fuzz-replay: tests/fuzz/fuzz.c tests/fuzz/replay.c $(LIB)
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz.c tests/fuzz/replay.c \
		$(LIB) $(LDLIBS)

FUZZ_SECONDS = 60
FUZZ_CC = clang
FUZZ_FLAGS = -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all
CORE_SRC = $(LIB:.o=.c)

tests/fuzz-libfuzzer: tests/fuzz/fuzz.c $(CORE_SRC) $(HDR)
	$(FUZZ_CC) $(FUZZ_FLAGS) $(PATHFLAGS) -o $@ tests/fuzz/fuzz.c $(CORE_SRC) -lm

# New inputs go to tests/fuzz/work (not kept); a crash is written to
# tests/fuzz/crash-*: add it to tests/fuzz/corpus so make test replays it.
fuzz: tests/fuzz-libfuzzer
	mkdir -p tests/fuzz/work
	./tests/fuzz-libfuzzer -max_total_time=$(FUZZ_SECONDS) \
		-dict=tests/fuzz/rec.dict -artifact_prefix=tests/fuzz/ \
		tests/fuzz/work tests/fuzz/corpus

tests/jsonget: tests/jsonget.c
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ tests/jsonget.c

# A pseudo-terminal that types keys: hipacu browse's tests and bench.
tests/pty: tests/pty.c
	$(CC) $(CFLAGS) $(PATHFLAGS) $(LDFLAGS) -o $@ tests/pty.c

TEST_PROGS = tests/unit tests/jsonget tests/hipacu-failalloc tests/fuzz-replay \
	tests/pty tests/hipacu-window

test: hipacu $(TEST_PROGS)
	sh tests/run.sh

# Rewrite the golden files to what the program prints now; review the
# change with git diff before committing it.
test-update: hipacu $(TEST_PROGS)
	UPDATE=1 sh tests/run.sh

# Line and branch coverage of make test over src/, by gcc --coverage and
# gcov, on a copy of the tree; fails under 95% of lines or 85% of
# branches, or on a line never run that tests/uncovered.txt does not name.
coverage:
	sh tests/coverage.sh

# Speed and memory against cat and grep; not part of make test.
bench: hipacu tests/pty
	CC="$(CC)" sh tests/bench/run.sh

# What each speed device buys: hipacu built without it, timed against it.
bench-devices: hipacu
	CC="$(CC)" sh tests/bench/devices.sh

# Static analysis: gcc -fanalyzer, cppcheck and clang's scan-build on every
# source of src/ and tests/ but the generated src/data/embedded.c; any
# finding fails.  Needs only those tools (tests/analyze.sh).
analyze:
	sh tests/analyze.sh

install: hipacu
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	cp hipacu $(DESTDIR)$(BINDIR)/hipacu
	chmod 755 $(DESTDIR)$(BINDIR)/hipacu
	cp src/cli/hipacu.1 $(DESTDIR)$(MANDIR)/man1/hipacu.1
	cp src/data/hipacu.rec.5 $(DESTDIR)$(MANDIR)/man5/hipacu.rec.5
	cp src/cli/completion/hipacu.bash \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu
	cp src/cli/completion/_hipacu $(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu
	cp src/cli/completion/hipacu.fish \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/hipacu.fish
	chmod 644 $(DESTDIR)$(MANDIR)/man1/hipacu.1 \
		$(DESTDIR)$(MANDIR)/man5/hipacu.rec.5 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu \
		$(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/hipacu.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hipacu $(DESTDIR)$(MANDIR)/man1/hipacu.1 \
		$(DESTDIR)$(MANDIR)/man5/hipacu.rec.5 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu \
		$(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/hipacu.fish

clean:
	rm -f hipacu src/*/*.o src/tool/embed src/data/embedded.c \
		src/data/embedded.c.tmp \
		tests/*.o tests/unit tests/jsonget tests/hipacu-failalloc \
		tests/fuzz-replay tests/fuzz-libfuzzer tests/pty tests/hipacu-window
	rm -rf tests/out tests/bench/out

.PHONY: all test test-update install uninstall clean fuzz bench bench-devices \
	coverage analyze
