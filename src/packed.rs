//! A deck in a compact JSON form, for embedding a deck that was built
//! ahead of time (the built-in deck: `data/seeds.deck.json`, made by
//! `factquiz pack seeds`, read by [`crate::deck::Deck::built_in`]).
//!
//! A deck as [`crate::deck::Deck::parts`] writes it repeats every sentence
//! three or four times: in the source's text, as the sentence's quote and
//! display text, and in each fact of the sentence (its sentence, display and
//! context). Here a string that is a slice of the source's text, or another
//! sentence's quote or display text, is left empty and marked as derived;
//! reading puts it back. Everything else is the deck's own serde types, so
//! the format follows them. Packing checks each derivation, so any string
//! that does not match is kept as it is: `unpack(pack(d)) == d` always
//! (tested on the seeds and on decks with odd strings).
//!
//! JSON rather than a binary serde format: postcard and bitcode cannot read
//! the deck's types back (`skip_serializing_if`, internally tagged enums),
//! and once gzipped this JSON is smaller than postcard's bytes of the
//! unpacked deck (README, "Size").

use crate::aliases::Aliases;
use crate::deck::{Deck, Problem};
use crate::extract::Fact;
use crate::text::{Block, Sentence, Source};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

fn no(b: &bool) -> bool {
    !*b
}

#[derive(Serialize, Deserialize)]
struct PackedDeck {
    sources: Vec<PackedSource>,
    facts: Vec<PackedFact>,
    aliases: Aliases,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    problems: Vec<Problem>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    lang: Option<Vec<u32>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    shown: Option<Vec<String>>,
}

#[derive(Serialize, Deserialize)]
struct PackedSource {
    /// The source without its text, blocks and sentences (serde skips them).
    meta: Source,
    text: String,
    blocks: Vec<Block>,
    sentences: Vec<PackedSentence>,
}

#[derive(Serialize, Deserialize)]
struct PackedSentence {
    s: Sentence,
    /// `quote` is the text's bytes `start..end`.
    #[serde(default, skip_serializing_if = "no")]
    q: bool,
    /// `text` (the display text) equals `quote`.
    #[serde(default, skip_serializing_if = "no")]
    t: bool,
}

#[derive(Serialize, Deserialize)]
struct PackedFact {
    f: Fact,
    /// `source` is this source's file name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    src: Option<usize>,
    /// The fact's sentence, of that source: `start` and `end` are its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    o: Option<usize>,
    /// `sentence` is that sentence's quote.
    #[serde(default, skip_serializing_if = "no")]
    s: bool,
    /// `display` is that sentence's display text.
    #[serde(default, skip_serializing_if = "no")]
    d: bool,
    /// `context` is the quote of this sentence of the source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    c: Option<usize>,
    /// `answer` is the text's bytes `answer_start..answer_end`.
    #[serde(default, skip_serializing_if = "no")]
    a: bool,
    /// `id` is "<file name up to its first _>-<answer_start>".
    #[serde(default, skip_serializing_if = "no")]
    i: bool,
}

/// A fact id as extraction makes it: "000-112" for `000_53af.txt` at byte 112.
fn fact_id(file: &str, at: usize) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = base
        .split('_')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(base);
    format!("{stem}-{at}")
}

/// A source's sentences by byte range and by quote.
type SentenceLookup<'a> = (HashMap<(usize, usize), usize>, HashMap<&'a str, usize>);

/// The deck in the packed form (JSON).
pub fn pack(deck: &Deck) -> String {
    let sources = deck
        .sources
        .iter()
        .map(|s| PackedSource {
            meta: Source {
                text: String::new(),
                blocks: Vec::new(),
                sentences: Vec::new(),
                ..s.clone()
            },
            text: s.text.clone(),
            blocks: s.blocks.clone(),
            sentences: s
                .sentences
                .iter()
                .map(|x| {
                    let mut s2 = x.clone();
                    let q = s.text.get(x.start..x.end) == Some(x.quote.as_str());
                    let t = x.text == x.quote;
                    if q {
                        s2.quote.clear();
                    }
                    if t {
                        s2.text.clear();
                    }
                    PackedSentence { s: s2, q, t }
                })
                .collect(),
        })
        .collect();
    // Lookups (first occurrence wins, as a scan would find): a source by its
    // file name, and in each source a sentence by its byte range and by its
    // quote, so packing stays linear on a large deck.
    let mut by_file = HashMap::new();
    for (i, s) in deck.sources.iter().enumerate() {
        by_file.entry(s.file.as_str()).or_insert(i);
    }
    let lookups: Vec<SentenceLookup> = deck
        .sources
        .iter()
        .map(|s| {
            let (mut by_range, mut by_quote) = (HashMap::new(), HashMap::new());
            for (j, x) in s.sentences.iter().enumerate() {
                by_range.entry((x.start, x.end)).or_insert(j);
                by_quote.entry(x.quote.as_str()).or_insert(j);
            }
            (by_range, by_quote)
        })
        .collect();
    let facts = deck
        .facts
        .iter()
        .map(|f| {
            let mut g = f.clone();
            let src = by_file.get(f.source.as_str()).copied();
            let source = src.map(|i| &deck.sources[i]);
            let sentences = source.map_or(&[][..], |s| &s.sentences[..]);
            let (by_range, by_quote) = match src {
                Some(i) => (Some(&lookups[i].0), Some(&lookups[i].1)),
                None => (None, None),
            };
            // The fact's own sentence, by its byte range.
            let o = by_range.and_then(|m| m.get(&(f.start, f.end)).copied());
            let own = o.map(|i| &sentences[i]);
            let s = own.is_some_and(|x| x.quote == f.sentence);
            let d = own.is_some_and(|x| x.text == f.display);
            let c = f
                .context
                .as_deref()
                .and_then(|c| by_quote.and_then(|m| m.get(c).copied()));
            let a = source.and_then(|s| s.text.get(f.answer_start..f.answer_end))
                == Some(f.answer.as_str());
            let i = src.is_some() && f.id == fact_id(&f.source, f.answer_start);
            if i {
                g.id.clear();
            }
            if src.is_some() {
                g.source.clear();
            }
            if o.is_some() {
                (g.start, g.end) = (0, 0);
            }
            if s {
                g.sentence.clear();
            }
            if d {
                g.display.clear();
            }
            if c.is_some() {
                g.context = None;
            }
            if a {
                g.answer.clear();
            }
            PackedFact {
                f: g,
                src,
                o,
                s,
                d,
                c,
                a,
                i,
            }
        })
        .collect();
    let packed = PackedDeck {
        sources,
        facts,
        aliases: deck.aliases.clone(),
        problems: deck.problems.clone(),
        lang: deck.lang.clone(),
        shown: deck.shown.clone(),
    };
    serde_json::to_string(&packed).unwrap_or_default()
}

/// Reads a deck written by [`pack`].
pub fn unpack(json: &str) -> Result<Deck, String> {
    let p: PackedDeck = serde_json::from_str(json)
        .map_err(|e| format!("the packed deck could not be read: {e}"))?;
    let bad = || "the packed deck refers to a sentence or source it does not have".to_string();
    let mut sources = Vec::with_capacity(p.sources.len());
    for ps in p.sources {
        let mut sentences = Vec::with_capacity(ps.sentences.len());
        for PackedSentence { mut s, q, t } in ps.sentences {
            if q {
                s.quote = ps.text.get(s.start..s.end).ok_or_else(bad)?.to_string();
            }
            if t {
                s.text = s.quote.clone();
            }
            sentences.push(s);
        }
        sources.push(Source {
            text: ps.text,
            blocks: ps.blocks,
            sentences,
            ..ps.meta
        });
    }
    let mut facts = Vec::with_capacity(p.facts.len());
    for pf in p.facts {
        let mut f = pf.f;
        if let Some(i) = pf.src {
            let source = sources.get(i).ok_or_else(bad)?;
            let sentence = |j: usize| source.sentences.get(j).ok_or_else(bad);
            f.source = source.file.clone();
            if pf.i {
                f.id = fact_id(&f.source, f.answer_start);
            }
            if let Some(j) = pf.o {
                let own = sentence(j)?;
                (f.start, f.end) = (own.start, own.end);
                if pf.s {
                    f.sentence = own.quote.clone();
                }
                if pf.d {
                    f.display = own.text.clone();
                }
            } else if pf.s || pf.d {
                return Err(bad());
            }
            if let Some(j) = pf.c {
                f.context = Some(sentence(j)?.quote.clone());
            }
            if pf.a {
                f.answer = source
                    .text
                    .get(f.answer_start..f.answer_end)
                    .ok_or_else(bad)?
                    .to_string();
            }
        } else if pf.o.is_some() || pf.s || pf.d || pf.c.is_some() || pf.a || pf.i {
            return Err(bad());
        }
        facts.push(f);
    }
    let mut aliases = p.aliases;
    aliases.reindex();
    Ok(Deck {
        sources,
        facts,
        aliases,
        problems: p.problems,
        lang: p.lang,
        shown: p.shown,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packed_deck_comes_back_whole() {
        let deck = Deck::seeds();
        let json = pack(&deck);
        assert_eq!(unpack(&json).unwrap(), deck);
        // Well under the deck in parts (about 55% of it on the seeds).
        assert!(json.len() * 3 < deck.parts(usize::MAX).concat().len() * 2);
        // An article of another topic, under a name without a number prefix.
        let other = Deck::from_files(&[(
            "eiffel tower.txt",
            include_str!("../tests/fixtures/eiffel_tower.txt"),
        )]);
        assert!(!other.facts.is_empty());
        assert_eq!(unpack(&pack(&other)).unwrap(), other);
    }

    #[test]
    fn the_embedded_deck_is_what_extraction_gives() {
        let now = Deck::seeds();
        assert!(
            crate::seeds::DECK.trim_end() == pack(&now),
            "data/seeds.deck.json is not what extraction gives now: run\n  \
             cargo run --release --bin factquiz -- pack seeds > data/seeds.deck.json"
        );
        assert_eq!(Deck::built_in(), now);
    }

    #[test]
    fn strings_that_are_not_derived_are_kept() {
        let mut deck = Deck::seeds();
        deck.problems.push(Problem {
            file: "x.bin".into(),
            message: "binary".into(),
        });
        let s = &mut deck.sources[0].sentences[3];
        s.quote.push_str(" (changed)");
        s.text = "display".into();
        let f = &mut deck.facts[2];
        f.answer = "another answer".into();
        f.display = "another display".into();
        f.sentence = "another sentence".into();
        f.context = Some("no such sentence".into());
        deck.facts[5].source = "not-in-the-deck.txt".into();
        deck.facts[6].start += 1;
        deck.facts[7].id = "another id".into();
        let back = unpack(&pack(&deck)).unwrap();
        assert_eq!(back, deck);
    }

    #[test]
    fn a_broken_pack_is_an_error() {
        assert!(unpack("{not json").is_err());
        let json = pack(&Deck::seeds());
        // A fact of a source that is not there.
        assert!(json.contains("\"src\":0"));
        assert!(unpack(&json.replacen("\"src\":0", "\"src\":99", 1)).is_err());
    }
}
