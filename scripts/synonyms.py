#!/usr/bin/env python3
"""Derives data/synonyms.tsv, the checker's small table of near-synonyms of
common general English words, from the WordNet 3.0 database.

  apt-get install wordnet-base wamerican   # Debian: WordNet in /usr/share/wordnet,
                                           # SCOWL's American word list in /usr/share/dict
  python3 scripts/synonyms.py [/usr/share/wordnet] > data/synonyms.tsv

It also writes data/irregular.tsv: irregular inflections of common nouns,
verbs and adjectives (mice -> mouse, fell -> fall, best -> good) from
WordNet's exception lists, for the same common words, and data/compounds.tsv:
two-word names of a sense with a one-word name of it ("hearing loss" /
"deafness", "breathing in" / "inhalation"). A compound enters only when
  - it is two lower-case words of letters, each a common word (a sense
    tagged at least MIN_TAGS times), written apart ("sea star", not the
    one-word "starfish" spelled with a space),
  - it has one sense in all of WordNet, and
  - the one-word name is lower case, letters only, has that sense as its
    first and has at most MAX_SINGLE_SENSES senses in all (one clear
    meaning, so the pair does not stand for a rarer sense of the word), and
    is in SCOWL's American English word list of Debian's `wamerican`
    (/usr/share/dict/american-english, size 50: words of general use, not
    the technical names WordNet also lists).

A line is one group of words that share a frequent sense (a WordNet synset),
tab-separated. A word enters a group only when
  - it is one lower-case word of letters (no names, no phrases),
  - the synset is one of its first two senses (WordNet orders senses by
    frequency), and
  - that sense is seen at least MIN_TAGS times in WordNet's sense-tagged
    corpus (cntlist.rev): common general usage, not rare or technical.
Groups with fewer than two such words are dropped. WordNet is under the
WordNet 3.0 license (Princeton University); see README "Answer checking"."""
import collections, os, sys

MIN_TAGS = 2
MAX_SENSE = 2
MAX_SINGLE_SENSES = 3
root = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"

# tag counts per (lemma, pos letter, sense number)
tags = {}
for line in open(os.path.join(root, "cntlist.rev")):
    key, sense, cnt = line.split()
    lemma, rest = key.split("%")
    ss_type = rest.split(":")[0]
    pos = {"1": "n", "2": "v", "3": "a", "4": "r", "5": "a"}[ss_type]
    tags[(lemma, pos, int(sense))] = int(cnt)

groups = collections.OrderedDict()
for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
    for line in open(os.path.join(root, "index." + name)):
        if line.startswith(" "):
            continue
        f = line.split()
        lemma = f[0]
        if not (lemma.isalpha() and lemma.islower() and len(lemma) >= 3):
            continue
        p_cnt = int(f[3])
        offsets = f[4 + p_cnt + 2:]
        for sense, off in enumerate(offsets[:MAX_SENSE], start=1):
            if tags.get((lemma, pos, sense), 0) >= MIN_TAGS:
                groups.setdefault((pos, off), []).append(lemma)

seen = set()
out = []
for (pos, off), ws in groups.items():
    ws = sorted(set(ws))
    if len(ws) < 2:
        continue
    line = "\t".join(ws)
    if line not in seen:
        seen.add(line)
        out.append(line)
# adjectives WordNet lists as similar ("primitive" / "early"), both common
members = {}
for (pos, off), ws in groups.items():
    if pos in ("a", "s"):
        members[off] = ws
adj_words = collections.defaultdict(list)
for line in open(os.path.join(root, "index.adj")):
    if line.startswith(" "):
        continue
    f = line.split()
    lemma = f[0]
    if not (lemma.isalpha() and lemma.islower() and len(lemma) >= 3):
        continue
    p_cnt = int(f[3])
    offsets = f[4 + p_cnt + 2:]
    for sense, off in enumerate(offsets[:MAX_SENSE], start=1):
        if tags.get((lemma, "a", sense), 0) >= MIN_TAGS:
            adj_words[off].append(lemma)
for line in open(os.path.join(root, "data.adj")):
    if line.startswith(" "):
        continue
    f = line.split()
    off = f[0]
    if off not in adj_words:
        continue
    w_cnt = int(f[3], 16)
    p_cnt = int(f[4 + 2 * w_cnt])
    ptrs = f[5 + 2 * w_cnt: 5 + 2 * w_cnt + 4 * p_cnt]
    for k in range(p_cnt):
        sym, target = ptrs[4 * k], ptrs[4 * k + 1]
        if sym == "&" and target in adj_words:
            for a in adj_words[off]:
                for b in adj_words[target]:
                    if a != b:
                        pair = "\t".join(sorted((a, b)))
                        if pair not in seen:
                            seen.add(pair)
                            out.append(pair)
out.sort()
common = {(l, p) for (l, p, _), c in tags.items() if c >= MIN_TAGS}
irregular = []
for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj")):
    for line in open(os.path.join(root, name + ".exc")):
        f = line.split()
        if len(f) < 2:
            continue
        form, base = f[0], f[1]
        if form.isalpha() and base.isalpha() and (base, pos) in common and form != base:
            irregular.append(form + "\t" + base)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "irregular.tsv"), "w") as w:
    w.write("# irregular inflections of common English words, from WordNet 3.0's exception lists (scripts/synonyms.py)\n")
    w.write("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WordNet 3.0 license)\n")
    w.write("\n".join(sorted(set(irregular))) + "\n")

# two-word names of a sense and its one-word names
senses_of = collections.Counter()
offsets_of = {}
for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
    for line in open(os.path.join(root, "index." + name)):
        if line.startswith(" "):
            continue
        f = line.split()
        p_cnt = int(f[3])
        offs = f[4 + p_cnt + 2:]
        senses_of[f[0]] += len(offs)
        offsets_of[(f[0], pos)] = offs
common_words = {l for (l, _) in common}
general = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8")}
compounds = []
for pos, name in (("n", "noun"), ("v", "verb"), ("a", "adj"), ("r", "adv")):
    for line in open(os.path.join(root, "data." + name)):
        if line.startswith(" "):
            continue
        f = line.split()
        off = f[0]
        w_cnt = int(f[3], 16)
        lemmas = [f[4 + 2 * i].split("(")[0] for i in range(w_cnt)]
        singles = [w for w in lemmas
                   if w.isalpha() and w.islower() and len(w) >= 3
                   and offsets_of.get((w, pos), [None])[0] == off
                   and senses_of[w] <= MAX_SINGLE_SENSES and w in general]
        for c in lemmas:
            parts = c.split("_")
            if (len(parts) == 2 and all(p.isalpha() and p.islower() and p in common_words for p in parts)
                    and senses_of[c] == 1):
                ws = sorted(w for w in singles if w != "".join(parts))
                if ws:
                    compounds.append(" ".join(parts) + "\t" + "\t".join(ws))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "compounds.tsv"), "w") as w:
    w.write("# two-word names of a sense and one-word names of it, from WordNet 3.0 (scripts/synonyms.py)\n")
    w.write("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WordNet 3.0 license)\n")
    w.write("\n".join(sorted(set(compounds))) + "\n")

print("# near-synonyms of common English words, derived from WordNet 3.0 by scripts/synonyms.py")
print("# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (WordNet 3.0 license)")
print("\n".join(out))
