"""Train FactQuiz's UPOS tagger: a greedy left-to-right averaged perceptron.

    python3 scripts/train/train_tagger.py [--epochs N] [--out data/nlp/tagger.bin]

Reads the UD English EWT and GUM snapshots (see corpus.py), trains on the licensed training
documents only, tunes on dev, reports on the official test documents, and writes the quantised
weights (data/nlp/tagger.bin, format in src/nlp/tagger.rs).  Pure Python, no dependencies.
"""
import argparse
import random
import struct
import sys
import time
from collections import defaultdict

import corpus
from features import features, context, ambiguity, build_lexicon

UPOS = corpus.UPOS
NC = len(UPOS)


def fnv1a32(s):
    h = 0x811C9DC5
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


class Perceptron:
    def __init__(self):
        self.w = {}  # feat -> list[NC] floats
        self.tot = {}
        self.ts = {}
        self.i = 0

    def scores(self, feats):
        s = [0.0] * NC
        w = self.w
        for f in feats:
            v = w.get(f)
            if v is not None:
                for c in range(NC):
                    s[c] += v[c]
        return s

    def predict(self, feats):
        s = self.scores(feats)
        return max(range(NC), key=lambda c: s[c])

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            v = self.w.get(f)
            if v is None:
                v = self.w[f] = [0.0] * NC
                self.tot[f] = [0.0] * NC
                self.ts[f] = [0] * NC
            tot, ts = self.tot[f], self.ts[f]
            for c, d in ((truth, 1.0), (guess, -1.0)):
                tot[c] += (self.i - ts[c]) * v[c]
                ts[c] = self.i
                v[c] += d

    def average(self):
        for f, v in self.w.items():
            tot, ts = self.tot[f], self.ts[f]
            for c in range(NC):
                tot[c] += (self.i - ts[c]) * v[c]
                v[c] = tot[c] / self.i
        self.tot = self.ts = None


LEX = {}


def tag_sentence(words, score):
    ctx = context(words)
    amb = ambiguity(ctx, LEX)
    p1, p2 = "-S1-", "-S2-"
    out = []
    for i in range(len(words)):
        t = score(features(i, words, ctx, p1, p2, amb))
        out.append(t)
        p2, p1 = p1, UPOS[t]
    return out


def prune(model, counts, keep):
    """Keep the `keep` features of most weight: sum|w| x sqrt(min(count, 50))."""
    imp = {f: sum(abs(x) for x in v) * min(counts.get(f, 0), 50) ** 0.5 for f, v in model.w.items()}
    kept = set(sorted(imp, key=lambda f: (-imp[f], f))[:keep])
    return {f: v for f, v in model.w.items() if f in kept}


def quantise(model, scale, counts=None, min_count=1):
    """-> dict hash -> list of (class, i8) nonzero; features whose weights all round to 0 dropped."""
    q = {}
    for f, v in model.w.items():
        if counts is not None and counts.get(f, 0) < min_count:
            continue
        ws = [(c, max(-127, min(127, int(round(x / scale))))) for c, x in enumerate(v)]
        ws = [(c, x) for c, x in ws if x != 0]
        if ws:
            h = fnv1a32(f)
            if h in q:  # a 32-bit collision: the two features share (add) their weights
                d = dict(q[h])
                for c, x in ws:
                    d[c] = max(-127, min(127, d.get(c, 0) + x))
                ws = sorted((c, x) for c, x in d.items() if x != 0)
            q[h] = ws
    return q


def q_scorer(q):
    def score(feats):
        s = [0] * NC
        for f in feats:
            v = q.get(fnv1a32(f))
            if v:
                for c, x in v:
                    s[c] += x
        best = 0
        for c in range(1, NC):
            if s[c] > s[best]:
                best = c
        return best
    return score


def varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def write_bin(q, path):
    """FQTG v1: magic, u8 version, u8 nclasses, class names (u8 len + bytes), u32 nfeatures,
    then per feature (ascending hash): varint(hash delta), u8 k, k x (u8 class, i8 weight)."""
    out = bytearray(b"FQTG")
    out += bytes([1, NC])
    for t in UPOS:
        out += bytes([len(t)]) + t.encode()
    out += struct.pack("<I", len(q))
    prev = 0
    for h in sorted(q):
        out += varint(h - prev)
        prev = h
        ws = q[h]
        out += bytes([len(ws)])
        for c, x in ws:
            out += struct.pack("<Bb", c, x)
    with open(path, "wb") as f:
        f.write(out)
    return len(out)


def accuracy(docs, score):
    ok = n = 0
    for d in docs:
        for s in d["sents"]:
            words = [t["form"] for t in s["tokens"]]
            gold = [t["upos"] for t in s["tokens"]]
            pred = tag_sentence(words, score)
            for g, p in zip(gold, pred):
                n += 1
                ok += UPOS[p] == g
    return ok / max(n, 1), n


def report(docs, score, split, label):
    rows = []
    for corp, genres in (("ewt", None), ("gum", corpus.GUM_REPORT)):
        sel = [d for d in docs if d["corpus"] == corp and d["split"] == split]
        if genres:
            a, n = accuracy([d for d in sel if d["genre"] in genres], score)
            rows.append((f"gum {split} {'+'.join(genres)}", a, n))
            for g in genres:
                a, n = accuracy([d for d in sel if d["genre"] == g], score)
                rows.append((f"  gum {split} {g}", a, n))
            a, n = accuracy(sel, score)
            rows.append((f"gum {split} all genres", a, n))
        else:
            a, n = accuracy(sel, score)
            rows.append((f"ewt {split}", a, n))
    for name, a, n in rows:
        print(f"{label} UPOS {name}: {100 * a:.2f}% of {n} tokens")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=6)
    ap.add_argument("--scale-div", type=float, default=60, help="quantisation step: max|w| / this")
    ap.add_argument("--out", default="data/nlp/tagger.bin")
    ap.add_argument("--lexicon", default="data/nlp/lexicon.tsv")
    ap.add_argument("--min-count", type=int, default=1, help="drop features seen fewer times in training")
    ap.add_argument("--keep", type=int, default=40000, help="features kept (by weight x frequency)")
    ap.add_argument("--model", default="", help="reuse a trained model pickle (tuning the pruning)")
    ap.add_argument("--test", action="store_true", help="also report on the official test documents")
    args = ap.parse_args()
    docs = corpus.load_all()
    train = [s for d in docs if corpus.trainable(d) for s in d["sents"]]
    print(f"training sentences: {len(train)}, tokens: {sum(len(s['tokens']) for s in train)}")
    import pickle
    LEX.update(build_lexicon(train))
    with open(args.lexicon, "w", encoding="utf-8") as fh:
        for w in sorted(LEX):
            fh.write(f"{w}\t{LEX[w]}\n")
    print(f"lexicon: {len(LEX)} words -> {args.lexicon}")
    if args.model:
        with open(args.model, "rb") as fh:
            model, counts = pickle.load(fh)
    else:
        model, counts = train_model(train, args.epochs)
        with open("/tmp/factquiz-tagger-model.pickle", "wb") as fh:
            pickle.dump((model, counts), fh)
    finish(model, counts, docs, args)


def train_model(train, epochs):
    model = Perceptron()
    counts = defaultdict(int)
    rng = random.Random(17)
    for ep in range(epochs):
        t0 = time.time()
        rng.shuffle(train)
        ok = n = 0
        for s in train:
            words = [t["form"] for t in s["tokens"]]
            ctx = context(words)
            amb = ambiguity(ctx, LEX)
            p1, p2 = "-S1-", "-S2-"
            for i, t in enumerate(s["tokens"]):
                f = features(i, words, ctx, p1, p2, amb)
                if ep == 0:
                    for x in f:
                        counts[x] += 1
                g = model.predict(f)
                truth = UPOS.index(t["upos"]) if t["upos"] in UPOS else UPOS.index("X")
                model.update(truth, g, f)
                ok += g == truth
                n += 1
                p2, p1 = p1, UPOS[g]
        print(f"epoch {ep + 1}: train {100 * ok / n:.2f}% ({time.time() - t0:.0f}s)", flush=True)
    model.average()
    return model, dict(counts)


def finish(model, counts, docs, args):
    mx = max(abs(x) for v in model.w.values() for x in v)
    scale = mx / args.scale_div
    if args.keep:
        model.w = prune(model, counts, args.keep)
    q = quantise(model, scale, counts, args.min_count)
    size = write_bin(q, args.out)
    import gzip
    gz = len(gzip.compress(open(args.out, "rb").read(), 9))
    print(f"features: {len(model.w)} trained, {len(q)} kept (min count {args.min_count}); "
          f"scale {scale:.4f}; {args.out}: {size} bytes, {gz} gzip")
    score = q_scorer(q)
    report(docs, score, "dev", "quantised")
    if args.test:
        report(docs, score, "test", "quantised")


if __name__ == "__main__":
    main()
