//! Entity kinds: what a noun phrase names (person, place, organization, event, time,
//! abstract, object, substance, animal, plant), from an averaged perceptron trained on GUM's
//! entity annotations (scripts/train/train_entities.py; weights `data/nlp/entities.bin`, the
//! tagger's format). Features: the head, the words before it in the phrase, the words, the
//! preposition and the verbs around it; they must stay the same as the script's.

use super::chunks::Span;
use super::tagger::{shape, Model};
use super::tokens::Token;
use std::sync::OnceLock;

static WEIGHTS: &[u8] = include_bytes!("../../data/nlp/entities.bin");
static HEADS: &str = include_str!("../../data/nlp/heads.tsv");

/// Head lemma -> its usual kind in the training mentions (seen twice or more, 60% of the time).
fn heads() -> &'static super::WordMap<&'static str, &'static str> {
    static H: OnceLock<super::WordMap<&'static str, &'static str>> = OnceLock::new();
    H.get_or_init(|| HEADS.lines().filter_map(|l| l.split_once('\t')).collect())
}

fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::decode(WEIGHTS).expect("data/nlp/entities.bin"))
}

/// The kinds the classifier knows, in its order.
pub fn all_kinds() -> &'static [&'static str] {
    &model().names
}

fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

/// The kind of the phrase `span` (its first token to its head) of a tagged sentence.
pub fn kind(tokens: &[Token], span: &Span) -> &'static str {
    kinds(tokens, std::slice::from_ref(span))[0]
}

/// The kinds of several phrases of one tagged sentence.
pub fn kinds_of(tokens: &[Token], spans: &[Span]) -> Vec<&'static str> {
    kinds(tokens, spans)
}

fn kinds(tokens: &[Token], spans: &[Span]) -> Vec<&'static str> {
    let low: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
    spans
        .iter()
        .map(|s| model().names[Model::best(&scores(tokens, &low, s))])
        .collect()
}

/// One document: a name (a phrase headed by a proper noun) gets one kind wherever it occurs,
/// the best of its scores summed over its occurrences ("Paris" after "visited" and after
/// "in" is one place).
pub fn document_kinds(doc: &[(&[Token], &[Span])]) -> Vec<Vec<&'static str>> {
    use std::collections::HashMap;
    let nk = model().names.len();
    let mut sums: HashMap<String, Vec<i32>> = HashMap::new();
    let mut keyed = Vec::with_capacity(doc.len());
    for (tokens, spans) in doc {
        let low: Vec<String> = tokens.iter().map(|t| t.text.to_lowercase()).collect();
        let mut row = Vec::with_capacity(spans.len());
        for s in spans.iter() {
            let sc = scores(tokens, &low, s);
            let key = (tokens[s.head].upos == super::Upos::Propn).then(|| {
                (s.start..=s.head)
                    .filter(|&k| tokens[k].upos == super::Upos::Propn)
                    .map(|k| low[k].as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            if let Some(k) = &key {
                let e = sums.entry(k.clone()).or_insert_with(|| vec![0; nk]);
                e.iter_mut().zip(&sc).for_each(|(a, b)| *a += b);
            }
            row.push((key, sc));
        }
        keyed.push(row);
    }
    keyed
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|(key, sc)| {
                    let s = key.and_then(|k| sums.get(&k)).unwrap_or(&sc);
                    model().names[Model::best(s)]
                })
                .collect()
        })
        .collect()
}

fn scores(tokens: &[Token], low: &[String], span: &Span) -> Vec<i32> {
    let m = model();
    let (start, head) = (span.start, span.head);
    let n = tokens.len();
    let hw = low[head].as_str();
    let hl = tokens[head].lemma.to_lowercase();
    let mut s = vec![0i32; m.names.len()];
    let mut f = |parts: &[&str]| m.add(parts, &mut s);
    let lx = heads().get(hl.as_str()).copied().unwrap_or("?");
    let hu = tokens[head].upos.as_str();
    f(&["b"]);
    f(&["lx=", lx]);
    f(&["lxu=", lx, " ", hu]);
    f(&["h=", hw]);
    f(&["hl=", &hl]);
    f(&["hs3=", suffix(hw, 3)]);
    f(&["hs4=", suffix(hw, 4)]);
    f(&["hs2=", suffix(hw, 2)]);
    f(&["hu=", hu]);
    f(&["hsh=", &shape(&tokens[head].text)]);
    f(&["f=", &low[start]]);
    f(&["n=", &(head - start + 1).min(5).to_string()]);
    for w in &low[start..head] {
        f(&["m=", w]);
    }
    if tokens[head].upos == super::Upos::Propn {
        let name: Vec<&str> = (start..=head)
            .filter(|&k| tokens[k].upos == super::Upos::Propn)
            .map(|k| low[k].as_str())
            .collect();
        f(&["nm=", &name.join(" ")]);
    }
    let w1 = if start >= 1 {
        low[start - 1].as_str()
    } else {
        "-S-"
    };
    let w2 = if start >= 2 {
        low[start - 2].as_str()
    } else {
        "-S-"
    };
    let a1 = if head + 1 < n {
        low[head + 1].as_str()
    } else {
        "-E-"
    };
    let a2 = if head + 2 < n {
        low[head + 2].as_str()
    } else {
        "-E-"
    };
    f(&["w-1=", w1]);
    f(&["w-2=", w2]);
    f(&["w+1=", a1]);
    f(&["w+2=", a2]);
    f(&["w-1h=", w1, " ", hw]);
    if start >= 1 && tokens[start - 1].upos == super::Upos::Adp {
        f(&["p=", w1]);
        f(&["ph=", w1, " ", &hl]);
    }
    let verb = |k: usize| tokens[k].upos == super::Upos::Verb;
    let va = (head + 1..n)
        .find(|&k| verb(k))
        .map_or("-".to_string(), |k| tokens[k].lemma.to_lowercase());
    let vb = (0..start)
        .rev()
        .find(|&k| verb(k))
        .map_or("-".to_string(), |k| tokens[k].lemma.to_lowercase());
    f(&["va=", &va]);
    f(&["vb=", &vb]);
    f(&["hw+1=", hw, " ", a1]);
    if start >= 1 && tokens[start - 1].upos == super::Upos::Adp {
        f(&["vbp=", &vb, " ", w1]);
    }
    if start > 0
        && tokens[head]
            .text
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        f(&["capmid=", hu]);
    }
    s
}

#[cfg(test)]
mod tests {
    use crate::nlp::analyze;

    fn kinds_of(s: &str) -> Vec<(String, &'static str)> {
        let a = analyze(s);
        a.chunks
            .iter()
            .zip(&a.kinds)
            .map(|(c, k)| (c.words(&a.tokens), *k))
            .collect()
    }

    #[test]
    fn people_places_times() {
        let k = kinds_of("President Barack Obama visited London in March 2010.");
        assert_eq!(k[0].1, "person", "{k:?}");
        assert_eq!(k[1].1, "place", "{k:?}");
        assert_eq!(k[2].1, "time", "{k:?}");
        let k = kinds_of("The war ended in 1945 after six years.");
        assert_eq!(k[0].1, "event", "{k:?}");
        assert_eq!(k[1].1, "time", "{k:?}");
        let k = kinds_of("Dr. Smith met the Prime Minister of Canada on Monday.");
        let got: Vec<&str> = k.iter().map(|x| x.1).collect();
        assert_eq!(got, ["person", "person", "place", "time"], "{k:?}");
    }
}
