//! Tokenizer: splits English text into UD-style tokens (as GUM and EWT write them) with byte
//! offsets. Clitics are split (`Biden` `'s`, `do` `n't`), numbers lose their units (`5` `km`,
//! `$` `2.5` `bn`), abbreviations keep their period (`Dr.`, `U.S.`), hyphenated words stay
//! whole (`three-time`), quotes, brackets and dashes are tokens of their own.

use super::tagger::Upos;
use serde::Serialize;

/// One token: its text, byte range in the analysed string, tag and lemma.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Token {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub upos: Upos,
    pub lemma: String,
}

/// Abbreviations that keep their final period (lowercase, without it).
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov",
    "sen", "rep", "pres", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co", "corp", "no", "nos",
    "vol", "fig", "figs", "approx", "dept", "est", "mt", "ft", "rev", "hon", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "cf", "al",
    "u.s", "u.n", "u.k", "u.s.a", "a.m", "p.m", "ph.d", "b.a", "m.a", "b.c", "a.d", "d.c", "p",
    "pp", "ca", "viz", "op", "ed", "eds", "mass", "calif", "fla", "wash", "univ", "assn", "bros",
];

/// Titles: an abbreviation that never ends a sentence.
pub const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "cpl", "adm", "gov",
    "sen", "rep", "pres", "st", "mt", "rev", "hon", "no", "vs", "e.g", "i.e", "cf", "fig", "p",
    "pp", "ca",
];

/// Units split from a number written against them (`5km`, `2.5bn`, `8am`).
const UNITS: &[&str] = &[
    "km", "m", "cm", "mm", "nm", "kg", "g", "mg", "lb", "lbs", "oz", "bn", "b", "mn", "k", "ft",
    "mi", "mph", "kph", "km/h", "am", "pm", "a.m.", "p.m.", "h", "hr", "hrs", "min", "mins", "sec",
    "ms", "ml", "l", "gb", "mb", "kb", "tb", "kw", "mw", "gw", "kwh", "hz", "khz", "mhz", "ghz",
    "°c", "°f", "c", "f", "yd", "ha", "sq", "v", "w",
];

const CLITICS: &[&str] = &["'s", "'re", "'ve", "'ll", "'d", "'m"];

fn is_abbreviation(word_with_period: &str) -> bool {
    let w = word_with_period.trim_end_matches('.').to_lowercase();
    if ABBREVIATIONS.contains(&w.as_str()) {
        return true;
    }
    // initials: "J." "U.S." "N.A.S.A."
    let parts: Vec<&str> = word_with_period[..word_with_period.len() - 1]
        .split('.')
        .collect();
    parts
        .iter()
        .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

fn lead_punct(c: char) -> bool {
    matches!(
        c,
        '"' | '“'
            | '‘'
            | '\''
            | '`'
            | '('
            | '['
            | '{'
            | '$'
            | '£'
            | '€'
            | '¥'
            | '¿'
            | '¡'
            | '«'
            | '*'
            | '—'
            | '–'
    )
}

fn trail_punct(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '!'
            | '?'
            | ')'
            | ']'
            | '}'
            | '"'
            | '”'
            | '’'
            | '\''
            | '%'
            | '»'
            | '…'
            | '*'
            | '—'
            | '–'
    )
}

fn tok(text: &str, start: usize, end: usize) -> Token {
    Token {
        text: text[start..end].to_string(),
        start,
        end,
        upos: Upos::X,
        lemma: String::new(),
    }
}

/// Splits `text` into tokens (tags and lemmas not yet set).
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                chunk(text, s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    out
}

fn chunk(text: &str, mut s: usize, mut e: usize, out: &mut Vec<Token>) {
    // leading punctuation
    loop {
        let Some(c) = text[s..e].chars().next() else {
            return;
        };
        let rest = &text[s + c.len_utf8()..e];
        let quote_before_year =
            matches!(c, '\'' | '’') && rest.starts_with(|d: char| d.is_ascii_digit());
        let clitic = matches!(c, '\'' | '’') && is_clitic(&text[s..e]);
        if lead_punct(c) && !rest.is_empty() && !quote_before_year && !clitic {
            out.push(tok(text, s, s + c.len_utf8()));
            s += c.len_utf8();
        } else {
            break;
        }
    }
    // trailing punctuation, collected in reverse
    let mut tail = Vec::new();
    loop {
        let w = &text[s..e];
        let Some(c) = w.chars().next_back() else {
            break;
        };
        if w.chars().count() < 2 || !trail_punct(c) {
            break;
        }
        if c == '.' {
            if w.ends_with("...") && w.len() > 3 {
                tail.push((e - 3, e));
                e -= 3;
                continue;
            }
            if is_abbreviation(w) {
                break;
            }
        }
        tail.push((e - c.len_utf8(), e));
        e -= c.len_utf8();
    }
    // dashes inside: "word—word", "1990–2000", "yes--no", "and/or"
    let core = &text[s..e];
    let url = core.contains("://") || core.starts_with("www.");
    let cs: Vec<(usize, char)> = core.char_indices().collect();
    let mut split = None;
    for (i, &(off, c)) in cs.iter().enumerate() {
        let before = i > 0;
        let after = i + 1 < cs.len();
        if c == '-' && after && cs[i + 1].1 == '-' && !url {
            split = Some((s + off, s + off + 2));
            break;
        }
        let letters = before && after && cs[i - 1].1.is_alphabetic() && cs[i + 1].1.is_alphabetic();
        if (matches!(c, '—' | '–') && before && after) || (c == '/' && letters && !url) {
            split = Some((s + off, s + off + c.len_utf8()));
            break;
        }
    }
    match split {
        Some((a, b)) => {
            if a > s {
                chunk(text, s, a, out);
            }
            out.push(tok(text, a, b));
            if e > b {
                chunk(text, b, e, out);
            }
        }
        None => word(text, s, e, out),
    }
    for (a, b) in tail.into_iter().rev() {
        out.push(tok(text, a, b));
    }
}

fn is_clitic(w: &str) -> bool {
    let l = w.to_lowercase().replace('’', "'");
    CLITICS.contains(&l.as_str()) || l == "n't"
}

/// One word: clitics and number units split off.
fn word(text: &str, s: usize, e: usize, out: &mut Vec<Token>) {
    let w = &text[s..e];
    let l = w.to_lowercase().replace('’', "'");
    if l.len() > 3 && l.ends_with("n't") {
        let cut = e - w.chars().rev().take(3).map(char::len_utf8).sum::<usize>();
        out.push(tok(text, s, cut));
        out.push(tok(text, cut, e));
        return;
    }
    if l == "cannot" {
        out.push(tok(text, s, s + 3));
        out.push(tok(text, s + 3, e));
        return;
    }
    for c in CLITICS {
        if l.len() > c.len() && l.ends_with(c) {
            let n = c.chars().count();
            let cut = e - w.chars().rev().take(n).map(char::len_utf8).sum::<usize>();
            out.push(tok(text, s, cut));
            out.push(tok(text, cut, e));
            return;
        }
    }
    // number + unit: "5km", "2.5bn", "8am"
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        let num_end = w
            .char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || c == '.' || c == ',' || c == ':'))
            .map_or(w.len(), |(i, _)| i);
        if num_end < w.len() && UNITS.contains(&w[num_end..].to_lowercase().as_str()) {
            out.push(tok(text, s, s + num_end));
            out.push(tok(text, s + num_end, e));
            return;
        }
    }
    out.push(tok(text, s, e));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Vec<String> {
        tokenize(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn abbreviations_keep_their_period() {
        assert_eq!(
            t("Dr. Smith moved to the U.S. in 1990."),
            ["Dr.", "Smith", "moved", "to", "the", "U.S.", "in", "1990", "."]
        );
        assert_eq!(
            t("J. R. R. Tolkien, etc."),
            ["J.", "R.", "R.", "Tolkien", ",", "etc."]
        );
        assert_eq!(t("It ended."), ["It", "ended", "."]);
    }

    #[test]
    fn numbers_with_units() {
        assert_eq!(t("a 5km run"), ["a", "5", "km", "run"]);
        assert_eq!(t("worth $2.5bn."), ["worth", "$", "2.5", "bn", "."]);
        assert_eq!(t("at 8:10 am"), ["at", "8:10", "am"]);
        assert_eq!(t("at 8am, 10%"), ["at", "8", "am", ",", "10", "%"]);
        assert_eq!(
            t("1,000 people in the 1990s"),
            ["1,000", "people", "in", "the", "1990s"]
        );
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        assert_eq!(t("a three-time winner"), ["a", "three-time", "winner"]);
    }

    #[test]
    fn possessives_and_clitics() {
        assert_eq!(t("Biden's plan"), ["Biden", "'s", "plan"]);
        assert_eq!(t("Biden’s plan"), ["Biden", "’s", "plan"]);
        assert_eq!(t("the parents' car"), ["the", "parents", "'", "car"]);
        assert_eq!(t("I don't know"), ["I", "do", "n't", "know"]);
        assert_eq!(t("we can't, we'll"), ["we", "ca", "n't", ",", "we", "'ll"]);
    }

    #[test]
    fn quotes_brackets_and_dashes() {
        assert_eq!(
            t("\"Yes,\" she said (twice)—loudly."),
            ["\"", "Yes", ",", "\"", "she", "said", "(", "twice", ")", "—", "loudly", "."]
        );
        assert_eq!(t("“Go” -- now"), ["“", "Go", "”", "--", "now"]);
        assert_eq!(t("in 1990–2000"), ["in", "1990", "–", "2000"]);
        assert_eq!(t("the '90s"), ["the", "'90s"]);
        assert_eq!(t("Wait..."), ["Wait", "..."]);
    }

    #[test]
    fn offsets_point_into_the_text() {
        let s = "Café “Noir” costs €5.";
        for tk in tokenize(s) {
            assert_eq!(&s[tk.start..tk.end], tk.text);
        }
    }
}
