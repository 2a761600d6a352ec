"""Writes the held-out test fixture tests/fixtures/nlp/gum_test_sample.conllu: four GUM documents
of the official test split, all CC BY (Wikinews, Wikipedia, Wikivoyage), trimmed to the columns
the tests use (DEPS dropped; MISC keeps Entity, SpaceAfter). Never trained on."""
import corpus

DOCS = ["GUM_news_sensitive", "GUM_bio_dvorak", "GUM_voyage_vavau", "GUM_interview_hill"]
KEEP_COMMENTS = ("# newdoc id", "# meta::sourceURL", "# meta::title", "# meta::author", "# sent_id", "# text")


def main():
    test = set(corpus._list(corpus.GUM_GIT, "files.test"))
    out = ["# Sample of GUM (UD_English-GUM, https://github.com/UniversalDependencies/UD_English-GUM),",
           "# official test documents, CC BY 4.0 sources (Wikinews / Wikipedia / Wikivoyage; see meta::sourceURL);",
           "# annotation by the GUM team (Zeldes 2017), CC BY. Trimmed by scripts/train/make_fixture.py."]
    for d in DOCS:
        assert d in test
        raw = corpus.git_show(corpus.GUM_GIT, f"not-to-release/sources/{d}.conllu")
        for line in raw.split("\n"):
            if line.startswith("#"):
                if line.startswith(KEEP_COMMENTS):
                    out.append(line)
                continue
            c = line.split("\t")
            if len(c) == 10:
                misc = [m for m in c[9].split("|") if m.startswith(("Entity=", "SpaceAfter="))]
                c[8] = "_"
                c[9] = "|".join(misc) or "_"
                line = "\t".join(c)
            out.append(line)
    with open("tests/fixtures/nlp/gum_test_sample.conllu", "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n\n")


if __name__ == "__main__":
    main()
