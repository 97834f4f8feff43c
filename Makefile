# hipacu - plain POSIX make.  Override CC, CFLAGS, LDFLAGS, PREFIX, DESTDIR.
.POSIX:

CC = cc
CFLAGS = -std=c99 -O2 -Wall -Wextra -Wpedantic
LDFLAGS =
LDLIBS = -lm
PREFIX = /usr/local
BINDIR = $(PREFIX)/bin
DESTDIR =

# The library never prints or exits; main and cmd are the program around it.
LIB = src/db.o src/json.o src/lookup.o src/mem.o src/render.o src/search.o \
	src/text.o src/words.o
APP = src/main.o src/cmd.o src/embedded.o
HDR = src/cmd.h src/db.h src/embedded.h src/json.h src/lookup.h src/mem.h \
	src/render.h src/search.h src/text.h src/words.h

all: hipacu

hipacu: $(APP) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(APP) $(LIB) $(LDLIBS)

$(APP) $(LIB) tests/unit.o: $(HDR)

.c.o:
	$(CC) $(CFLAGS) -c -o $@ $<

# The database is compiled in, so the binary works from any directory.
src/embedded.c: src/embed data/hipacu.rec
	./src/embed data/hipacu.rec > $@.tmp && mv $@.tmp $@

src/embed: src/embed.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ src/embed.c

tests/unit: tests/unit.o $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/unit.o $(LIB) $(LDLIBS)

tests/jsonget: tests/jsonget.c
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ tests/jsonget.c

test: hipacu tests/unit tests/jsonget
	sh tests/run.sh

install: hipacu
	mkdir -p $(DESTDIR)$(BINDIR)
	cp hipacu $(DESTDIR)$(BINDIR)/hipacu
	chmod 755 $(DESTDIR)$(BINDIR)/hipacu

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/hipacu

clean:
	rm -f hipacu src/*.o src/embed src/embedded.c src/embedded.c.tmp \
		tests/*.o tests/unit tests/jsonget
	rm -rf tests/out

.PHONY: all test install uninstall clean
