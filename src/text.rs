//! Text: decode a document, tell content from page furniture, read its
//! metadata (title, author, outlet, date) and split its body into sentences
//! that keep their byte range in the file.
//!
//! Every rule here is about the *shape* of lines (length, punctuation, link
//! density, capitalisation, boilerplate vocabulary), never about particular
//! documents.

use serde::{Deserialize, Serialize};

/// A calendar date as the document states it (day may be unknown).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// ISO form, "2021-08-26" (or "2021-08" when the day is unknown).
    pub fn iso(&self) -> String {
        if self.day == 0 {
            format!("{:04}-{:02}", self.year, self.month)
        } else {
            format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
        }
    }

    /// Human form, "26 August 2021".
    pub fn human(&self) -> String {
        let m = MONTHS[(self.month.clamp(1, 12) - 1) as usize];
        let mut m = m.to_string();
        if let Some(f) = m.get_mut(0..1) {
            f.make_ascii_uppercase();
        }
        if self.day == 0 {
            format!("{m} {}", self.year)
        } else {
            format!("{} {m} {}", self.day, self.year)
        }
    }

    /// Days since 0000-03-01 (proleptic Gregorian), for weekday arithmetic.
    pub fn ordinal(&self) -> i64 {
        let (y, m) = if self.month <= 2 {
            (self.year as i64 - 1, self.month as i64 + 9)
        } else {
            (self.year as i64, self.month as i64 - 3)
        };
        365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + self.day.max(1) as i64 - 1
    }

    pub fn from_ordinal(n: i64) -> Date {
        let mut y = (10000 * n + 14780) / 3652425;
        let mut ddd = n - (365 * y + y / 4 - y / 100 + y / 400);
        if ddd < 0 {
            y -= 1;
            ddd = n - (365 * y + y / 4 - y / 100 + y / 400);
        }
        let mi = (100 * ddd + 52) / 3060;
        let mm = (mi + 2) % 12 + 1;
        let y = y + (mi + 2) / 12;
        let dd = ddd - (mi * 306 + 5) / 10 + 1;
        Date {
            year: y as i32,
            month: mm as u32,
            day: dd as u32,
        }
    }

    /// 0 = Monday .. 6 = Sunday.
    pub fn weekday(&self) -> u32 {
        // 0000-03-01 was a Wednesday.
        ((self.ordinal() + 2).rem_euclid(7)) as u32
    }
}

/// Lower-casing that skips Unicode case tables for ASCII text (most words).
pub trait Lower {
    fn lower(&self) -> String;
}

impl Lower for str {
    fn lower(&self) -> String {
        if self.is_ascii() {
            self.to_ascii_lowercase()
        } else {
            self.to_lowercase()
        }
    }
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month number for a month name or its usual abbreviation ("Aug", "Sept.").
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 || w.len() > 9 || !w.is_ascii() || !w.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let w = w.to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() <= 4 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// What a block of the document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    /// Running text: the place facts come from.
    Body,
    /// A section heading (often a question in explainers).
    Heading,
    /// An image caption or photo credit: may hold a fact, marked as such.
    Caption,
    /// Title, byline, date line, section labels.
    Meta,
    /// Menus, sign-up forms, legal footers, player residue, separators.
    Furniture,
    /// A speaker-name line in an interview transcript.
    Speaker,
}

/// A line or paragraph of the document with its byte range in the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
    /// In a transcript, who says this.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// In a transcript, the turn belongs to the interviewer (questions, not facts).
    #[serde(default)]
    pub interviewer: bool,
}

/// A sentence: a verbatim slice of the file plus its display text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Byte range in the source's `text`.
    pub start: usize,
    pub end: usize,
    /// The verbatim slice, whitespace runs folded to one space.
    pub quote: String,
    /// Display text: markdown link syntax removed.
    pub text: String,
    /// Index of the block (paragraph) the sentence is in.
    pub block: usize,
    pub kind: BlockKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    #[serde(default)]
    pub interviewer: bool,
}

/// One source document, cleaned and segmented.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub file: String,
    pub title: String,
    pub authors: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The date line as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date_text: Option<String>,
    /// The decoded text; every byte range refers to it. For .txt and .md
    /// files it is the file itself; for .html the text with tags removed.
    #[serde(skip)]
    pub text: String,
    #[serde(skip)]
    pub blocks: Vec<Block>,
    #[serde(skip)]
    pub sentences: Vec<Sentence>,
}

impl Source {
    /// "Greg Reeson · Politically Speaking · 29 August 2021": who, where and
    /// when, from what the text gives (empty when it gives none).
    pub fn byline(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if !self.authors.is_empty() {
            parts.push(self.authors.join(", "));
        }
        parts.extend(self.outlet.clone());
        parts.extend(self.date.map(|d| d.human()));
        parts.join(" · ")
    }
}

/// Why a document could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    Empty,
    Binary,
    TooLarge { bytes: usize, limit: usize },
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Empty => write!(f, "the file is empty or has no readable text"),
            ReadError::Binary => write!(f, "the file looks like binary data, not text"),
            ReadError::TooLarge { bytes, limit } => {
                write!(
                    f,
                    "the file is {} MB; the limit is {} MB",
                    bytes / 1_000_000,
                    limit / 1_000_000
                )
            }
        }
    }
}

/// Largest document accepted.
pub const MAX_BYTES: usize = 20_000_000;

/// Decodes bytes (invalid UTF-8 replaced), refusing binary and empty input.
pub fn decode(bytes: &[u8]) -> Result<String, ReadError> {
    if bytes.len() > MAX_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len(),
            limit: MAX_BYTES,
        });
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let nul = sample.iter().filter(|b| **b == 0).count();
    if nul > 0 {
        return Err(ReadError::Binary);
    }
    let text = String::from_utf8_lossy(bytes);
    let bad = text
        .chars()
        .take(8192)
        .filter(|c| *c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()))
        .count();
    if bad * 10 > text.chars().take(8192).count().max(1) {
        return Err(ReadError::Binary);
    }
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string();
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(text)
}

/// Reads a document from its file name and bytes.
pub fn read_source(file: &str, bytes: &[u8]) -> Result<Source, ReadError> {
    let text = decode(bytes)?;
    let lower = file.to_ascii_lowercase();
    let text = if lower.ends_with(".html") || lower.ends_with(".htm") || looks_like_html(&text) {
        html_to_text(&text)
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty);
    }
    Ok(parse_source(file, text))
}

fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..200.min(text.trim_start().len()))
        .unwrap_or("")
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Strips tags, drops scripts and styles, decodes entities; block-level tags
/// become paragraph breaks.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let lower = html.to_ascii_lowercase();
    let mut i = 0;
    let bytes = html.as_bytes();
    while i < html.len() {
        if bytes[i] == b'<' {
            let Some(close) = html[i..].find('>') else {
                break;
            };
            let tag = &lower[i + 1..i + close];
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            i += close + 1;
            if !tag.starts_with('/')
                && matches!(
                    name.as_str(),
                    "script" | "style" | "noscript" | "template" | "svg"
                )
            {
                let end_tag = format!("</{name}");
                match lower[i..].find(&end_tag) {
                    Some(p) => {
                        i += p;
                        i += html[i..].find('>').map_or(html.len() - i, |q| q + 1);
                    }
                    None => i = html.len(),
                }
                continue;
            }
            if tag.starts_with("!--") {
                continue;
            }
            let block = matches!(
                name.as_str(),
                "p" | "div"
                    | "br"
                    | "li"
                    | "ul"
                    | "ol"
                    | "h1"
                    | "h2"
                    | "h3"
                    | "h4"
                    | "h5"
                    | "h6"
                    | "tr"
                    | "table"
                    | "section"
                    | "article"
                    | "header"
                    | "footer"
                    | "nav"
                    | "blockquote"
                    | "figcaption"
                    | "figure"
                    | "title"
                    | "hr"
            );
            if block {
                out.push_str("\n\n");
            } else if name == "td" || name == "th" {
                out.push(' ');
            }
        } else if bytes[i] == b'&' {
            let end = html[i..].find(';').filter(|e| *e <= 10);
            match end.and_then(|e| decode_entity(&html[i + 1..i + e]).map(|c| (c, e))) {
                Some((c, e)) => {
                    out.push(c);
                    i += e + 1;
                }
                None => {
                    out.push('&');
                    i += 1;
                }
            }
        } else {
            let next = html[i..].find(['<', '&']).map_or(html.len(), |p| i + p);
            out.push_str(&html[i..next]);
            i = next;
        }
    }
    // Fold runs of blank lines and trailing spaces.
    let mut clean = String::with_capacity(out.len());
    let mut blank = 0;
    for line in out.lines() {
        let l = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if l.is_empty() {
            blank += 1;
            continue;
        }
        if !clean.is_empty() {
            clean.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        clean.push_str(&l);
    }
    clean
}

fn decode_entity(e: &str) -> Option<char> {
    if let Some(num) = e.strip_prefix('#') {
        let n = if let Some(h) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(h, 16).ok()?
        } else {
            num.parse().ok()?
        };
        return char::from_u32(n);
    }
    Some(match e {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "mdash" => '—',
        "ndash" => '–',
        "rsquo" => '’',
        "lsquo" => '‘',
        "rdquo" => '”',
        "ldquo" => '“',
        "hellip" => '…',
        "copy" => '©',
        "eacute" => 'é',
        _ => return None,
    })
}

/// A line of the raw text with its byte range.
#[derive(Debug, Clone)]
struct Line<'a> {
    start: usize,
    text: &'a str,
}

fn lines_with_offsets(text: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut pos = 0;
    for raw in text.split_inclusive('\n') {
        let body = raw.trim_end_matches(['\n', '\r']);
        let lead = body.len() - body.trim_start().len();
        let t = body.trim();
        out.push(Line {
            start: pos + lead,
            text: t,
        });
        pos += raw.len();
    }
    out
}

/// Removes markdown link syntax, keeping the link text: "[text](#)" -> "text".
pub fn strip_markdown_links(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let close = after.find("](");
        let paren_end = close.and_then(|c| after[c + 2..].find(')').map(|p| c + 2 + p));
        match (close, paren_end) {
            (Some(c), Some(p))
                if !after[..c].contains(['[', '\n']) && !after[c + 2..p].contains(' ') =>
            {
                out.push_str(&rest[..open]);
                out.push_str(&after[..c]);
                rest = &after[p + 1..];
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn words(s: &str) -> Vec<&str> {
    s.split_whitespace().collect()
}

const BOILERPLATE: &[&str] = &[
    "subscribe",
    "subscription",
    "subscriptions",
    "newsletter",
    "newsletters",
    "sign",
    "signup",
    "login",
    "log",
    "privacy",
    "cookie",
    "cookies",
    "terms",
    "copyright",
    "rights",
    "reserved",
    "advertise",
    "advertisement",
    "advertising",
    "share",
    "tweet",
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "email",
    "e-mail",
    "inbox",
    "unsubscribe",
    "menu",
    "font",
    "audio",
    "min",
    "download",
    "sitemap",
    "rss",
    "sell",
    "merch",
    "donate",
    "comments",
    "comment",
    "recommended",
    "trending",
    "headlines",
    "photos",
    "podcast",
    "podcasts",
    "loading",
    "skip",
    "cancel",
    "submit",
    "delivered",
    "preferences",
    "settings",
    "subscribers",
    "membership",
    "register",
    "registered",
    "previous",
    "click",
    "here",
    "policy",
    "content",
    "update",
    "updates",
    "info",
    "contact",
    "notice",
    "account",
    "member",
    "partners",
    "offers",
    "daily",
    "weekly",
    "signing",
];

fn is_boilerplate_word(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    let w = w.trim_matches(|c: char| !(c.is_alphanumeric() || c == '-'));
    if w.len() < 2 || w.len() > 13 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 13];
    for (b, c) in buf.iter_mut().zip(w.bytes()) {
        *b = c.to_ascii_lowercase();
    }
    let lower = std::str::from_utf8(&buf[..w.len()]).unwrap_or("");
    SET.get_or_init(|| BOILERPLATE.iter().copied().collect())
        .contains(lower)
}

/// Does the line end like a sentence?
fn ends_sentence(s: &str) -> bool {
    let t = s.trim_end_matches(['"', '\'', '”', '’', ')', ']', '*', '_']);
    t.ends_with(['.', '!', '?', '…', ':', ';'])
}

fn is_separator(s: &str) -> bool {
    !s.is_empty() && !s.chars().any(char::is_alphanumeric)
}

fn is_timestamp_residue(s: &str) -> bool {
    let ws = words(s);
    !ws.is_empty()
        && ws
            .iter()
            .all(|w| w.chars().all(|c| c.is_ascii_digit() || c == ':') && w.contains(':'))
}

/// Share of the line's characters that sit inside markdown links.
fn link_density(s: &str) -> f32 {
    let total = s.chars().filter(|c| !c.is_whitespace()).count().max(1);
    let plain = strip_markdown_links(s);
    let mut linked = 0;
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find("](") {
            Some(c) => {
                linked += after[..c].chars().filter(|c| !c.is_whitespace()).count();
                rest = &after[c..];
            }
            None => break,
        }
    }
    let _ = plain;
    linked as f32 / total as f32
}

fn is_capitalized_word(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// A line shaped like a person's name: 2-4 capitalized words, no digits, no
/// sentence punctuation.
pub fn looks_like_name(s: &str) -> bool {
    let ws = words(s);
    (2..=4).contains(&ws.len())
        && ws.iter().all(|w| {
            let w = w.trim_end_matches(',');
            (is_capitalized_word(w)
                || matches!(
                    w,
                    "al" | "bin" | "ibn" | "de" | "van" | "von" | "da" | "del" | "la" | "le"
                ))
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\'' | '’'))
        })
        && !ends_sentence(s)
        && !ws
            .iter()
            .any(|w| is_boilerplate_word(w) || month_number(w).is_some())
}

/// Finds a date written in `s`: "Aug 29, 2021", "1 September 2021",
/// "08/27/2021", "2021-08-27". Returns the date and its byte range.
pub fn find_date(s: &str) -> Option<(Date, usize, usize)> {
    let toks = tokens(s);
    for (i, &(a, aw)) in toks.iter().enumerate() {
        // "Month D, YYYY" and "D Month YYYY"
        let second = toks.get(i + 1).map(|t| t.1);
        let day_month = match (month_number(aw), parse_day(aw)) {
            (Some(m), _) => second.and_then(parse_day).map(|d| (d, m)),
            (None, Some(d)) => second.and_then(month_number).map(|m| (d, m)),
            _ => None,
        };
        if let (Some((d, m)), Some(&(ye, y))) = (day_month, toks.get(i + 2)) {
            if let Some(y) = parse_year(y) {
                return Some((
                    Date {
                        year: y,
                        month: m,
                        day: d,
                    },
                    a,
                    ye + y.to_string().len(),
                ));
            }
        }
        // MM/DD/YYYY or YYYY-MM-DD
        let parts: Vec<&str> = aw.split(['/', '-']).collect();
        if parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        {
            let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
            if n.len() == 3 {
                let (y, m, d) = if parts[0].len() == 4 {
                    (n[0], n[1], n[2])
                } else {
                    (n[2], n[0], n[1])
                };
                if (1000..3000).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d) {
                    return Some((
                        Date {
                            year: y as i32,
                            month: m,
                            day: d,
                        },
                        a,
                        a + aw.len(),
                    ));
                }
            }
        }
    }
    None
}

/// Word tokens with their byte offsets (punctuation trimmed from the ends,
/// but a glued prefix like "readAug" is split at the case change).
fn tokens(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut pos = 0;
    for w in s.split_inclusive(char::is_whitespace) {
        let t = w.trim_end();
        let lead = t.len() - t.trim_start_matches(|c: char| !c.is_alphanumeric()).len();
        let core = t
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim_end_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() {
            // split "readAug" -> "read" "Aug"
            let split = core
                .char_indices()
                .skip(1)
                .find(|(i, c)| c.is_uppercase() && core[..*i].chars().all(|p| p.is_lowercase()));
            match split {
                Some((i, _)) => {
                    out.push((pos + lead, &core[..i]));
                    out.push((pos + lead + i, &core[i..]));
                }
                None => out.push((pos + lead, core)),
            }
        }
        pos += w.len();
    }
    out
}

fn parse_day(w: &str) -> Option<u32> {
    let w = w.trim_end_matches(|c: char| c.is_alphabetic());
    let d: u32 = w.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn parse_year(w: &str) -> Option<i32> {
    let y: i32 = w.parse().ok()?;
    (w.len() == 4 && (1000..3000).contains(&y)).then_some(y)
}

/// Title-cases a name written in capitals ("JONATHAN SCHRODEN").
fn tidy_name(s: &str) -> String {
    let s = s.trim().trim_end_matches([',', '.', '|']).trim();
    if s.chars()
        .filter(|c| c.is_alphabetic())
        .all(|c| c.is_uppercase())
    {
        s.split_whitespace()
            .map(|w| {
                let mut cs = w.chars();
                match cs.next() {
                    Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().lower(),
                    None => String::new(),
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    } else {
        s.to_string()
    }
}

/// Parses decoded text into a [`Source`].
pub fn parse_source(file: &str, text: String) -> Source {
    let lines = lines_with_offsets(&text);
    let mut blocks: Vec<Block> = Vec::new();
    let mut title: Option<String> = None;
    let mut authors: Vec<String> = Vec::new();
    let mut outlet: Option<String> = None;
    let mut date: Option<(Date, String)> = None;

    // Speaker lines: name-shaped lines that recur (interview transcripts).
    let mut name_counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in &lines {
        if looks_like_name(l.text) && words(l.text).len() <= 3 {
            *name_counts.entry(l.text).or_default() += 1;
        }
    }
    let speakers: Vec<&str> = name_counts
        .iter()
        .filter(|(_, n)| **n >= 3)
        .map(|(s, _)| *s)
        .collect();

    let first_body = lines
        .iter()
        .position(|l| {
            let ws = words(l.text);
            ws.len() >= 12 && ends_sentence(l.text) && link_density(l.text) < 0.5
        })
        .unwrap_or(lines.len());

    let mut prev_text: Option<&str> = None;
    let mut seen_body = false;
    for (idx, l) in lines.iter().enumerate() {
        let t = l.text;
        if t.is_empty() {
            continue;
        }
        let ws = words(t);
        let plain = strip_markdown_links(t);
        let lower = plain.lower();
        let boiler = ws.iter().filter(|w| is_boilerplate_word(w)).count();
        let mut kind = BlockKind::Body;
        let mut speaker = None;
        let is_dup = prev_text == Some(t);
        prev_text = Some(t);
        let in_header =
            idx < first_body && !seen_body && !blocks.iter().any(|b| b.kind == BlockKind::Speaker);

        if is_separator(t) || is_timestamp_residue(t) || is_dup {
            kind = BlockKind::Furniture;
        } else if speakers.contains(&t) {
            kind = BlockKind::Speaker;
            speaker = Some(t.to_string());
        } else if link_density(t) > 0.6 || t.starts_with('©') || lower.starts_with("copyright") {
            kind = BlockKind::Furniture;
        } else if is_caption(&plain) {
            kind = BlockKind::Caption;
        } else if (ws.len() <= 40
            && boiler * 4 >= ws.len().max(1)
            && boiler >= 1
            && (ws.len() <= 6 || boiler >= 3))
            || (ws.len() <= 3 && !ends_sentence(t) && boiler >= 1)
        {
            kind = BlockKind::Furniture;
        } else if !in_header
            && idx < 40
            && ws.len() <= 8
            && !ends_sentence(t)
            && (byline(t).is_some() || find_date(t).is_some())
            && blocks.iter().filter(|b| b.kind == BlockKind::Body).count() < 4
        {
            // a byline or date line just below a standfirst or a caption
            kind = BlockKind::Meta;
            if let Some(name) = byline(t) {
                if authors.is_empty() {
                    authors.push(name);
                }
            }
            if let (None, Some((d, a, b))) = (&date, find_date(t)) {
                date = Some((d, t[a..b].to_string()));
            }
        } else if in_header {
            kind = BlockKind::Meta;
            // byline, date line, title
            let lt = t.lower();
            if let Some(rest) = lt
                .find("by ")
                .filter(|p| {
                    *p == 0
                        || lt[..*p].trim_end().ends_with(['|', ':'])
                        || lt[..*p].split_whitespace().count() <= 1
                })
                .map(|p| &t[p + 3..])
            {
                if looks_like_name(rest.split('|').next().unwrap_or("")) {
                    authors.push(tidy_name(rest.split('|').next().unwrap_or("")));
                }
            }
            if let Some((d, a, b)) = find_date(t) {
                if date.is_none() {
                    date = Some((d, t[a..b].to_string()));
                }
                // "Name | Date | time"
                let head = t.split('|').next().unwrap_or("").trim();
                if t.contains('|') && looks_like_name(head) && authors.is_empty() {
                    authors.push(tidy_name(head));
                }
            } else if looks_like_name(t) && title.is_some() && byline(t).is_none() {
                if authors.is_empty() {
                    authors.push(tidy_name(t));
                } else if outlet.is_none() && words(t).len() <= 4 {
                    outlet = Some(t.to_string());
                }
            } else if title.is_none()
                && ws.len() >= 3
                && !(t
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase))
            {
                let mut tt = plain.trim().to_string();
                // "Opinion | Title" -> "Title"
                if let Some((label, rest)) = tt.split_once(" | ") {
                    if words(label).len() <= 2 {
                        tt = rest.trim().to_string();
                    }
                }
                title = Some(tt);
            }
            // otherwise a standfirst or dek: a summary, kept as meta
        } else if ws.len() <= 14
            && (!ends_sentence(t)
                || (t.ends_with('?') && !seen_body)
                || (t.ends_with('?')
                    && idx + 1 < lines.len()
                    && lines[idx + 1].text.is_empty()
                    && blocks.last().is_some_and(|b| b.kind != BlockKind::Speaker)))
        {
            // a short line without sentence punctuation, or a question standing alone: a heading
            kind = BlockKind::Heading;
        }
        if kind == BlockKind::Body {
            seen_body = true;
        }
        blocks.push(Block {
            start: l.start,
            end: l.start + t.len(),
            kind,
            speaker,
            interviewer: false,
        });
    }

    // Legal or sign-up text between pieces of furniture ("By signing up you
    // agree…"): a body block with dense boilerplate vocabulary whose
    // neighbours are furniture is furniture too.
    for i in 0..blocks.len() {
        if blocks[i].kind != BlockKind::Body {
            continue;
        }
        let around = |j: Option<usize>| {
            j.and_then(|j| blocks.get(j))
                .is_none_or(|b| b.kind == BlockKind::Furniture)
        };
        let t = &text[blocks[i].start..blocks[i].end];
        let ws = words(t);
        let boiler = ws.iter().filter(|w| is_boilerplate_word(w)).count();
        if around(i.checked_sub(1)) && around(Some(i + 1)) && boiler * 12 >= ws.len() && boiler >= 2
        {
            blocks[i].kind = BlockKind::Furniture;
        }
    }
    // Footer: after a separator or a "see also"-style line that comes late in
    // the document, the rest is author bios, related links and menus.
    let total_body = blocks.iter().filter(|b| b.kind == BlockKind::Body).count();
    let mut body_seen = 0;
    let mut cut = None;
    for (i, b) in blocks.iter().enumerate() {
        let t = &text[b.start..b.end];
        if b.kind == BlockKind::Body {
            body_seen += 1;
        }
        let late = body_seen * 10 >= total_body * 6 && total_body >= 3;
        let marker = is_separator(t)
            || (words(t).len() <= 3
                && t.ends_with(':')
                && words(t).iter().any(|w| is_boilerplate_word(w)));
        if late && marker {
            cut = Some(i);
            break;
        }
    }
    if let Some(c) = cut {
        for b in blocks.iter_mut().skip(c) {
            b.kind = BlockKind::Furniture;
        }
    }
    // Transcript turns: attribute each body block to the last speaker line.
    if !speakers.is_empty() {
        let mut current: Option<String> = None;
        let mut questions: std::collections::BTreeMap<String, (usize, usize)> =
            std::collections::BTreeMap::new();
        for b in blocks.iter_mut() {
            if b.kind == BlockKind::Speaker {
                current = b.speaker.clone();
            } else if b.kind == BlockKind::Body || b.kind == BlockKind::Heading {
                if let Some(s) = &current {
                    b.speaker = Some(s.clone());
                    b.kind = BlockKind::Body;
                    let e = questions.entry(s.clone()).or_default();
                    e.1 += 1;
                    if text[b.start..b.end].trim_end().ends_with('?') {
                        e.0 += 1;
                    }
                }
            }
        }
        // The interviewer is the speaker whose turns are most often questions.
        let interviewer = questions
            .iter()
            .max_by(|a, b| {
                (a.1 .0 as f32 / a.1 .1.max(1) as f32)
                    .total_cmp(&(b.1 .0 as f32 / b.1 .1.max(1) as f32))
            })
            .map(|(s, _)| s.clone());
        for b in blocks.iter_mut() {
            if b.speaker.is_some() && b.speaker == interviewer && b.kind != BlockKind::Speaker {
                b.interviewer = true;
            }
        }
        // An interview without a byline: the interviewer wrote it; the title says who was interviewed.
        if let Some(iv) = &interviewer {
            if authors.is_empty() {
                authors.push(iv.clone());
            }
            let guest = questions
                .keys()
                .filter(|k| *k != iv)
                .max_by_key(|k| questions[*k].1);
            if let (None, Some(g)) = (&title, guest) {
                title = Some(format!("Interview with {g}"));
            }
        }
    }
    // Outlet from a copyright line: "© 2021 Example Media LLC" -> "Example Media".
    if outlet.is_none() {
        outlet = lines
            .iter()
            .rev()
            .take(30)
            .find_map(|l| copyright_holder(l.text));
    }

    let title = title.unwrap_or_else(|| title_from_file(file));
    let mut sentences = Vec::new();
    for (bi, b) in blocks.iter().enumerate() {
        if !matches!(b.kind, BlockKind::Body | BlockKind::Caption) {
            continue;
        }
        // A caption's photo credit ("… the area. | AP Photo/Name") is not part of its text.
        let mut b_end = b.end;
        if b.kind == BlockKind::Caption {
            if let Some(p) = text[b.start..b.end]
                .rfind(" | ")
                .or_else(|| text[b.start..b.end].rfind(" (Photo"))
            {
                b_end = b.start + p;
            }
        }
        for (s, e) in split_sentences(&text[b.start..b_end]) {
            let (s, e) = (b.start + s, b.start + e);
            let raw = &text[s..e];
            let quote = raw.split_whitespace().collect::<Vec<_>>().join(" ");
            let display = strip_markdown_links(&quote);
            sentences.push(Sentence {
                start: s,
                end: e,
                quote,
                text: display,
                block: bi,
                kind: b.kind,
                speaker: b.speaker.clone(),
                interviewer: b.interviewer,
            });
        }
    }
    Source {
        file: file.to_string(),
        title,
        authors,
        outlet,
        date: date.as_ref().map(|d| d.0),
        date_text: date.map(|d| d.1),
        text,
        blocks,
        sentences,
    }
}

/// "By Jane Doe", "Opinion by JANE DOE", "Analysis: by Jane Doe" -> the name.
fn byline(t: &str) -> Option<String> {
    let lt = t.lower();
    let p = lt.find("by ")?;
    let ok = p == 0
        || lt[..p].trim_end().ends_with(['|', ':'])
        || lt[..p].split_whitespace().count() <= 1;
    let name = t[p + 3..].split('|').next()?.trim();
    (ok && looks_like_name(name)).then(|| tidy_name(name))
}

fn copyright_holder(t: &str) -> Option<String> {
    let rest = t
        .strip_prefix('©')
        .or_else(|| t.strip_prefix("Copyright ©"))
        .or_else(|| t.strip_prefix("Copyright"))?
        .trim();
    let rest = rest
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '-' || c == '–')
        .trim();
    let name: Vec<&str> = rest
        .split_whitespace()
        .take_while(|w| {
            !matches!(
                w.trim_end_matches([',', '.']),
                "LLC" | "Inc" | "Ltd" | "Corp" | "Corporation" | "Co" | "GmbH" | "plc" | "All"
            )
        })
        .collect();
    let n = name.join(" ").trim_end_matches([',', '.']).to_string();
    (!n.is_empty() && name.len() <= 5).then(|| tidy_name(&n))
}

fn is_caption(s: &str) -> bool {
    let l = s.lower();
    l.contains("(photo")
        || l.contains("photo by")
        || l.contains("| ap photo")
        || l.contains("getty images")
        || l.contains("/reuters")
        || l.starts_with("image from")
        || l.starts_with("image:")
        || l.starts_with("photo:")
        || l.contains("photograph:")
        || l.contains("(credit")
        // a credit after the caption's sentence: "… at the gallery. Image: Jane Roe."
        || [" image: ", " video: ", " photo: ", " credit: "]
            .iter()
            .any(|c| l.contains(c))
        || l.starts_with("video:")
}

/// The title a file without one gets: its name without the extension,
/// "_" and "-" as spaces.
pub fn title_from_file(file: &str) -> String {
    let base = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = base.rsplit_once('.').map_or(base, |(s, _)| s);
    stem.replace(['_', '-'], " ")
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov",
    "sen", "rep", "pres", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos",
    "vol", "fig", "approx", "dept", "est", "mt", "ft", "rev", "hon", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "al", "u.s",
    "u.n", "u.k", "a.m", "p.m",
];

/// Splits a paragraph into sentences; returns byte ranges (trimmed).
pub fn split_sentences(p: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let chars: Vec<(usize, char)> = p.char_indices().collect();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c == '\n' {
            push_trimmed(p, start, pos, &mut out);
            start = pos + 1;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            // swallow closing quotes/brackets and repeated marks
            let mut j = i + 1;
            while j < chars.len()
                && matches!(
                    chars[j].1,
                    '.' | '!' | '?' | '"' | '\'' | '”' | '’' | ')' | ']'
                )
            {
                j += 1;
            }
            let end = chars.get(j).map_or(p.len(), |x| x.0);
            // need whitespace then a sentence start
            let mut k = j;
            let mut saw_space = false;
            while k < chars.len() && chars[k].1.is_whitespace() && chars[k].1 != '\n' {
                k += 1;
                saw_space = true;
            }
            let next = chars.get(k).map(|x| x.1);
            let at_end = k >= chars.len() || next == Some('\n');
            let starts = next.is_some_and(|n| {
                n.is_uppercase()
                    || n.is_ascii_digit()
                    || matches!(n, '"' | '“' | '‘' | '\'' | '(' | '[' | '—' | '–')
            });
            if at_end || (saw_space && starts && !(c == '.' && is_abbreviation(p, pos, next))) {
                push_trimmed(p, start, end, &mut out);
                start = end;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(p, start, p.len(), &mut out);
    out
}

/// Is the '.' at byte `dot` the end of an abbreviation or initial rather than a sentence?
fn is_abbreviation(p: &str, dot: usize, next: Option<char>) -> bool {
    let before = &p[..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '[' | '—'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let lw = word.lower();
    if word.is_empty() {
        return false;
    }
    // Single capital initial: "J. Smith"
    if word.chars().count() == 1 && word.chars().all(char::is_uppercase) {
        return true;
    }
    // Dotted acronym "U.S" / "a.m": an abbreviation unless followed by a typical sentence opener
    if word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() <= 4 {
        return !next.is_some_and(|n| n == '"' || n == '“');
    }
    if ABBREVIATIONS.contains(&lw.as_str()) {
        // "in Jan." at sentence end followed by a capital is rare; months are
        // usually followed by a day number.
        return true;
    }
    false
}

fn push_trimmed(p: &str, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
    let seg = &p[s..e];
    let lead = seg.len() - seg.trim_start().len();
    let t = seg.trim();
    if t.chars().any(char::is_alphanumeric) {
        out.push((s + lead, s + lead + t.len()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_survive_abbreviations_and_initials() {
        let p = "Gen. Mark Milley spoke at 9 a.m. on Friday. The U.S. Embassy warned J. Smith. Dr. Who left.";
        let got: Vec<&str> = split_sentences(p).iter().map(|(s, e)| &p[*s..*e]).collect();
        assert_eq!(
            got,
            vec![
                "Gen. Mark Milley spoke at 9 a.m. on Friday.",
                "The U.S. Embassy warned J. Smith.",
                "Dr. Who left."
            ]
        );
    }

    #[test]
    fn sentences_keep_decimals_and_quotes() {
        let p = "It grew 2.5 percent. “It was bad,” she said. “Run!” He ran.";
        let got: Vec<&str> = split_sentences(p).iter().map(|(s, e)| &p[*s..*e]).collect();
        assert_eq!(
            got,
            vec![
                "It grew 2.5 percent.",
                "“It was bad,” she said.",
                "“Run!”",
                "He ran."
            ]
        );
    }

    #[test]
    fn dates_in_bylines() {
        assert_eq!(
            find_date("2 min readAug 29, 2021").map(|d| d.0),
            Some(Date {
                year: 2021,
                month: 8,
                day: 29
            })
        );
        assert_eq!(
            find_date("08/27/2021 06:30 PM EDT").map(|d| d.0),
            Some(Date {
                year: 2021,
                month: 8,
                day: 27
            })
        );
        assert_eq!(
            find_date("1 September 2021").map(|d| d.0),
            Some(Date {
                year: 2021,
                month: 9,
                day: 1
            })
        );
        assert_eq!(
            find_date("Jane Doe | March 3, 2019 | 2:02am").map(|d| d.0),
            Some(Date {
                year: 2019,
                month: 3,
                day: 3
            })
        );
        assert_eq!(find_date("no date here 2021"), None);
    }

    #[test]
    fn weekday_arithmetic() {
        let d = Date {
            year: 2021,
            month: 8,
            day: 26,
        };
        assert_eq!(WEEKDAYS[d.weekday() as usize], "thursday");
        assert_eq!(
            Date::from_ordinal(d.ordinal() + 7),
            Date {
                year: 2021,
                month: 9,
                day: 2
            }
        );
    }

    #[test]
    fn metadata_from_header_lines() {
        let text = "A Storm Hits the Coast\n\nJane Doe | March 3, 2019 | 2:02am EST\nShare\n\nThe storm made landfall on Tuesday with winds of 120 miles per hour, officials said in a statement.\n";
        let s = parse_source("x.txt", text.to_string());
        assert_eq!(s.title, "A Storm Hits the Coast");
        assert_eq!(s.authors, vec!["Jane Doe".to_string()]);
        assert_eq!(
            s.date,
            Some(Date {
                year: 2019,
                month: 3,
                day: 3
            })
        );
        assert_eq!(s.sentences.len(), 1);
        assert!(s.sentences[0].text.starts_with("The storm made landfall"));
    }

    #[test]
    fn opinion_byline_in_capitals() {
        let text = "NEWS\n\nOpinion | Why Bridges Fall\n\nOpinion by MARY ANN SMITH\n01/02/2020 10:00 AM EST\n\nBridges fall for many reasons, and most of them are well understood by engineers today.\n";
        let s = parse_source("x.txt", text.to_string());
        assert_eq!(s.title, "Why Bridges Fall");
        assert_eq!(s.authors, vec!["Mary Ann Smith".to_string()]);
        assert_eq!(s.date.map(|d| d.iso()), Some("2020-01-02".to_string()));
    }

    #[test]
    fn furniture_is_not_body() {
        let text = "Title Of The Piece Here\n\nThe first real sentence of the article is long enough to count as body text.\n\n--\n\n[Privacy Policy](#)\n\n[Terms of Service](#)\n\nSign up for our daily newsletter\n\n00:00 00:00\n\n© 2021 Some Company LLC\n";
        let s = parse_source("x.txt", text.to_string());
        assert_eq!(s.sentences.len(), 1, "{:?}", s.sentences);
    }

    #[test]
    fn ordinary_words_in_titles_and_legal_text_between_furniture() {
        let text = "The Printing Press\n\nThe press spread across Europe within fifty years of its invention in Mainz.\n\nSIGN UP\n\nBy signing up you agree to receive email newsletters and updates, and accept our privacy policy and terms of service.\n\n[Privacy Policy](#)\n";
        let s = parse_source("x.txt", text.to_string());
        assert_eq!(s.title, "The Printing Press");
        assert_eq!(s.sentences.len(), 1, "{:?}", s.sentences);
    }

    #[test]
    fn markdown_links_keep_their_text_and_quote_stays_verbatim() {
        let text = "Some Title Words\n\nFormally known as the [Blue Party](#), it has existed since 1990 and it has grown every year since.\n";
        let s = parse_source("x.md", text.to_string());
        assert_eq!(s.sentences[0].text, "Formally known as the Blue Party, it has existed since 1990 and it has grown every year since.");
        assert!(text.contains(&s.sentences[0].quote));
        assert_eq!(
            &text[s.sentences[0].start..s.sentences[0].end],
            s.sentences[0].quote
        );
    }

    #[test]
    fn html_is_stripped_and_entities_decoded() {
        let html = "<html><head><title>T</title><style>p{color:red}</style><script>var x = '<p>';</script></head><body><h1>Rivers &amp; Lakes</h1><p>The river is 300&nbsp;km long and it flows into the sea near the old town.</p></body></html>";
        let s = read_source("a.html", html.as_bytes()).unwrap();
        assert!(s.text.contains("Rivers & Lakes"));
        assert!(!s.text.contains("color"));
        assert!(!s.text.contains("var x"));
        assert_eq!(s.sentences.len(), 1);
    }

    #[test]
    fn bad_input_is_refused_with_a_reason() {
        assert_eq!(read_source("a.txt", b"").unwrap_err(), ReadError::Empty);
        assert_eq!(
            read_source("a.txt", b"   \n\n ").unwrap_err(),
            ReadError::Empty
        );
        assert_eq!(
            read_source("a.bin", &[0u8, 1, 2, 3, 0, 0, 255]).unwrap_err(),
            ReadError::Binary
        );
        let ok = read_source(
            "a.txt",
            b"Caf\xe9 is open. It serves tea every day of the week to anyone.",
        )
        .unwrap();
        assert!(ok.text.contains('\u{FFFD}'));
    }

    #[test]
    fn transcript_turns_are_attributed() {
        let text = "Ann Lee\nWhat happened?\nBob Stone\nThe dam broke in 1998 after three weeks of heavy rain in the valley.\nAnn Lee\nWhy?\nBob Stone\nThe walls were old and nobody had inspected them for twenty years.\nAnn Lee\nAnd then?\nBob Stone\nThe town rebuilt it.\n";
        let s = parse_source("x.txt", text.to_string());
        let dam = s
            .sentences
            .iter()
            .find(|x| x.text.contains("dam broke"))
            .unwrap();
        assert_eq!(dam.speaker.as_deref(), Some("Bob Stone"));
        assert!(!dam.interviewer);
        let q = s
            .sentences
            .iter()
            .find(|x| x.text == "What happened?")
            .unwrap();
        assert!(q.interviewer);
    }
}
