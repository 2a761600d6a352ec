//! Lemmas: rules driven by the tag, and the exceptions of the training documents
//! (`data/nlp/lemmas.tsv`, made by scripts/train/train_lemmas.py, which mirrors `rule`).

use super::tagger::Upos;
use std::sync::OnceLock;

static TABLE: &str = include_str!("../../data/nlp/lemmas.tsv");

fn table() -> &'static super::WordMap<(&'static str, Upos), &'static str> {
    static T: OnceLock<super::WordMap<(&'static str, Upos), &'static str>> = OnceLock::new();
    T.get_or_init(|| {
        TABLE
            .lines()
            .filter_map(|l| {
                let mut it = l.split('\t');
                let (f, u, lemma) = (it.next()?, it.next()?, it.next()?);
                Some(((f, Upos::parse(u)?), lemma))
            })
            .collect()
    })
}

static VERBS: &str = include_str!("../../data/nlp/verbs.txt");

fn verbs() -> &'static super::WordSet<&'static str> {
    static V: OnceLock<super::WordSet<&'static str>> = OnceLock::new();
    V.get_or_init(|| VERBS.lines().collect())
}

const E_ENDINGS: &[&str] = &[
    "v", "z", "at", "it", "ut", "ur", "os", "iz", "uc", "ag", "as", "ac", "rg", "dg", "bl", "pl",
    "tl", "kl", "gl", "dl", "fl", "cl", "ir",
];

/// The lemma of an -ed / -ing stem: a known verb among stem, stem+e, the undoubled stem.
fn undouble(stem: &str) -> String {
    let v = verbs();
    let with_e = format!("{stem}e");
    if v.contains(with_e.as_str()) && !v.contains(stem) {
        return with_e;
    }
    let b = stem.as_bytes();
    let doubled =
        b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && b"bdgmnprt".contains(&b[b.len() - 1]);
    if doubled && v.contains(&stem[..stem.len() - 1]) {
        return stem[..stem.len() - 1].to_string();
    }
    if v.contains(stem) {
        return stem.to_string();
    }
    if doubled {
        return stem[..stem.len() - 1].to_string();
    }
    if E_ENDINGS.iter().any(|e| stem.ends_with(e)) {
        return with_e;
    }
    stem.to_string()
}

fn strip(l: &str, n: usize) -> &str {
    &l[..l.len() - n]
}

/// The lemma rules alone (no exceptions).
pub fn rule(form: &str, upos: Upos) -> String {
    if matches!(upos, Upos::Propn | Upos::Punct | Upos::Sym | Upos::X) {
        return form.to_string();
    }
    if form == "I" && upos == Upos::Pron {
        return "I".into();
    }
    let l = form.to_lowercase();
    let n = l.chars().count();
    let ends_any = |xs: &[&str]| xs.iter().any(|x| l.ends_with(x));
    match upos {
        Upos::Noun => {
            if l.ends_with("ies") && n > 4 {
                format!("{}y", strip(&l, 3))
            } else if ends_any(&["sses", "xes", "ches", "shes", "zzes"]) {
                strip(&l, 2).to_string()
            } else if l.ends_with('s') && !ends_any(&["ss", "us", "is"]) && n > 3 {
                strip(&l, 1).to_string()
            } else {
                l
            }
        }
        Upos::Verb | Upos::Aux => {
            if l.ends_with("ies") && n > 4 {
                format!("{}y", strip(&l, 3))
            } else if ends_any(&["sses", "xes", "ches", "shes", "zzes", "oes"]) {
                strip(&l, 2).to_string()
            } else if l.ends_with("ing") && n > 5 {
                undouble(strip(&l, 3))
            } else if l.ends_with("ied") && n > 4 {
                format!("{}y", strip(&l, 3))
            } else if l.ends_with("ed") && n > 4 {
                undouble(strip(&l, 2))
            } else if l.ends_with('s') && !l.ends_with("ss") && n > 3 {
                strip(&l, 1).to_string()
            } else {
                l
            }
        }
        _ => l,
    }
}

/// The lemma of `form` read as `upos`.
pub fn lemma(form: &str, upos: Upos) -> String {
    let l = form.to_lowercase();
    if let Some(x) = table().get(&(l.as_str(), upos)) {
        return x.to_string();
    }
    rule(form, upos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rules_and_exceptions() {
        assert_eq!(lemma("Parents", Upos::Noun), "parent");
        assert_eq!(lemma("studies", Upos::Noun), "study");
        assert_eq!(lemma("running", Upos::Verb), "run");
        assert_eq!(lemma("was", Upos::Aux), "be");
        assert_eq!(lemma("went", Upos::Verb), "go");
        assert_eq!(lemma("children", Upos::Noun), "child");
        assert_eq!(lemma("Biden", Upos::Propn), "Biden");
        assert_eq!(lemma("prosecuted", Upos::Verb), "prosecute");
    }
}
