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
LIB = src/db.o src/json.o src/lookup.o src/mem.o src/render.o src/search.o \
	src/text.o src/words.o
APP = src/main.o src/cmd.o src/term.o src/embedded.o
HDR = src/cmd.h src/db.h src/embedded.h src/json.h src/lookup.h src/mem.h \
	src/render.h src/search.h src/term.h src/text.h src/words.h

all: hipacu

hipacu: $(APP) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(APP) $(LIB) $(LDLIBS)

$(APP) $(LIB) tests/unit.o: $(HDR)

.c.o:
	$(CC) $(CFLAGS) -c -o $@ $<

# The database is compiled in, so the binary works from any directory; so
# are the completion scripts, which 'make install' also installs as files.
COMPLETIONS = src/completion/hipacu.bash src/completion/_hipacu \
	src/completion/hipacu.fish

src/embedded.c: src/embed data/hipacu.rec $(COMPLETIONS)
	./src/embed embedded_db data/hipacu.rec \
		completion_bash src/completion/hipacu.bash \
		completion_zsh src/completion/_hipacu \
		completion_fish src/completion/hipacu.fish > $@.tmp && mv $@.tmp $@

src/embed: src/embed.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ src/embed.c

tests/unit: tests/unit.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/unit.o $(LIB) $(LDLIBS)

tests/jsonget: tests/jsonget.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/jsonget.c

test: hipacu tests/unit tests/jsonget
	sh tests/run.sh

install: hipacu
	mkdir -p $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions \
		$(DESTDIR)$(DATADIR)/zsh/site-functions \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d
	cp hipacu $(DESTDIR)$(BINDIR)/hipacu
	chmod 755 $(DESTDIR)$(BINDIR)/hipacu
	cp src/hipacu.1 $(DESTDIR)$(MANDIR)/man1/hipacu.1
	cp src/completion/hipacu.bash \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu
	cp src/completion/_hipacu $(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu
	cp src/completion/hipacu.fish \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/hipacu.fish
	chmod 644 $(DESTDIR)$(MANDIR)/man1/hipacu.1 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu \
		$(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/hipacu.fish

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hipacu $(DESTDIR)$(MANDIR)/man1/hipacu.1 \
		$(DESTDIR)$(DATADIR)/bash-completion/completions/hipacu \
		$(DESTDIR)$(DATADIR)/zsh/site-functions/_hipacu \
		$(DESTDIR)$(DATADIR)/fish/vendor_completions.d/hipacu.fish

clean:
	rm -f hipacu src/*.o src/embed src/embedded.c src/embedded.c.tmp \
		tests/*.o tests/unit tests/jsonget
	rm -rf tests/out

.PHONY: all test install uninstall clean
