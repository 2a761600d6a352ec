"""Train FactQuiz's entity-kind classifier: given a noun phrase (its first token and its head)
in a sentence, predict GUM's entity type (person, place, organization, event, time, abstract,
object, substance, animal, plant, quantity...). An averaged perceptron over the head, the
words before it in the phrase, and the words and verbs around it.

    python3 scripts/train/train_entities.py [--out data/nlp/entities.bin]

Trains on the GUM training documents of the CC BY genres (corpus.py), tunes on dev, reports on
the official test documents (gold tokens, tags and mention spans: the classifier alone; the
Rust `factquiz tag-eval` reports it end to end on predicted tags and chunks).  The features
must stay the same as src/nlp/entities.rs.
"""
import argparse
import random
import re
from collections import Counter, defaultdict

import corpus
from features import shape
from train_tagger import fnv1a32, varint, struct

OPEN_CLOSE = re.compile(r"\((\d+)-([a-z]+)[^()]*|(\d+)?\)")


def mentions(sent):
    """Gold mentions of a sentence: list of (start, end_exclusive, head, type); token indices."""
    toks = sent["tokens"]
    out, stack = [], []  # stack of (id, start, type)
    for i, t in enumerate(toks):
        ents = [m[len("Entity="):] for m in t["misc"].split("|") if m.startswith("Entity=")]
        if not ents:
            continue
        for m in OPEN_CLOSE.finditer(ents[0]):
            if m.group(1):
                stack.append((m.group(1), i, m.group(2)))
            else:
                eid = m.group(3)
                k = len(stack) - 1
                if eid is not None:
                    while k >= 0 and stack[k][0] != eid:
                        k -= 1
                if k < 0:
                    continue
                _, s, ty = stack.pop(k)
                out.append((s, i + 1, head_of(toks, s, i + 1), ty))
    return out


def head_of(toks, s, e):
    ids = {toks[k]["id"] for k in range(s, e)}
    for k in range(s, e):
        if toks[k]["head"] not in ids:
            return k
    return e - 1


HEADS = {}  # head lemma (lowercase) -> its usual type in the training mentions (data/nlp/heads.tsv)


def build_heads(train_docs, min_count=2, min_share=0.6):
    by = defaultdict(Counter)
    for d in train_docs:
        for s in d["sents"]:
            for (st, e, h, ty) in mentions(s):
                by[s["tokens"][h]["lemma"].lower()][ty] += 1
    out = {}
    for w, c in by.items():
        ty, k = c.most_common(1)[0]
        n = sum(c.values())
        if n >= min_count and k / n >= min_share and "\t" not in w:
            out[w] = ty
    return out


def features(forms, upos, lemmas, start, head):
    """forms, upos, lemmas: the sentence's tokens; the phrase is start..=head."""
    low = [f.lower() for f in forms]
    hw = low[head]
    n = len(forms)
    lx = HEADS.get(lemmas[head].lower(), "?")
    f = ["b", "lx=" + lx, "lxu=" + lx + " " + upos[head], "h=" + hw, "hl=" + lemmas[head].lower(), "hs3=" + hw[-3:], "hs4=" + hw[-4:], "hs2=" + hw[-2:], "hu=" + upos[head],
         "hsh=" + shape(forms[head]), "f=" + low[start], "n=" + str(min(head - start + 1, 5))]
    for k in range(start, head):
        f.append("m=" + low[k])
    if upos[head] == "PROPN":
        f.append("nm=" + " ".join(low[k] for k in range(start, head + 1) if upos[k] == "PROPN"))
    w1 = low[start - 1] if start >= 1 else "-S-"
    w2 = low[start - 2] if start >= 2 else "-S-"
    a1 = low[head + 1] if head + 1 < n else "-E-"
    a2 = low[head + 2] if head + 2 < n else "-E-"
    f += ["w-1=" + w1, "w-2=" + w2, "w+1=" + a1, "w+2=" + a2, "w-1h=" + w1 + " " + hw]
    if start >= 1 and upos[start - 1] == "ADP":
        f.append("p=" + w1)
        f.append("ph=" + w1 + " " + lemmas[head].lower())
    va = next((lemmas[k].lower() for k in range(head + 1, n) if upos[k] == "VERB"), "-")
    vb = next((lemmas[k].lower() for k in range(start - 1, -1, -1) if upos[k] == "VERB"), "-")
    f += ["va=" + va, "vb=" + vb, "hw+1=" + hw + " " + a1]
    if start >= 1 and upos[start - 1] == "ADP":
        f.append("vbp=" + vb + " " + w1)
    if start > 0 and forms[head][:1].isupper():
        f.append("capmid=" + upos[head])
    return f


class Perceptron:
    def __init__(self, nc):
        self.nc, self.w, self.tot, self.ts, self.i = nc, {}, {}, {}, 0

    def predict(self, feats):
        s = [0.0] * self.nc
        for f in feats:
            v = self.w.get(f)
            if v:
                for c in range(self.nc):
                    s[c] += v[c]
        return max(range(self.nc), key=lambda c: s[c])

    def update(self, truth, guess, feats):
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            if f not in self.w:
                self.w[f] = [0.0] * self.nc
                self.tot[f] = [0.0] * self.nc
                self.ts[f] = [0] * self.nc
            v, tot, ts = self.w[f], self.tot[f], self.ts[f]
            for c, d in ((truth, 1.0), (guess, -1.0)):
                tot[c] += (self.i - ts[c]) * v[c]
                ts[c] = self.i
                v[c] += d

    def average(self):
        for f, v in self.w.items():
            tot, ts = self.tot[f], self.ts[f]
            for c in range(self.nc):
                tot[c] += (self.i - ts[c]) * v[c]
                v[c] = tot[c] / self.i


def examples(docs):
    out = []
    for d in docs:
        for s in d["sents"]:
            forms = [t["form"] for t in s["tokens"]]
            upos = [t["upos"] for t in s["tokens"]]
            lemmas = [t["lemma"] for t in s["tokens"]]
            for (st, e, h, ty) in mentions(s):
                out.append((features(forms, upos, lemmas, st, h), ty, d["genre"]))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--keep", type=int, default=4000)
    ap.add_argument("--scale-div", type=float, default=60)
    ap.add_argument("--out", default="data/nlp/entities.bin")
    ap.add_argument("--heads", default="data/nlp/heads.tsv")
    args = ap.parse_args()
    docs = [d for d in corpus.load_all() if d["corpus"] == "gum"]
    HEADS.update(build_heads([d for d in docs if corpus.trainable(d)]))
    with open(args.heads, "w", encoding="utf-8") as fh:
        for w in sorted(HEADS):
            fh.write(f"{w}\t{HEADS[w]}\n")
    print(f"{len(HEADS)} head lemmas -> {args.heads}")
    train = examples([d for d in docs if corpus.trainable(d)])
    types = sorted({ty for _, ty, _ in train})
    print(f"training mentions: {len(train)}; types: {types}")
    print("by type:", Counter(ty for _, ty, _ in train).most_common())
    model = Perceptron(len(types))
    counts = Counter(f for fs, _, _ in train for f in fs)
    rng = random.Random(17)
    for ep in range(args.epochs):
        rng.shuffle(train)
        ok = 0
        for fs, ty, _ in train:
            g = model.predict(fs)
            t = types.index(ty)
            model.update(t, g, fs)
            ok += g == t
        print(f"epoch {ep + 1}: train {100 * ok / len(train):.2f}%", flush=True)
    model.average()
    imp = {f: sum(abs(x) for x in v) * min(counts[f], 50) ** 0.5 for f, v in model.w.items()}
    kept = sorted(imp, key=lambda f: (-imp[f], f))[:args.keep]
    mx = max(abs(x) for f in kept for x in model.w[f])
    scale = mx / args.scale_div
    q = {}
    for f in kept:
        ws = [(c, max(-127, min(127, int(round(x / scale))))) for c, x in enumerate(model.w[f])]
        ws = [(c, x) for c, x in ws if x]
        if ws:
            h = fnv1a32(f)
            if h in q:
                d = dict(q[h])
                for c, x in ws:
                    d[c] = max(-127, min(127, d.get(c, 0) + x))
                ws = sorted((c, x) for c, x in d.items() if x)
            q[h] = ws
    out = bytearray(b"FQTG") + bytes([1, len(types)])
    for t in types:
        out += bytes([len(t)]) + t.encode()
    out += struct.pack("<I", len(q))
    prev = 0
    for h in sorted(q):
        out += varint(h - prev)
        prev = h
        out += bytes([len(q[h])])
        for c, x in q[h]:
            out += struct.pack("<Bb", c, x)
    with open(args.out, "wb") as fh:
        fh.write(out)
    import gzip
    print(f"{len(q)} features; {args.out}: {len(out)} bytes, {len(gzip.compress(bytes(out), 9))} gzip")

    def score(fs):
        s = [0] * len(types)
        for f in fs:
            for c, x in q.get(fnv1a32(f), ()):
                s[c] += x
        best = 0
        for c in range(1, len(types)):
            if s[c] > s[best]:
                best = c
        return types[best]

    for split in ("dev", "test"):
        ex = examples([d for d in docs if d["split"] == split])
        for name, sel in (("six genres", [e for e in ex if e[2] in corpus.GUM_REPORT]), ("all genres", ex)):
            ok = sum(score(fs) == ty for fs, ty, _ in sel)
            print(f"type accuracy, gold mentions and tags, GUM {split} {name}: {100 * ok / len(sel):.2f}% of {len(sel)}")


if __name__ == "__main__":
    main()
