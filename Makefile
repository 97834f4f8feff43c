# hipacu - plain POSIX make.  Override CC, CFLAGS, LDFLAGS, PREFIX, DESTDIR.
.POSIX:

CC = cc
CFLAGS = -std=c99 -O2 -Wall -Wextra -Wpedantic
LDFLAGS =
LDLIBS = -lm
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
MANDIR = $(PREFIX)/share/man
DATADIR = $(PREFIX)/share
DESTDIR =

# The library never prints or exits; main and cmd are the program around it.
CORE = src/cmdline.o src/db.o src/doc.o src/figure.o src/file.o src/formats.o \
	src/frame.o \
	src/html.o src/ids.o src/json.o \
	src/lookup.o src/markdown.o src/rec.o src/render.o src/scan.o src/search.o \
	src/text.o src/words.o
LIB = $(CORE) src/mem.o
APP = src/main.o src/cmd.o src/show.o src/ctx.o src/terminal.o src/msg.o \
	src/browse.o src/screen.o src/embedded.o
HDR = src/browse.h src/cmd.h src/cmdline.h src/ctx.h src/db.h src/doc.h src/embedded.h src/figure.h \
	src/file.h src/frame.h src/ids.h src/lookup.h \
	src/mem.h src/scan.h \
	src/msg.h src/rec.h src/render.h src/screen.h src/search.h src/show.h src/terminal.h \
	src/text.h src/words.h

all: hipacu

hipacu: $(APP) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(APP) $(LIB) $(LDLIBS)

$(APP) $(LIB) tests/unit.o tests/mem-failalloc.o: $(HDR)

.c.o:
	$(CC) $(CFLAGS) -c -o $@ $<

# The database is compiled in, so the binary works from any directory; so
# are the completion scripts, which 'make install' also installs as files.
COMPLETIONS = src/completion/hipacu.bash src/completion/_hipacu \
	src/completion/hipacu.fish

# The database is also parsed and checked here: bad data fails the build.
src/embedded.c: src/embed data/hipacu.rec data/words.txt data/common.txt \
	$(COMPLETIONS)
	./src/embed --parse embedded_db embedded_db data/hipacu.rec \
		embedded_words data/words.txt embedded_common data/common.txt \
		completion_bash src/completion/hipacu.bash \
		completion_zsh src/completion/_hipacu \
		completion_fish src/completion/hipacu.fish > $@.tmp && mv $@.tmp $@

src/embed: src/embed.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ src/embed.c $(LIB) $(LDLIBS)

tests/unit: tests/unit.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/unit.o $(LIB) $(LDLIBS)

# A build whose Nth allocation fails on request (see src/mem.c).
tests/mem-failalloc.o: src/mem.c
	$(CC) $(CFLAGS) -DMEM_FAIL_TEST -c -o $@ src/mem.c

tests/hipacu-failalloc: $(APP) $(CORE) tests/mem-failalloc.o
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(APP) $(CORE) tests/mem-failalloc.o $(LDLIBS)

# The fuzz target, replaying files (make test) or fuzzing (make fuzz).
tests/fuzz-replay: tests/fuzz/fuzz.c tests/fuzz/replay.c $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/fuzz/fuzz.c tests/fuzz/replay.c \
		$(LIB) $(LDLIBS)

FUZZ_SECONDS = 60
FUZZ_CC = clang
FUZZ_FLAGS = -std=c99 -g -O1 -fsanitize=fuzzer,address,undefined \
	-fno-sanitize-recover=all
CORE_SRC = $(LIB:.o=.c)

tests/fuzz-libfuzzer: tests/fuzz/fuzz.c $(CORE_SRC) $(HDR)
	$(FUZZ_CC) $(FUZZ_FLAGS) -o $@ tests/fuzz/fuzz.c $(CORE_SRC) -lm

# New inputs go to tests/fuzz/work (not kept); a crash is written to
# tests/fuzz/crash-*: add it to tests/fuzz/corpus so make test replays it.
fuzz: tests/fuzz-libfuzzer
	mkdir -p tests/fuzz/work
	./tests/fuzz-libfuzzer -max_total_time=$(FUZZ_SECONDS) \
		-dict=tests/fuzz/rec.dict -artifact_prefix=tests/fuzz/ \
		tests/fuzz/work tests/fuzz/corpus

tests/jsonget: tests/jsonget.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/jsonget.c

# A pseudo-terminal that types keys: hipacu browse's tests and bench.
tests/pty: tests/pty.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/pty.c

TEST_PROGS = tests/unit tests/jsonget tests/hipacu-failalloc tests/fuzz-replay \
	tests/pty

test: hipacu $(TEST_PROGS)
	sh tests/run.sh

# Rewrite the golden files to what the program prints now; review the
# change with git diff before committing it.
test-update: hipacu $(TEST_PROGS)
	UPDATE=1 sh tests/run.sh

# Speed and memory against cat and grep; not part of make test.
bench: hipacu tests/pty
	CC="$(CC)" sh tests/bench/run.sh

install: hipacu
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(MANDIR)/man5 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	cp hipacu $(DESTDIR)$(BINDIR)/hipacu
	chmod 755 $(DESTDIR)$(BINDIR)/hipacu
	cp src/hipacu.1 $(DESTDIR)$(MANDIR)/man1/hipacu.1
	cp src/hipacu.rec.5 $(DESTDIR)$(MANDIR)/man5/hipacu.rec.5
	cp src/completion/hipacu.bash \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu
	cp src/completion/_hipacu $(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu
	cp src/completion/hipacu.fish \
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
	rm -f hipacu src/*.o src/embed src/embedded.c src/embedded.c.tmp \
		tests/*.o tests/unit tests/jsonget tests/hipacu-failalloc \
		tests/fuzz-replay tests/fuzz-libfuzzer tests/pty
	rm -rf tests/out tests/bench/out

.PHONY: all test test-update install uninstall clean fuzz bench
