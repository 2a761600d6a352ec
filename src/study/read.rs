//! Read's view of a source: its paragraphs, each sentence with the facts it
//! states marked, and where a question's sentence is (its place and its
//! paragraph).

use super::State;
use crate::generate::Question;
use crate::route::Route;

/// A sentence in Read, with the facts it states.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadSentence {
    /// 1-based, as in `#/read/2#14`.
    pub number: usize,
    pub text: String,
    /// Byte ranges of fact answers in `text`, in order, not overlapping.
    pub marks: Vec<(usize, usize)>,
    /// Ids of the facts it states.
    pub facts: Vec<String>,
    /// "Sources differ: …" when another source gives a different figure.
    pub differs: Vec<String>,
}

/// A paragraph in Read.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadBlock {
    pub heading: bool,
    pub speaker: Option<String>,
    pub sentences: Vec<ReadSentence>,
}

impl State {
    /// Where a question's sentence is in Read (`#/read/2#14`).
    pub fn place(&self, q: &Question) -> Route {
        let Some((si, s)) = self
            .deck
            .sources
            .iter()
            .enumerate()
            .find(|(_, s)| s.file == q.source.file)
        else {
            return Route::Read {
                source: None,
                sentence: None,
            };
        };
        let start = self
            .deck
            .facts
            .iter()
            .find(|f| f.id == q.fact_id)
            .map(|f| f.start);
        let sentence = s
            .sentences
            .iter()
            .position(|x| Some(x.start) == start || x.quote == q.source.quote)
            .map(|i| i + 1);
        Route::Read {
            source: Some(si + 1),
            sentence,
        }
    }

    /// Source `n` (1-based) as Read shows it: its paragraphs, each sentence
    /// with the facts it states marked. Menus and footers are left out.
    pub fn read(&self, n: usize) -> Vec<ReadBlock> {
        use crate::text::BlockKind;
        let Some(src) = n.checked_sub(1).and_then(|i| self.deck.sources.get(i)) else {
            return Vec::new();
        };
        let mut out: Vec<ReadBlock> = Vec::new();
        let mut last_block = usize::MAX;
        // Only sentences that make a question fit to show offer "Quiz me on this".
        let askable = crate::generate::askable_facts(&self.deck, &src.file);
        for (i, sen) in src.sentences.iter().enumerate() {
            if matches!(sen.kind, BlockKind::Furniture | BlockKind::Meta) {
                continue;
            }
            let facts: Vec<&crate::extract::Fact> = self
                .deck
                .facts
                .iter()
                .filter(|f| f.source == src.file && f.start == sen.start)
                .collect();
            let mut marks: Vec<(usize, usize)> = facts
                .iter()
                .filter_map(|f| {
                    if f.display == sen.text {
                        Some(f.answer_at)
                    } else {
                        sen.text.find(&f.answer).map(|a| (a, a + f.answer.len()))
                    }
                })
                .collect();
            marks.sort();
            let mut end = 0;
            marks.retain(|m| {
                let keep = m.0 >= end && m.1 <= sen.text.len() && m.0 < m.1;
                if keep {
                    end = m.1;
                }
                keep
            });
            let differs = facts
                .iter()
                .filter(|f| f.disagrees)
                .flat_map(|f| {
                    f.related.iter().filter_map(|id| {
                        let o = self.deck.facts.iter().find(|x| x.id == *id)?;
                        (o.answer != f.answer).then(|| {
                            format!(
                                "Sources differ: {} gives {} where this source gives {}.",
                                self.source_card(&o.source).title,
                                o.answer,
                                f.answer
                            )
                        })
                    })
                })
                .collect();
            let line = ReadSentence {
                number: i + 1,
                text: sen.text.clone(),
                marks,
                facts: facts
                    .iter()
                    .filter(|f| askable.contains(&f.id))
                    .map(|f| f.id.clone())
                    .collect(),
                differs,
            };
            if sen.block != last_block {
                last_block = sen.block;
                out.push(ReadBlock {
                    heading: sen.kind == BlockKind::Heading,
                    speaker: sen.speaker.clone(),
                    sentences: Vec::new(),
                });
            }
            if let Some(b) = out.last_mut() {
                b.sentences.push(line);
            }
        }
        out
    }

    /// The paragraph a question's sentence is in: each sentence's display
    /// text, and whether it is the question's own.
    pub fn paragraph(&self, q: &Question) -> Vec<(String, bool)> {
        let Route::Read {
            source: Some(n),
            sentence: Some(k),
        } = self.place(q)
        else {
            return Vec::new();
        };
        let src = &self.deck.sources[n - 1];
        let block = src.sentences[k - 1].block;
        src.sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.block == block)
            .map(|(i, s)| (s.text.clone(), i + 1 == k))
            .collect()
    }
}
