//! The app's places as hash routes, so they work from any static host or a
//! folder, the back button works and a reload keeps the place:
//! `#/`, `#/practice`, `#/test`, `#/test?seed=42`, `#/flashcards`,
//! `#/mistakes`, `#/progress`, `#/read`, `#/read/2` (the second source),
//! `#/read/2#14` (its 14th sentence), and for the classroom `#/teach`,
//! `#/quiz/<code>?title=…` (a shared quiz), `#/print/<code>` (its worksheet),
//! `#/print/<code>?key` (its answer key) and `#/class` (the results).

#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// The teacher's quiz builder.
    Teach,
    /// A shared quiz: its code, title, and the name of the deck it was
    /// made from when that is not the built-in one (so a student who lacks
    /// it is told which deck file to import).
    Quiz {
        code: String,
        title: String,
        deck: String,
    },
    /// A shared quiz's worksheet, or its answer key.
    Print {
        code: String,
        title: String,
        key: bool,
    },
    /// The class view of result codes.
    Class,
    /// Your own texts into a deck.
    Texts,
    NotFound,
}

/// `%XX` and `+` decoded (for a title in the address).
fn unescape(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                match u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap_or("zz"), 16)
                {
                    Ok(v) => {
                        out.push(v);
                        i += 2;
                    }
                    Err(_) => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Escapes a title for the address (letters, digits and `-_.~` stay).
fn escape(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
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
        let param = |name: &str| {
            query.split('&').find_map(|kv| match kv.split_once('=') {
                Some((k, v)) if k == name => Some(v),
                None if kv == name => Some(""),
                _ => None,
            })
        };
        let seed = param("seed").and_then(|v| v.parse().ok());
        let title = param("title").map(unescape).unwrap_or_default();
        match (first, second) {
            ("", None) => Route::Home,
            ("practice", None) => Route::Practice,
            ("test", None) => Route::Test { seed },
            ("flashcards", None) => Route::Flashcards,
            ("mistakes", None) => Route::Mistakes,
            ("progress", None) => Route::Progress,
            ("teach", None) => Route::Teach,
            ("class", None) => Route::Class,
            ("texts", None) => Route::Texts,
            ("quiz", Some(code)) => Route::Quiz {
                code: code.to_string(),
                title,
                deck: param("deck").map(unescape).unwrap_or_default(),
            },
            ("print", Some(code)) => Route::Print {
                code: code.to_string(),
                title,
                key: param("key").is_some(),
            },
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
            Route::Teach => "#/teach".into(),
            Route::Class => "#/class".into(),
            Route::Texts => "#/texts".into(),
            Route::Quiz { code, title, deck } => {
                let q: Vec<String> = [("title", title), ("deck", deck)]
                    .iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(k, v)| format!("{k}={}", escape(v)))
                    .collect();
                if q.is_empty() {
                    format!("#/quiz/{code}")
                } else {
                    format!("#/quiz/{code}?{}", q.join("&"))
                }
            }
            Route::Print { code, title, key } => {
                let mut q = Vec::new();
                if !title.is_empty() {
                    q.push(format!("title={}", escape(title)));
                }
                if *key {
                    q.push("key".to_string());
                }
                if q.is_empty() {
                    format!("#/print/{code}")
                } else {
                    format!("#/print/{code}?{}", q.join("&"))
                }
            }
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
        let classroom = [
            Route::Teach,
            Route::Class,
            Route::Texts,
            Route::Quiz {
                code: "AB12-CD".into(),
                title: "Week 3: ISIS-K & the 26 August attack".into(),
                deck: String::new(),
            },
            Route::Quiz {
                code: "AB12-CD".into(),
                title: String::new(),
                deck: "Bridges (2020)".into(),
            },
            Route::Print {
                code: "AB12-CD".into(),
                title: "Quiz".into(),
                key: true,
            },
            Route::Print {
                code: "AB12".into(),
                title: String::new(),
                key: false,
            },
        ];
        for r in all.into_iter().chain(classroom) {
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
