#!/usr/bin/env python3
"""Fits the question ranker: a logistic regression from the features of
src/generate/rank.rs to the blind reviewers' verdicts kept in eval/reviews/.

    cargo run --release --example rank_features > /tmp/rank.csv
    python3 scripts/train/ranker.py /tmp/rank.csv src/generate/rank_weights.rs

Prints a leave-one-text-out evaluation (each text's questions scored by a
model fitted on the other texts), then fits all rows and writes the
weights. Pure Python: no packages needed.
"""
import csv, math, sys
from collections import defaultdict

L2 = 1.0
STEPS = 3000
RATE = 0.5


def load(path):
    rows = list(csv.reader(open(path)))
    head, rows = rows[0], rows[1:]
    names = head[4:]
    seen = {}
    for r in rows:
        key = (r[2], tuple(r[4:]))
        seen.setdefault(key, []).append((r[1], int(r[3]), [float(v) for v in r[4:]]))
    data = []
    for vs in seen.values():
        label = sum(v[1] for v in vs) / len(vs)
        data.append((vs[0][0], label, vs[0][2]))
    return names, data


def fit(data, n):
    w = [0.0] * n
    m = len(data)
    for _ in range(STEPS):
        g = [0.0] * n
        for _, y, x in data:
            p = 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))
            for i in range(n):
                g[i] += (p - y) * x[i]
        for i in range(n):
            reg = L2 * w[i] if i > 0 else 0.0
            w[i] -= RATE * (g[i] + reg) / m
    return w


def prob(w, x):
    return 1 / (1 + math.exp(-sum(a * b for a, b in zip(w, x))))


def auc(scored):
    pos = [s for s, y in scored if y >= 0.5]
    neg = [s for s, y in scored if y < 0.5]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > q) + 0.5 * (p == q) for p in pos for q in neg)
    return wins / (len(pos) * len(neg))


def main():
    names, data = load(sys.argv[1])
    n = len(names)
    files = sorted({f for f, _, _ in data})
    held = []
    for f in files:
        train = [d for d in data if d[0] != f]
        w = fit(train, n)
        held += [(prob(w, x), y, g) for g, y, x in data if g == f]
    print(f"{len(data)} judged questions from {len(files)} texts; "
          f"{sum(y for _, y, _ in data) / len(data):.0%} acceptable")
    print(f"leave-one-text-out AUC {auc([(p, y) for p, y, _ in held]):.3f}")
    for t in [0.3, 0.4, 0.5, 0.6]:
        kept = [y for p, y, _ in held if p >= t]
        if kept:
            print(f"  keep p >= {t}: {len(kept)}/{len(held)} kept, "
                  f"{sum(kept) / len(kept):.0%} of them acceptable")
    w = fit(data, n)
    for name, v in sorted(zip(names, w), key=lambda t: -abs(t[1])):
        print(f"  {name:16} {v:+.3f}")
    if len(sys.argv) > 2:
        with open(sys.argv[2], "w") as out:
            out.write("// Written by scripts/train/ranker.py from the blind reviews in eval/reviews/.\n")
            out.write("/// How many features the ranker reads.\n")
            out.write(f"pub const FEATURES: usize = {n};\n")
            out.write("/// The fitted weights, one per feature (see `FEATURE_NAMES`).\n")
            out.write("pub const WEIGHTS: [f32; FEATURES] = [\n")
            for name, v in zip(names, w):
                out.write(f"    {v:.4f}, // {name}\n")
            out.write("];\n")


main()
