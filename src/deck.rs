//! A deck: the sources, the facts extracted from them and the alias table.
//! The one entry point the CLI and the web app use.

use crate::aliases::Aliases;
use crate::extract::{extract, Fact};
use crate::generate::{generate, Question};
use crate::text::{read_source, Source};
use serde::Serialize;

/// A file that could not be read, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
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
        }
    }

    /// The built-in deck of seed articles.
    pub fn seeds() -> Deck {
        Deck::from_files(crate::seeds::SEEDS)
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

    pub fn source(&self, file: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.file == file)
    }
}
