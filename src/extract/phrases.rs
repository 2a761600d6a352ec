//! Descriptive answers: a noun phrase that is neither a name, a number nor a
//! date ("hearing loss", "a scaffold", "the coaxial cable"), found with the
//! language layer's tags and chunks (`crate::nlp`).
//!
//! A phrase is offered only when it holds a term of the text's own subject —
//! a content word outside the frequent words of everyday English (the
//! tagger's lexicon of the training treebanks) — so that a blank asks for
//! something the text teaches, not a word anyone could guess; and only when
//! it is whole: not one member of a list, not the first half of "the urine of
//! …", not "this method" or "his dog".

use super::Span;
use crate::kind::Kind;
use crate::nlp::{self, Token, Upos};

/// Heads that say nothing on their own ("the time", "a part").
const GENERIC_HEADS: &[&str] = &[
    "thing", "way", "part", "kind", "type", "sort", "lot", "number", "time", "year", "day",
    "people", "person", "one", "case", "fact", "place", "area", "example", "instance", "end",
    "side", "point", "result", "form", "level", "use", "term", "name", "member", "group",
];

/// Adjectives of degree or judgement: a phrase holding one is an opinion.
const VAGUE: &[&str] = &[
    "huge",
    "big",
    "great",
    "general",
    "major",
    "important",
    "significant",
    "good",
    "bad",
    "tough",
    "key",
    "main",
    "various",
    "different",
    "certain",
    "real",
    "whole",
    "entire",
    "serious",
    "enormous",
    "massive",
    "tiny",
    "strong",
    "clear",
];

/// Words that count from something named before ("the second dunk").
const ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "next",
    "last",
    "following",
    "same",
    "other",
    "previous",
    "latter",
    "former",
];

/// The relation recorded on a phrase fact (the generator asks it as a cloze only).
pub const PHRASE: &str = "phrase";

/// A content word that names the text's subject matter.
fn is_term(t: &Token) -> bool {
    let w = t.text.to_lowercase();
    matches!(t.upos, Upos::Noun | Upos::Adj)
        && w.chars().count() >= 4
        && w.chars().all(|c| c.is_alphabetic() || c == '-')
        && !nlp::tagger::is_frequent(&w)
        && !nlp::tagger::is_frequent(&t.lemma)
}

/// At most two descriptive answer spans of one sentence (display text),
/// none overlapping `taken` (the names, numbers and dates found before).
pub(super) fn phrase_spans(t: &str, taken: &[Span]) -> Vec<Span> {
    // no lower-case word outside everyday English: no term, nothing to tag
    let has_term = t.split(|c: char| !c.is_alphabetic() && c != '-').any(|w| {
        w.len() >= 4 && {
            let l = w.to_lowercase();
            !nlp::tagger::is_frequent(&l) && !nlp::tagger::is_frequent(l.trim_end_matches('s'))
        }
    });
    if !has_term {
        return Vec::new();
    }
    let mut toks = nlp::tokens::tokenize(t);
    nlp::tag_tokens(&mut toks);
    let nps = nlp::noun_phrases(&toks);
    let lower = |k: usize| {
        toks.get(k)
            .map(|x| x.text.to_lowercase())
            .unwrap_or_default()
    };
    let mut found: Vec<(usize, Span)> = Vec::new();
    for np in &nps {
        let first = lower(np.start);
        let article = matches!(first.as_str(), "the" | "a" | "an");
        // "this method", "some people", "no images": a pointer or a quantifier, not a term
        if toks[np.start].upos == Upos::Det && !article {
            continue;
        }
        let s = np.start + usize::from(article);
        if s >= np.end || np.end - s > 4 {
            continue;
        }
        let words = &toks[s..np.end];
        // nouns and adjectives only ("namely …", "his …", "20 …" are not one term)
        if words.iter().any(|w| {
            !matches!(w.upos, Upos::Noun | Upos::Adj | Upos::Propn)
                || w.text.chars().any(|c| c.is_ascii_digit())
                || ORDINALS.contains(&w.text.to_lowercase().as_str())
        }) {
            continue;
        }
        // "a huge boost", "general consensus": a judgement, not a term
        if words
            .iter()
            .any(|w| w.upos == Upos::Adj && VAGUE.contains(&w.text.to_lowercase().as_str()))
        {
            continue;
        }
        // part of a longer phrase the chunker cut ("its starting lineup")
        let prev_tag = np.start.checked_sub(1).map(|k| toks[k].upos);
        let cut_participle = prev_tag == Some(Upos::Verb)
            && toks[np.start - 1].text.ends_with("ing")
            && np.start >= 2
            && matches!(toks[np.start - 2].upos, Upos::Det | Upos::Pron | Upos::Adv);
        if matches!(
            prev_tag,
            Some(Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
        ) || cut_participle
            || toks.get(np.end).is_some_and(|x| x.upos == Upos::Noun)
        {
            continue;
        }
        // an example of a list ("such as …", "including …")
        if np.start >= 1
            && (lower(np.start - 1) == "including"
                || (np.start >= 2 && lower(np.start - 2) == "such" && lower(np.start - 1) == "as"))
        {
            continue;
        }
        let head = &toks[np.end - 1];
        if head.upos != Upos::Noun || GENERIC_HEADS.contains(&head.lemma.as_str()) {
            continue;
        }
        // every word capitalised: a name, the name finder's to ask
        if words
            .iter()
            .all(|w| w.text.chars().next().is_some_and(char::is_uppercase))
        {
            continue;
        }
        let terms = words.iter().filter(|w| is_term(w)).count();
        if terms == 0 {
            continue;
        }
        // "the referee", "the illness": a definite single noun points back
        // to something named before, or is the text's own subject
        if article && first == "the" && words.len() == 1 {
            continue;
        }
        // one word: a term itself, and not a bare verbal noun ("testing",
        // "publication") that stands for a whole clause
        if words.len() == 1
            && (!is_term(head)
                || ["ing", "tion", "sion", "ment"]
                    .iter()
                    .any(|x| head.text.to_lowercase().ends_with(x)))
        {
            continue;
        }
        // the complement of "of" ("a range of …", "one of …"): its head says
        // what is asked, and it is rarely the fact
        if np.start > 0 && lower(np.start - 1) == "of" {
            continue;
        }
        // a noun phrase right before a verb's object is a tagging slip
        // ("Prevention requires isolating …")
        if toks.get(np.end).is_some_and(|x| x.upos == Upos::Verb)
            && head.text.ends_with('s')
            && np.start == 0
        {
            continue;
        }
        // one member of a list ("appendicitis and intussusception"), or cut
        // before its complement ("the urine of …", "a member of …")
        let before = np.start.checked_sub(1).map(lower).unwrap_or_default();
        let after = lower(np.end);
        if matches!(before.as_str(), "and" | "or" | "nor")
            || matches!(after.as_str(), "and" | "or" | "nor" | "of" | "'s" | "’s")
            || (np.start >= 2 && lower(np.start - 2) == "well" && before == "as")
        {
            continue;
        }
        // "bison, aurochs and ibex": the first of a list
        if after == "," {
            let next = nps.iter().find(|x| x.start == np.end + 1);
            if next.is_some_and(|x| matches!(lower(x.end).as_str(), "," | "and" | "or")) {
                continue;
            }
        }
        let (bs, be) = (toks[np.start].start, toks[np.end - 1].end);
        if taken.iter().any(|x| x.s < be && bs < x.e) {
            continue;
        }
        found.push((
            terms,
            Span {
                s: bs,
                e: be,
                kind: Kind::Relation,
                relation: Some(PHRASE.to_string()),
                conf: 0.6,
            },
        ));
    }
    // the phrases with the most terms, in sentence order among equals
    crate::order::sort_by_key(&mut found, |(n, sp)| [-(*n as i64), sp.s as i64]);
    found.into_iter().take(2).map(|(_, sp)| sp).collect()
}

/// The other number of an irregular noun ("mouse" <-> "mice"), from WordNet's exception
/// list (`data/irregular.tsv`, the checker's too), read once.
fn other_number_irregular(w: &str) -> Option<&'static str> {
    static PAIRS: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    PAIRS
        .get_or_init(|| {
            let mut m = std::collections::HashMap::new();
            for (form, base) in include_str!("../../data/irregular.tsv")
                .lines()
                .filter_map(|x| x.split_once('\t'))
            {
                m.entry(base).or_insert(form);
                m.entry(form).or_insert(base);
            }
            m
        })
        .get(w)
        .copied()
}

/// The other ways a student writes a descriptive answer that a teacher
/// takes: without its article, the other number of its last noun
/// ("transatlantic cable"), a compound open, hyphenated or closed
/// ("half-time", "half time", "halftime"; "health care" for "healthcare"),
/// and the term alone when the phrase only describes it ("ribavirin" for
/// "the antiviral medication ribavirin").
pub fn phrase_forms(answer: &str) -> Vec<String> {
    let bare = super::strip_article(answer.trim()).to_string();
    let words: Vec<&str> = bare.split_whitespace().collect();
    let Some((last, rest)) = words.split_last() else {
        return Vec::new();
    };
    let mut out: Vec<String> = vec![bare.clone()];
    let with_last = |w: &str| {
        let mut v: Vec<&str> = rest.to_vec();
        v.push(w);
        v.join(" ")
    };
    let l = last.to_lowercase();
    let irregular = other_number_irregular(&l).map(str::to_string);
    // a mass noun or a term ("testing", "ribavirin") has no plural to offer
    let countable = !l.ends_with("ing") && nlp::tagger::is_frequent(&l);
    let other_number = if irregular.is_some() {
        irregular
    } else if !countable && !l.ends_with('s') {
        None
    } else if let Some(stem) = l.strip_suffix("ies") {
        Some(format!("{stem}y"))
    } else if l.ends_with("ss") || l.ends_with("us") || l.ends_with("is") {
        None
    } else if let Some(stem) = l.strip_suffix('s') {
        Some(stem.to_string())
    } else if l.ends_with('y') && !l.ends_with("ay") && !l.ends_with("ey") && !l.ends_with("oy") {
        Some(format!("{}ies", &l[..l.len() - 1]))
    } else if l.ends_with("ch") || l.ends_with("sh") || l.ends_with('x') {
        Some(format!("{l}es"))
    } else {
        Some(format!("{l}s"))
    };
    if let Some(o) = other_number {
        out.push(with_last(&o));
    }
    // compounds: "half-time" -> "half time", "halftime"; "healthcare" -> "health care"
    for (i, w) in words.iter().enumerate() {
        let mut variants = Vec::new();
        if w.matches('-').count() == 1 {
            variants.push(w.replace('-', " "));
            variants.push(w.replace('-', ""));
        } else if w.contains('-') {
            variants.push(w.replace('-', " "));
        } else if w.chars().count() >= 7 && w.chars().all(char::is_alphabetic) {
            let lw = w.to_lowercase();
            for (k, _) in lw.char_indices().skip(3) {
                let (a, b) = lw.split_at(k);
                if b.chars().count() >= 3
                    && nlp::tagger::is_frequent(a)
                    && nlp::tagger::is_frequent(b)
                {
                    variants.push(format!("{a} {b}"));
                    variants.push(format!("{a}-{b}"));
                    break;
                }
            }
        }
        for v in variants {
            let mut ws: Vec<String> = words.iter().map(|x| x.to_string()).collect();
            ws[i] = v;
            out.push(ws.join(" "));
        }
    }
    // the term alone, when the words before it only describe it
    let head_is_term = l.chars().count() >= 4
        && l.chars().all(char::is_alphabetic)
        && !nlp::tagger::is_frequent(&l)
        && !nlp::tagger::is_frequent(l.trim_end_matches('s'));
    // ("the antiviral ribavirin", "the antiviral medication ribavirin"; not
    // "double overtime", where the word before says which one)
    let describes = words.len() >= 3
        || rest.last().is_some_and(|w| {
            let w = w.to_lowercase();
            w.ends_with("al") || w.ends_with("ic")
        });
    if words.len() >= 2 && head_is_term && describes {
        out.push(last.to_string());
    }
    out.retain(|x| x != answer);
    let mut seen = std::collections::HashSet::new();
    out.retain(|x| seen.insert(x.to_lowercase()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phrases(t: &str) -> Vec<String> {
        phrase_spans(t, &[])
            .iter()
            .map(|s| t[s.s..s.e].to_string())
            .collect()
    }

    #[test]
    fn a_term_of_the_subject_is_offered() {
        assert_eq!(
            phrases("Among those who survive, about a quarter have hearing impairment."),
            ["hearing impairment"]
        );
        assert!(
            phrases("The painters first constructed a scaffold to reach the ceiling.")
                .contains(&"a scaffold".to_string())
        );
    }

    #[test]
    fn forms_a_teacher_takes() {
        let f = phrase_forms("the antiviral medication ribavirin");
        assert!(f.contains(&"ribavirin".to_string()), "{f:?}");
        let f = phrase_forms("transatlantic cables");
        assert!(f.contains(&"transatlantic cable".to_string()), "{f:?}");
        let f = phrase_forms("half-time");
        assert!(f.contains(&"half time".to_string()) && f.contains(&"halftime".to_string()));
        let f = phrase_forms("healthcare workers");
        assert!(f.contains(&"health care workers".to_string()), "{f:?}");
        // a common head is not the answer alone
        assert!(!phrase_forms("an infected field mouse").contains(&"mouse".to_string()));
    }

    #[test]
    fn list_members_pointers_and_everyday_words_are_not() {
        // a member of a pair
        assert!(
            phrases("The fever is often mistaken for appendicitis or intussusception.")
                .iter()
                .all(|p| p != "appendicitis" && p != "intussusception")
        );
        // "this method": points to another sentence
        assert!(phrases("This pigment was blown through a tube.")
            .iter()
            .all(|p| !p.contains("pigment")));
        // only everyday words
        assert!(phrases("The old man walked to the house with his friend.").is_empty());
    }
}
