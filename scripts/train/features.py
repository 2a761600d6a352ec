"""Tagger features. src/nlp/tagger.rs computes exactly the same strings (keep the two in step)."""


def is_digit(c):
    return "0" <= c <= "9"


def shape(w):
    out = []
    for c in w:
        s = "X" if c.isupper() else "x" if c.islower() else "d" if is_digit(c) else c
        if not out or out[-1] != s:
            out.append(s)
        if len(out) >= 6:
            break
    return "".join(out)


def norm(w):
    if w and is_digit(w[0]):
        return "!NUM"
    return w.lower()


START = ["-S2-", "-S1-"]
END = ["-E1-", "-E2-"]


def context(words):
    return START + [norm(w) for w in words] + END


def ambiguity(ctx, lexicon):
    """Ambiguity classes of the context words (lexicon: normalised word -> "ADP|SCONJ")."""
    return [lexicon.get(w, "?") if not w.startswith("-") or len(w) != 4 else w for w in ctx]


def build_lexicon(sents, min_count=10, min_share=0.05):
    """normalised word -> its tags (share >= min_share), "|"-joined in tag order."""
    from collections import Counter, defaultdict
    by = defaultdict(Counter)
    for s in sents:
        for t in s["tokens"]:
            by[norm(t["form"])][t["upos"]] += 1
    lex = {}
    for w, c in by.items():
        n = sum(c.values())
        if n >= min_count:
            lex[w] = "|".join(sorted(t for t, k in c.items() if k / n >= min_share))
    return lex


def features(i, words, ctx, p1, p2, amb):
    """Features of token i. words: raw forms; ctx: context(words); p1, p2: previous two tags;
    amb: ambiguity(ctx, lexicon)."""
    w = words[i]
    lw = w.lower()
    c = i + 2
    f = [
        "b",
        "w=" + ctx[c],
        "s1=" + lw[-1:],
        "s2=" + lw[-2:],
        "s3=" + lw[-3:],
        "s4=" + lw[-4:],
        "p1=" + w[:1],
        "p3=" + lw[:3],
        "sh=" + shape(w),
        "t1=" + p1,
        "t12=" + p1 + " " + p2,
        "t1w=" + p1 + " " + ctx[c],
        "w-1=" + ctx[c - 1],
        "w-2=" + ctx[c - 2],
        "w+1=" + ctx[c + 1],
        "w+2=" + ctx[c + 2],
        "w-1w=" + ctx[c - 1] + " " + ctx[c],
        "ww+1=" + ctx[c] + " " + ctx[c + 1],
        "s3-1=" + ctx[c - 1][-3:],
        "s3+1=" + ctx[c + 1][-3:],
        "t1w+1=" + p1 + " " + ctx[c + 1],
        "sh+1=" + (shape(words[i + 1]) if i + 1 < len(words) else "-E1-"),
        "s2+1=" + ctx[c + 1][-2:],
        "W=" + w,
        "a=" + amb[c],
        "a+1=" + amb[c + 1],
        "a+2=" + amb[c + 2],
        "a+12=" + amb[c + 1] + " " + amb[c + 2],
        "t1a+1=" + p1 + " " + amb[c + 1],
        "wa+1=" + ctx[c] + " " + amb[c + 1],
    ]
    if i == 0:
        f.append("ini sh=" + shape(w))
    if "-" in w[1:]:
        f.append("hy=" + lw.rsplit("-", 1)[1][-3:])
    return f
