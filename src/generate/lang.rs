//! What the gate asks the language layer about a fact's sentence, answered
//! when the deck is built.
//!
//! The gate needs tags and phrases for three questions ("does a definite
//! description point back to a sentence the question leaves out?", "does the
//! sentence name something the text never names again?", "is the answer a
//! name that only modifies the noun after it?") and a word list for a
//! fourth ("is this word a frequent one?"). The tagger's weights are most of
//! a megabyte, and the page's module must not carry them (issue 11). So the
//! text builder (the deck worker, the command line) asks the gate every
//! question it will ask of a deck while it builds the deck
//! ([`super::language_notes`]) and keeps the keys of the ones answered yes
//! (`Deck::lang`); the page's generator looks them up. A question the deck
//! has no answer for is answered no: the gate is then lenient, never wrong
//! about a question it did ask.

use crate::extract::Fact;
use crate::nlp::Analysis;
use std::cell::RefCell;
use std::collections::BTreeSet;

/// A question the gate asks of the language layer.
#[derive(Clone, Copy)]
pub(super) enum Ask {
    /// `fitness::description_points_back`
    PointsBack = 1,
    /// `fitness::one_off_name` found a name
    OneOff = 2,
    /// `fitness::modifier_blank`
    Modifier = 3,
    /// `nlp::tagger::is_frequent`
    Frequent = 4,
}

/// FNV-1a, written out so that native builds and the page (32-bit) agree on
/// every key: what a key is made of is hashed as bytes, numbers as 8 bytes.
struct Key(u32);

impl Key {
    fn new(ask: Ask) -> Key {
        let mut k = Key(0x811c_9dc5);
        k.bytes(&[ask as u8]);
        k
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= x as u32;
            self.0 = self.0.wrapping_mul(0x0100_0193);
        }
    }
    fn num(mut self, n: usize) -> Key {
        self.bytes(&(n as u64).to_le_bytes());
        self
    }
    fn text(self, s: &str) -> Key {
        let mut k = self.num(s.len());
        k.bytes(s.as_bytes());
        k
    }
}

/// The key of a question about a fact: what its answer depends on.
pub(super) fn key(ask: Ask, f: &Fact) -> u32 {
    let k = Key::new(ask).text(&f.source).num(f.start).text(&f.display);
    match ask {
        Ask::PointsBack => k.num(f.shown_context).0,
        _ => k.num(f.answer_at.0).num(f.answer_at.1).0,
    }
}

/// The key of "is `word` frequent?".
pub(super) fn word_key(word: &str) -> u32 {
    Key::new(Ask::Frequent).text(word).0
}

/// The language layer itself, for the builder (never linked into the page's
/// module: only [`super::language_notes`] and native builds name it).
#[derive(Clone, Copy)]
pub struct Live {
    pub analyze: fn(&str) -> Analysis,
    pub frequent: fn(&str) -> bool,
}

/// The gate's source of answers: the language layer, recording what it
/// answers yes, or a deck's notes.
pub(super) struct Lang {
    live: Option<Live>,
    yes: RefCell<BTreeSet<u32>>,
    /// The analyses made so far, by text (the facts of a sentence share it).
    analyses: RefCell<std::collections::HashMap<String, std::rc::Rc<Analysis>>>,
}

impl Lang {
    /// Answers from a deck's notes.
    pub fn looked_up(notes: &[u32]) -> Lang {
        Lang {
            live: None,
            yes: RefCell::new(notes.iter().copied().collect()),
            analyses: Default::default(),
        }
    }

    /// Answers from the language layer, recorded.
    pub fn live(live: Live) -> Lang {
        Lang {
            live: Some(live),
            yes: Default::default(),
            analyses: Default::default(),
        }
    }

    /// The answers to the questions `keys` about `text`, made from one
    /// analysis of it by `answer` when live.
    pub fn answers<const N: usize>(
        &self,
        keys: [u32; N],
        text: &str,
        answer: impl FnOnce(&Analysis) -> [bool; N],
    ) -> [bool; N] {
        match self.live {
            Some(l) => {
                let cached = self.analyses.borrow().get(text).cloned();
                let a = cached.unwrap_or_else(|| {
                    let a = std::rc::Rc::new((l.analyze)(text));
                    self.analyses
                        .borrow_mut()
                        .insert(text.to_string(), a.clone());
                    a
                });
                let got = answer(&a);
                let mut yes = self.yes.borrow_mut();
                for (k, y) in keys.iter().zip(got) {
                    if y {
                        yes.insert(*k);
                    }
                }
                got
            }
            None => {
                let yes = self.yes.borrow();
                keys.map(|k| yes.contains(&k))
            }
        }
    }

    /// Whether `word` (lowercase) is a frequent English word.
    pub fn frequent(&self, word: &str) -> bool {
        let k = word_key(word);
        match self.live {
            Some(l) => {
                let y = (l.frequent)(word);
                if y {
                    self.yes.borrow_mut().insert(k);
                }
                y
            }
            None => self.yes.borrow().contains(&k),
        }
    }

    /// The keys answered yes, in order: what a deck keeps.
    pub fn notes(&self) -> Vec<u32> {
        self.yes.borrow().iter().copied().collect()
    }
}
