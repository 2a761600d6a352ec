"""Read the UD English GUM and EWT snapshots (brought by `fetch`, bare git dirs) by document.

Split rules (issue 17): the official test documents (not-to-release/file-lists/files.test) are
never trained on; dev documents are for tuning; the rest is training.  License rule: train only
on EWT (CC BY-SA 4.0) and the GUM genres that GUM's LICENSE.txt names as CC BY (Wikimedia: news,
interview, bio, voyage; OpenStax textbook; CC vlogs; public-domain speeches; SBC conversation).
whow and fiction (CC BY-NC-SA) and the genres whose license LICENSE.txt does not state (academic,
court, essay, letter, podcast) are never trained on.

Environment: GUM_GIT, EWT_GIT (defaults: /work/.mirror/... as `fetch` puts them).
"""
import os
import subprocess

GUM_GIT = os.environ.get("GUM_GIT", "/work/.mirror/UniversalDependencies+UD_English-GUM/repo")
EWT_GIT = os.environ.get("EWT_GIT", "/work/.mirror/UniversalDependencies+UD_English-EWT/repo")

GUM_CC_BY = {"news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation"}
# the genres the issue reports on (FactQuiz-like articles)
GUM_REPORT = ["news", "bio", "textbook", "academic", "voyage", "interview"]
UPOS = ["ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON",
        "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"]


def git_show(gitdir, path):
    return subprocess.run(["git", "--git-dir=" + gitdir, "show", "HEAD:" + path],
                          check=True, capture_output=True).stdout.decode("utf-8")


def git_ls(gitdir, path):
    out = subprocess.run(["git", "--git-dir=" + gitdir, "ls-tree", "-r", "--name-only", "HEAD", path],
                         check=True, capture_output=True).stdout.decode("utf-8")
    return [l for l in out.splitlines() if l]


def parse_conllu(text):
    """-> list of sentences; a sentence is a dict(tokens=[dict(id, form, lemma, upos, xpos, head, deprel, misc)], comments=[...])."""
    sents, toks, comments = [], [], []
    for line in text.split("\n"):
        line = line.rstrip("\r")
        if not line:
            if toks:
                sents.append({"tokens": toks, "comments": comments})
            toks, comments = [], []
            continue
        if line.startswith("#"):
            comments.append(line)
            continue
        c = line.split("\t")
        if len(c) < 10 or "-" in c[0] or "." in c[0]:
            continue
        toks.append({"id": int(c[0]), "form": c[1], "lemma": c[2], "upos": c[3], "xpos": c[4],
                     "feats": c[5], "head": int(c[6]) if c[6].isdigit() else 0, "deprel": c[7], "misc": c[9]})
    if toks:
        sents.append({"tokens": toks, "comments": comments})
    return sents


def _list(gitdir, name):
    return set(l.strip() for l in git_show(gitdir, "not-to-release/file-lists/" + name).splitlines() if l.strip())


def gum_docs():
    """-> list of (name, genre, split, raw_text)."""
    test, dev = _list(GUM_GIT, "files.test"), _list(GUM_GIT, "files.dev")
    docs = []
    for path in git_ls(GUM_GIT, "not-to-release/sources"):
        if not path.endswith(".conllu"):
            continue
        name = os.path.basename(path)[:-len(".conllu")]
        genre = name.split("_")[1]
        split = "test" if name in test else "dev" if name in dev else "train"
        docs.append((name, genre, split, git_show(GUM_GIT, path)))
    return docs


def ewt_docs():
    test, dev = _list(EWT_GIT, "files.test"), _list(EWT_GIT, "files.dev")
    docs = []
    for path in git_ls(EWT_GIT, "not-to-release/sources"):
        if not path.endswith(".conllu"):
            continue
        rel = path[len("not-to-release/sources/"):]
        genre = rel.split("/")[0]
        key = rel[:-len(".conllu")] if rel[:-len(".conllu")] in test | dev else rel
        split = "test" if (rel in test or key in test) else "dev" if (rel in dev or key in dev) else "train"
        docs.append((rel, genre, split, git_show(EWT_GIT, path)))
    return docs


def load_all(cache="/tmp/factquiz-nlp-corpus.pickle"):
    """All documents as dicts(corpus, name, genre, split, sents, raw); cached in /tmp."""
    import pickle
    if os.path.exists(cache):
        with open(cache, "rb") as f:
            return pickle.load(f)
    out = []
    for name, genre, split, raw in gum_docs():
        out.append({"corpus": "gum", "name": name, "genre": genre, "split": split,
                    "sents": parse_conllu(raw), "raw": raw})
    for name, genre, split, raw in ewt_docs():
        out.append({"corpus": "ewt", "name": name, "genre": genre, "split": split,
                    "sents": parse_conllu(raw), "raw": raw})
    with open(cache, "wb") as f:
        pickle.dump(out, f)
    return out


def trainable(doc):
    return doc["split"] == "train" and (doc["corpus"] == "ewt" or doc["genre"] in GUM_CC_BY)


if __name__ == "__main__":
    docs = load_all()
    from collections import Counter
    c = Counter()
    for d in docs:
        n = sum(len(s["tokens"]) for s in d["sents"])
        c[(d["corpus"], d["split"], trainable(d))] += n
    for k, v in sorted(c.items()):
        print(k, v)
