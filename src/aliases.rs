//! Alias table: groups of names that the corpus uses for the same thing
//! ("ISIS-K" = "ISKP" = "Islamic State Khorasan Province").
//!
//! Built by extraction from the texts, used by the checker and the generator.

use serde::{Deserialize, Serialize};

/// Groups of equivalent surface forms. Lookup is by the checker's normal form
/// (see [`crate::check::normalize`]), so "ISIS‑K", "isis-k" and "ISIS K" meet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Aliases {
    groups: Vec<Vec<String>>,
    /// Names the texts call a region ("the department of Ostrava"), in the
    /// checker's normal form: a place answer may be followed by one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    regions: Vec<String>,
    /// normal form -> group index; rebuilt on every change.
    #[serde(skip)]
    index: std::collections::HashMap<String, usize>,
}

impl Aliases {
    pub fn new() -> Self {
        Self::default()
    }

    /// Declares that `a` and `b` name the same thing. Groups that share a
    /// form are merged, so aliasing is transitive.
    pub fn add(&mut self, a: &str, b: &str) {
        let (a, b) = (a.trim(), b.trim());
        if a.is_empty() || b.is_empty() {
            return;
        }
        let (ka, kb) = (crate::check::normalize(a), crate::check::normalize(b));
        if ka.is_empty() || kb.is_empty() || ka == kb {
            return;
        }
        let ia = self.group_index(&ka);
        let ib = self.group_index(&kb);
        self.apply(ia, ib, a, b);
        self.reindex();
    }

    /// Records that the texts call `name` a region.
    pub fn add_region(&mut self, name: &str) {
        let k = crate::check::normalize(name);
        if !k.is_empty() && !self.regions.contains(&k) {
            self.regions.push(k);
        }
    }

    /// The texts call `name` a region.
    pub fn is_region(&self, name: &str) -> bool {
        let k = crate::check::normalize(name);
        self.regions.contains(&k)
    }

    /// Rebuilds the lookup index after the groups were read back (it is not stored).
    pub fn reindex(&mut self) {
        self.index.clear();
        for (i, g) in self.groups.iter().enumerate() {
            for f in g {
                self.index.insert(crate::check::normalize(f), i);
            }
        }
    }

    fn apply(&mut self, ia: Option<usize>, ib: Option<usize>, a: &str, b: &str) {
        match (ia, ib) {
            (Some(i), Some(j)) if i == j => {}
            (Some(i), Some(j)) => {
                let (lo, hi) = if i < j { (i, j) } else { (j, i) };
                let moved = self.groups.remove(hi);
                self.groups[lo].extend(moved);
            }
            (Some(i), None) => self.groups[i].push(b.to_string()),
            (None, Some(j)) => self.groups[j].push(a.to_string()),
            (None, None) => self.groups.push(vec![a.to_string(), b.to_string()]),
        }
    }

    fn group_index(&self, key: &str) -> Option<usize> {
        if self.index.is_empty() && !self.groups.is_empty() {
            // deserialized table: index lazily by scanning
            return self
                .groups
                .iter()
                .position(|g| g.iter().any(|f| crate::check::normalize(f) == key));
        }
        self.index.get(key).copied()
    }

    /// Every other form of `name` the corpus uses (not including `name`).
    pub fn forms_of(&self, name: &str) -> Vec<String> {
        let key = crate::check::normalize(name);
        match self.group_index(&key) {
            Some(i) => self.groups[i]
                .iter()
                .filter(|f| crate::check::normalize(f) != key)
                .cloned()
                .collect(),
            None => Vec::new(),
        }
    }

    /// True when the two names are the same or aliases of each other.
    pub fn same(&self, a: &str, b: &str) -> bool {
        let (ka, kb) = (crate::check::normalize(a), crate::check::normalize(b));
        ka == kb
            || self
                .group_index(&ka)
                .is_some_and(|i| self.group_index(&kb) == Some(i))
    }

    /// The group of an already-normalized form, for hot loops.
    pub fn group_of_normal(&self, key: &str) -> Option<usize> {
        self.group_index(key)
    }

    pub fn groups(&self) -> &[Vec<String>] {
        &self.groups
    }
}
