//! UPOS tagger: a greedy left-to-right averaged perceptron (scripts/train/train_tagger.py).
//!
//! The weights (`data/nlp/tagger.bin`) are hashed feature strings (FNV-1a, 32 bits) with i8
//! weights per tag. The features below must stay byte-for-byte the same as
//! `scripts/train/features.py`.
//!
//! Format `FQTG` v1: magic, u8 version, u8 class count, class names (u8 length + bytes),
//! u32 feature count, then per feature in ascending hash order: varint hash delta, u8 k,
//! k x (u8 class, i8 weight).

use serde::Serialize;
use std::sync::OnceLock;

/// Universal part-of-speech tags (the order of the weights file).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(into = "&'static str")]
pub enum Upos {
    Adj,
    Adp,
    Adv,
    Aux,
    Cconj,
    Det,
    Intj,
    Noun,
    Num,
    Part,
    Pron,
    Propn,
    Punct,
    Sconj,
    Sym,
    Verb,
    X,
}

pub const ALL: [Upos; 17] = [
    Upos::Adj,
    Upos::Adp,
    Upos::Adv,
    Upos::Aux,
    Upos::Cconj,
    Upos::Det,
    Upos::Intj,
    Upos::Noun,
    Upos::Num,
    Upos::Part,
    Upos::Pron,
    Upos::Propn,
    Upos::Punct,
    Upos::Sconj,
    Upos::Sym,
    Upos::Verb,
    Upos::X,
];

impl Upos {
    pub fn as_str(self) -> &'static str {
        match self {
            Upos::Adj => "ADJ",
            Upos::Adp => "ADP",
            Upos::Adv => "ADV",
            Upos::Aux => "AUX",
            Upos::Cconj => "CCONJ",
            Upos::Det => "DET",
            Upos::Intj => "INTJ",
            Upos::Noun => "NOUN",
            Upos::Num => "NUM",
            Upos::Part => "PART",
            Upos::Pron => "PRON",
            Upos::Propn => "PROPN",
            Upos::Punct => "PUNCT",
            Upos::Sconj => "SCONJ",
            Upos::Sym => "SYM",
            Upos::Verb => "VERB",
            Upos::X => "X",
        }
    }

    pub fn parse(s: &str) -> Option<Upos> {
        ALL.iter().copied().find(|u| u.as_str() == s)
    }

    /// Nouns, proper nouns and pronouns.
    pub fn is_nominal(self) -> bool {
        matches!(self, Upos::Noun | Upos::Propn | Upos::Pron)
    }
}

impl From<Upos> for &'static str {
    fn from(u: Upos) -> &'static str {
        u.as_str()
    }
}

impl std::fmt::Display for Upos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

static WEIGHTS: &[u8] = include_bytes!("../../data/nlp/tagger.bin");
static LEXICON: &str = include_str!("../../data/nlp/lexicon.tsv");

/// Ambiguity classes of frequent words ("to" -> "ADP|PART"), from the training documents.
fn lexicon() -> &'static super::WordMap<&'static str, &'static str> {
    static L: OnceLock<super::WordMap<&'static str, &'static str>> = OnceLock::new();
    L.get_or_init(|| LEXICON.lines().filter_map(|l| l.split_once('\t')).collect())
}

static COMMON: &str = include_str!("../../data/nlp/common.txt");

/// Whether a word (lower case) is everyday English: a frequent word of the
/// tagger's lexicon, or a content word found in at least three training
/// documents (`scripts/train/common_words.py`). A word outside both is a
/// term of a text's own subject.
pub fn is_frequent(lower: &str) -> bool {
    static C: OnceLock<super::WordSet<&'static str>> = OnceLock::new();
    lexicon().contains_key(lower) || C.get_or_init(|| COMMON.lines().collect()).contains(lower)
}

/// Hashed feature weights, decoded once.
pub struct Model {
    /// class names, in the order of the weights
    pub names: Vec<&'static str>,
    /// open addressing, linear probing: (hash, first weight, weight count; 0: empty slot)
    slots: Vec<(u32, u32, u32)>,
    mask: usize,
    weights: Vec<(u8, i8)>,
}

fn slot_of(h: u32, mask: usize) -> usize {
    (h.wrapping_mul(0x9E37_79B9) >> 8) as usize & mask
}

pub fn fnv1a(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811C_9DC5;
    for &b in bytes {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl Model {
    pub fn decode(bytes: &'static [u8]) -> Result<Model, String> {
        let bad = || "tagger weights: truncated".to_string();
        if bytes.get(..4) != Some(b"FQTG".as_slice()) || bytes.get(4) != Some(&1) {
            return Err("tagger weights: not an FQTG v1 file".into());
        }
        let nc = *bytes.get(5).ok_or_else(bad)? as usize;
        let mut p = 6;
        let mut names = Vec::with_capacity(nc);
        for _ in 0..nc {
            let n = *bytes.get(p).ok_or_else(bad)? as usize;
            let name = std::str::from_utf8(bytes.get(p + 1..p + 1 + n).ok_or_else(bad)?)
                .map_err(|_| bad())?;
            names.push(name);
            p += 1 + n;
        }
        let nf =
            u32::from_le_bytes(bytes.get(p..p + 4).ok_or_else(bad)?.try_into().unwrap()) as usize;
        p += 4;
        let mut keys = Vec::with_capacity(nf);
        let mut spans = Vec::with_capacity(nf);
        let mut weights = Vec::new();
        let mut h: u32 = 0;
        for _ in 0..nf {
            let mut delta: u32 = 0;
            let mut shift = 0;
            loop {
                let b = *bytes.get(p).ok_or_else(bad)?;
                p += 1;
                delta |= ((b & 0x7F) as u32) << shift;
                shift += 7;
                if b & 0x80 == 0 {
                    break;
                }
            }
            h = h.wrapping_add(delta);
            let k = *bytes.get(p).ok_or_else(bad)?;
            p += 1;
            spans.push((weights.len() as u32, k));
            for _ in 0..k {
                let c = *bytes.get(p).ok_or_else(bad)?;
                let w = *bytes.get(p + 1).ok_or_else(bad)? as i8;
                if c as usize >= nc {
                    return Err("tagger weights: bad class".into());
                }
                weights.push((c, w));
                p += 2;
            }
            keys.push(h);
        }
        let size = (nf + nf / 2).next_power_of_two().max(2);
        let mask = size - 1;
        let mut slots = vec![(0u32, 0u32, 0u32); size];
        for (&k, &(start, len)) in keys.iter().zip(&spans) {
            let mut s = slot_of(k, mask);
            while slots[s].2 != 0 {
                s = (s + 1) & mask;
            }
            slots[s] = (k, start, len as u32);
        }
        Ok(Model {
            names,
            slots,
            mask,
            weights,
        })
    }

    /// The weights of one hashed feature: (class, weight) pairs.
    pub fn get(&self, h: u32) -> &[(u8, i8)] {
        let mut s = slot_of(h, self.mask);
        loop {
            let (k, start, len) = self.slots[s];
            if len == 0 {
                return &[];
            }
            if k == h {
                return &self.weights[start as usize..(start + len) as usize];
            }
            s = (s + 1) & self.mask;
        }
    }

    /// Adds the weights of a feature (the concatenation of `parts`) to `scores`.
    pub fn add(&self, parts: &[&str], scores: &mut [i32]) {
        let mut h: u32 = 0x811C_9DC5;
        for p in parts {
            for &b in p.as_bytes() {
                h ^= b as u32;
                h = h.wrapping_mul(0x0100_0193);
            }
        }
        for &(c, w) in self.get(h) {
            scores[c as usize] += w as i32;
        }
    }

    /// The best class (the first on a tie).
    pub fn best(scores: &[i32]) -> usize {
        let mut best = 0;
        for k in 1..scores.len() {
            if scores[k] > scores[best] {
                best = k;
            }
        }
        best
    }

    /// Tags one sentence's tokens (a tagger model: its classes are UPOS names).
    pub fn tag(&self, words: &[&str]) -> Vec<Upos> {
        let classes: Vec<Upos> = self
            .names
            .iter()
            .map(|n| Upos::parse(n).unwrap_or(Upos::X))
            .collect();
        let n = words.len();
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let mut ctx: Vec<&str> = Vec::with_capacity(n + 4);
        ctx.push("-S2-");
        ctx.push("-S1-");
        for (w, l) in words.iter().zip(&lower) {
            ctx.push(if w.as_bytes().first().is_some_and(u8::is_ascii_digit) {
                "!NUM"
            } else {
                l
            });
        }
        ctx.push("-E1-");
        ctx.push("-E2-");
        let lex = lexicon();
        let amb: Vec<&str> = ctx
            .iter()
            .map(|w| {
                if w.starts_with('-') && w.chars().count() == 4 {
                    w
                } else {
                    lex.get(w).copied().unwrap_or("?")
                }
            })
            .collect();
        let shapes: Vec<String> = words.iter().map(|w| shape(w)).collect();
        let mut out = Vec::with_capacity(n);
        let mut scores = vec![0i32; classes.len()];
        let (mut p1, mut p2) = ("-S1-", "-S2-");
        for i in 0..n {
            scores.iter_mut().for_each(|s| *s = 0);
            let w = words[i];
            let lw = lower[i].as_str();
            let c = i + 2;
            let mut f = |parts: &[&str]| self.add(parts, &mut scores);
            f(&["b"]);
            f(&["w=", ctx[c]]);
            f(&["s1=", suffix(lw, 1)]);
            f(&["s2=", suffix(lw, 2)]);
            f(&["s3=", suffix(lw, 3)]);
            f(&["s4=", suffix(lw, 4)]);
            f(&["p1=", prefix(w, 1)]);
            f(&["p3=", prefix(lw, 3)]);
            f(&["sh=", &shapes[i]]);
            f(&["t1=", p1]);
            f(&["t12=", p1, " ", p2]);
            f(&["t1w=", p1, " ", ctx[c]]);
            f(&["w-1=", ctx[c - 1]]);
            f(&["w-2=", ctx[c - 2]]);
            f(&["w+1=", ctx[c + 1]]);
            f(&["w+2=", ctx[c + 2]]);
            f(&["w-1w=", ctx[c - 1], " ", ctx[c]]);
            f(&["ww+1=", ctx[c], " ", ctx[c + 1]]);
            f(&["s3-1=", suffix(ctx[c - 1], 3)]);
            f(&["s3+1=", suffix(ctx[c + 1], 3)]);
            f(&["t1w+1=", p1, " ", ctx[c + 1]]);
            f(&["sh+1=", shapes.get(i + 1).map_or("-E1-", |s| s.as_str())]);
            f(&["s2+1=", suffix(ctx[c + 1], 2)]);
            f(&["W=", w]);
            f(&["a=", amb[c]]);
            f(&["a+1=", amb[c + 1]]);
            f(&["a+2=", amb[c + 2]]);
            f(&["a+12=", amb[c + 1], " ", amb[c + 2]]);
            f(&["t1a+1=", p1, " ", amb[c + 1]]);
            f(&["wa+1=", ctx[c], " ", amb[c + 1]]);
            if i == 0 {
                f(&["ini sh=", &shapes[i]]);
            }
            if w.chars().skip(1).any(|c| c == '-') {
                let last = lw.rsplit_once('-').map_or(lw, |(_, b)| b);
                f(&["hy=", suffix(last, 3)]);
            }
            let t = classes[Model::best(&scores)];
            out.push(t);
            p2 = p1;
            p1 = t.as_str();
        }
        out
    }
}

fn suffix(s: &str, n: usize) -> &str {
    match s.char_indices().rev().nth(n - 1) {
        Some((i, _)) => &s[i..],
        None => s,
    }
}

fn prefix(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Word shape: X upper, x lower, d digit, other characters as themselves; runs collapsed; at most 6.
pub fn shape(w: &str) -> String {
    let mut out = String::new();
    let mut last = None;
    let mut n = 0;
    for c in w.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else {
            c
        };
        if last != Some(s) {
            out.push(s);
            last = Some(s);
            n += 1;
        }
        if n >= 6 {
            break;
        }
    }
    out
}

/// The shipped model (decoded on first use).
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::decode(WEIGHTS).expect("data/nlp/tagger.bin"))
}

/// Tags one sentence's words with the shipped model.
pub fn tag(words: &[&str]) -> Vec<Upos> {
    model().tag(words)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers_match_the_python_features() {
        assert_eq!(shape("Biden's"), "Xx'x");
        assert_eq!(shape("2.5bn"), "d.dx");
        assert_eq!(suffix("ab", 3), "ab");
        assert_eq!(suffix("tests", 3), "sts");
        assert_eq!(prefix("Élan", 1), "É");
        assert_eq!(fnv1a(b"b"), 0xe70c2de5);
    }

    #[test]
    fn tags_a_plain_sentence() {
        let t = tag(&["The", "cat", "sat", "on", "the", "mat", "."]);
        assert_eq!(
            t,
            vec![
                Upos::Det,
                Upos::Noun,
                Upos::Verb,
                Upos::Adp,
                Upos::Det,
                Upos::Noun,
                Upos::Punct
            ]
        );
    }
}
