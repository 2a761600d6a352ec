//! Fact extraction: sentences -> typed answer spans (facts), aliases and
//! cross-source links.
//!
//! Works from the shape of English prose: capitalisation, numbers and their
//! qualifiers, date expressions, a few closed-class words (articles,
//! prepositions, pronouns, titles) and general relation patterns ("X, or Y",
//! "X (Y)", "known as", "refers to", "stands for"). Nothing here names a
//! particular document.

use crate::aliases::Aliases;
use crate::kind::Kind;
use crate::text::Lower;
use crate::text::{month_number, BlockKind, Date, Sentence, Source, WEEKDAYS};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};

mod phrases;
pub use phrases::{phrase_forms, PHRASE};

/// The relation of a game's score ("72–65"), one answer of two numbers.
pub const SCORE: &str = "score";

/// A fact: a sentence plus a typed answer span inside it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Stable id: derived from the file and the answer's byte range.
    pub id: String,
    /// Source file name.
    pub source: String,
    /// The sentence, verbatim (whitespace folded).
    pub sentence: String,
    /// The sentence's byte range in the source text.
    pub start: usize,
    pub end: usize,
    /// The answer span's text and its byte range in the source text.
    pub answer: String,
    pub answer_start: usize,
    pub answer_end: usize,
    pub kind: Kind,
    /// What the sentence is about (the referent of a leading pronoun, or
    /// the first name in the sentence other than the answer).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    /// A relation the sentence states ("refers to", "leader of", "number of Afghans"...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub relation: Option<String>,
    /// Other forms of the answer found in the corpus.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// Whose claim this is: "says X", "according to X", a transcript speaker.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<String>,
    pub confidence: f32,
    /// The preceding sentence, when this one needs it to be understood.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
    /// How a leading pronoun or "the group" was resolved: (the words, the referent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved: Option<(String, String)>,
    /// A relative date ("Thursday") resolved against the document's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resolved_date: Option<String>,
    /// Ids of facts in other sources that state the same thing.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<String>,
    /// True when a related fact gives a different figure or date.
    #[serde(default)]
    pub disagrees: bool,
    /// From an image caption rather than body text.
    #[serde(default)]
    pub caption: bool,
    /// The sentence with the answer span's position in display text
    /// (markdown links removed): `display[answer_at.0..answer_at.1] == answer`.
    pub display: String,
    pub answer_at: (usize, usize),
    /// Bytes at the start of `display` taken by the preceding sentence when
    /// the generator shows it before this one as its context (0: none).
    #[serde(skip)]
    pub shown_context: usize,
}

/// A word token of a sentence's display text.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    s: usize,
    e: usize,
    w: &'a str,
}

fn tokenize(t: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let b = t.as_bytes();
    let mut i = 0;
    while i < t.len() {
        let c = t[i..].chars().next().unwrap_or(' ');
        if c.is_alphanumeric() || c == '$' {
            let s = i;
            i += c.len_utf8();
            while i < t.len() {
                let c2 = t[i..].chars().next().unwrap_or(' ');
                if c2.is_alphanumeric() {
                    i += c2.len_utf8();
                } else if matches!(c2, '-' | '\'' | '’' | '.' | ',' | '%') {
                    // keep internal joiners: 11,700  U.S.  al-Muhajir  ISIS-K  2.5  don't
                    let next = t[i + c2.len_utf8()..].chars().next();
                    let joins = match c2 {
                        ',' => {
                            t[s..i]
                                .chars()
                                .all(|x| x.is_ascii_digit() || x == ',' || x == '$')
                                && next.is_some_and(|n| n.is_ascii_digit())
                                && t[i + 1..].chars().take_while(char::is_ascii_digit).count() == 3
                        }
                        '.' => {
                            next.is_some_and(|n| n.is_alphanumeric())
                                || (i - s <= 2
                                    && t[s..i].chars().all(char::is_alphabetic)
                                    && t[s..i].chars().all(char::is_uppercase)
                                    && s + 1 < i)
                                || is_dotted_acronym(&t[s..i])
                        }
                        '%' => true,
                        _ => next.is_some_and(char::is_alphanumeric),
                    };
                    if !joins {
                        break;
                    }
                    i += c2.len_utf8();
                    if c2 == '%' {
                        break;
                    }
                } else {
                    break;
                }
            }
            out.push(Tok {
                s,
                e: i,
                w: &t[s..i],
            });
            let _ = b;
        } else {
            i += c.len_utf8();
        }
    }
    out
}

/// "U.S", "U.N", "a.m" (before the final dot).
fn is_dotted_acronym(w: &str) -> bool {
    let parts: Vec<&str> = w.split('.').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// "al-Muhajir", "bin-Laden": a lowercase particle joined to a capitalised name.
fn is_particle_name(w: &str) -> bool {
    ["al-", "el-", "bin-", "ibn-", "ad-", "as-", "ash-"]
        .iter()
        .any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
        })
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(w: &str) -> bool {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && w.chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase)
}

const STOP_CAPS: &[&str] = &[
    "The",
    "A",
    "An",
    "And",
    "But",
    "Or",
    "In",
    "On",
    "At",
    "Of",
    "For",
    "To",
    "From",
    "By",
    "With",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Since",
    "This",
    "That",
    "These",
    "Those",
    "It",
    "Its",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "There",
    "Here",
    "What",
    "Who",
    "Why",
    "How",
    "Where",
    "Which",
    "Yes",
    "No",
    "Not",
    "So",
    "Then",
    "Now",
    "Even",
    "Also",
    "Still",
    "Yet",
    "Some",
    "Many",
    "Most",
    "All",
    "One",
    "Two",
    "Three",
    "Other",
    "Another",
    "Each",
    "Every",
    "Both",
    "Such",
    "According",
    "Despite",
    "However",
    "Although",
    "Though",
    "Because",
    "Until",
    "During",
    "Over",
    "Under",
    "Again",
    "Just",
    "Only",
    "Right",
    "Well",
    "Okay",
    "Ok",
    "Let",
    "Let’s",
    "Let's",
    "Do",
    "Does",
    "Did",
    "Is",
    "Are",
    "Was",
    "Were",
    "Be",
    "Has",
    "Have",
    "Had",
    "Can",
    "Could",
    "Will",
    "Would",
    "Should",
    "May",
    "Might",
    "Must",
    "Among",
    "Against",
    "Into",
    "About",
    "Through",
    "Across",
    "Like",
    "Unlike",
    "More",
    "Less",
    "Much",
    "First",
    "Last",
    "Next",
    "Once",
    "Starting",
    "Especially",
    "Meanwhile",
    "Instead",
    "Indeed",
    "Perhaps",
    "Maybe",
    "Already",
    "Within",
    "Without",
    "Today",
    "Tomorrow",
    "Yesterday",
    "Formally",
    "Current",
    "Former",
    "Whether",
    "Whatever",
    "Whoever",
    "Those",
    "Almost",
    "Nearly",
    "Around",
    "Prior",
    "Further",
    "Thus",
    "Hence",
    "Moreover",
    "Given",
    "Including",
    "Several",
    "Few",
    "Any",
    "No one",
    "Nobody",
    "Everyone",
    "Someone",
    "Their",
    "Them",
    "Him",
    "Me",
    "Us",
];

const PARTICLES: &[&str] = &[
    "al", "bin", "ibn", "de", "da", "del", "der", "van", "von", "la", "le", "du", "of", "the",
    "and", "in", "for", "el", "abu",
];

const TITLES: &[&str] = &[
    "President",
    "Gen.",
    "General",
    "Mullah",
    "Dr.",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Sen.",
    "Senator",
    "Secretary",
    "Minister",
    "Sheikh",
    "Col.",
    "Colonel",
    "Lt.",
    "Lieutenant",
    "Capt.",
    "Captain",
    "Maj.",
    "Major",
    "Adm.",
    "Admiral",
    "Gov.",
    "Governor",
    "Rep.",
    "Prof.",
    "Professor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "Judge",
    "Justice",
    "Sgt.",
    "Sergeant",
    "Mayor",
    "Chancellor",
    "Ambassador",
    "Commander",
    "Emir",
    "Amir",
    "Sir",
    "Lord",
    "Lady",
    "Saint",
    "St.",
    "Chief",
    "Speaker",
    "Premier",
    "Bishop",
    "Rabbi",
    "Imam",
    "Father",
    "Sister",
    "Brother",
    "Mawlawi",
    "Maulvi",
];

const ORG_WORDS: &[&str] = &[
    "University",
    "College",
    "Council",
    "Network",
    "Corporation",
    "Corp",
    "Department",
    "Program",
    "Programme",
    "Group",
    "Party",
    "Agency",
    "Ministry",
    "Office",
    "Army",
    "Forces",
    "Force",
    "Navy",
    "Embassy",
    "Mission",
    "Committee",
    "Institute",
    "Institution",
    "Company",
    "Inc",
    "LLC",
    "Ltd",
    "Times",
    "News",
    "Post",
    "Bank",
    "Court",
    "Assembly",
    "Commission",
    "Union",
    "Organization",
    "Organisation",
    "Front",
    "Movement",
    "Brigade",
    "Administration",
    "Government",
    "Association",
    "Society",
    "Foundation",
    "Center",
    "Centre",
    "Team",
    "Club",
    "Church",
    "Service",
    "Services",
    "Bureau",
    "Board",
    "Authority",
    "Congress",
    "Parliament",
    "Senate",
    "Cabinet",
    "Federation",
    "League",
    "Alliance",
    "Coalition",
    "Academy",
    "School",
    "Museum",
    "Library",
    "Hospital",
    "Press",
    "Journal",
    "Magazine",
    "Review",
    "Institute",
    "Pentagon",
    "Taliban",
    "Qaeda",
    "State",
    "Emirate",
    "Caliphate",
];

const PLACE_WORDS: &[&str] = &[
    "Airport",
    "Province",
    "City",
    "River",
    "Mountains",
    "Mountain",
    "Street",
    "Valley",
    "Island",
    "Islands",
    "County",
    "Region",
    "Lake",
    "Bay",
    "Sea",
    "Ocean",
    "Desert",
    "Peninsula",
    "Gulf",
    "Coast",
    "Park",
    "Square",
    "Bridge",
    "District",
    "Territory",
    "Kingdom",
    "Republic",
    "Gate",
    "Hills",
    "Canyon",
    "Strait",
    "Harbor",
    "Harbour",
    "Port",
    "Avenue",
    "Road",
    "Palace",
    "Castle",
    "Tower",
    "Stadium",
    "Station",
];

const ORG_NOUNS_BEFORE: &[&str] = &[
    "newspaper",
    "magazine",
    "journal",
    "company",
    "firm",
    "group",
    "band",
    "agency",
    "publisher",
    "broadcaster",
    "network",
    "party",
    "team",
    "club",
    "charity",
    "organization",
    "organisation",
    "outlet",
    "channel",
    "website",
    "bank",
    "carrier",
    "airline",
    "brand",
];

/// Words after which a noun phrase has ended.
const FUNCTION_WORDS: &[&str] = &[
    "of", "in", "on", "at", "with", "was", "is", "has", "had", "and", "or", "that", "which", "who",
    "to", "for", "by", "from", "as", "were", "are", "will", "would", "could", "can", "may",
    "might", "but", "so", "than", "into", "after", "before", "since", "while", "have", "be",
    "been", "said", "says", "claimed", "killed",
];

const HEAD_NOUNS: &[&str] = &[
    "network",
    "group",
    "movement",
    "agreement",
    "accord",
    "treaty",
    "deal",
    "party",
    "army",
    "province",
    "provinces",
    "office",
    "council",
    "attack",
    "bombing",
    "war",
    "offensive",
    "campaign",
    "program",
    "programme",
    "project",
    "company",
    "agency",
    "region",
    "valley",
    "river",
    "airport",
    "faction",
];

const DIRECTIONS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "central",
];

const PLACE_PREPS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "to",
    "across",
    "into",
    "outside",
    "inside",
    "throughout",
    "toward",
    "towards",
];

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("million", 1_000_000),
    ("billion", 1_000_000_000),
    ("dozen", 12),
    ("dozens", 12),
    ("hundreds", 100),
    ("thousands", 1000),
];

const QUALIFIERS: &[&str] = &[
    "at least",
    "at most",
    "more than",
    "less than",
    "fewer than",
    "well more than",
    "well over",
    "over",
    "under",
    "some",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "up to",
    "as many as",
    "as few as",
    "as low as",
    "as high as",
    "as much as",
    "an estimated",
    "upwards of",
    "close to",
    "just over",
    "just under",
    "only",
    "a further",
    "another",
];

const UNITS: &[&str] = &[
    "years",
    "year",
    "months",
    "month",
    "weeks",
    "week",
    "days",
    "day",
    "hours",
    "hour",
    "decades",
    "decade",
    "centuries",
    "century",
    "minutes",
    "percent",
    "per",
    "miles",
    "mile",
    "kilometers",
    "kilometres",
    "km",
    "meters",
    "metres",
    "feet",
    "pounds",
    "kilograms",
    "tons",
    "dollars",
];

const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "its", "their",
    "him", "them", "there",
];

/// "thirteen", "hundred", "dozen"...
pub fn is_number_word(w: &str) -> bool {
    number_word(w).is_some()
}

/// The word for a number from zero to twenty ("20" -> "twenty").
pub fn number_name(n: u64) -> Option<&'static str> {
    match n {
        0 => Some("zero"),
        1..=20 => NUMBER_WORDS.iter().find(|(_, v)| *v == n).map(|(w, _)| *w),
        _ => None,
    }
}

pub fn number_word(w: &str) -> Option<u64> {
    if w.len() > 9 || !w.is_ascii() {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(w))
        .map(|(_, v)| *v)
}

/// QUALIFIERS and "between", longest first, so "well more than" wins over "more than".
fn qualifiers_longest_first() -> &'static [&'static str] {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SORTED.get_or_init(|| {
        let mut q: Vec<&str> = QUALIFIERS
            .iter()
            .chain(["between"].iter())
            .copied()
            .collect();
        crate::order::sort_by_key(&mut q, |q| [-(q.len() as i64), 0]);
        q
    })
}

fn is_numeric_tok(w: &str) -> bool {
    let core = w.trim_start_matches('$').trim_end_matches('%');
    !core.is_empty()
        && core.chars().next().is_some_and(|c| c.is_ascii_digit())
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || c == ',' || c == '.')
}

fn is_year(w: &str) -> bool {
    w.len() == 4
        && w.chars().all(|c| c.is_ascii_digit())
        && matches!(w.parse::<u32>(), Ok(1000..=2100))
}

/// A candidate answer span inside a sentence (display-text byte offsets).
#[derive(Debug, Clone)]
struct Span {
    s: usize,
    e: usize,
    kind: Kind,
    relation: Option<String>,
    conf: f32,
}

const ROLE_WORDS: &[&str] = &[
    "leader",
    "head",
    "founder",
    "co-founder",
    "governor",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "director",
    "director-general",
    "chief",
    "commander",
    "president",
    "minister",
    "secretary",
    "fellow",
    "expert",
    "emir",
    "chairman",
    "chairwoman",
    "ceo",
    "editor",
    "professor",
    "ambassador",
    "adviser",
    "advisor",
    "analyst",
    "researcher",
    "author",
    "deputy",
    "general",
    "member",
    "engineer",
    "architect",
    "mayor",
];

/// Relations stated around names, recorded on the name's span:
/// appositive roles ("Andrew Mines, a research fellow at …,"), a role before
/// a name ("ISIS leader Abu Bakr al-Baghdadi"), "X claimed responsibility for
/// Y"; and "X is a Y" definitions, added as spans of their own.
fn relations(t: &str, spans: &mut Vec<Span>) {
    let lower = t.lower();
    let is_name = |k: Kind| matches!(k, Kind::Person | Kind::Organization | Kind::Place);
    let mut extra = Vec::new();
    for span in spans.iter_mut() {
        if !is_name(span.kind) || span.relation.is_some() {
            continue;
        }
        let (s, e) = (span.s, span.e);
        // ", the leader of the group," / ", a research fellow at X," right after a person
        if span.kind == Kind::Person {
            if let Some(rest) = t[e..].strip_prefix(", ") {
                let end = rest.find([',', ';', '.', '—', '(']).unwrap_or(rest.len());
                let phrase = rest[..end].trim();
                let words: Vec<&str> = phrase.split_whitespace().collect();
                if (2..=12).contains(&words.len())
                    && matches!(words[0].lower().as_str(), "the" | "a" | "an")
                    && words.iter().take(4).any(|w| {
                        ROLE_WORDS.contains(
                            &w.lower()
                                .trim_matches(|c: char| !c.is_alphanumeric() && c != '-'),
                        )
                    })
                {
                    span.relation = Some(format!("role: {phrase}"));
                    continue;
                }
            }
            // "ISIS leader Abu Bakr al-Baghdadi", "the engineer Gustave Eiffel"
            let before: Vec<&str> = t[..s].split_whitespace().rev().take(2).collect();
            if before
                .first()
                .is_some_and(|w| ROLE_WORDS.contains(&w.lower().as_str()))
            {
                let phrase = before
                    .iter()
                    .rev()
                    .copied()
                    .filter(|w| !matches!(*w, "the" | "The" | "a" | "an"))
                    .collect::<Vec<_>>()
                    .join(" ");
                span.relation = Some(format!(
                    "role: {}",
                    phrase.trim_start_matches(|c: char| !c.is_alphanumeric())
                ));
                continue;
            }
        }
        // "X is a Y" at the start of the sentence: a definition of X
        let starts = s == 0 || t[..s].trim() == "The" || t[..s].trim().is_empty();
        if starts {
            for verb in [" is ", " was ", " are ", " were "] {
                if let Some(rest) = t[e..].strip_prefix(verb) {
                    let art = ["a ", "an ", "the "].iter().find(|a| rest.starts_with(**a));
                    if art.is_some() {
                        let ys = e + verb.len();
                        let ye = clause_end(t, ys);
                        let n = t[ys..ye].split_whitespace().count();
                        if (2..=12).contains(&n) {
                            extra.push(Span {
                                s: ys,
                                e: ye,
                                kind: Kind::Definition,
                                relation: Some(format!(
                                    "what {} {}",
                                    lower_article(&t[s..e]),
                                    verb.trim()
                                )),
                                conf: 0.7,
                            });
                        }
                    }
                    break;
                }
            }
        }
    }
    spans.extend(extra);
    // "X (…) claimed responsibility for Y": X is the nearest name before the verb,
    // outside parentheses, in the same clause.
    if let Some(p) = lower.find(" claimed responsibility") {
        let inside_parens = |x: usize| t[..x].matches('(').count() > t[..x].matches(')').count();
        let subject = spans
            .iter()
            .enumerate()
            .filter(|(_, sp)| is_name(sp.kind) && sp.e <= p && !inside_parens(sp.s))
            .max_by_key(|(_, sp)| sp.e)
            .map(|(i, _)| i);
        if let Some(i) = subject {
            let between = &t[spans[i].e..p];
            let outside: String = between.split('(').next().unwrap_or("").to_string()
                + between
                    .rsplit(')')
                    .next()
                    .filter(|_| between.contains(')'))
                    .unwrap_or("");
            if outside.len() <= 40
                && !outside.contains([',', '.', ';'])
                && spans[i].relation.is_none()
            {
                let after = &t[p + " claimed responsibility".len()..];
                let what = after.strip_prefix(" for ").map(|a| {
                    a[..a.find([',', '.', ';']).unwrap_or(a.len())]
                        .trim()
                        .to_string()
                });
                spans[i].relation = Some(match what {
                    Some(w) if !w.is_empty() => format!("claimed responsibility for {w}"),
                    _ => "claimed responsibility".into(),
                });
            }
        }
    }
}

/// "United Nations Educational, Scientific and Cultural Organization (UNESCO)":
/// a name split at its commas is joined again when the acronym after it
/// spells the initials of the whole.
fn join_names_by_acronym(t: &str, spans: &mut Vec<Span>) {
    let is_name = |k: Kind| matches!(k, Kind::Person | Kind::Organization | Kind::Place);
    let mut order: Vec<usize> = (0..spans.len())
        .filter(|&i| is_name(spans[i].kind))
        .collect();
    order.sort_unstable_by_key(|&i| spans[i].s);
    for (n, &i) in order.iter().enumerate() {
        let after = t[spans[i].e..].trim_start();
        let Some(acr) = after.strip_prefix('(').and_then(|r| r.split(')').next()) else {
            continue;
        };
        if !is_acronym(acr) || acr.contains(' ') {
            continue;
        }
        let letters: String = acr.chars().filter(|c| c.is_alphabetic()).collect();
        // walk back over "X, Y and " pieces
        let mut start = spans[i].s;
        for &j in order[..n].iter().rev() {
            let gap = &t[spans[j].e..start];
            if !matches!(gap, ", " | " ") {
                break;
            }
            start = spans[j].s;
            let whole = &t[start..spans[i].e];
            if initials(strip_article(&whole.replace(',', ""))) == letters {
                spans.retain(|x| {
                    !(is_name(x.kind)
                        && x.s >= start
                        && x.e <= t.len()
                        && x.s < start + whole.len()
                        && x.s != start)
                        || x.relation.is_some()
                });
                if let Some(first) = spans.iter_mut().find(|x| is_name(x.kind) && x.s == start) {
                    first.e = start + whole.len();
                    first.kind = Kind::Organization;
                }
                return;
            }
        }
    }
}

/// A relative date in a sentence: its byte range and what it resolves to.
type ResolvedDate = (usize, usize, String);

/// Finds typed spans in one sentence's display text.
fn find_spans(t: &str, toks: &[Tok], doc_date: Option<Date>) -> (Vec<Span>, Vec<ResolvedDate>) {
    let mut spans = Vec::new();
    let mut resolved_dates = Vec::new();
    let lower: Vec<String> = toks.iter().map(|x| x.w.lower()).collect();
    let mut used = vec![false; toks.len()];

    // Dates: "June 2020", "April 26, 2021", "26 August 2021", years, "2016 to 2018", "mid-2016".
    let mut i = 0;
    while i < toks.len() {
        let w = toks[i].w;
        let start = i;
        let mut end = None;
        if month_number(w).is_some() && is_cap(w) && w.len() >= 3 {
            if let Some(n) = toks.get(i + 1) {
                if is_year(n.w) {
                    end = Some(i + 1);
                } else if n
                    .w
                    .trim_end_matches(',')
                    .parse::<u32>()
                    .is_ok_and(|d| (1..=31).contains(&d))
                {
                    end = Some(if toks.get(i + 2).is_some_and(|y| is_year(y.w)) {
                        i + 2
                    } else {
                        i + 1
                    });
                }
            }
        } else if w.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && toks
                .get(i + 1)
                .is_some_and(|m| month_number(m.w).is_some() && is_cap(m.w))
        {
            end = Some(if toks.get(i + 2).is_some_and(|y| is_year(y.w)) {
                i + 2
            } else {
                i + 1
            });
        } else if is_year(
            w.trim_start_matches("mid-")
                .trim_start_matches("early-")
                .trim_start_matches("late-"),
        ) && !toks
            .get(i + 1)
            .is_some_and(|n| UNITS.contains(&n.w) || lower[i + 1] == "people")
            // "there were 1081 suspected cases", "nearly 1500": a count, not a year
            && !(i > 0
                && matches!(
                    lower[i - 1].as_str(),
                    "were" | "are" | "was" | "is" | "had" | "have" | "has" | "about" | "nearly"
                        | "almost" | "over" | "than" | "approximately" | "around" | "least"
                ))
        {
            end = Some(i);
        }
        if let Some(mut e) = end {
            // spans: "2016 to 2018", "between 2015 and 2017", "from X to Y"
            let connector = lower.get(e + 1).map(String::as_str);
            if matches!(connector, Some("to" | "and" | "through" | "until"))
                && toks
                    .get(e + 2)
                    .is_some_and(|n| is_year(n.w.trim_start_matches("mid-")))
                && t[toks[e].e..toks[e + 2].s]
                    .trim()
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ')
            {
                e += 2;
            }
            let mut s = start;
            if s > 0
                && matches!(lower[s - 1].as_str(), "early" | "late" | "mid" | "between")
                && (lower[s - 1] != "between"
                    || matches!(lower.get(e - 1).map(String::as_str), Some("and")))
            {
                s -= 1;
            }
            spans.push(Span {
                s: toks[s].s,
                e: toks[e].e,
                kind: Kind::Date,
                relation: date_relation(&lower, s),
                conf: 0.9,
            });
            for u in used.iter_mut().take(e + 1).skip(s) {
                *u = true;
            }
            i = e + 1;
            continue;
        }
        // Relative years and months resolved against the document date.
        if let Some(d) = doc_date {
            let two = lower.get(i + 1).map(String::as_str).unwrap_or("");
            let resolved = match (lower[i].as_str(), two) {
                ("last", "year") => Some(format!("{}", d.year - 1)),
                ("this", "year") => Some(format!("{}", d.year)),
                ("next", "year") => Some(format!("{}", d.year + 1)),
                ("last", "month") => Some(
                    Date {
                        year: if d.month == 1 { d.year - 1 } else { d.year },
                        month: if d.month == 1 { 12 } else { d.month - 1 },
                        day: 0,
                    }
                    .human(),
                ),
                ("this", "month") => Some(Date { day: 0, ..d }.human()),
                _ => None,
            };
            if let Some(r) = resolved {
                resolved_dates.push((toks[i].s, toks[i + 1].e, r));
            }
        }
        // Relative weekdays resolved against the document date.
        if let Some(d) = doc_date.filter(|d| d.day > 0) {
            let lw = lower[i].trim_end_matches("’s").trim_end_matches("'s");
            if let Some(wd) = WEEKDAYS.iter().position(|x| *x == lw) {
                if is_cap(w) {
                    let back = (d.weekday() as i64 - wd as i64).rem_euclid(7);
                    let r = Date::from_ordinal(d.ordinal() - back);
                    resolved_dates.push((toks[i].s, toks[i].e, r.human()));
                }
            }
        }
        i += 1;
    }

    // Scores: "won 72–65" is one answer, not two numbers.
    for i in 0..toks.len().saturating_sub(1) {
        let (a, b) = (&toks[i], &toks[i + 1]);
        let gap = &t[a.e..b.s];
        let small = |w: &str| w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
        if !used[i]
            && !used[i + 1]
            && matches!(gap, "–" | "-" | "—")
            && small(a.w)
            && small(b.w)
            && !t[b.e..].starts_with(['–', '-', '/', '.'])
            && !t[..a.s].ends_with(['–', '-', '/', '.', '$'])
            // "2–3 articles" is a range of a count, not a score
            && !toks.get(i + 2).is_some_and(|n| {
                n.w.chars().next().is_some_and(char::is_lowercase)
                    && !matches!(
                        n.w,
                        "win" | "victory" | "loss" | "defeat" | "record" | "score" | "lead"
                            | "advantage" | "to" | "before" | "in" | "with" | "at" | "after"
                            | "over" | "and" | "on" | "for" | "against" | "margin"
                    )
            })
        {
            spans.push(Span {
                s: a.s,
                e: b.e,
                kind: Kind::Number,
                relation: Some(SCORE.to_string()),
                conf: 0.8,
            });
            used[i] = true;
            used[i + 1] = true;
        }
    }

    // Numbers with qualifier and noun.
    let mut i = 0;
    while i < toks.len() {
        if used[i] {
            i += 1;
            continue;
        }
        let w = toks[i].w;
        let numeric = is_numeric_tok(w) && !is_year(w);
        // "one" is a number only as a share ("about one percent")
        let share = lower
            .get(i + 1)
            .is_some_and(|n| matches!(n.as_str(), "percent" | "per" | "%"));
        let word_num = number_word(w).is_some_and(|v| v < 100 || (v % 10 != 0 && v < 1000))
            && (lower[i] != "one" || share)
            && lower[i] != "dozens";
        let slashed = t[..toks[i].s].ends_with('/') || t[toks[i].e..].starts_with('/');
        if !(numeric || word_num) || slashed {
            i += 1;
            continue;
        }
        let mut e = i;
        // multiword number: "1.5 million", "fourteen hundred", "two thousand"
        while toks
            .get(e + 1)
            .is_some_and(|n| number_word(n.w).is_some() && n.w.chars().all(char::is_lowercase))
            && e + 1 - i < 4
        {
            e += 1;
        }
        // "one percent", "20 per cent": the share is the answer, as "20%" is
        if lower.get(e + 1).is_some_and(|n| n == "percent") {
            e += 1;
        } else if lower.get(e + 1).is_some_and(|n| n == "per")
            && lower.get(e + 2).is_some_and(|n| n == "cent")
        {
            e += 2;
        }
        // ranges: "1,500 and 2,200" (with "between"), "1,500 to 2,200", "1,500-2,200"
        let mut s = i;
        if let (Some(c), Some(n)) = (lower.get(e + 1), toks.get(e + 2)) {
            if matches!(c.as_str(), "to" | "and")
                && (is_numeric_tok(n.w) || number_word(n.w).is_some())
                && (c == "to" || (s > 0 && lower[s - 1] == "between"))
            {
                e += 2;
            }
        }
        // qualifiers before
        for q in qualifiers_longest_first() {
            let qn = q.split(' ').count();
            if s >= qn && (0..qn).all(|k| lower[s - qn + k] == q.split(' ').nth(k).unwrap_or("")) {
                s -= qn;
                break;
            }
        }
        // noun after the number: up to 3 words, stop at verbs/prepositions
        let mut noun_end = e;
        let mut noun = Vec::new();
        let mut k = e + 1;
        while k < toks.len() && k <= e + 3 && t[toks[k - 1].e..toks[k].s].trim().is_empty() {
            let lw = lower[k].as_str();
            if (lw.len() > 4 && lw.ends_with("ed"))
                || PLACE_PREPS.contains(&lw)
                || matches!(
                    lw,
                    "of" | "and"
                        | "or"
                        | "were"
                        | "was"
                        | "are"
                        | "is"
                        | "had"
                        | "have"
                        | "has"
                        | "who"
                        | "that"
                        | "which"
                        | "killed"
                        | "dead"
                        | "by"
                        | "on"
                        | "for"
                        | "with"
                        | "ago"
                        | "later"
                        | "earlier"
                )
            {
                break;
            }
            noun.push(toks[k].w);
            noun_end = k;
            k += 1;
            if UNITS.contains(&lw) {
                break;
            }
        }
        let is_money = w.starts_with('$')
            || noun
                .first()
                .is_some_and(|n| n.eq_ignore_ascii_case("dollars"));
        let _ = noun_end;
        let relation = if noun.is_empty() {
            None
        } else {
            Some(format!("number of {}", noun.join(" ").lower()))
        };
        let conf = if noun.is_empty() && !w.ends_with('%') && !is_money {
            0.45
        } else {
            0.85
        };
        spans.push(Span {
            s: toks[s].s,
            e: toks[e].e,
            kind: Kind::Number,
            relation,
            conf,
        });
        for u in used.iter_mut().take(e + 1).skip(s) {
            *u = true;
        }
        i = e + 1;
    }

    // Names: runs of capitalised words with particles.
    let mut i = 0;
    while i < toks.len() {
        if used[i]
            || !(is_cap(toks[i].w) || is_particle_name(toks[i].w))
            || (STOP_CAPS.contains(&toks[i].w)
                && !toks
                    .get(i + 1)
                    .is_some_and(|n| is_cap(n.w) && i == 0 && toks[i].w == "The"))
        {
            i += 1;
            continue;
        }
        let mut s = i;
        if STOP_CAPS.contains(&toks[s].w) {
            s += 1; // "The Taliban" at sentence start: the name is "Taliban" (article added below)
        }
        let mut e = s;
        let mut k = s + 1;
        while k < toks.len() {
            let gap = &t[toks[k - 1].e..toks[k].s];
            if !(gap == " " || gap == "-" || gap == " - ") {
                break;
            }
            let w = toks[k].w;
            if used[k] {
                break;
            }
            if is_cap(w) && !STOP_CAPS.contains(&w) && month_number(w).is_none() {
                e = k;
                k += 1;
            } else if PARTICLES.contains(&w.lower().as_str())
                && (w != "and"
                    || is_name_continuation(&toks[s..k])
                    || ends_in_org_word(&toks[k + 1..]))
                && (w != "in" || joins_in(&toks[s..k]))
            {
                // a chain of particles ("de la") must lead to a capitalised word
                let mut n = k + 1;
                while toks
                    .get(n)
                    .is_some_and(|x| PARTICLES.contains(&x.w) && x.w != "and" && x.w != "in")
                    && n < k + 3
                {
                    n += 1;
                }
                if !toks
                    .get(n)
                    .is_some_and(|x| is_cap(x.w) && !STOP_CAPS.contains(&x.w))
                {
                    break;
                }
                k = n;
            } else if w.starts_with("al-") || w.starts_with("bin-") || w.starts_with("el-") {
                e = k;
                k += 1;
            } else {
                break;
            }
        }
        if s > e || s >= toks.len() {
            i += 1;
            continue;
        }
        // possessive: "ISIS-K’s" -> "ISIS-K"
        let mut name_end = toks[e].e;
        for poss in ["’s", "'s", "’", "'"] {
            if t[toks[s].s..name_end].ends_with(poss) {
                name_end -= poss.len();
                break;
            }
        }
        let name = &t[toks[s].s..name_end];
        let after_opener = s > 0
            && t[toks[s - 1].e..toks[s].s]
                .trim()
                .ends_with([':', '“', '"', '(', '—']);
        let initial =
            s == 0 || after_opener || t[..toks[s].s].trim_end().ends_with(['“', '"', ':']);
        let reporting = lower
            .get(e + 1)
            .is_some_and(|n| matches!(n.as_str(), "said" | "says" | "told" | "wrote" | "added"));
        let sentence_initial_single = initial && e == s && !is_acronym(name) && !reporting;
        // "United States-led", "Taliban-run": an adjective made from a name
        // "The Italian scholar", "an English merchant": a nationality adjective before a noun
        let adjective = e == s
            && !is_acronym(name)
            && ["ian", "ish", "ese", "ean", "ic"]
                .iter()
                .any(|x| name.ends_with(x))
            && toks.get(e + 1).is_some_and(|n| {
                n.w.chars().all(char::is_lowercase) && !FUNCTION_WORDS.contains(&n.w)
            });
        let hyphen_adjective = adjective
            || toks[s..=e].iter().any(|t| {
                [
                    "-led",
                    "-run",
                    "-based",
                    "-backed",
                    "-linked",
                    "-affiliated",
                    "-style",
                    "-era",
                    "-born",
                    "-made",
                ]
                .iter()
                .any(|x| t.w.ends_with(x))
            });
        let calendar = e == s
            && (WEEKDAYS
                .iter()
                .any(|d| name.lower().starts_with(&d[..5.min(d.len())]))
                || month_number(name).is_some());
        if !sentence_initial_single
            && !calendar
            && !hyphen_adjective
            && name.chars().filter(|c| c.is_alphabetic()).count() >= 2
        {
            let kind = guess_name_kind(t, toks, &lower, s, e, name);
            // include a preceding "the" for organisations: "the Haqqani Network"
            let ns = if s > 0 && lower[s - 1] == "the" && kind != Kind::Person {
                toks[s - 1].s
            } else {
                toks[s].s
            };
            let conf = if e > s {
                0.8
            } else if is_acronym(name) {
                0.7
            } else {
                0.6
            };
            // "Haqqani network", "Doha agreement": a name with a lowercase head noun
            // ... unless the head noun itself modifies a further noun ("ISIS-K attack numbers")
            let head = toks.get(e + 1).filter(|n| {
                name_end == toks[e].e
                    && t[toks[e].e..n.s] == *" "
                    && HEAD_NOUNS.contains(&n.w)
                    && toks.get(e + 2).is_none_or(|m| {
                        t[n.e..m.s] != *" "
                            || !m.w.chars().all(char::is_lowercase)
                            || FUNCTION_WORDS.contains(&m.w)
                    })
            });
            let (kind, name_end) = match head {
                Some(h)
                    if matches!(
                        h.w,
                        "agreement"
                            | "accord"
                            | "treaty"
                            | "deal"
                            | "attack"
                            | "bombing"
                            | "war"
                            | "offensive"
                    ) =>
                {
                    (Kind::Event, h.e)
                }
                Some(h) if h.w.ends_with('s') => (kind, name_end),
                Some(h) => (
                    if kind == Kind::Place
                        || matches!(h.w, "airport" | "province" | "region" | "valley" | "river")
                    {
                        Kind::Place
                    } else {
                        Kind::Organization
                    },
                    h.e,
                ),
                None => (kind, name_end),
            };
            if kind != Kind::Relation {
                spans.push(Span {
                    s: ns,
                    e: name_end,
                    kind,
                    relation: None,
                    conf,
                });
            }
            // directions before a place: "north and northeast Afghanistan"
            if kind == Kind::Place || e == s {
                let mut d = s;
                while d > 0
                    && (DIRECTIONS.contains(&lower[d - 1].as_str())
                        || (lower[d - 1] == "and"
                            && d >= 2
                            && DIRECTIONS.contains(&lower[d - 2].as_str())))
                {
                    d -= 1;
                }
                if d < s && DIRECTIONS.contains(&lower[d].as_str()) {
                    spans.push(Span {
                        s: toks[d].s,
                        e: name_end,
                        kind: Kind::Place,
                        relation: Some("part of".into()),
                        conf: 0.75,
                    });
                }
            }
        }
        for u in used.iter_mut().take(e + 1).skip(i) {
            *u = true;
        }
        i = e + 1;
    }

    // Coordinated places: "Nangarhar and Kunar".
    let mut named: Vec<Span> = spans
        .iter()
        .filter(|x| (x.kind == Kind::Place || x.kind == Kind::Organization) && x.relation.is_none())
        .cloned()
        .collect();
    crate::order::sort_by_key(&mut named, |x| [x.s as i64, x.e as i64]);
    for w in named.windows(2) {
        if w[0].e <= w[1].s
            && &t[w[0].e..w[1].s] == " and "
            && (w[0].kind == Kind::Place || w[1].kind == Kind::Place)
            && !t[w[0].s..w[1].e].contains(['(', ','])
        {
            spans.push(Span {
                s: w[0].s,
                e: w[1].e,
                kind: Kind::Place,
                relation: None,
                conf: 0.6,
            });
        }
    }

    // "Lassa fever, also known as LHF, is a type of viral fever …": the
    // sentence's named subject defined, past an aside in commas or brackets.
    if let Some((ys, subject, verb)) = defined_subject(t) {
        // up to a participle that adds a detail ("… fever caused by …")
        let ye = [
            " caused ",
            " located ",
            " found ",
            " named ",
            " used ",
            " known ",
            " made ",
        ]
        .iter()
        .filter_map(|w| t[ys..].find(w).map(|p| ys + p))
        .fold(clause_end(t, ys), usize::min);
        let n = t[ys..ye].split_whitespace().count();
        if (2..=8).contains(&n) && !spans.iter().any(|x| x.s == ys && x.e == ye) {
            spans.push(Span {
                s: ys,
                e: ye,
                kind: Kind::Definition,
                relation: Some(format!("what {subject} {verb}")),
                conf: 0.7,
            });
        }
    }
    // Definitions: "X refers to Y", "X stands for Y", "X is a/an/the Y".
    for (pat, rel) in [
        (" refers to ", "refers to"),
        (" stands for ", "stands for"),
        (" means ", "means"),
        (" is short for ", "is short for"),
    ] {
        if let Some(p) = t.find(pat) {
            let ys = p + pat.len();
            let ye = clause_end(t, ys);
            if ye > ys && t[ys..ye].split_whitespace().count() <= 12 {
                spans.push(Span {
                    s: ys,
                    e: ye,
                    kind: Kind::Definition,
                    relation: Some(rel.to_string()),
                    conf: 0.8,
                });
            }
        }
    }
    join_names_by_acronym(t, &mut spans);
    relations(t, &mut spans);
    // Editorial insertions "[...]" are not the source's words: no answers there.
    // A bracket holding just a name ("the first governor [Hafiz Saeed Khan]") names the referent: keep it.
    let bracketed = |sp: &Span| {
        t[..sp.s].rfind('[').is_some_and(|o| {
            t[o..sp.s].find(']').is_none() && !(o + 1 == sp.s && t[sp.e..].starts_with(']'))
        })
    };
    spans.retain(|sp| !bracketed(sp));
    // A name inside a longer name ("South Asia" in "Central and South Asia") is not asked alone.
    let is_name = |k: Kind| {
        matches!(
            k,
            Kind::Person | Kind::Organization | Kind::Place | Kind::Event
        )
    };
    let outer: Vec<(usize, usize)> = spans
        .iter()
        .filter(|x| is_name(x.kind))
        .map(|x| (x.s, x.e))
        .collect();
    spans.retain(|sp| {
        !is_name(sp.kind)
            || !outer
                .iter()
                .any(|&(s, e)| s <= sp.s && sp.e <= e && (s, e) != (sp.s, sp.e))
    });
    (spans, resolved_dates)
}

/// "Islamic State in Iraq" joins; "University of Lisbon in Portugal" and
/// "... Airport in Kabul" do not: the name is already complete.
fn joins_in(name: &[Tok]) -> bool {
    // "Muslims in Afghanistan": a plural group, then where it is
    let plural_group = name.len() == 1 && name[0].w.ends_with('s') && !is_acronym(name[0].w);
    !plural_group
        && !name.iter().any(|t| t.w == "of")
        && !name.last().is_some_and(|t| {
            PLACE_WORDS.contains(&t.w)
                || matches!(
                    t.w,
                    "University"
                        | "College"
                        | "Embassy"
                        | "Hospital"
                        | "Museum"
                        | "School"
                        | "Library"
                        | "Bank"
                        | "Office"
                        | "Institute"
                )
        })
}

/// "Countering Threats and Challenges Program": the capitalised run after
/// "and" ends in an organisation word, so the "and" is inside one name.
fn ends_in_org_word(rest: &[Tok]) -> bool {
    rest.iter()
        .take_while(|t| is_cap(t.w))
        .take(4)
        .any(|t| ORG_WORDS.contains(&t.w))
}

fn is_name_continuation(name: &[Tok]) -> bool {
    // "Iraq and Syria" inside "Islamic State in Iraq and Syria": accept "and" when the name already has "in"/"of"
    name.iter().any(|t| t.w == "in" || t.w == "of")
}

fn date_relation(lower: &[String], s: usize) -> Option<String> {
    let prev: Vec<&str> = lower[s.saturating_sub(4)..s]
        .iter()
        .map(String::as_str)
        .collect();
    if prev.contains(&"since") {
        Some("since".into())
    } else if prev.iter().any(|w| {
        matches!(
            *w,
            "founded"
                | "formed"
                | "established"
                | "emerged"
                | "created"
                | "launched"
                | "started"
                | "began"
                | "born"
        )
    }) {
        Some("founded".into())
    } else if prev
        .iter()
        .any(|w| matches!(*w, "killed" | "died" | "death"))
    {
        Some("died".into())
    } else {
        None
    }
}

/// End of the clause starting at `s`: the next comma, semicolon, dash or
/// sentence end, or a relative "that/which/who".
/// Where the definition starts in "Name[, aside,] is a …" (the byte after
/// the verb), with the name and the verb: a capitalised subject of one to
/// six words, not a pronoun or a "The + noun" description.
fn defined_subject(t: &str) -> Option<(usize, String, &'static str)> {
    let (p, verb) = [" is a ", " is an ", " was a ", " was an "]
        .iter()
        .filter_map(|v| t.find(v).map(|p| (p, *v)))
        .min_by_key(|x| x.0)?;
    if p > 160 {
        return None;
    }
    let head = &t[..p];
    // the subject without asides in brackets and commas
    let mut core = String::new();
    let mut depth = 0;
    for c in head.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            _ if depth == 0 => core.push(c),
            _ => {}
        }
    }
    // the name alone, or the name and one aside in commas ("Lassa fever,
    // also known as LHF,"); anything else is a clause, not a name
    let parts: Vec<&str> = core.split(',').collect();
    let aside_ok = |a: &str| {
        let a = a.trim().to_lowercase();
        [
            "also ",
            "a ",
            "an ",
            "the ",
            "formerly ",
            "or ",
            "officially ",
        ]
        .iter()
        .any(|p| a.starts_with(p))
    };
    match parts.as_slice() {
        [_] => {}
        [_, aside, rest] if rest.trim().is_empty() && aside_ok(aside) => {}
        _ => return None,
    }
    let core = parts[0].trim();
    let ws: Vec<&str> = core.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 6 {
        return None;
    }
    let first = ws[0];
    if !first.chars().next()?.is_uppercase()
        || matches!(
            first,
            "It" | "He"
                | "She"
                | "They"
                | "This"
                | "That"
                | "These"
                | "Those"
                | "There"
                | "The"
                | "A"
                | "An"
                | "Its"
                | "His"
                | "Her"
                | "Their"
                | "One"
                | "Another"
        )
    {
        return None;
    }
    // a name: its words capitalised, bar short joining words ("Bay of Pigs")
    // ("Lassa fever": a short name may end in common nouns)
    let capitalised = ws.iter().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || w.len() <= 3
    });
    let pronoun = ws.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "it" | "he" | "she" | "they" | "this" | "that" | "these" | "those" | "we" | "i"
        )
    });
    let kind_name = ws.len() <= 3 && {
        let last = ws[ws.len() - 1].to_lowercase();
        use crate::generate::lexicon as lx;
        [lx::KIND_HEADS, lx::THING_HEADS, lx::PLACE_HEADS]
            .iter()
            .any(|l| l.contains(&last.as_str()))
    };
    if pronoun || !(capitalised || kind_name) {
        return None;
    }
    let verb_word = if verb.starts_with(" is") { "is" } else { "was" };
    // the article stays with the definition: "a type of …"
    Some((p + 1 + verb_word.len() + 1, core.to_string(), verb_word))
}

fn clause_end(t: &str, s: usize) -> usize {
    let rest = &t[s..];
    let mut end = rest
        .find([',', ';', '—', '–', '(', ':'])
        .unwrap_or(rest.len());
    for stop in [
        " that ",
        " which ",
        " who ",
        " where ",
        " as a ",
        " as an ",
        " because ",
        " while ",
    ] {
        if let Some(p) = rest.find(stop) {
            end = end.min(p);
        }
    }
    let y = rest[..end].trim_end_matches(['.', '!', '?', '"', '”', '’', ' ']);
    s + y.len()
}

fn guess_name_kind(
    t: &str,
    toks: &[Tok],
    lower: &[String],
    s: usize,
    e: usize,
    name: &str,
) -> Kind {
    let words: Vec<&str> = toks[s..=e].iter().map(|t| t.w).collect();
    let last = words.last().copied().unwrap_or("");
    if words.iter().any(|w| ORG_WORDS.contains(w)) {
        return Kind::Organization;
    }
    if words.iter().any(|w| PLACE_WORDS.contains(w)) {
        return Kind::Place;
    }
    if s > 0
        && TITLES
            .iter()
            .any(|t| t.trim_end_matches('.') == toks[s - 1].w)
    {
        return Kind::Person;
    }
    if s > 0
        && ORG_NOUNS_BEFORE.contains(&lower[s - 1].as_str())
        && &t[toks[s - 1].e..toks[s].s] == " "
    {
        return Kind::Organization; // "the newspaper Le Temps"
    }
    if words.len() >= 3 && DIRECTIONS.contains(&words[0].lower().as_str()) && words[1] == "of" {
        return Kind::Relation; // "South of Afghanistan": a direction from a place, not a name
    }
    if words.len() >= 2 && DIRECTIONS.contains(&words[0].lower().as_str()) {
        return Kind::Place; // "South Asia", "Central America"
    }
    if s > 0
        && words.len() >= 2
        && matches!(
            lower[s - 1].as_str(),
            "says" | "said" | "told" | "spokesman" | "spokeswoman" | "spokesperson"
        )
    {
        return Kind::Person;
    }
    if TITLES.iter().any(|t| t.trim_end_matches('.') == last) {
        return Kind::Relation; // a role ("Afghan Interior Minister"), not a name
    }
    if words.len() > 1
        && words[..words.len() - 1].iter().any(|w| {
            TITLES.iter().any(|t| t.trim_end_matches('.') == *w)
                || matches!(
                    *w,
                    "Advisor" | "Adviser" | "Spokesman" | "Spokeswoman" | "Director"
                )
        })
    {
        return Kind::Person; // "National Security Advisor Jake Sullivan"
    }
    if is_acronym(name) || words.iter().all(|w| is_acronym(w)) {
        return Kind::Organization;
    }
    let next = lower.get(e + 1).map(String::as_str).unwrap_or("");
    if matches!(
        next,
        "said"
            | "says"
            | "told"
            | "wrote"
            | "added"
            | "argued"
            | "explained"
            | "noted"
            | "believes"
            | "thinks"
    ) {
        return Kind::Person;
    }
    let particles = words
        .iter()
        .any(|w| w.starts_with("al-") || matches!(*w, "bin" | "ibn" | "al" | "Abu"));
    if (2..=4).contains(&words.len())
        && (particles
            || words
                .iter()
                .all(|w| w.chars().skip(1).all(char::is_lowercase) || w.contains('-')))
        && !words
            .iter()
            .any(|w| matches!(*w, "of" | "the" | "in" | "and"))
    {
        // Two or three plain capitalised words: most often a person.
        let after_the = s > 0 && matches!(lower[s - 1].as_str(), "the" | "a" | "an");
        if !(after_the || s > 0 && PLACE_PREPS.contains(&lower[s - 1].as_str())) {
            return Kind::Person;
        }
    }
    let according = s >= 2 && lower[s - 1] == "to" && lower[s - 2] == "according";
    let listed_place = s >= 3
        && matches!(lower[s - 1].as_str(), "and" | "or")
        && PLACE_PREPS.contains(&lower[s - 3].as_str());
    if !according
        && (listed_place || s > 0 && PLACE_PREPS.contains(&lower[s - 1].as_str()))
        && words.len() <= 2
        && !last.ends_with('s')
    {
        return Kind::Place;
    }
    if words.len() == 1 && last.ends_with("stan") {
        return Kind::Place;
    }
    Kind::Organization
}

/// Maps display-text offsets back to the raw sentence: display is the raw
/// text with whitespace folded and markdown links removed.
fn display_map(raw: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(raw.len());
    let mut map = Vec::with_capacity(raw.len() + 1);
    let b = raw.as_bytes();
    let mut i = 0;
    let mut last_space = false;
    while i < raw.len() {
        let c = raw[i..].chars().next().unwrap_or(' ');
        // markdown link: [text](url) -> text
        if c == '[' {
            if let Some(close) = raw[i + 1..].find("](") {
                let inner = &raw[i + 1..i + 1 + close];
                let after = i + 1 + close + 2;
                if let Some(pe) = raw[after..].find(')') {
                    if !inner.contains(['[', '\n']) && !raw[after..after + pe].contains(' ') {
                        for (k, ch) in inner.char_indices() {
                            let mut buf = [0u8; 4];
                            let enc = ch.encode_utf8(&mut buf);
                            for _ in 0..enc.len() {
                                map.push(i + 1 + k);
                            }
                            out.push(ch);
                        }
                        last_space = false;
                        i = after + pe + 1;
                        continue;
                    }
                }
            }
        }
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
                map.push(i);
            }
            last_space = true;
        } else {
            let mut buf = [0u8; 4];
            for _ in 0..c.encode_utf8(&mut buf).len() {
                map.push(i);
            }
            out.push(c);
            last_space = false;
        }
        i += c.len_utf8();
    }
    map.push(raw.len());
    let _ = b;
    (out, map)
}

/// Who a sentence's claim belongs to: "says X", "X said", "according to X".
fn attribution_in(t: &str, toks: &[Tok]) -> Option<String> {
    let lower = t.lower();
    for key in ["according to ", "says ", "said ", "told "] {
        if let Some(p) = lower.find(key) {
            let rest = &t[p + key.len()..];
            let name: Vec<&str> = rest
                .split_whitespace()
                .take_while(|w| is_cap(w) || *w == "al" || w.starts_with("al-"))
                .take(5)
                .collect();
            if !name.is_empty() && !STOP_CAPS.contains(&name[0]) {
                return Some(
                    name.join(" ")
                        .trim_end_matches([',', '.', ':', ';'])
                        .to_string(),
                );
            }
        }
    }
    // "X said" / "X says"
    for (k, tok) in toks.iter().enumerate() {
        if matches!(tok.w, "said" | "says")
            && k > 0
            && is_cap(toks[k - 1].w)
            && !STOP_CAPS.contains(&toks[k - 1].w)
        {
            let mut s = k - 1;
            while s > 0 && is_cap(toks[s - 1].w) && !STOP_CAPS.contains(&toks[s - 1].w) {
                s -= 1;
            }
            return Some(t[toks[s].s..toks[k - 1].e].to_string());
        }
    }
    None
}

const HEDGES: &[&str] = &[
    "may",
    "might",
    "could",
    "perhaps",
    "possibly",
    "reportedly",
    "allegedly",
    "probably",
    "likely",
    "unclear",
    "if",
    "whether",
    "speculate",
    "guess",
    "maybe",
];

pub fn starts_dangling(t: &str) -> Option<String> {
    // "Right now, it’s a man …": an opening phrase, then a pronoun subject.
    if let Some(c) = t
        .find(", ")
        .filter(|c| t[..*c].split_whitespace().count() <= 4)
    {
        let rest = &t[c + 2..];
        let w = rest
            .split_whitespace()
            .next()
            .unwrap_or("")
            .trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '’' && ch != '\'')
            .lower();
        let w = w.split(['’', '\'']).next().unwrap_or("");
        if matches!(w, "he" | "she" | "it" | "they" | "this" | "these" | "those") {
            return Some(rest.split_whitespace().next().unwrap_or("").to_string());
        }
    }
    let ws: Vec<&str> = t.split_whitespace().take(2).collect();
    let first = ws
        .first()?
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .lower();
    let first = first
        .trim_end_matches("’s")
        .trim_end_matches("'s")
        .to_string();
    let next: Vec<String> = t
        .split_whitespace()
        .skip(1)
        .take(4)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let next_is = |k: usize, ws: &[&str]| next.get(k).is_some_and(|w| ws.contains(&w.as_str()));
    // "There are about 300,000 cases": an existential "there" points nowhere
    if first == "there"
        && next_is(
            0,
            &[
                "is", "are", "was", "were", "has", "have", "had", "remain", "remains",
            ],
        )
    {
        return None;
    }
    // "It is possible to acquire …", "It was thought that …": an expletive "it"
    if first == "it"
        && next_is(0, &["is", "was"])
        && (next_is(2, &["to", "that"]) || next_is(3, &["to", "that"]))
        && !next_is(1, &["the", "a", "an", "his", "her", "its", "their", "one"])
    {
        return None;
    }
    if PRONOUNS.contains(&first.as_str())
        || matches!(
            first.as_str(),
            "he’s" | "it’s" | "they’re" | "that’s" | "she’s"
        )
    {
        return Some(ws[0].to_string());
    }
    if first == "the"
        && ws
            .get(1)
            .is_some_and(|w| w.chars().next().is_some_and(char::is_lowercase))
    {
        let second = ws.get(1)?.lower();
        let second = second.trim_end_matches(|c: char| !c.is_alphanumeric());
        if matches!(
            second,
            "group"
                | "organization"
                | "organisation"
                | "attack"
                | "bombing"
                | "movement"
                | "company"
                | "country"
                | "city"
                | "team"
                | "report"
                | "agency"
                | "party"
                | "band"
                | "man"
                | "woman"
                | "region"
                | "deal"
                | "agreement"
                | "two"
                | "latter"
                | "former"
        ) {
            return Some(format!("{} {}", ws[0], second));
        }
    }
    None
}

/// Capitalised words that the texts use on their own: not right after
/// another capitalised word, unless that word is a title ("by Quill",
/// "Abbé Noor"). A person's surname found here is a form of the name.
fn words_used_alone(sources: &[Source]) -> HashSet<String> {
    let mut out = HashSet::new();
    for src in sources {
        let mut prev_cap: Option<&str> = None;
        let mut prev_end = 0;
        let text = src.text.as_str();
        let mut start = None;
        for (i, c) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            if c.is_alphabetic() || (c == '\'' && start.is_some()) {
                start.get_or_insert(i);
                continue;
            }
            let Some(s0) = start.take() else { continue };
            let w = text[s0..i].trim_end_matches('\'');
            let w = w.strip_suffix("'s").unwrap_or(w);
            let cap = w.chars().next().is_some_and(char::is_uppercase);
            // only spaces between the two words keep them in one name
            let joined = text[prev_end..s0].chars().all(|c| c == ' ' || c == '-');
            if cap && w.chars().count() >= 2 {
                // a sentence's first word ("Then Quill wrote") is no name
                let after_name = joined
                    && prev_cap.is_some_and(|p| {
                        !crate::check::is_title(p) && !crate::check::is_function_word(p)
                    });
                if !after_name {
                    out.insert(w.to_string());
                }
            }
            prev_cap = cap.then_some(w);
            prev_end = i;
        }
    }
    out
}

/// Names the texts call a region: "the department of Ostrava", "the
/// province of Kandahar", "the state of Ohio" (capitalised words after
/// "<region word> of [the]").
fn regions_named(sources: &[Source]) -> Vec<String> {
    const WORDS: &[&str] = &[
        "department",
        "département",
        "province",
        "region",
        "county",
        "state",
        "district",
        "prefecture",
        "canton",
        "governorate",
        "oblast",
        "territory",
        "shire",
    ];
    let mut out = Vec::new();
    for src in sources {
        let ws: Vec<&str> = src.text.split_whitespace().collect();
        for k in 0..ws.len().saturating_sub(2) {
            let w = ws[k].to_lowercase();
            if !WORDS.contains(&w.as_str()) || ws[k + 1] != "of" {
                continue;
            }
            let mut j = k + 2;
            if ws.get(j).is_some_and(|x| *x == "the") {
                j += 1;
            }
            let mut name: Vec<&str> = Vec::new();
            while let Some(x) = ws.get(j) {
                let clean = x.trim_end_matches(|c: char| !c.is_alphanumeric());
                if !clean.chars().next().is_some_and(char::is_uppercase) || name.len() == 4 {
                    break;
                }
                name.push(clean);
                if clean.len() != x.len() {
                    break;
                }
                j += 1;
            }
            if !name.is_empty() {
                out.push(name.join(" "));
            }
        }
    }
    out
}

/// Extracts facts and aliases from every source.
pub fn extract(sources: &[Source]) -> (Vec<Fact>, Aliases) {
    let mut aliases = Aliases::new();
    let mut facts = Vec::new();
    // Name kinds voted over the whole corpus, so one name gets one kind.
    let mut votes: std::collections::BTreeMap<String, std::collections::BTreeMap<Kind, u32>> =
        std::collections::BTreeMap::new();
    // (source, sentence, spans, resolved dates, display text, display -> raw offsets)
    type Analysed = (
        usize,
        usize,
        Vec<Span>,
        Vec<ResolvedDate>,
        String,
        Vec<usize>,
    );
    let mut per_sentence: Vec<Analysed> = Vec::new();

    for (si, src) in sources.iter().enumerate() {
        for (ki, sen) in src.sentences.iter().enumerate() {
            let raw = &src.text[sen.start..sen.end];
            let (display, map) = display_map(raw);
            let toks = tokenize(&display);
            let (spans, rd) = find_spans(&display, &toks, src.date);
            for sp in &spans {
                if matches!(sp.kind, Kind::Person | Kind::Organization | Kind::Place) {
                    let name = strip_article(&display[sp.s..sp.e]);
                    *votes
                        .entry(name.to_string())
                        .or_default()
                        .entry(sp.kind)
                        .or_default() += 1;
                }
            }
            find_aliases(&display, &spans, &mut aliases);
            let mut spans = spans;
            let n_words = display.split_whitespace().count();
            if !sen.interviewer && sen.kind != BlockKind::Caption && (7..=55).contains(&n_words) {
                let more = phrases::phrase_spans(&display, &spans);
                spans.extend(more);
            }
            per_sentence.push((si, ki, spans, rd, display, map));
        }
    }
    // One kind per name, voted over the name and every alias of it
    // ("Islamic State Khorasan Province" is an organisation like "ISIS-K").
    let kinds: HashMap<&str, Kind> = votes
        .iter()
        .map(|(name, v)| {
            let mut total: std::collections::BTreeMap<Kind, u32> = v.clone();
            for form in aliases.forms_of(name) {
                if let Some(w) = votes.get(strip_article(&form)) {
                    for (k, n) in w {
                        *total.entry(*k).or_default() += n;
                    }
                }
            }
            let kind = total
                .iter()
                .max_by_key(|(k, n)| (**n, **k == Kind::Person))
                .map(|(k, _)| *k)
                .unwrap_or(Kind::Organization);
            (name.as_str(), kind)
        })
        .collect();
    let voted = |name: &str, fallback: Kind| -> Kind {
        kinds.get(strip_article(name)).copied().unwrap_or(fallback)
    };

    // Persons: surname alone used in the corpus -> alias of the full name;
    // near-identical spellings of one long name -> alias.
    // an honorific before a given name and a surname ("Abbé Jean Noor")
    // makes a person whatever the vote (not titles that also begin names of
    // places and organisations: "Grand", "General", "St", "King")
    const HONORIFICS: &[&str] = &[
        "mr",
        "mrs",
        "ms",
        "mx",
        "mister",
        "madame",
        "mme",
        "monsieur",
        "herr",
        "frau",
        "dr",
        "prof",
        "professor",
        "sir",
        "dame",
        "abbe",
        "rev",
        "revd",
        "reverend",
        "fr",
        "pastor",
        "rabbi",
        "imam",
        "mullah",
        "sheikh",
        "ayatollah",
        "senator",
        "sen",
        "congressman",
        "congresswoman",
        "gov",
        "mayor",
        "gen",
        "lt",
        "lieutenant",
        "col",
        "colonel",
        "maj",
        "capt",
        "captain",
        "sgt",
        "sergeant",
        "cpl",
        "corporal",
        "pvt",
        "adm",
        "admiral",
    ];
    let titled = |n: &str| {
        let ws: Vec<&str> = n.split_whitespace().collect();
        ws.len() >= 3
            && HONORIFICS.contains(&crate::check::normalize(ws[0]).trim_end_matches('.'))
            && ws
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
    };
    let persons: Vec<String> = votes
        .keys()
        .filter(|n| voted(n, Kind::Organization) == Kind::Person || titled(n))
        .cloned()
        .collect();
    let alone = words_used_alone(sources);
    for r in regions_named(sources) {
        aliases.add_region(&r);
    }
    for full in &persons {
        let parts: Vec<&str> = full.split_whitespace().collect();
        if parts.len() >= 2 {
            let mut first = parts.len() - 1;
            while first > 1 && PARTICLES.contains(&parts[first - 1].lower().as_str()) {
                first -= 1;
            }
            let surname_owned = parts[first..].join(" ");
            let surname = surname_owned.as_str();
            let owners = persons
                .iter()
                .filter(|p| p.split_whitespace().count() >= 2 && p.ends_with(surname))
                .count();
            let alone_in_text = first == parts.len() - 1 && alone.contains(surname);
            if owners == 1 && (votes.contains_key(surname) || alone_in_text) {
                aliases.add(full, surname);
                if titled(full) {
                    // the name without its title is the same person
                    aliases.add(full, &parts[1..].join(" "));
                }
            }
        }
        for other in &persons {
            if other > full && other.split_whitespace().count() == parts.len() {
                let (a, b) = (full.lower(), other.lower());
                if a.chars().filter(|c| c.is_alphabetic()).count() >= 10
                    && strsim::levenshtein(&a, &b) == 1
                {
                    aliases.add(full, other);
                }
            }
        }
    }
    // Acronyms matching the initials of a name in the corpus.
    let names: Vec<&String> = votes.keys().collect();
    for a in names.iter().filter(|n| is_acronym(n) && !n.contains(' ')) {
        let letters: String = a.chars().filter(|c| c.is_alphabetic()).collect();
        for n in &names {
            if n.contains(' ') && initials(n) == letters {
                aliases.add(a, n);
            }
        }
    }

    let single_names: Vec<&str> = votes
        .keys()
        .filter(|n| !n.contains(' '))
        .map(String::as_str)
        .collect();
    let first_of_source: Vec<usize> = {
        let mut v = vec![0; sources.len()];
        for (n, e) in per_sentence.iter().enumerate().rev() {
            v[e.0] = n;
        }
        v
    };
    let mut forms_cache: HashMap<String, Vec<String>> = HashMap::new();
    for (n, (si, ki, spans, rd, display, map)) in per_sentence.iter().enumerate() {
        let (si, ki) = (*si, *ki);
        let src = &sources[si];
        let sen: &Sentence = &src.sentences[ki];
        if sen.interviewer {
            continue;
        }
        let toks = tokenize(display);
        let lower_display = display.lower();
        let hedged = toks.iter().any(|t| HEDGES.contains(&t.w.lower().as_str()));
        // "says X" counts only when X is a person; "according to X" may be an organisation.
        let attribution = attribution_in(display, &toks)
            .filter(|a| {
                display
                    .lower()
                    .contains(&format!("according to {}", a.lower()))
                    || voted(a, Kind::Person) == Kind::Person
            })
            .or_else(|| sen.speaker.clone());
        let dangling = starts_dangling(display);
        let prev = ki
            .checked_sub(1)
            .map(|p| &src.sentences[p])
            .filter(|p| p.block == sen.block || src.sentences[ki].start - p.end < 400);
        let prev_spans = prev
            .map(|_| &per_sentence[n - 1])
            .filter(|_| n > first_of_source[si]);
        let resolved = dangling.as_ref().and_then(|d| {
            resolve_referent(
                d,
                prev_spans.map(|p| (p.4.as_str(), p.2.as_slice())),
                &voted,
            )
        });
        let names_in: Vec<&Span> = spans
            .iter()
            .filter(|s| matches!(s.kind, Kind::Person | Kind::Organization | Kind::Place))
            .collect();
        for sp in spans {
            let answer = display[sp.s..sp.e].trim().to_string();
            if answer.is_empty() {
                continue;
            }
            let is_name = matches!(sp.kind, Kind::Person | Kind::Organization | Kind::Place);
            if is_name && is_demonym(strip_article(&answer), &single_names) {
                continue;
            }
            let kind = if is_name {
                voted(&answer, sp.kind)
            } else {
                sp.kind
            };
            let subject = resolved
                .as_ref()
                .map(|r| strip_article(&r.1).to_string())
                .or_else(|| {
                    names_in
                        .iter()
                        .find(|n| n.s != sp.s && !(n.s >= sp.s && n.e <= sp.e))
                        .map(|n| strip_article(&display[n.s..n.e]).to_string())
                });
            let mut conf = sp.conf;
            if hedged {
                conf -= 0.2;
            }
            if sen.kind == BlockKind::Caption {
                conf -= 0.15;
            }
            if display.split_whitespace().count() < 6 || display.ends_with('?') {
                conf -= 0.3;
            }
            if display.contains('“') || display.contains('"') {
                conf -= 0.05;
            }
            if dangling.is_some() && resolved.is_none() {
                conf -= 0.1;
            }
            let (a0, a1) = (
                sen.start + map[sp.s],
                sen.start + map[sp.e.min(map.len() - 1)],
            );
            let resolved_date = if rd.is_empty() {
                None
            } else {
                Some(
                    rd.iter()
                        .map(|r| format!("{} = {}", &display[r.0..r.1], r.2))
                        .collect::<Vec<_>>()
                        .join("; "),
                )
            };
            let fa = forms_cache
                .entry(answer.clone())
                .or_insert_with(|| {
                    let mut fa = aliases.forms_of(&answer);
                    fa.extend(aliases.forms_of(strip_article(&answer)));
                    fa.sort_unstable();
                    fa.dedup();
                    fa
                })
                .clone();
            // a descriptive phrase carries the forms a teacher takes for it, made here
            // where the word lists live (the page's generator has none of them)
            let mut fa = fa;
            if sp.relation.as_deref() == Some(PHRASE) {
                for x in phrase_forms(&answer) {
                    if !fa.contains(&x) {
                        fa.push(x);
                    }
                }
            }
            facts.push(Fact {
                id: format!("{}-{}", file_stem(&src.file), a0),
                source: src.file.clone(),
                sentence: sen.quote.clone(),
                start: sen.start,
                end: sen.end,
                answer,
                answer_start: a0,
                answer_end: a1,
                kind,
                subject,
                relation: sp.relation.clone(),
                aliases: fa,
                attribution: attribution.clone(),
                confidence: conf.clamp(0.05, 1.0),
                context: if dangling.is_some() {
                    prev.map(|p| p.text.clone())
                } else {
                    None
                },
                resolved: resolved.clone(),
                resolved_date,
                related: Vec::new(),
                disagrees: false,
                caption: sen.kind == BlockKind::Caption,
                display: display.to_string(),
                answer_at: (sp.s, sp.e),
                shown_context: 0,
            });
        }
        let _ = lower_display;
    }
    // Byline facts: who wrote each source.
    for src in sources {
        for author in &src.authors {
            if let Some(p) = src
                .text
                .find(author.as_str())
                .or_else(|| src.text.to_uppercase().find(&author.to_uppercase()))
            {
                let line_start = src.text[..p].rfind('\n').map_or(0, |x| x + 1);
                let line_end = src.text[p..].find('\n').map_or(src.text.len(), |x| p + x);
                let line = src.text[line_start..line_end].trim().to_string();
                let at = line.find(&src.text[p..p + author.len()]).unwrap_or(0);
                facts.push(Fact {
                    id: format!("{}-{}", file_stem(&src.file), p),
                    source: src.file.clone(),
                    sentence: line.clone(),
                    start: line_start,
                    end: line_end,
                    answer: src.text[p..p + author.len()].to_string(),
                    answer_start: p,
                    answer_end: p + author.len(),
                    kind: Kind::Person,
                    subject: Some(src.title.clone()),
                    relation: Some("author".into()),
                    aliases: Vec::new(),
                    attribution: None,
                    confidence: 0.7,
                    context: None,
                    resolved: None,
                    resolved_date: None,
                    related: Vec::new(),
                    disagrees: false,
                    caption: false,
                    display: line,
                    answer_at: (at, at + author.len()),
                    shown_context: 0,
                });
            }
        }
    }
    link_across_sources(&mut facts, &aliases, sources);
    (facts, aliases)
}

/// An adjective or plural of a place name in the corpus ("Afghan",
/// "Americans", "Pakistani", "Western"): not an answer on its own.
fn is_demonym(w: &str, names: &[&str]) -> bool {
    if let Some((_, last)) = w.rsplit_once(' ') {
        // "Central Asian", "South African": a place adjective, not a name
        return ["ian", "ean", "ese", "ish"]
            .iter()
            .any(|s| last.ends_with(s))
            && last.chars().next().is_some_and(char::is_uppercase);
    }
    if is_acronym(w) {
        return false;
    }
    let w0 = w.strip_suffix('s').unwrap_or(w);
    names.iter().any(|p| {
        *p != w
            && p.len() >= 4
            && !is_acronym(p)
            && p.chars().all(char::is_alphabetic)
            && w0.chars().all(char::is_alphabetic)
            && ((w0.starts_with(p) && w0.len() - p.len() <= 3)
                || (w0.len() >= 5 && p.starts_with(w0) && p.len() - w0.len() <= 5))
    })
}

fn file_stem(f: &str) -> &str {
    let base = f.rsplit(['/', '\\']).next().unwrap_or(f);
    base.split('_')
        .next()
        .filter(|s| !s.is_empty())
        .unwrap_or(base)
}

/// "The Taliban" -> "the Taliban" (a name moved out of sentence-initial position).
fn lower_article(s: &str) -> String {
    match s.strip_prefix("The ") {
        Some(r) => format!("the {r}"),
        None => s.to_string(),
    }
}

pub fn strip_article(s: &str) -> &str {
    for a in ["the ", "The ", "a ", "an "] {
        if let Some(r) = s.strip_prefix(a) {
            return r;
        }
    }
    s
}

fn initials(name: &str) -> String {
    name.split([' ', '-'])
        .filter(|w| {
            !w.is_empty()
                && !matches!(
                    w.lower().as_str(),
                    "of" | "the" | "and" | "in" | "for" | "on" | "at"
                )
        })
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_uppercase)
        .collect()
}

/// Resolves a leading pronoun / "the group" to the most recent fitting name
/// of the previous sentence.
fn resolve_referent(
    dangling: &str,
    prev: Option<(&str, &[Span])>,
    voted: &dyn Fn(&str, Kind) -> Kind,
) -> Option<(String, String)> {
    let (prev, spans) = prev?;
    let l = dangling.lower();
    let want_person = l.starts_with("he")
        || l.starts_with("she")
        || l.starts_with("his")
        || l.starts_with("her")
        || l.ends_with("man")
        || l.ends_with("woman");
    let want_org = l.starts_with("it")
        || l.contains("group")
        || l.contains("organi")
        || l.contains("movement")
        || l.contains("party")
        || l.contains("band");
    let mut sorted: Vec<&Span> = spans
        .iter()
        .filter(|s| {
            matches!(s.kind, Kind::Person | Kind::Organization | Kind::Place)
                && s.relation.is_none()
        })
        .collect();
    crate::order::sort_by_key(&mut sorted, |s| [s.s as i64, -(s.e as i64)]);
    let candidates: Vec<(String, Kind, usize)> = sorted
        .iter()
        .map(|s| {
            let n = prev[s.s..s.e].to_string();
            let k = voted(strip_article(&n), s.kind);
            (n, k, s.s)
        })
        .collect();
    let pick = if want_person {
        candidates.iter().find(|c| c.1 == Kind::Person)
    } else if l.starts_with("it") {
        // "It" continues the previous sentence's subject, when that subject is a name.
        candidates.iter().find(|c| c.1 != Kind::Person && c.2 == 0)
    } else if want_org {
        candidates.iter().find(|c| c.1 == Kind::Organization)
    } else {
        None
    };
    pick.map(|c| (dangling.to_string(), lower_article(&c.0)))
}

/// Alias patterns inside one sentence.
fn find_aliases(t: &str, spans: &[Span], aliases: &mut Aliases) {
    let mut names: Vec<(usize, usize)> = spans
        .iter()
        .filter(|s| {
            matches!(s.kind, Kind::Person | Kind::Organization | Kind::Place)
                && s.relation.is_none()
        })
        .map(|s| (s.s, s.e))
        .collect();
    crate::order::sort_by_key(&mut names, |n| [n.0 as i64, n.1 as i64]);
    // keep only the longest of overlapping spans
    names.dedup_by(|b, a| b.0 < a.1);
    for (i, &(s, e)) in names.iter().enumerate() {
        let a = strip_article(&t[s..e]);
        let after = &t[e..];
        // "X, or Y," and "X (Y)" / "X (or Y)" / "X (often referred to as Y ...)"
        if let Some(&(s2, e2)) = names.get(i + 1) {
            let gap = &t[e..s2];
            let b = strip_article(&t[s2..e2]);
            let gl = gap.lower();
            let is_alias_gap = matches!(
                gl.trim(),
                ", or"
                    | "("
                    | "(or"
                    | ", also known as"
                    | ", known as"
                    | "also known as"
                    | "known as"
                    | ", aka"
                    | "(also known as"
                    | "(known as"
                    | ", also called"
                    | "(also called"
                    | "(also"
            ) || (gl.starts_with(" (")
                && (gl.contains("referred to as")
                    || gl.contains("known as")
                    || gl.contains("called"))
                && gl.len() < 40);
            let in_list = t[..s].trim_end().ends_with(',');
            if is_alias_gap
                && !in_list
                && (is_acronym(b)
                    || is_acronym(a)
                    || initials(a) == b.chars().filter(|c| c.is_alphabetic()).collect::<String>()
                    || gl.contains("known")
                    || gl.contains("called"))
            {
                aliases.add(a, b);
            }
        }
        // "born in Camden Town, London, at ...": a place and the larger
        // place it is in (a place or a one-word name between commas), not a
        // list ("Rome, Paris and London")
        if let Some(&(s2, e2)) = names.get(i + 1) {
            let place = |s0: usize, e0: usize| {
                spans
                    .iter()
                    .any(|x| x.s == s0 && x.e == e0 && x.kind == Kind::Place)
            };
            let tail = t[e2..].trim_start_matches(',').trim_start().lower();
            let list_after = names
                .get(i + 2)
                .is_some_and(|n| t[e2..n.0].trim().is_empty() || t[e2..n.0].trim() == ",")
                || tail.starts_with("and ")
                || tail.starts_with("or ");
            // the larger place closes the apposition: "X, Y," / "X, Y."
            let closed = t[e2..].starts_with([',', '.', ';', ')']);
            let one_word = !t[s2..e2].contains(' ');
            if &t[e..s2] == ", "
                && place(s, e)
                && (place(s2, e2) || one_word)
                && closed
                && !t[..s].trim_end().ends_with(',')
                && !list_after
            {
                let b = strip_article(&t[s2..e2]);
                aliases.add(a, &format!("{a}, {b}"));
            }
        }
        // "X — A, B, C, ..." list of acronyms
        let trimmed = after.trim_start();
        if trimmed.starts_with(['—', '–', ':']) {
            let list = trimmed.trim_start_matches(['—', '–', ':']);
            let acr: Vec<&str> = list
                .split(',')
                .map(str::trim)
                .take_while(|w| is_acronym(w) && !w.contains(' '))
                .collect();
            if acr.len() >= 2 {
                for x in acr {
                    aliases.add(a, x);
                }
            }
        }
    }
    // "Y stands for X"
    if let Some(p) = t.find(" stands for ") {
        let before_names: Vec<&(usize, usize)> =
            names.iter().filter(|n| n.1 <= p).take(1).collect();
        let after_names: Vec<&(usize, usize)> = names.iter().filter(|n| n.0 >= p + 12).collect();
        if let (Some(y), Some(x)) = (before_names.last(), after_names.first()) {
            aliases.add(strip_article(&t[y.0..y.1]), strip_article(&t[x.0..x.1]));
        }
    }
    // "formally known as X": the subject of the sentence is a name earlier in it
    for key in [
        "formally known as ",
        "also known as ",
        "officially known as ",
    ] {
        if let Some(p) = t.lower().find(key) {
            if let (Some(first), Some(x)) = (
                names.first().filter(|n| n.1 <= p),
                names.iter().find(|n| n.0 >= p + key.len()),
            ) {
                aliases.add(
                    strip_article(&t[first.0..first.1]),
                    strip_article(&t[x.0..x.1]),
                );
            }
        }
    }
}

/// What a numeric or date fact is about, for grouping facts that state the
/// same thing in different sources.
#[derive(Debug, Clone)]
enum Slot {
    /// A count: head noun ("*" for generic people), verb family, the places
    /// and years of its scene (sentence and the one before).
    Count {
        noun: String,
        family: &'static str,
        places: HashSet<String>,
        years: HashSet<i32>,
    },
    /// The founding date of a named thing.
    Founded(String),
}

const GENERIC_NOUNS: &[&str] = &["people", "person", "persons", "individual", "individuals"];

fn slot_of(f: &Fact, aliases: &Aliases, scene: &(HashSet<String>, HashSet<i32>)) -> Option<Slot> {
    match f.kind {
        Kind::Number => {
            let rel = f.relation.as_ref()?;
            let noun = rel
                .trim_start_matches("number of ")
                .split_whitespace()
                .last()?
                .lower();
            let noun = if GENERIC_NOUNS.contains(&noun.as_str()) {
                "people".to_string()
            } else {
                noun.trim_end_matches('s').to_string()
            };
            // the verb near the number: a few words before, the clause after
            let (a, b) = f.answer_at;
            let before: Vec<&str> = f.display[..a].split_whitespace().rev().take(5).collect();
            let after: Vec<&str> = f.display[b..].split_whitespace().take(9).collect();
            let window = format!("{} {}", before.join(" "), after.join(" "));
            let family = key_verb(&window)?;
            Some(Slot::Count {
                noun,
                family,
                places: scene.0.clone(),
                years: scene.1.clone(),
            })
        }
        Kind::Date
            if f.relation
                .as_deref()
                .is_some_and(|r| r == "founded" || r == "since") =>
        {
            let subj = f.subject.as_ref()?;
            let canon = aliases
                .forms_of(subj)
                .into_iter()
                .chain([subj.clone()])
                .min()?;
            Some(Slot::Founded(crate::check::normalize(&canon)))
        }
        _ => None,
    }
}

fn same_slot(a: &Slot, b: &Slot) -> bool {
    match (a, b) {
        (
            Slot::Count {
                noun: n1,
                family: f1,
                places: p1,
                years: y1,
            },
            Slot::Count {
                noun: n2,
                family: f2,
                places: p2,
                years: y2,
            },
        ) => {
            f1 == f2
                && n1 == n2
                && (!p1.is_disjoint(p2) || (p1.is_empty() && p2.is_empty()))
                && (y1.is_empty() || y2.is_empty() || !y1.is_disjoint(y2))
        }
        (Slot::Founded(x), Slot::Founded(y)) => x == y,
        _ => false,
    }
}

const VERB_FAMILIES: &[(&str, &[&str])] = &[
    (
        "die",
        &[
            "killed", "died", "dead", "perished", "deaths", "death", "toll",
        ],
    ),
    ("injure", &["injured", "wounded", "hurt"]),
    ("surrender", &["surrendered", "surrender"]),
    ("capture", &["captured", "arrested", "detained"]),
];

fn key_verb(t: &str) -> Option<&'static str> {
    let l = t.lower();
    let ws: HashSet<&str> = l.split(|c: char| !c.is_alphanumeric()).collect();
    VERB_FAMILIES
        .iter()
        .find(|(_, ws2)| ws2.iter().any(|w| ws.contains(w)))
        .map(|(k, _)| *k)
}

/// Places and years of each sentence's scene: the sentence and the one before
/// it; a sentence naming no year speaks of its document's year.
fn scenes(facts: &[Fact], sources: &[Source]) -> Vec<(HashSet<String>, HashSet<i32>)> {
    type Scene = (HashSet<String>, HashSet<i32>);
    let mut per_sentence: HashMap<(&str, usize), Scene> = HashMap::new();
    for f in facts {
        let e = per_sentence
            .entry((f.source.as_str(), f.start))
            .or_default();
        match f.kind {
            Kind::Place => {
                for w in f.answer.split_whitespace().filter(|w| is_cap(w)) {
                    e.0.insert(w.trim_end_matches(['’', '\'', 's']).to_string());
                }
            }
            Kind::Date => {
                for y in f
                    .answer
                    .split(|c: char| !c.is_ascii_digit())
                    .filter(|w| w.len() == 4)
                    .filter_map(|w| w.parse().ok())
                {
                    e.1.insert(y);
                }
            }
            _ => {}
        }
    }
    // sentence start -> (its index, block) per source, so each fact finds its paragraph at once
    let index: Vec<HashMap<usize, usize>> = sources
        .iter()
        .map(|s| {
            s.sentences
                .iter()
                .enumerate()
                .map(|(i, x)| (x.start, i))
                .collect()
        })
        .collect();
    let src_of: HashMap<&str, usize> = sources
        .iter()
        .enumerate()
        .map(|(i, s)| (s.file.as_str(), i))
        .collect();
    facts
        .iter()
        .map(|f| {
            let mut places = HashSet::new();
            let mut years = HashSet::new();
            // only counts and dates are grouped across sources
            if !matches!(f.kind, Kind::Number | Kind::Date) {
                return (places, years);
            }
            let si = src_of.get(f.source.as_str()).copied();
            let src = si.map(|i| &sources[i]);
            if let (Some(si), Some(src)) = (si, src) {
                if let Some(&k) = index[si].get(&f.start) {
                    // the paragraph of the sentence, and the sentence before it
                    let block = src.sentences[k].block;
                    let mut lo = k.saturating_sub(1);
                    while lo > 0 && src.sentences[lo - 1].block == block {
                        lo -= 1;
                    }
                    let mut hi = k;
                    while hi + 1 < src.sentences.len() && src.sentences[hi + 1].block == block {
                        hi += 1;
                    }
                    for x in &src.sentences[lo..=hi] {
                        if let Some((p, y)) = per_sentence.get(&(f.source.as_str(), x.start)) {
                            places.extend(p.iter().cloned());
                            years.extend(y.iter().copied());
                        }
                    }
                }
            }
            if years.is_empty() {
                if let Some(d) = src.and_then(|s| s.date) {
                    years.insert(d.year);
                }
            }
            (places, years)
        })
        .collect()
}

fn link_across_sources(facts: &mut [Fact], aliases: &Aliases, sources: &[Source]) {
    let sc = scenes(facts, sources);
    let slots: Vec<Option<Slot>> = facts
        .iter()
        .zip(&sc)
        .map(|(f, s)| slot_of(f, aliases, s))
        .collect();
    let idx: Vec<usize> = (0..facts.len()).filter(|&i| slots[i].is_some()).collect();
    let mut links: Vec<Vec<usize>> = vec![Vec::new(); facts.len()];
    for (n, &i) in idx.iter().enumerate() {
        for &j in &idx[n + 1..] {
            if facts[i].source != facts[j].source
                && same_slot(
                    slots[i].as_ref().unwrap_or(&Slot::Founded(String::new())),
                    slots[j]
                        .as_ref()
                        .unwrap_or(&Slot::Founded(String::from("-"))),
                )
            {
                links[i].push(j);
                links[j].push(i);
            }
        }
    }
    for i in 0..facts.len() {
        if links[i].is_empty() {
            continue;
        }
        let mine = value_key(&facts[i].answer);
        facts[i].disagrees = links[i]
            .iter()
            .any(|&j| value_key(&facts[j].answer) != mine);
        facts[i].related = links[i].iter().map(|&j| facts[j].id.clone()).collect();
    }
}

/// The digits of an answer, so "at least 170" and "170" compare equal.
fn value_key(a: &str) -> String {
    let d: String = a
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == ' ')
        .collect();
    let d = d.split_whitespace().collect::<Vec<_>>().join("-");
    if d.is_empty() {
        crate::check::normalize(a)
    } else {
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::parse_source;

    #[test]
    fn surnames_used_alone_and_regions_named() {
        let src = parse_source(
            "t.txt",
            "Ann Maple Quill studied the caves near Brevin, in the department of Ostrava. \
             Then Quill wrote a book. The Abbé Noor went too; Noor stayed a week."
                .to_string(),
        );
        let alone = words_used_alone(std::slice::from_ref(&src));
        assert!(alone.contains("Quill"), "{alone:?}");
        assert!(alone.contains("Noor"), "after a title: {alone:?}");
        assert!(!alone.contains("Maple"), "inside a name: {alone:?}");
        let regions = regions_named(std::slice::from_ref(&src));
        assert_eq!(regions, vec!["Ostrava".to_string()]);
    }

    #[test]
    fn a_score_is_one_answer_and_one_percent_a_share() {
        let (f, _) = facts_of(
            "Title Line Here\n\nThe Rovers won 72–65 in the final, having led 9–9 at one point. \
             The risk of death is about one percent. The club printed 2–3 leaflets a week.\n",
        );
        let answers: Vec<(&str, Option<&str>)> = f
            .iter()
            .map(|x| (x.answer.as_str(), x.relation.as_deref()))
            .collect();
        assert!(answers.contains(&("72–65", Some(SCORE))), "{answers:?}");
        assert!(
            !answers.iter().any(|a| a.0 == "72" || a.0 == "65"),
            "{answers:?}"
        );
        assert!(
            answers.iter().any(|a| a.0.contains("one percent")),
            "{answers:?}"
        );
        // a range of a count is not a score
        assert!(!answers.contains(&("2–3", Some(SCORE))), "{answers:?}");
    }

    #[test]
    fn a_titled_name_is_a_person_whatever_the_vote() {
        let (_, al) = facts_of(
            "Title Line Here\n\nThey came back with the Abbé Jean Tavel on 21 May 1940. \
             Tavel drew the walls for a week.\n",
        );
        assert!(al.same("Abbé Jean Tavel", "Tavel"), "{:?}", al.groups());
        assert!(al.same("Jean Tavel", "Tavel"), "{:?}", al.groups());
        let (_, al) = facts_of(
            "Title Line Here\n\nThey met at Grand Central Terminal on 21 May 1940. \
             The Terminal was busy.\n",
        );
        assert!(
            !al.same("Grand Central Terminal", "Terminal"),
            "{:?}",
            al.groups()
        );
    }

    #[test]
    fn a_place_with_the_larger_place_after_a_comma() {
        let (_, al) = facts_of(
            "Title Line Here\n\nHe was born in Elmbridge Town, Surrey, in 1850. \
             They toured Rome, Paris and Vienna in 1870.\n",
        );
        assert!(
            al.same("Elmbridge Town", "Elmbridge Town, Surrey"),
            "{:?}",
            al.groups()
        );
        assert!(!al.same("Rome", "Rome, Paris"), "{:?}", al.groups());
    }

    fn facts_of(text: &str) -> (Vec<Fact>, Aliases) {
        let s = parse_source("t.txt", text.to_string());
        extract(&[s])
    }

    fn has(f: &[Fact], answer: &str, kind: Kind) -> bool {
        f.iter().any(|x| x.answer == answer && x.kind == kind)
    }

    #[test]
    fn numbers_with_qualifiers_ranges_and_nouns() {
        let (f, _) = facts_of("Title Line Here\n\nThe flood killed at least 45 people and destroyed between 1,200 and 1,500 homes in the valley last spring.\n");
        assert!(
            has(&f, "at least 45", Kind::Number),
            "{:#?}",
            f.iter().map(|x| &x.answer).collect::<Vec<_>>()
        );
        assert!(has(&f, "between 1,200 and 1,500", Kind::Number));
        let n = f.iter().find(|x| x.answer == "at least 45").unwrap();
        assert_eq!(n.relation.as_deref(), Some("number of people"));
    }

    #[test]
    fn dates_years_months_and_spans() {
        let (f, _) = facts_of("Title Line Here\n\nThe bridge opened in June 1998 and was rebuilt from 2005 to 2007 after a storm in 2004.\n");
        assert!(has(&f, "June 1998", Kind::Date));
        assert!(has(&f, "2005 to 2007", Kind::Date));
        assert!(has(&f, "2004", Kind::Date));
    }

    #[test]
    fn names_with_particles_and_kinds() {
        let (f, _) = facts_of("Title Line Here\n\nThe deal was signed by Omar bin Laden and Maria de la Cruz at the University of Lisbon in Portugal last week.\n");
        assert!(
            has(&f, "Omar bin Laden", Kind::Person),
            "{:#?}",
            f.iter().map(|x| (&x.answer, x.kind)).collect::<Vec<_>>()
        );
        assert!(has(&f, "the University of Lisbon", Kind::Organization));
        assert!(has(&f, "Portugal", Kind::Place));
    }

    #[test]
    fn aliases_from_or_parentheses_and_initials() {
        let (_, a) = facts_of("Title Line Here\n\nThe World Health Organization (WHO) praised the National Flood Agency, or NFA, for its work this year.\nLater the NFA said the Global River Watch had helped, and GRW agreed with the assessment.\n");
        assert!(a.same("World Health Organization", "WHO"));
        assert!(a.same("National Flood Agency", "NFA"));
        assert!(a.same("Global River Watch", "GRW"));
    }

    #[test]
    fn surname_alias_and_spelling_variant() {
        let (_, a) = facts_of("Title Line Here\n\nThe report was written by Margaret Thornbury in the spring of that year.\n\nThornbury said the results were clear to everyone in the room.\n\nMargaret Thornburry presented it again in the autumn to the board.\n");
        assert!(a.same("Margaret Thornbury", "Thornbury"));
        assert!(a.same("Margaret Thornbury", "Margaret Thornburry"));
    }

    #[test]
    fn dangling_pronoun_is_resolved_or_given_context() {
        let (f, _) = facts_of("Title Line Here\n\nThe Green River Society was founded by local farmers in the north.\n\nIt has grown to 4,000 members since its first meeting.\n");
        let n = f.iter().find(|x| x.answer.contains("4,000")).unwrap();
        assert_eq!(
            n.resolved.as_ref().map(|r| r.1.as_str()),
            Some("the Green River Society")
        );
        assert!(n.context.is_some());
    }

    #[test]
    fn relative_weekday_resolved_against_document_date() {
        let (f, _) = facts_of("Storm News Today\n\nJane Doe | August 26, 2021 | 9:00am\n\nOn Tuesday, the storm destroyed 300 houses along the northern coast of the island.\n");
        let n = f.iter().find(|x| x.answer == "300").unwrap();
        assert_eq!(n.resolved_date.as_deref(), Some("Tuesday = 24 August 2021"));
    }

    #[test]
    fn last_year_and_this_year_are_resolved() {
        let (f, _) = facts_of("Storm News Today\n\nJane Doe | August 26, 2021 | 9:00am\n\nIn March last year, the river flooded 40 villages along the plain.\n");
        let n = f.iter().find(|x| x.answer == "40").unwrap();
        assert_eq!(n.resolved_date.as_deref(), Some("last year = 2020"));
    }

    #[test]
    fn roles_responsibility_and_is_a_definitions() {
        let (f, _) = facts_of("Title Line Here\n\nThe dam was designed by Ada Lindqvist, the chief engineer of the Northern Water Board, in the spring.\n\nThe Red Hand Brigade claimed responsibility for the blast in the harbor last night.\n\nThe Kestrel Bridge is a steel arch bridge over the river near the old port.\n\nThe plan was approved by board chairman Tom Reyes after a long debate about costs.\n");
        let ada = f.iter().find(|x| x.answer == "Ada Lindqvist").unwrap();
        assert_eq!(
            ada.relation.as_deref(),
            Some("role: the chief engineer of the Northern Water Board")
        );
        let brigade = f
            .iter()
            .find(|x| x.answer.contains("Red Hand Brigade"))
            .unwrap();
        assert_eq!(
            brigade.relation.as_deref(),
            Some("claimed responsibility for the blast in the harbor last night")
        );
        let def = f.iter().find(|x| x.kind == Kind::Definition).unwrap();
        assert_eq!(
            def.answer,
            "a steel arch bridge over the river near the old port"
        );
        assert_eq!(def.relation.as_deref(), Some("what the Kestrel Bridge is"));
        let tom = f.iter().find(|x| x.answer == "Tom Reyes").unwrap();
        assert_eq!(tom.relation.as_deref(), Some("role: board chairman"));
    }

    #[test]
    fn acronym_rejoins_a_name_split_at_commas_and_nationality_adjectives_are_not_names() {
        let (f, a) = facts_of("Title Line Here\n\nThe International Weights, Measures and Standards Bureau (IWMSB) was praised by the Italian scholar Lucia Ferri in 1990.\n");
        assert!(
            a.same(
                "International Weights, Measures and Standards Bureau",
                "IWMSB"
            ),
            "{:?}",
            a.groups()
        );
        assert!(f
            .iter()
            .any(|x| x.answer == "The International Weights, Measures and Standards Bureau"));
        assert!(
            !f.iter().any(|x| x.answer.contains("Italian")),
            "{:?}",
            f.iter().map(|x| &x.answer).collect::<Vec<_>>()
        );
        assert!(f
            .iter()
            .any(|x| x.answer == "Lucia Ferri" && x.kind == Kind::Person));
    }

    #[test]
    fn definitions_and_attribution() {
        let (f, _) = facts_of("Title Line Here\n\nThe term Sahel refers to the belt of land south of the Sahara, says Amina Yusuf, a geographer at the Royal Institute.\n");
        let d = f.iter().find(|x| x.kind == Kind::Definition).unwrap();
        assert_eq!(d.answer, "the belt of land south of the Sahara");
        assert_eq!(d.attribution.as_deref(), Some("Amina Yusuf"));
    }

    #[test]
    fn sources_that_disagree_are_linked() {
        let a = parse_source("a.txt", "Title One Here\n\nThe earthquake killed at least 120 people in Lisbon on Monday morning.\n".into());
        let b = parse_source("b.txt", "Title Two Here\n\nOfficials said more than 200 people were killed when the earthquake struck Lisbon.\n".into());
        let (f, _) = extract(&[a, b]);
        let x = f.iter().find(|x| x.answer == "at least 120").unwrap();
        assert!(x.disagrees);
        assert_eq!(x.related.len(), 1);
    }

    #[test]
    fn answer_ranges_point_into_the_file() {
        let text = "Title Line Here\n\nFormally known as the [Blue Party](#), it has had 1,200 members since 1990 in the city of Porto.\n";
        let s = parse_source("t.md", text.to_string());
        let (f, _) = extract(&[s]);
        assert!(!f.is_empty());
        for x in &f {
            assert!(text.get(x.answer_start..x.answer_end).is_some());
            assert!(
                text[x.answer_start..x.answer_end].contains(x.answer.split(' ').next().unwrap()),
                "{} vs {}",
                &text[x.answer_start..x.answer_end],
                x.answer
            );
            assert_eq!(&x.display[x.answer_at.0..x.answer_at.1], x.answer);
        }
    }
}
