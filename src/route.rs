//! The app's places as hash routes, so they work from any static host or a
//! folder, the back button works and a reload keeps the place:
//! `#/`, `#/practice`, `#/test`, `#/test?seed=42`, `#/flashcards`,
//! `#/mistakes`, `#/progress`, `#/read`, `#/read/2` (the second source) and
//! `#/read/2#14` (its 14th sentence).

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    Home,
    Practice,
    /// A test; `seed` fixes its questions (for a shared or reproducible test).
    Test {
        seed: Option<u64>,
    },
    Flashcards,
    Mistakes,
    Progress,
    /// Read: a source (1-based) and a sentence in it (1-based).
    Read {
        source: Option<usize>,
        sentence: Option<usize>,
    },
    NotFound,
}

impl Route {
    /// Reads a location hash (with or without the leading `#`). The address
    /// of the first version, `#seed=N`, still opens a test with that seed.
    pub fn parse(hash: &str) -> Route {
        let h = hash.strip_prefix('#').unwrap_or(hash);
        if let Some(seed) = h.strip_prefix("seed=") {
            return Route::Test {
                seed: seed.parse().ok(),
            };
        }
        let h = h.strip_prefix('/').unwrap_or(h);
        let (path, query) = h.split_once('?').unwrap_or((h, ""));
        let (path, anchor) = path.split_once('#').unwrap_or((path, ""));
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let first = parts.next().unwrap_or("");
        let second = parts.next();
        if parts.next().is_some() {
            return Route::NotFound;
        }
        let seed = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("seed="))
            .and_then(|v| v.parse().ok());
        match (first, second) {
            ("", None) => Route::Home,
            ("practice", None) => Route::Practice,
            ("test", None) => Route::Test { seed },
            ("flashcards", None) => Route::Flashcards,
            ("mistakes", None) => Route::Mistakes,
            ("progress", None) => Route::Progress,
            ("read", None) => Route::Read {
                source: None,
                sentence: None,
            },
            ("read", Some(n)) => match n.parse::<usize>() {
                Ok(n) if n > 0 => Route::Read {
                    source: Some(n),
                    sentence: anchor.parse().ok().filter(|s| *s > 0),
                },
                _ => Route::NotFound,
            },
            _ => Route::NotFound,
        }
    }

    /// The hash for this place (`parse(r.hash()) == r`).
    pub fn hash(&self) -> String {
        match self {
            Route::Home | Route::NotFound => "#/".into(),
            Route::Practice => "#/practice".into(),
            Route::Test { seed: None } => "#/test".into(),
            Route::Test { seed: Some(s) } => format!("#/test?seed={s}"),
            Route::Flashcards => "#/flashcards".into(),
            Route::Mistakes => "#/mistakes".into(),
            Route::Progress => "#/progress".into(),
            Route::Read {
                source: None,
                sentence: _,
            } => "#/read".into(),
            Route::Read {
                source: Some(n),
                sentence: None,
            } => format!("#/read/{n}"),
            Route::Read {
                source: Some(n),
                sentence: Some(s),
            } => format!("#/read/{n}#{s}"),
        }
    }
}

/// Where each kind of session is played.
impl From<crate::progress::Mode> for Route {
    fn from(mode: crate::progress::Mode) -> Route {
        use crate::progress::Mode;
        match mode {
            Mode::Practice => Route::Practice,
            Mode::Test => Route::Test { seed: None },
            Mode::Flashcards => Route::Flashcards,
            Mode::Mistakes => Route::Mistakes,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_place_round_trips() {
        let all = [
            Route::Home,
            Route::Practice,
            Route::Test { seed: None },
            Route::Test { seed: Some(42) },
            Route::Flashcards,
            Route::Mistakes,
            Route::Progress,
            Route::Read {
                source: None,
                sentence: None,
            },
            Route::Read {
                source: Some(2),
                sentence: None,
            },
            Route::Read {
                source: Some(2),
                sentence: Some(14),
            },
        ];
        for r in all {
            assert_eq!(Route::parse(&r.hash()), r, "{}", r.hash());
        }
    }

    #[test]
    fn odd_addresses() {
        assert_eq!(Route::parse(""), Route::Home);
        assert_eq!(Route::parse("#"), Route::Home);
        assert_eq!(Route::parse("#seed=7"), Route::Test { seed: Some(7) });
        assert_eq!(Route::parse("#/nowhere"), Route::NotFound);
        assert_eq!(Route::parse("#/read/0"), Route::NotFound);
        assert_eq!(Route::parse("#/read/x"), Route::NotFound);
        assert_eq!(Route::parse("#/practice/extra"), Route::NotFound);
        assert_eq!(
            Route::parse("#/read/3#abc"),
            Route::Read {
                source: Some(3),
                sentence: None
            }
        );
    }
}
