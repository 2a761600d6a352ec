//! What a source is about, and how a prompt names it.
//!
//! A news or opinion piece has a byline: its claims are one writer's, so a
//! prompt says "According to X (date):". A reference text (no byline) states
//! timeless facts: its prompts carry no date, and name the article's topic
//! instead, so that "the virus" or "the game" in its sentences is resolved.

use crate::text::{Lower, Source};

/// True when the source has a byline (news, opinion, interview).
pub fn has_byline(src: &Source) -> bool {
    !src.authors.is_empty()
}

/// The source's topic: the page named by a "Source: <address>" line, else the
/// subject of its first sentence ("X is a …"), else its title when the title
/// is not just the file name.
pub fn topic(src: &Source) -> Option<String> {
    from_source_line(&src.text)
        .or_else(|| from_first_sentence(src))
        .or_else(|| {
            if has_byline(src) {
                return None; // a headline is no topic
            }
            let stem = src
                .file
                .rsplit_once('.')
                .map_or(src.file.as_str(), |p| p.0)
                .replace(['_', '-'], " ");
            (src.title.lower() != stem.lower() && src.title.split_whitespace().count() <= 6)
                .then(|| src.title.clone())
        })
}

fn from_source_line(text: &str) -> Option<String> {
    for line in text.lines().take(6) {
        let l = line.trim();
        let Some(rest) = l.strip_prefix("Source:").or_else(|| l.strip_prefix("URL:")) else {
            continue;
        };
        let url = rest.split_whitespace().next()?;
        let path = url.split(['?', '#']).next()?;
        let last = path.trim_end_matches('/').rsplit('/').next()?;
        if last.contains('.') || last.chars().all(|c| c.is_ascii_digit()) {
            return None; // "index.html", an id: no title
        }
        let t = decode(last).replace('_', " ");
        let t = t.trim();
        let words = t.split_whitespace().count();
        if (1..=8).contains(&words)
            && t.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return Some(t.to_string());
        }
    }
    None
}

/// %xx escapes of an address, decoded as UTF-8 (invalid ones kept as written).
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() && s.is_char_boundary(i + 3) {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// "Yellow fever, also known as …, is a …" -> "Yellow fever": the capitalised
/// subject of a reference text's first sentence.
fn from_first_sentence(src: &Source) -> Option<String> {
    let first = src
        .sentences
        .iter()
        .find(|s| s.text.split_whitespace().count() >= 6 && !s.text.contains("://"))?;
    let t = first.text.as_str();
    // A piece with a byline names its topic only in a definition: "X is a …".
    if has_byline(src) {
        let (subj, rest) = t.split_once(" is ")?;
        let def = ["a ", "an ", "the "].iter().any(|a| rest.starts_with(a));
        let n = subj.split_whitespace().count();
        let named = subj
            .split_whitespace()
            .skip(1)
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        return (def && (2..=6).contains(&n) && named).then(|| subj.to_string());
    }
    let cut = [" is ", " was ", " are ", " were ", ", "]
        .iter()
        .filter_map(|m| t.find(m))
        .min()?;
    let subj = t[..cut].trim();
    let subj = subj.strip_prefix("The ").unwrap_or(subj);
    let n = subj.split_whitespace().count();
    ((1..=6).contains(&n) && subj.chars().next().is_some_and(char::is_uppercase))
        .then(|| subj.to_string())
}

/// True when the topic (or its last word, for a name of two or more words)
/// is already named in the text.
pub fn names_topic(text: &str, topic: &str) -> bool {
    let hay = format!(" {} ", crate::check::normalize(text));
    let t = crate::check::normalize(topic);
    if t.is_empty() {
        return false;
    }
    if hay.contains(&format!(" {t} ")) {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    // A person's surname alone names them; the first word of a longer name
    // ("Yellow" of "Yellow fever") does not name the whole topic.
    words.len() >= 2
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && topic
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase))
        && hay.contains(&format!(" {} ", words[words.len() - 1]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_source_line_names_the_page() {
        let t = "Source: https://example.org/wiki/Mount_Everest\nLicense: CC\n\nText.";
        assert_eq!(from_source_line(t).as_deref(), Some("Mount Everest"));
        let t = "Source: https://example.org/wiki/Caf%C3%A9_culture\n";
        assert_eq!(from_source_line(t).as_deref(), Some("Café culture"));
        assert_eq!(
            from_source_line("Source: https://example.org/a/index.html"),
            None
        );
    }

    #[test]
    fn a_surname_names_a_person_topic() {
        assert!(names_topic("In 1905 Curie won a prize.", "Marie Curie"));
        assert!(!names_topic("Yellow is a colour.", "Yellow fever"));
        assert!(names_topic("Yellow fever is common.", "Yellow fever"));
    }
}
