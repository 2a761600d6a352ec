//! The language layer (issue 17): tokens, UPOS tags and lemmas, noun phrases with their
//! entity kind, and simple clauses; trained on hand-annotated English (UD English EWT and
//! GUM; see the README, "Language layer", for the figures and the weights' licenses).
//!
//! ```
//! use factquiz::nlp::{self, Tense, Upos, Voice};
//! let a = nlp::analyze("Dr. Smith visited the U.S. in 1990.");
//! assert_eq!(a.tokens[0].text, "Dr.");
//! assert_eq!(a.tokens[1].upos, Upos::Propn);
//! assert_eq!(a.chunks[0].words(&a.tokens), "Dr. Smith");
//! assert_eq!(a.kinds[0], "person");
//! let c = &a.clauses[0];
//! assert_eq!(c.verb.lemma, "visit");
//! assert_eq!((c.verb.tense, c.verb.voice), (Tense::Past, Voice::Active));
//! assert_eq!(c.object.unwrap().words(&a.tokens), "the U.S.");
//! ```

pub mod chunks;
pub mod conllu;
pub mod entities;
pub mod lemma;
pub mod refs;
pub mod tagger;
pub mod tokens;

pub use chunks::{noun_phrases, Clause, Span, Tense, VerbGroup, Voice};
pub use tagger::Upos;
pub use tokens::Token;

use serde::Serialize;

/// FNV-1a for the layer's fixed word tables: short keys, looked up for every token, where
/// the standard library's DoS-resistant hash costs more than the look-up itself.
#[derive(Default, Clone, Copy)]
pub struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A fixed table keyed by words (see [`Fnv`]).
pub type WordMap<K, V> = std::collections::HashMap<K, V, std::hash::BuildHasherDefault<Fnv>>;
/// A fixed set of words (see [`Fnv`]).
pub type WordSet<K> = std::collections::HashSet<K, std::hash::BuildHasherDefault<Fnv>>;

/// One analysed sentence.
#[derive(Clone, Debug, Serialize)]
pub struct Analysis {
    pub tokens: Vec<Token>,
    /// maximal noun phrases (token index ranges)
    pub chunks: Vec<Span>,
    /// the entity kind of each chunk, same order ("person", "place", "organization", ...)
    pub kinds: Vec<&'static str>,
    /// one per verb group: subject, verb (tense, voice), object or complement
    pub clauses: Vec<Clause>,
}

/// Tags and lemmatises tokens in place (one sentence).
pub fn tag_tokens(tokens: &mut [Token]) {
    let words: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
    let tags = tagger::tag(&words);
    for (t, u) in tokens.iter_mut().zip(tags) {
        t.upos = u;
        t.lemma = lemma::lemma(&t.text, u);
    }
}

/// Analyses one sentence: tokens (byte offsets into `sentence`), tags, lemmas.
pub fn analyze(sentence: &str) -> Analysis {
    let mut tokens = tokens::tokenize(sentence);
    tag_tokens(&mut tokens);
    let chunks = chunks::noun_phrases(&tokens);
    let clauses = chunks::clauses(&tokens, &chunks);
    let kinds = entities::kinds_of(&tokens, &chunks);
    Analysis {
        tokens,
        chunks,
        kinds,
        clauses,
    }
}

/// Splits a text into sentences (byte ranges) and analyses each; token offsets are into `text`.
/// The text is one document: a name gets one kind throughout (`entities::document_kinds`).
pub fn analyze_text(text: &str) -> Vec<Analysis> {
    let mut out = Vec::new();
    let mut base = 0;
    for para in text.split_inclusive('\n') {
        for (s, e) in crate::text::split_sentences(para) {
            let mut a = analyze(&para[s..e]);
            for t in &mut a.tokens {
                t.start += base + s;
                t.end += base + s;
            }
            out.push(a);
        }
        base += para.len();
    }
    let doc: Vec<(&[Token], &[Span])> = out
        .iter()
        .map(|a| (a.tokens.as_slice(), a.chunks.as_slice()))
        .collect();
    let kinds = entities::document_kinds(&doc);
    for (a, k) in out.iter_mut().zip(kinds) {
        a.kinds = k;
    }
    out
}
