//! A deck: the sources, the facts extracted from them and the alias table.
//! The one entry point the CLI and the web app use.

use crate::aliases::Aliases;
use crate::extract::{extract, Fact};
use crate::generate::{generate, Question};
use crate::text::{read_source, Source};
use serde::{Deserialize, Serialize};

/// The files a command names, as (file name, bytes): each file named, and
/// every .txt, .md or .html file of each directory named (sorted by name).
/// For the CLI and the examples; the web app reads files through the browser.
pub fn text_files<P: AsRef<std::path::Path>>(
    paths: &[P],
) -> Result<Vec<(String, Vec<u8>)>, String> {
    let name_of = |p: &std::path::Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let read = |f: &std::path::Path| {
        std::fs::read(f).map_err(|e| format!("cannot read {}: {e}", f.display()))
    };
    let mut files = Vec::new();
    for p in paths {
        let p = p.as_ref();
        if p.is_dir() {
            let mut entries: Vec<std::path::PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("cannot read directory {}: {e}", p.display()))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    f.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        matches!(
                            x.to_ascii_lowercase().as_str(),
                            "txt" | "md" | "html" | "htm"
                        )
                    })
                })
                .collect();
            entries.sort();
            for f in entries {
                files.push((name_of(&f), read(&f)?));
            }
        } else {
            files.push((name_of(p), read(p)?));
        }
    }
    Ok(files)
}

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Problem {
    pub file: String,
    pub message: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Deck {
    pub sources: Vec<Source>,
    pub facts: Vec<Fact>,
    pub aliases: Aliases,
    pub problems: Vec<Problem>,
    /// The language layer's answers to the generator's gate, made with the
    /// deck ([`crate::generate::language_notes`]), so that the page needs no
    /// tagger; None for a deck made without them.
    pub lang: Option<Vec<u32>>,
    /// The facts the shown questions ask ([`crate::generate::study_facts`]),
    /// made with the deck, where practice starts from them; else None.
    pub shown: Option<Vec<String>>,
}

impl Deck {
    /// Builds a deck from (file name, bytes) pairs. Unreadable files are
    /// reported in `problems`; the rest still make a deck.
    pub fn from_files<N: AsRef<str>, B: AsRef<[u8]>>(files: &[(N, B)]) -> Deck {
        let mut sources = Vec::new();
        let mut problems = Vec::new();
        for (name, bytes) in files {
            match read_source(name.as_ref(), bytes.as_ref()) {
                Ok(s) => sources.push(s),
                Err(e) => problems.push(Problem {
                    file: name.as_ref().to_string(),
                    message: e.to_string(),
                }),
            }
        }
        let (facts, aliases) = extract(&sources);
        Deck {
            sources,
            facts,
            aliases,
            problems,
            lang: None,
            shown: None,
        }
        .prepared()
    }

    /// The deck with what the page would otherwise work out itself made now,
    /// by the text builder: the language layer's answers to the gate (so
    /// that the page needs no tagger) and the facts practice starts from (so
    /// that the first session does not make every question first).
    pub fn prepared(mut self) -> Deck {
        self.lang = Some(crate::generate::language_notes(&self));
        self.shown = (self.facts.len() <= crate::progress::ALL_FACTS_MAX)
            .then(|| crate::generate::study_facts(&self));
        self
    }

    /// The built-in deck of seed articles, extracted now.
    pub fn seeds() -> Deck {
        Deck::from_files(crate::seeds::SEEDS)
    }

    /// The built-in deck as extracted at build time ([`crate::seeds::DECK`]):
    /// equal to [`Deck::seeds`] (a native test checks it), without the work.
    pub fn built_in() -> Deck {
        // A native test reads it back, so this cannot fail in a tested build;
        // if it did, the app's panic screen would say so.
        crate::packed::unpack(crate::seeds::DECK).expect("the built-in deck reads back")
    }

    /// Questions, best first; `seed` makes every random choice reproducible.
    pub fn questions(&self, seed: u64, count: Option<usize>) -> Vec<Question> {
        generate(self, seed, count)
    }

    /// A quiz of `n` questions of the given types (all types when empty).
    pub fn quiz(
        &self,
        seed: u64,
        n: usize,
        types: &[crate::generate::QuestionType],
    ) -> Vec<Question> {
        crate::generate::generate_types(self, seed, Some(n), types)
    }

    /// Each fact's index in `facts`, by id.
    pub fn fact_index(&self) -> std::collections::HashMap<&str, usize> {
        self.facts
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.as_str(), i))
            .collect()
    }

    pub fn source(&self, file: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.file == file)
    }
}

/// A piece of a deck, for moving a built deck between threads (a Web
/// Worker builds it; the page reads it back) in pieces small enough that no
/// single one blocks the page.
///
/// Externally tagged (`{"Facts":{…}}`): an internally tagged enum is read
/// through serde's buffered `Content`, a second copy of every type's
/// deserializer in the page's module.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Part {
    /// A source with its text and paragraphs (its sentences follow).
    Source {
        meta: Source,
        text: String,
        blocks: Vec<crate::text::Block>,
    },
    Sentences {
        source: usize,
        items: Vec<crate::text::Sentence>,
    },
    Facts {
        items: Vec<Fact>,
    },
    Aliases {
        groups: Aliases,
    },
    Problem {
        problem: Problem,
    },
    /// The language layer's answers (`Deck::lang`).
    Lang {
        yes: Vec<u32>,
    },
    /// The facts practice starts from (`Deck::shown`).
    Shown {
        ids: Vec<String>,
    },
}

impl Deck {
    /// The deck as JSON pieces of at most `chunk` sentences or facts each.
    pub fn parts(&self, chunk: usize) -> Vec<String> {
        let chunk = chunk.max(1);
        let json = |p: &Part| serde_json::to_string(p).unwrap_or_default();
        let mut out = Vec::new();
        for (i, s) in self.sources.iter().enumerate() {
            out.push(json(&Part::Source {
                meta: Source {
                    text: String::new(),
                    blocks: Vec::new(),
                    sentences: Vec::new(),
                    ..s.clone()
                },
                text: s.text.clone(),
                blocks: s.blocks.clone(),
            }));
            for c in s.sentences.chunks(chunk) {
                out.push(json(&Part::Sentences {
                    source: i,
                    items: c.to_vec(),
                }));
            }
        }
        for c in self.facts.chunks(chunk) {
            out.push(json(&Part::Facts { items: c.to_vec() }));
        }
        out.push(json(&Part::Aliases {
            groups: self.aliases.clone(),
        }));
        for p in &self.problems {
            out.push(json(&Part::Problem { problem: p.clone() }));
        }
        if let Some(yes) = &self.lang {
            out.push(json(&Part::Lang { yes: yes.clone() }));
        }
        if let Some(ids) = &self.shown {
            out.push(json(&Part::Shown { ids: ids.clone() }));
        }
        out
    }
}

/// Puts a deck back together from its [`Deck::parts`], one at a time.
#[derive(Debug, Default)]
pub struct DeckBuilder {
    deck: Option<Deck>,
}

impl DeckBuilder {
    pub fn new() -> Self {
        DeckBuilder {
            deck: Some(Deck {
                sources: Vec::new(),
                facts: Vec::new(),
                aliases: Aliases::default(),
                problems: Vec::new(),
                lang: None,
                shown: None,
            }),
        }
    }

    /// Adds one piece; a piece that cannot be read is an error, not a panic.
    pub fn add(&mut self, part: &str) -> Result<(), String> {
        let d = self.deck.as_mut().ok_or("the deck is already finished")?;
        match serde_json::from_str::<Part>(part)
            .map_err(|e| format!("a piece of the deck could not be read: {e}"))?
        {
            Part::Source { meta, text, blocks } => d.sources.push(Source {
                text,
                blocks,
                ..meta
            }),
            Part::Sentences { source, items } => d
                .sources
                .get_mut(source)
                .ok_or("sentences of a missing source")?
                .sentences
                .extend(items),
            Part::Facts { items } => d.facts.extend(items),
            Part::Aliases { mut groups } => {
                groups.reindex();
                d.aliases = groups;
            }
            Part::Problem { problem } => d.problems.push(problem),
            Part::Lang { yes } => d.lang = Some(yes),
            Part::Shown { ids } => d.shown = Some(ids),
        }
        Ok(())
    }

    pub fn finish(mut self) -> Deck {
        self.deck
            .take()
            .unwrap_or_else(|| DeckBuilder::new().finish())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_deck_in_pieces_comes_back_whole() {
        let mut deck = Deck::from_files(&[("empty.txt", ""), ("b.bin", "\u{0}\u{1}\u{2}")]);
        let seeds = Deck::seeds();
        deck.sources = seeds.sources.clone();
        deck.facts = seeds.facts.clone();
        deck.aliases = seeds.aliases.clone();
        let parts = deck.parts(100);
        assert!(parts.len() > 10, "in pieces");
        let mut b = DeckBuilder::new();
        for p in &parts {
            b.add(p).unwrap();
        }
        let back = b.finish();
        assert_eq!(back, deck);
        // The alias index works after the trip.
        let g = &deck.aliases.groups()[0];
        assert!(back.aliases.same(&g[0], &g[1]));
        assert!(DeckBuilder::new().add("{not json").is_err());
        assert!(DeckBuilder::new()
            .add(r#"{"Sentences":{"source":3,"items":[]}}"#)
            .is_err());
    }
}
