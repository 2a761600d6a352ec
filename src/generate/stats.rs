//! What the gate needs to know about a whole text, counted once: how often
//! each word occurs, which capitalised words stand alone (a surname used by
//! itself), which follow "in"/"at" (places) or a title (people). The gate's
//! checks then cost a lookup, not a pass over the text, so a long text is
//! still gated in linear time.

use super::lexicon as lx;
use crate::text::Lower;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Default, Clone)]
pub struct TextStats {
    counts: HashMap<String, u32>,
    lower_counts: HashMap<String, u32>,
    alone: HashSet<String>,
    proper: HashSet<String>,
    after_place_word: HashSet<String>,
    after_title: HashSet<String>,
    /// Every run of capitalised words ("New Mexico State"), and every part
    /// of one up to five words ("Mexico State"), with how often it occurs.
    runs: HashMap<String, u32>,
    /// Sentences, roughly (". " boundaries), at least 1.
    pub sentences: usize,
    /// The text's length in bytes.
    pub len: usize,
}

/// A token without surrounding punctuation or a possessive ending.
fn bare(raw: &str) -> &str {
    let w = raw.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix("’s")
        .or_else(|| w.strip_suffix("'s"))
        .unwrap_or(w)
}

fn capital(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

impl TextStats {
    /// How far into the text a byte offset is, 0 (start) to 1 (end).
    pub fn position_of(&self, at: usize) -> f32 {
        (at as f32 / self.len.max(1) as f32).min(1.0)
    }

    pub fn new(text: &str) -> TextStats {
        let raws: Vec<&str> = text.split_whitespace().collect();
        let words: Vec<&str> = raws.iter().map(|r| bare(r)).collect();
        let mut st = TextStats {
            sentences: text.matches(". ").count().max(1),
            len: text.len(),
            ..TextStats::default()
        };
        let mut run: Vec<&str> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            if capital(w) {
                run.push(w);
            }
            let ends = !capital(w) || raws[i].ends_with([',', '.', ';', ':', ')', '"', '”']);
            if ends && !run.is_empty() {
                st.count_runs(&run);
                run.clear();
            }
            if w.is_empty() {
                continue;
            }
            *st.counts.entry((*w).to_string()).or_default() += 1;
            *st.lower_counts.entry(w.lower()).or_default() += 1;
            if !capital(w) {
                continue;
            }
            let prev_raw = i.checked_sub(1).map(|j| raws[j]);
            let prev = i.checked_sub(1).map(|j| words[j]).unwrap_or("");
            let prev_ends_clause =
                prev_raw.is_none_or(|r| r.ends_with([',', '.', ';', ':', '(', ')', '"', '“', '”']));
            let prev_cap = capital(prev) && !prev_ends_clause;
            let next_cap = words.get(i + 1).is_some_and(|n| capital(n))
                && !raws[i].ends_with([',', '.', ';', ':', ')', '"', '”']);
            if !prev_cap && !next_cap {
                st.alone.insert((*w).to_string());
            }
            if prev_raw.is_some_and(|r| r.ends_with(','))
                || prev.chars().next().is_some_and(char::is_lowercase)
            {
                st.proper.insert((*w).to_string());
            }
            let p = prev.lower();
            let pp = i
                .checked_sub(2)
                .map(|j| words[j].lower())
                .unwrap_or_default();
            let place_word = |x: &str| matches!(x, "in" | "at" | "near" | "across" | "throughout");
            if place_word(&p) || (p == "the" && place_word(&pp)) {
                st.after_place_word.insert((*w).to_string());
            }
            if lx::PERSON_TITLES.contains(&p.as_str()) {
                st.after_title.insert((*w).to_string());
            }
        }
        st
    }

    fn count_runs(&mut self, run: &[&str]) {
        for a in 0..run.len() {
            for b in a + 1..=run.len().min(a + 5) {
                *self.runs.entry(run[a..b].join(" ")).or_default() += 1;
            }
        }
    }

    /// How often a name is written, whole, in the text: a run of
    /// capitalised words or a part of one ("Mexico State" in "New Mexico
    /// State" counts).
    pub fn run_count(&self, name: &str) -> u32 {
        self.runs_of(&name_words(name))
    }

    fn runs_of(&self, ws: &[&str]) -> u32 {
        self.runs.get(&ws.join(" ")).copied().unwrap_or(0)
    }

    /// How often a name is given: written whole (`run_count`), or, for a
    /// name of two words or more, by its last word alone where the text uses
    /// it so and it is no head word ("Kessler" for "Anna Kessler", but not
    /// "State" for "Colorado State").
    pub fn times_named(&self, name: &str) -> u32 {
        let ws = name_words(name);
        let n = self.runs_of(&ws);
        match ws.last() {
            Some(last)
                if ws.len() >= 2
                    && last.chars().count() >= 4
                    && !lx::contains(lx::ORG_HEADS, &last.lower())
                    && !lx::contains(lx::PLACE_HEADS, &last.lower())
                    && self.stands_alone(last) =>
            {
                n.max(self.count(last))
            }
            _ => n,
        }
    }

    pub fn count(&self, w: &str) -> u32 {
        self.counts.get(bare(w)).copied().unwrap_or(0)
    }

    /// How often a word occurs, in any case.
    pub fn count_any_case(&self, w: &str) -> u32 {
        self.lower_counts
            .get(&bare(w).lower())
            .copied()
            .unwrap_or(0)
    }

    /// How often a name occurs: by its last word when that is a distinctive
    /// capitalised word, else by its rarest word.
    pub fn name_count(&self, name: &str) -> u32 {
        let ws = name_words(name);
        let Some(last) = ws.last() else { return 0 };
        if last.chars().count() >= 4 && capital(last) {
            return self.count(last);
        }
        ws.iter().map(|w| self.count(w)).min().unwrap_or(0)
    }

    /// Every word of the name occurs in the text.
    pub fn has_words_of(&self, name: &str) -> bool {
        name_words(name).iter().all(|w| self.count(w) > 0)
    }

    /// A capitalised word the text also writes capitalised inside a sentence.
    pub fn is_proper(&self, w: &str) -> bool {
        self.proper.contains(bare(w))
    }

    /// The word stands alone somewhere (not inside a longer capitalised name).
    pub fn stands_alone(&self, w: &str) -> bool {
        self.alone.contains(bare(w))
    }

    /// The name follows "in", "at", "near" somewhere: used as a place.
    pub fn used_as_place(&self, name: &str) -> bool {
        name.split_whitespace()
            .next()
            .is_some_and(|w| self.after_place_word.contains(bare(w)))
    }

    /// The name follows a title somewhere ("Dr X").
    pub fn titled(&self, name: &str) -> bool {
        name.split_whitespace()
            .next()
            .is_some_and(|w| self.after_title.contains(bare(w)))
    }
}

/// A name's words without their punctuation ("Kessler's" is "Kessler").
fn name_words(name: &str) -> Vec<&str> {
    name.split_whitespace()
        .map(bare)
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_places_and_titles_are_seen() {
        let s = TextStats::new("Anna Kessler met him at Port Vale. Later, Kessler left for Dr Lund's house in Northbridge.");
        assert!(s.stands_alone("Kessler"));
        assert!(!s.stands_alone("Anna"));
        assert!(s.used_as_place("Port Vale"));
        assert!(s.used_as_place("Northbridge"));
        assert!(s.titled("Lund"));
        assert_eq!(s.name_count("Anna Kessler"), 2);
        assert!(s.is_proper("Kessler"));
        assert_eq!(s.run_count("Anna Kessler"), 1);
        assert_eq!(s.run_count("Kessler"), 2);
        assert_eq!(s.run_count("Port Vale"), 1);
        assert_eq!(s.run_count("Vale Kessler"), 0);
        assert_eq!(s.times_named("Anna Kessler"), 2, "by the surname too");
        let teams = TextStats::new("They beat Kent State at home. Then they lost at Ohio State, and Kent State won the league.");
        assert_eq!(teams.times_named("Ohio State"), 1, "a head word is no name");
        assert_eq!(teams.times_named("Kent State"), 2);
        assert!(
            teams.name_count("Ohio State") > 1,
            "as a surname it would count"
        );
    }
}
