#!/usr/bin/env python3
# lexicon.py - distil data/health.txt and data/circumstance.txt from
# WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet), at development
# time only: hipacu reads the two lists, compiled in, and never WordNet.
#
#   apt-get install wordnet-base && python3 data/lexicon.py
#
# A word's kind is the kind of its most frequent senses (the sense tagged
# most often in WordNet's cntlist, and any tagged half as often; a word
# never tagged takes its first two senses as a noun, else its first), by
# WordNet's own lexicographer classes: health if the most frequent is of
# health, circumstance if one is and none is of health.
#
#   health        a part of the body (noun.body); a state, process,
#                 feeling or perception of the body (a symptom, a pain,
#                 an injury, a physiological state or process, a bodily
#                 sensation); anything WordNet files under a drug, a
#                 medicine, medical care or an illness; an adjective whose
#                 noun is one of these (numb: numbness, pregnant:
#                 pregnancy, dizzy: dizziness)
#   circumstance  who, where, when and what else: someone's people (a
#                 relative, a spouse, a friend; not a kind of person, as
#                 a child), times, objects and things made that are no
#                 medicine, acts that are no care (sport, work, play),
#                 and the verbs of moving, touching, social life, sport,
#                 eating and making
#
# Every other kind (places, animals, food, thinking, telling, owning,
# feeling, quantities, events...) is in neither list: a question's word of
# that kind is part of what it asks.  Only everyday English is listed:
# words of data/words.txt and data/common.txt (SCOWL), and words WordNet's
# tagged corpus uses, with the irregular forms WordNet knows (children,
# ran).
# Both lists are sorted in byte order, one word a line, as hipacu's
# word_in_list reads them.
import collections
import os
import sys

WN = os.environ.get("WORDNET", "/usr/share/wordnet") + "/"
HERE = os.path.dirname(os.path.abspath(__file__))

# lexnames(5WN): the lexicographer files, by number.
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal
noun.artifact noun.attribute noun.body noun.cognition noun.communication
noun.event noun.feeling noun.food noun.group noun.location noun.motive
noun.object noun.person noun.phenomenon noun.plant noun.possession
noun.process noun.quantity noun.relation noun.shape noun.state
noun.substance noun.time verb.body verb.change verb.cognition
verb.communication verb.competition verb.consumption verb.contact
verb.creation verb.emotion verb.motion verb.perception verb.possession
verb.social verb.stative verb.weather adj.ppl""".split()

HEALTH_CLASSES = {"noun.state", "noun.process", "noun.feeling",
                  "noun.cognition"}
BODILY_ANCESTORS = {"symptom", "pain", "ill_health", "pathological_state",
                    "injury", "physiological_state", "somesthesia",
                    "bodily_process", "organic_process"}
# Synsets under which WordNet files what care and illness are made of.
HEALTH_ANCESTORS = {"drug", "medicine", "medical_care", "treatment",
                    "medical_science",
                    "illness", "symptom", "medical_procedure",
                    "medical_instrument"}
CIRCUMSTANCE_CLASSES = {
    "noun.time", "noun.person",
    "noun.object", "noun.artifact", "noun.act",
    "verb.motion", "verb.contact", "verb.social", "verb.competition",
    "verb.consumption", "verb.creation", "verb.weather",
}
# Of people, only those who are someone's (a mum, a husband, a workmate):
# a kind of person (a child, an athlete) may change what the answer is.
PERSON_ANCESTORS = {"relative", "spouse", "friend", "acquaintance",
                    "associate", "lover", "peer", "neighbor"}
POS = (("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r"))


def read_synsets():
    """(pos, offset) -> (lexname, words, pointers)."""
    syn = {}
    for pos, c in POS:
        with open(WN + "data." + pos, encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                p = line.split(" | ")[0].split()
                off, lex, ss, n = p[0], int(p[1]), p[2], int(p[3], 16)
                words = [p[4 + 2 * i].lower() for i in range(n)]
                k = 4 + 2 * n
                ptrs = [tuple(p[k + 1 + 4 * i:k + 4 + 4 * i])
                        for i in range(int(p[k]))]
                syn[(c, off)] = (LEXNAMES[lex], words, ptrs)
    return syn


def read_index():
    """lemma -> [(pos, offset)...] in WordNet's order of senses."""
    idx = collections.defaultdict(list)
    for pos, c in POS:
        with open(WN + "index." + pos, encoding="latin-1") as f:
            for line in f:
                if line.startswith("  "):
                    continue
                p = line.split()
                n = int(p[2])
                idx[p[0]].extend((c, o) for o in p[-n:])
    return idx


def read_counts():
    """lemma -> [(count, pos letter, lexname)...], most often tagged first."""
    senses = collections.defaultdict(list)
    kind = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}
    with open(WN + "cntlist.rev", encoding="latin-1") as f:
        for line in f:
            key, _, count = line.split()
            lemma, rest = key.split("%")
            ss, lex = rest.split(":")[:2]
            senses[lemma].append((int(count), kind[ss], LEXNAMES[int(lex)]))
    for v in senses.values():
        v.sort(key=lambda t: -t[0])
    return senses


def ancestors(syn, key):
    seen, stack, out = set(), [key], set()
    while stack:
        k = stack.pop()
        if k in seen or k not in syn:
            continue
        seen.add(k)
        out.update(syn[k][1])
        for sym, off, pos in syn[k][2]:
            if sym in ("@", "@i"):
                stack.append(("a" if pos == "s" else pos, off))
    return out


def main():
    syn, idx, counts = read_synsets(), read_index(), read_counts()

    def synset_of(lemma, pos, lex):
        for k in idx.get(lemma, []):
            if k[0] == pos and syn[k][0] == lex:
                return k
        return None

    def deciding(lemma):
        """The senses that decide the lemma's kind, the dominant first:
        the most often tagged and any tagged half as often; a lemma never
        tagged, its first two nouns' senses, else its first sense."""
        senses = idx.get(lemma, [])
        if not senses:
            return []
        tagged = [t for t in counts.get(lemma, []) if t[0] > 0]
        # Tagged once or twice says little: as if never tagged.
        if tagged and tagged[0][0] >= 3:
            keys = [synset_of(lemma, pos, lex) for c, pos, lex in tagged
                    if c * 2 >= tagged[0][0]]
            return [k for k in keys if k]
        nouns = [k for k in senses if k[0] == "n"][:2]
        return nouns or senses[:1]

    def is_health_synset(k):
        lex, a = syn[k][0], ancestors(syn, k)
        if lex == "noun.body" or a & HEALTH_ANCESTORS:
            return True
        # Of states, feelings, processes and perceptions, those of the
        # body: not freedom, a marriage or a growth in sales.
        return lex in HEALTH_CLASSES and bool(a & BODILY_ANCESTORS)

    def is_circumstance_synset(k):
        lex = syn[k][0]
        if lex == "noun.person":
            return bool(ancestors(syn, k) & PERSON_ANCESTORS)
        return lex in CIRCUMSTANCE_CLASSES and not is_health_synset(k)

    def kind(lemma):
        keys = deciding(lemma)
        if not keys:
            return None
        if keys[0][0] == "a":
            # An adjective is of its nouns' kind: numb, numbness.
            for sym, off, pos in syn[keys[0]][2]:
                if sym in ("+", "=") and pos == "n" and is_health_synset(("n", off)):
                    return "health"
            return None
        if is_health_synset(keys[0]):
            return "health"
        # A word with any sense of health is never a mere circumstance:
        # "surgery" is a room too.
        if any(is_health_synset(k) for k in idx[lemma] if k[0] != "a"):
            return None
        # Where one is may change what is asked ("at home": by oneself):
        # a word that names a place is no mere circumstance.
        if any(syn[k][0] == "noun.location" for k in keys):
            return None
        # Whose someone is decides only by the dominant sense, where the
        # tags know it: a child is a young person before it is someone's
        # son or daughter.
        tagged = bool(counts.get(lemma)) and counts[lemma][0][0] >= 3
        if any(is_circumstance_synset(k) for k in keys if k[0] != "a" and
               (syn[k][0] != "noun.person" or k == keys[0] or not tagged)):
            return "circumstance"
        # When, in a noun's first two senses, whatever is tagged: "age" is
        # a time of life as much as an attribute.
        nouns = [k for k in idx[lemma] if k[0] == "n"][:2]
        if any(syn[k][0] == "noun.time" for k in nouns) and \
                not any(is_health_synset(k) for k in nouns):
            return "circumstance"
        return None

    english = set()
    for name in ("words.txt", "common.txt"):
        with open(os.path.join(HERE, name), encoding="utf-8") as f:
            english.update(w.strip() for w in f if w.strip())
    lists = {"health": set(), "circumstance": set()}
    for lemma in idx:
        k = kind(lemma)
        # Everyday English: SCOWL's, or a word WordNet's corpus uses.
        tagged = sum(t[0] for t in counts.get(lemma, []))
        if k and (lemma in english or tagged >= 3):
            lists[k].add(lemma)
    # Irregular forms take their base's kind.
    for pos, _ in POS:
        with open(WN + pos + ".exc", encoding="latin-1") as f:
            for line in f:
                form, *bases = line.split()
                for base in bases:
                    k = kind(base)
                    if k and form in english:
                        lists[k].add(form)
    both = lists["health"] & lists["circumstance"]
    lists["circumstance"] -= both
    for name, words in lists.items():
        path = os.path.join(HERE, name + ".txt")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            for w in sorted(words, key=lambda s: s.encode("utf-8")):
                if "_" not in w and "'" not in w:
                    f.write(w + "\n")
        print(path, len(words), file=sys.stderr)


if __name__ == "__main__":
    main()
