#!/usr/bin/env python3
"""Writes data/nlp/common.txt: the lower-case nouns, adjectives and adverbs
(forms and lemmas) of everyday English, i.e. those found in at least
MIN_DOCS training documents of UD English EWT and GUM (the CC BY genres only;
see corpus.py for the license rule). A content word outside this list is a
term of a text's own subject: the extractor offers noun phrases holding one
as descriptive answers (src/extract/phrases.rs).

Usage: python3 scripts/train/common_words.py [--min-docs 3]
"""
import argparse
from collections import defaultdict

import corpus

ap = argparse.ArgumentParser()
ap.add_argument("--min-docs", type=int, default=3)
ap.add_argument("--out", default="data/nlp/common.txt")
args = ap.parse_args()

docs_of = defaultdict(set)
n_docs = 0
for d in corpus.load_all():
    if not corpus.trainable(d):
        continue
    n_docs += 1
    for s in d["sents"]:
        for t in s["tokens"]:
            if t["upos"] not in ("NOUN", "ADJ", "ADV", "VERB"):
                continue
            for w in (t["form"].lower(), t["lemma"].lower()):
                if w.isalpha() and len(w) >= 3:
                    docs_of[w].add(d["name"])
words = sorted(w for w, ds in docs_of.items() if len(ds) >= args.min_docs)
with open(args.out, "w", encoding="utf-8") as fh:
    fh.write("\n".join(words) + "\n")
print(f"{len(words)} words in >= {args.min_docs} of {n_docs} documents -> {args.out}")
