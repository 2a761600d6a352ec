"""Lemma exceptions: the (form, UPOS) pairs of the training documents whose gold lemma the rules
of src/nlp/lemma.rs (mirrored in `rule` below) get wrong.

    python3 scripts/train/train_lemmas.py [--out data/nlp/lemmas.tsv]
"""
import argparse
from collections import Counter, defaultdict

import corpus


VERBS = set()  # verb lemmas of the training documents (data/nlp/verbs.txt)


def undouble(stem):
    """The lemma of an -ed / -ing stem: a known verb among stem, stem+e, the undoubled stem."""
    if stem + "e" in VERBS and stem not in VERBS:
        return stem + "e"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt" and stem[:-1] in VERBS:
        return stem[:-1]
    if stem in VERBS:
        return stem
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]
    if stem.endswith(("v", "z", "at", "it", "ut", "ur", "os", "iz", "uc", "ag", "as", "ac", "rg", "dg", "bl", "pl", "tl", "kl", "gl", "dl", "fl", "cl", "ir")):
        return stem + "e"
    return stem


def rule(form, upos):
    l = form.lower()
    if upos in ("PROPN", "PUNCT", "SYM", "X"):
        return form
    if form == "I" and upos == "PRON":
        return "I"
    if upos == "NOUN":
        if l.endswith("ies") and len(l) > 4:
            return l[:-3] + "y"
        if l.endswith(("sses", "xes", "ches", "shes", "zzes")):
            return l[:-2]
        if l.endswith("s") and not l.endswith(("ss", "us", "is")) and len(l) > 3:
            return l[:-1]
        return l
    if upos in ("VERB", "AUX"):
        if l.endswith("ies") and len(l) > 4:
            return l[:-3] + "y"
        if l.endswith(("sses", "xes", "ches", "shes", "zzes", "oes")):
            return l[:-2]
        if l.endswith("ing") and len(l) > 5:
            return undouble(l[:-3])
        if l.endswith("ied") and len(l) > 4:
            return l[:-3] + "y"
        if l.endswith("ed") and len(l) > 4:
            return undouble(l[:-2])
        if l.endswith("s") and not l.endswith("ss") and len(l) > 3:
            return l[:-1]
        return l
    return l


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="data/nlp/lemmas.tsv")
    ap.add_argument("--verbs", default="data/nlp/verbs.txt")
    args = ap.parse_args()
    docs = corpus.load_all()
    by = defaultdict(Counter)
    verbs = Counter()
    for d in docs:
        if corpus.trainable(d):
            for s in d["sents"]:
                for t in s["tokens"]:
                    if t["upos"] == "VERB" and t["lemma"].isalpha() and t["lemma"].islower():
                        verbs[t["lemma"]] += 1
    VERBS.update(v for v, n in verbs.items() if n >= 2)
    with open(args.verbs, "w", encoding="utf-8") as fh:
        fh.write("\n".join(sorted(VERBS)) + "\n")
    print(f"{len(VERBS)} verb lemmas -> {args.verbs}")
    for d in docs:
        if corpus.trainable(d):
            for s in d["sents"]:
                for t in s["tokens"]:
                    if t["lemma"] != "_":
                        by[(t["form"].lower(), t["upos"])][t["lemma"]] += 1
    table = {}
    for (f, u), c in by.items():
        lemma, n = c.most_common(1)[0]
        # the rule sees the form as written; the table is keyed by its lowercase
        if lemma != rule(f, u) and (n >= 2 or u in ("VERB", "AUX", "ADJ", "NOUN")):
            if u == "PROPN":
                continue
            table[(f, u)] = lemma
    with open(args.out, "w", encoding="utf-8") as fh:
        for (f, u) in sorted(table):
            fh.write(f"{f}\t{u}\t{table[(f, u)]}\n")
    print(f"{len(table)} exceptions -> {args.out}")

    def lem(form, upos):
        return table.get((form.lower(), upos)) or rule(form, upos)

    for split in ("dev", "test"):
        for corp in ("ewt", "gum"):
            ok = n = 0
            for d in docs:
                if d["corpus"] == corp and d["split"] == split:
                    for s in d["sents"]:
                        for t in s["tokens"]:
                            if t["lemma"] == "_":
                                continue
                            n += 1
                            ok += lem(t["form"], t["upos"]) == t["lemma"]
            print(f"lemma accuracy (gold UPOS) {corp} {split}: {100 * ok / n:.2f}% of {n}")


if __name__ == "__main__":
    main()
