//! Codes for a classroom without a server.
//!
//! A **quiz code** holds a test's settings, its seed and a fingerprint of
//! the deck's texts, so every student who opens it gets the same questions
//! as the teacher's answer key. A **result code** holds a quiz code, a
//! student's name and which questions they got right. Both are written in
//! Crockford's base 32 (digits and capitals without I, L, O and U, so
//! nothing is ambiguous read aloud or from a board; when typed, I and L read
//! as 1 and O as 0, case is ignored), in groups of four, and end with a
//! check character (Luhn mod 32), so a mistyped or swapped character is
//! caught instead of giving another quiz.

use crate::deck::Deck;
use crate::generate::QuestionType;
use crate::progress::Settings;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Version of both code formats (their first byte): 1 for a quiz as the
/// settings give it, 2 for a reviewed quiz (drops follow the settings).
pub const CODE_VERSION: u8 = 2;

/// What a quiz code holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizCode {
    pub seed: u16,
    /// Questions; 0 means all.
    pub count: u8,
    pub types: Vec<QuestionType>,
    /// Source numbers (0-based, in deck order); empty means all.
    pub sources: Vec<usize>,
    /// Time limit in minutes; 0 means none.
    pub minutes: u8,
    /// Fingerprint of the deck's texts ([`fingerprint`]).
    pub deck: u32,
    /// Questions the teacher dropped in review: positions in the candidate
    /// order ([`crate::review::candidates`]), ascending.
    pub drops: Vec<usize>,
}

/// What a result code holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResultCode {
    pub quiz: QuizCode,
    pub name: String,
    /// Right or not, per question in quiz order.
    pub right: Vec<bool>,
}

/// Why a code could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeError {
    Empty,
    /// A character that is not in the code alphabet.
    BadCharacter(char),
    /// The check character does not match: a typo.
    Check,
    /// Made by a newer FactQuiz.
    Version(u8),
    /// Too short or inconsistent.
    Damaged,
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::Empty => write!(f, "The code is empty."),
            CodeError::BadCharacter(c) => {
                write!(f, "“{c}” cannot be in a code: check what you typed.")
            }
            CodeError::Check => write!(
                f,
                "This code has a typo: one of its characters is wrong or two are swapped."
            ),
            CodeError::Version(v) => write!(
                f,
                "This code was made by a newer version of FactQuiz (format {v})."
            ),
            CodeError::Damaged => write!(f, "This code is incomplete or damaged."),
        }
    }
}

/// A 24-bit fingerprint of the deck's texts (FNV-1a over file names and
/// texts in deck order): a quiz code made from another deck is recognised.
pub fn fingerprint(deck: &Deck) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for s in &deck.sources {
        for b in s.file.bytes().chain([0]).chain(s.text.bytes()).chain([0]) {
            h ^= u32::from(b);
            h = h.wrapping_mul(0x0100_0193);
        }
    }
    (h ^ (h >> 24)) & 0x00ff_ffff
}

fn luhn_check(values: &[u8]) -> u8 {
    // Luhn mod N, N = 32: every other value from the right is doubled.
    let mut factor = 2;
    let mut sum = 0u32;
    for &v in values.iter().rev() {
        let a = u32::from(v) * factor;
        sum += a / 32 + a % 32;
        factor = if factor == 2 { 1 } else { 2 };
    }
    ((32 - sum % 32) % 32) as u8
}

/// Bytes → grouped base-32 text with a check character.
fn to_code(bytes: &[u8]) -> String {
    let mut values = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for &b in bytes {
        acc = (acc << 8) | u32::from(b);
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            values.push(((acc >> bits) & 31) as u8);
        }
    }
    if bits > 0 {
        values.push(((acc << (5 - bits)) & 31) as u8);
    }
    values.push(luhn_check(&values));
    let chars: Vec<char> = values
        .iter()
        .map(|&v| ALPHABET[v as usize] as char)
        .collect();
    chars
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Grouped base-32 text → bytes, checking the check character.
fn from_code(text: &str) -> Result<Vec<u8>, CodeError> {
    let mut values = Vec::new();
    for c in text.chars() {
        let c = match c.to_ascii_uppercase() {
            '-' | ' ' | '\t' | '\n' | '\r' => continue,
            'I' | 'L' => '1',
            'O' => '0',
            c => c,
        };
        match ALPHABET.iter().position(|&a| a as char == c) {
            Some(v) => values.push(v as u8),
            None => return Err(CodeError::BadCharacter(c)),
        }
    }
    let Some(check) = values.pop() else {
        return Err(CodeError::Empty);
    };
    if luhn_check(&values) != check {
        return Err(CodeError::Check);
    }
    let mut bytes = Vec::new();
    let (mut acc, mut bits) = (0u32, 0);
    for v in values {
        acc = (acc << 5) | u32::from(v);
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            bytes.push(((acc >> bits) & 0xff) as u8);
        }
    }
    Ok(bytes)
}

/// Drops as bytes, whichever is shorter: a bit mask of the positions up to
/// the last drop (first byte 0x80 | its length in bytes: drops among the
/// first positions, as a review makes them), or the count and the
/// positions as gaps from the previous one, in LEB128.
fn drops_bytes(drops: &[usize]) -> Vec<u8> {
    let last = drops.iter().copied().max().unwrap_or(0);
    let mask_len = last / 8 + 1;
    let mut list = vec![drops.len().min(127) as u8];
    let mut prev = 0;
    for (k, &d) in drops.iter().take(127).enumerate() {
        let mut gap = if k == 0 { d } else { d - prev - 1 };
        prev = d;
        loop {
            let low = (gap & 0x7f) as u8;
            gap >>= 7;
            if gap == 0 {
                list.push(low);
                break;
            }
            list.push(low | 0x80);
        }
    }
    if mask_len <= 127 && mask_len < list.len() {
        let mut m = vec![0x80 | mask_len as u8];
        m.extend(vec![0u8; mask_len]);
        for &d in drops {
            m[1 + d / 8] |= 1 << (d % 8);
        }
        m
    } else {
        list
    }
}

/// Reads what [`drops_bytes`] wrote: the drops and the bytes taken.
fn read_drops(b: &[u8]) -> Option<(Vec<usize>, usize)> {
    let (&head, rest) = b.split_first()?;
    if head & 0x80 != 0 {
        let n = usize::from(head & 0x7f);
        let m = rest.get(..n)?;
        let drops = (0..n * 8)
            .filter(|i| m[i / 8] & (1 << (i % 8)) != 0)
            .collect();
        return Some((drops, 1 + n));
    }
    let mut drops = Vec::new();
    let mut at = 0;
    for k in 0..usize::from(head) {
        let (mut gap, mut shift) = (0usize, 0);
        loop {
            let byte = *rest.get(at)?;
            at += 1;
            gap |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                break;
            }
            if shift > 28 {
                return None;
            }
        }
        let d = if k == 0 { gap } else { drops.last()? + 1 + gap };
        drops.push(d);
    }
    Some((drops, 1 + at))
}

fn mask<T: PartialEq>(all: &[T], chosen: &[T]) -> u16 {
    all.iter()
        .enumerate()
        .filter(|(_, x)| chosen.contains(x))
        .fold(0, |m, (i, _)| m | (1 << i))
}

impl QuizCode {
    /// The code for a test with these settings and seed on this deck.
    pub fn new(deck: &Deck, settings: &Settings, seed: u16) -> QuizCode {
        QuizCode {
            seed,
            count: settings.count.map_or(0, |n| n.min(255) as u8),
            types: settings.types.clone(),
            sources: deck
                .sources
                .iter()
                .enumerate()
                .filter(|(_, s)| settings.sources.contains(&s.file))
                .map(|(i, _)| i)
                .take_while(|i| *i < 16)
                .collect(),
            minutes: settings.minutes.min(255) as u8,
            deck: fingerprint(deck),
            drops: Vec::new(),
        }
    }

    /// The same code with these drops (sorted, each once).
    pub fn with_drops(mut self, drops: &[usize]) -> QuizCode {
        let mut d = drops.to_vec();
        d.sort_unstable();
        d.dedup();
        self.drops = d;
        self
    }

    /// The questions this code stands for on `deck`: the same on every
    /// device, the teacher's drops replaced.
    pub fn questions(&self, deck: &Deck) -> Vec<crate::generate::Question> {
        crate::review::reviewed(
            deck,
            &self.settings(deck),
            u64::from(self.seed),
            &self.drops,
        )
    }

    /// The test settings this code stands for, on `deck`.
    pub fn settings(&self, deck: &Deck) -> Settings {
        Settings {
            count: (self.count > 0).then_some(usize::from(self.count)),
            sources: self
                .sources
                .iter()
                .filter_map(|i| deck.sources.get(*i).map(|s| s.file.clone()))
                .collect(),
            types: self.types.clone(),
            minutes: u32::from(self.minutes),
        }
    }

    fn bytes(&self) -> Vec<u8> {
        let types = mask(&QuestionType::ALL, &self.types) as u8;
        let sources = self.sources.iter().fold(0u16, |m, i| m | (1 << i));
        // A quiz without drops keeps the first format: the same code as before.
        let mut b = vec![if self.drops.is_empty() { 1 } else { 2 }];
        b.extend(self.seed.to_be_bytes());
        b.extend([self.count, types]);
        b.extend(sources.to_be_bytes());
        b.push(self.minutes);
        b.extend(&self.deck.to_be_bytes()[1..]);
        if !self.drops.is_empty() {
            b.extend(drops_bytes(&self.drops));
        }
        b
    }

    /// The code read from its bytes, and how many bytes it took.
    fn from_bytes(b: &[u8]) -> Result<(QuizCode, usize), CodeError> {
        let version = match b.first() {
            None => return Err(CodeError::Damaged),
            Some(&v) if v > CODE_VERSION => return Err(CodeError::Version(v)),
            Some(&0) => return Err(CodeError::Damaged),
            Some(&v) => v,
        };
        if b.len() < 11 {
            return Err(CodeError::Damaged);
        }
        let (drops, used) = if version >= 2 {
            let (d, n) = read_drops(&b[11..]).ok_or(CodeError::Damaged)?;
            (d, 11 + n)
        } else {
            (Vec::new(), 11)
        };
        let types: Vec<QuestionType> = QuestionType::ALL
            .into_iter()
            .enumerate()
            .filter(|(i, _)| b[4] & (1 << i) != 0)
            .map(|(_, t)| t)
            .collect();
        let sources = u16::from_be_bytes([b[5], b[6]]);
        let code = QuizCode {
            seed: u16::from_be_bytes([b[1], b[2]]),
            count: b[3],
            types,
            sources: (0..16).filter(|i| sources & (1 << i) != 0).collect(),
            minutes: b[7],
            deck: u32::from_be_bytes([0, b[8], b[9], b[10]]),
            drops,
        };
        Ok((code, used))
    }

    /// The code, e.g. `0G2K-0A7Q-00VZ-2M9X-PA4`.
    pub fn encode(&self) -> String {
        to_code(&self.bytes())
    }

    /// A code as a person typed it, written the standard way if it reads;
    /// one that does not read is kept (its words joined by hyphens, in
    /// capitals) so that what is wrong with it can be explained.
    pub fn tidy(typed: &str) -> String {
        QuizCode::decode(typed).map_or_else(
            |_| {
                typed
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join("-")
                    .to_uppercase()
            },
            |c| c.encode(),
        )
    }

    pub fn decode(text: &str) -> Result<QuizCode, CodeError> {
        let b = from_code(text)?;
        let (code, used) = QuizCode::from_bytes(&b)?;
        // A result code is longer: reading it as a quiz code is a mistake.
        if b.len() > used + 1 {
            return Err(CodeError::Damaged);
        }
        Ok(code)
    }
}

impl ResultCode {
    pub fn encode(&self) -> String {
        let mut b = self.quiz.bytes();
        let name = self.name.trim();
        let mut cut = name.len().min(60);
        while !name.is_char_boundary(cut) {
            cut -= 1;
        }
        b.push(cut as u8);
        b.extend(&name.as_bytes()[..cut]);
        let n = self.right.len().min(u16::MAX as usize);
        b.extend((n as u16).to_be_bytes());
        for chunk in self.right[..n].chunks(8) {
            b.push(
                chunk
                    .iter()
                    .enumerate()
                    .fold(0u8, |m, (i, r)| m | (u8::from(*r) << i)),
            );
        }
        to_code(&b)
    }

    pub fn decode(text: &str) -> Result<ResultCode, CodeError> {
        let b = from_code(text)?;
        let (quiz, used) = QuizCode::from_bytes(&b)?;
        let rest = b.get(used..).ok_or(CodeError::Damaged)?;
        let (&len, rest) = rest.split_first().ok_or(CodeError::Damaged)?;
        let name = rest.get(..usize::from(len)).ok_or(CodeError::Damaged)?;
        let name = String::from_utf8(name.to_vec()).map_err(|_| CodeError::Damaged)?;
        let rest = &rest[usize::from(len)..];
        if rest.len() < 2 {
            return Err(CodeError::Damaged);
        }
        let n = usize::from(u16::from_be_bytes([rest[0], rest[1]]));
        let bits = &rest[2..];
        if bits.len() < n.div_ceil(8) {
            return Err(CodeError::Damaged);
        }
        let right = (0..n).map(|i| bits[i / 8] & (1 << (i % 8)) != 0).collect();
        Ok(ResultCode { quiz, name, right })
    }

    pub fn score(&self) -> usize {
        self.right.iter().filter(|r| **r).count()
    }
}

/// The class view: one row per student, and the share right per question.
#[derive(Debug, Clone, PartialEq)]
pub struct Class {
    pub quiz: QuizCode,
    pub students: Vec<ResultCode>,
    /// Per question: how many of the students got it right.
    pub right_per_question: Vec<usize>,
}

impl Class {
    /// Reads result codes, one per line. Lines that cannot be read, or that
    /// belong to another quiz than the first one read, come back with the
    /// reason (line number, 1-based).
    pub fn from_lines(text: &str) -> (Option<Class>, Vec<(usize, String)>) {
        let mut class: Option<Class> = None;
        let mut problems = Vec::new();
        for (i, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match ResultCode::decode(line) {
                Err(e) => problems.push((i + 1, e.to_string())),
                Ok(r) => match &mut class {
                    None => {
                        class = Some(Class {
                            quiz: r.quiz.clone(),
                            right_per_question: r.right.iter().map(|x| usize::from(*x)).collect(),
                            students: vec![r],
                        })
                    }
                    Some(c) if c.quiz != r.quiz || c.right_per_question.len() != r.right.len() => {
                        problems.push((i + 1, "This result is from another quiz.".into()))
                    }
                    Some(c) => {
                        for (k, x) in r.right.iter().enumerate() {
                            c.right_per_question[k] += usize::from(*x);
                        }
                        c.students.push(r);
                    }
                },
            }
        }
        (class, problems)
    }

    /// Percentage right for question `k` (0-based), rounded down.
    pub fn percent(&self, k: usize) -> usize {
        (self.right_per_question.get(k).copied().unwrap_or(0) * 100)
            .checked_div(self.students.len())
            .unwrap_or(0)
    }

    /// The table as CSV: a row per student (name, score, then 1/0 per
    /// question), and a last row with the percentage right per question.
    pub fn csv(&self) -> String {
        let field = crate::export::csv_field;
        let n = self.right_per_question.len();
        let mut out = String::from("name,score");
        for k in 1..=n {
            out.push_str(&format!(",q{k}"));
        }
        out.push('\n');
        for s in &self.students {
            out.push_str(&format!("{},{}", field(&s.name), s.score()));
            for r in &s.right {
                out.push_str(if *r { ",1" } else { ",0" });
            }
            out.push('\n');
        }
        out.push_str("% right,");
        for k in 0..n {
            out.push_str(&format!(",{}", self.percent(k)));
        }
        out.push('\n');
        out
    }
}

/// A QR code of `text` as an SVG path: (modules per side, the path's `d`).
/// Each dark module is a 1×1 square; draw it in a viewBox of the side plus a
/// quiet zone. `None` when the text is too long for a QR code.
pub fn qr_path(text: &str) -> Option<(usize, String)> {
    let code = qrcode::QrCode::new(text.as_bytes()).ok()?;
    let w = code.width();
    let colors = code.to_colors();
    let mut d = String::new();
    for (i, c) in colors.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            d.push_str(&format!("M{} {}h1v1h-1z", i % w, i / w));
        }
    }
    Some((w, d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code() -> QuizCode {
        QuizCode {
            seed: 4242,
            count: 10,
            types: vec![QuestionType::Cloze, QuestionType::Choice],
            sources: vec![0, 3],
            minutes: 15,
            deck: 0x00ab_cdef,
            drops: Vec::new(),
        }
    }

    #[test]
    fn quiz_codes_round_trip_and_read_like_a_person_types_them() {
        let c = code();
        let text = c.encode();
        assert!(
            text.chars()
                .all(|ch| ch == '-' || ALPHABET.contains(&(ch as u8))),
            "{text}"
        );
        assert!(text.split('-').all(|g| g.len() <= 4));
        assert_eq!(QuizCode::decode(&text), Ok(c.clone()));
        // Lower case, spaces instead of dashes, and O/I/L for 0/1/1 all read the same.
        let typed = text
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(QuizCode::decode(&typed), Ok(c));
    }

    #[test]
    fn a_mistyped_or_swapped_character_is_caught() {
        let text = code().encode().replace('-', "");
        let chars: Vec<char> = text.chars().collect();
        for i in 0..chars.len() {
            for &other in ALPHABET {
                let other = other as char;
                if other == chars[i] {
                    continue;
                }
                let mut t = chars.clone();
                t[i] = other;
                let t: String = t.into_iter().collect();
                assert!(QuizCode::decode(&t).is_err(), "typo at {i} not caught: {t}");
            }
            if i + 1 < chars.len() && chars[i] != chars[i + 1] {
                let mut t = chars.clone();
                t.swap(i, i + 1);
                let t: String = t.into_iter().collect();
                assert!(QuizCode::decode(&t).is_err(), "swap at {i} not caught: {t}");
            }
        }
        assert_eq!(QuizCode::decode(""), Err(CodeError::Empty));
        assert_eq!(QuizCode::decode("AB*C"), Err(CodeError::BadCharacter('*')));
    }

    #[test]
    fn a_newer_format_is_named_not_misread() {
        let mut b = code().bytes();
        b[0] = 9;
        assert_eq!(QuizCode::decode(&to_code(&b)), Err(CodeError::Version(9)));
        assert_eq!(
            QuizCode::decode(&to_code(&b[..5])),
            Err(CodeError::Version(9))
        );
        b[0] = CODE_VERSION;
        assert_eq!(QuizCode::decode(&to_code(&b[..5])), Err(CodeError::Damaged));
        // A reviewed quiz whose drops are cut off is damaged, not misread.
        assert_eq!(
            QuizCode::decode(&to_code(&b[..11])),
            Err(CodeError::Damaged)
        );
    }

    #[test]
    fn settings_and_seed_survive_the_code_on_the_seed_deck() {
        let deck = Deck::seeds();
        let settings = Settings {
            sources: vec![deck.sources[1].file.clone(), deck.sources[4].file.clone()],
            count: Some(20),
            ..Settings::default()
        };
        let c = QuizCode::new(&deck, &settings, 77);
        let back = QuizCode::decode(&c.encode()).unwrap();
        assert_eq!(back.settings(&deck), settings);
        assert_eq!(back.deck, fingerprint(&deck));
        let other = Deck::from_files(&[("a.txt", "Paris is the capital of France.")]);
        assert_ne!(fingerprint(&other), fingerprint(&deck));
    }

    #[test]
    fn drops_travel_in_the_code_and_keep_it_short() {
        let plain = code();
        let old = plain.encode();
        assert_eq!(old.len(), 23, "a code without drops is as before: {old}");
        for drops in [
            vec![2, 5, 7, 9, 12],
            vec![0],
            vec![1, 300],
            vec![40, 41, 42, 43, 44, 45, 46, 47, 48, 49],
            (0..200).step_by(3).collect::<Vec<_>>(),
        ] {
            let c = plain.clone().with_drops(&drops);
            let text = c.encode();
            assert_eq!(QuizCode::decode(&text), Ok(c.clone()), "{drops:?}");
            // and inside a result code
            let r = ResultCode {
                quiz: c,
                name: "Ana".into(),
                right: vec![true, false, true],
            };
            assert_eq!(ResultCode::decode(&r.encode()), Ok(r));
        }
        let five = plain.clone().with_drops(&[2, 5, 7, 9, 12]).encode();
        assert_eq!(five.len(), 29, "5 drops among the first 16: {five}");
        assert_ne!(five, old);
        // Drops from a longer deck (positions past 100): still short.
        let far = plain.with_drops(&[3, 40, 77, 120, 160]).encode();
        assert!(far.len() <= 36, "{far}");
        // A typo in a code with drops is caught like any other.
        let mut t: Vec<char> = five.chars().collect();
        let i = t.len() - 3;
        t[i] = if t[i] == 'A' { 'B' } else { 'A' };
        assert!(QuizCode::decode(&t.into_iter().collect::<String>()).is_err());
    }

    #[test]
    fn a_qr_code_is_square_and_has_its_finder_patterns() {
        let (w, d) = qr_path("https://example.org/#/quiz/0G2K-0A7Q").unwrap();
        assert!(
            w >= 21 && (w - 21) % 4 == 0,
            "a QR side is 21 + 4k modules: {w}"
        );
        // The three finder patterns' corners are dark.
        for (x, y) in [(0, 0), (w - 1, 0), (0, w - 1)] {
            assert!(d.contains(&format!("M{x} {y}h")), "corner {x},{y}");
        }
        assert!(
            !d.contains(&format!("M{} {}h", w - 1, w - 1)),
            "no finder at bottom right"
        );
    }

    #[test]
    fn result_codes_round_trip_into_a_class_table() {
        let r = |name: &str, right: &[bool]| ResultCode {
            quiz: code(),
            name: name.into(),
            right: right.to_vec(),
        };
        let a = r(
            "Amélie, B.",
            &[
                true, true, false, true, false, true, true, true, true, false,
            ],
        );
        let b = r(
            "Ben",
            &[true, false, false, true, true, true, true, true, true, true],
        );
        assert_eq!(ResultCode::decode(&a.encode()), Ok(a.clone()));
        let mut other = r("Cy", &[true; 10]);
        other.quiz.seed = 1;
        let text = format!(
            "{}\n\n{}\nnot a code\n{}\n",
            a.encode(),
            b.encode(),
            other.encode()
        );
        let (class, problems) = Class::from_lines(&text);
        let class = class.unwrap();
        assert_eq!(class.students.len(), 2);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].0, 4);
        assert!(problems[1].1.contains("another quiz"));
        assert_eq!(class.percent(0), 100);
        assert_eq!(class.percent(2), 0);
        assert_eq!(class.percent(4), 50);
        let csv = class.csv();
        assert!(csv.starts_with("name,score,q1,"));
        assert!(csv.contains("\"Amélie, B.\",7,1,1,0"));
        assert!(csv
            .trim_end()
            .ends_with("% right,,100,50,0,100,50,100,100,100,100,50"));
        // A typo in a result code is caught too.
        let mut t: Vec<char> = a.encode().chars().collect();
        t[3] = if t[3] == 'A' { 'B' } else { 'A' };
        assert!(ResultCode::decode(&t.into_iter().collect::<String>()).is_err());
    }
}
