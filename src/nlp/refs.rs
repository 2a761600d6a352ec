//! References: a third-person pronoun ("he", "its", "they") or a definite description
//! ("the company", "the disease") linked to the earlier mention it points back to.
//!
//! Rules over the layer's own predictions (tags, kinds, clause subjects), measured on
//! GUM's gold coreference chains (`factquiz tag-eval`, README "Language layer"): a
//! pronoun takes the nearest earlier mention of its class (a person for "he"/"she", a
//! non-person singular for "it", a plural or a group for "they"), preferring a mention
//! that continues the same chain of pronouns, a subject, and a name; a definite
//! description takes the nearest earlier mention with the same head noun, or a name of
//! the kind the noun names ("the company" -> an organisation).

/// What the resolver needs to know of one mention (a noun phrase or a pronoun).
#[derive(Clone, Debug, Default)]
pub struct Mention {
    /// the sentence's index in the document
    pub sent: usize,
    /// the mention's words, lower case
    pub words: Vec<String>,
    /// the head's lemma, lower case
    pub head: String,
    /// the entity kind the layer gives it ("person", "organization", ...)
    pub kind: &'static str,
    pub plural: bool,
    /// the subject of its clause
    pub subject: bool,
    /// headed by a proper noun
    pub named: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Male,
    Female,
    Thing,
    Plural,
}

/// The class of a third-person pronoun ("he" -> Person); None for other words.
fn pronoun_class(w: &str) -> Option<Class> {
    match w {
        "he" | "him" | "his" | "himself" => Some(Class::Male),
        "she" | "her" | "hers" | "herself" => Some(Class::Female),
        "it" | "its" | "itself" => Some(Class::Thing),
        "they" | "them" | "their" | "theirs" | "themselves" => Some(Class::Plural),
        _ => None,
    }
}

fn is_pronoun(m: &Mention) -> Option<Class> {
    if m.words.len() == 1 {
        pronoun_class(&m.words[0])
    } else {
        None
    }
}

/// "the company", "the disease": a definite description (not a name, not "the first").
fn is_definite(m: &Mention) -> bool {
    m.words.len() >= 2 && m.words[0] == "the" && !m.named
}

/// Whether a mention is an anaphor the resolver links: a third-person pronoun or a
/// definite description.
pub fn is_anaphor(m: &Mention) -> bool {
    is_pronoun(m).is_some() || is_definite(m)
}

/// Besides first- and second-person words (the shared lexicon's), words that are never
/// what "he" or "it" means: bare demonstratives, relatives and indefinites.
const NOT_ANTECEDENTS: &[&str] = &[
    "yourselves",
    "this",
    "that",
    "these",
    "those",
    "who",
    "which",
    "what",
    "one",
    "someone",
    "everyone",
    "anyone",
    "something",
    "everything",
    "anything",
];

fn never_antecedent(w: &str) -> bool {
    crate::generate::lexicon::FIRST_PERSON.contains(&w) || NOT_ANTECEDENTS.contains(&w)
}

fn fits(class: Class, c: &Mention) -> bool {
    if c.words.len() == 1 && never_antecedent(&c.words[0]) {
        return false;
    }
    match (class, is_pronoun(c)) {
        (k, Some(ck)) => k == ck,
        (Class::Male | Class::Female, None) => c.kind == "person" && !c.plural,
        (Class::Thing, None) => {
            c.kind != "person" && !c.plural && !matches!(c.kind, "time" | "quantity")
        }
        (Class::Plural, None) => c.plural || c.kind == "organization",
    }
}

/// Nouns that name a kind of entity: "the company" may point at any organisation.
fn kind_of_noun(head: &str) -> Option<&'static str> {
    Some(match head {
        "company" | "firm" | "group" | "organization" | "organisation" | "team" | "club"
        | "party" | "agency" | "band" | "government" | "university" | "school" => "organization",
        "city" | "town" | "country" | "village" | "region" | "state" | "island" | "area" => "place",
        "man" | "woman" | "boy" | "girl" | "player" | "president" | "leader" | "author"
        | "writer" | "scientist" | "artist" => "person",
        _ => return None,
    })
}

/// For each mention, the index of the earlier mention it refers to (None when it is
/// not an anaphor or nothing before fits).
pub fn resolve(ms: &[Mention]) -> Vec<Option<usize>> {
    let mut out = vec![None; ms.len()];
    for (i, m) in ms.iter().enumerate() {
        if let Some(class) = is_pronoun(m) {
            let mut best: Option<(f32, usize)> = None;
            for (j, c) in ms[..i].iter().enumerate().rev() {
                let dist = m.sent - c.sent;
                if dist > 3 {
                    break;
                }
                if !fits(class, c) {
                    continue;
                }
                let mut score = -(dist as f32) - 0.02 * (i - j) as f32;
                if is_pronoun(c).is_some() {
                    score += 0.6; // the same chain of pronouns goes on
                }
                if c.subject {
                    score += 0.5;
                }
                // "they": people or a group more often than things
                if class == Class::Plural && c.kind == "person" {
                    score += 0.4;
                }
                if c.named {
                    score += 0.3;
                }
                // "it" in its own sentence rarely points at a phrase right before it
                if dist == 0 && class == Class::Thing {
                    score -= 0.4;
                }
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, j));
                }
            }
            out[i] = best.map(|(_, j)| j);
        } else if is_definite(m) {
            let want = kind_of_noun(&m.head).unwrap_or(m.kind);
            let near = |j: usize| m.sent - ms[j].sent <= 10;
            // the nearest with the same head noun, else the nearest name of its kind
            let same_head = (0..i)
                .rev()
                .take_while(|&j| near(j))
                .find(|&j| ms[j].head == m.head && is_pronoun(&ms[j]).is_none());
            let named_kind = || {
                (0..i)
                    .rev()
                    .take_while(|&j| near(j))
                    .find(|&j| ms[j].named && ms[j].kind == want)
            };
            out[i] = same_head.or_else(named_kind);
        }
    }
    out
}

/// The mentions of an analysed document: every noun phrase of every sentence, in order.
pub fn mentions_of(sents: &[super::Analysis]) -> Vec<Mention> {
    let mut out = Vec::new();
    for (si, a) in sents.iter().enumerate() {
        for (c, kind) in a.chunks.iter().zip(&a.kinds) {
            let head = &a.tokens[c.head];
            let words: Vec<String> = a.tokens[c.start..c.end]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            let lower = head.text.to_lowercase();
            out.push(Mention {
                sent: si,
                plural: (head.upos == super::Upos::Noun
                    && lower.ends_with('s')
                    && head.lemma != lower)
                    || words.iter().any(|w| w == "and"),
                words,
                head: head.lemma.to_lowercase(),
                kind,
                subject: a
                    .clauses
                    .iter()
                    .any(|cl| cl.subject.is_some_and(|s| s.head == c.head)),
                named: head.upos == super::Upos::Propn,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(sent: usize, text: &str, kind: &'static str, subject: bool) -> Mention {
        let words: Vec<String> = text.split(' ').map(str::to_lowercase).collect();
        Mention {
            sent,
            head: words.last().cloned().unwrap_or_default(),
            named: text.chars().next().is_some_and(char::is_uppercase) && !text.starts_with("The"),
            plural: text.ends_with('s') && !text.ends_with("ss"),
            words,
            kind,
            subject,
        }
    }

    #[test]
    fn pronouns_take_the_nearest_mention_of_their_class() {
        // "Marie Curie met the committee. She thanked it."
        let ms = vec![
            m(0, "Marie Curie", "person", true),
            m(0, "the committee", "organization", false),
            m(1, "She", "person", true),
            m(1, "it", "abstract", false),
        ];
        let r = resolve(&ms);
        assert_eq!(r[2], Some(0));
        assert_eq!(r[3], Some(1));
    }

    #[test]
    fn a_definite_description_takes_its_head_or_a_name_of_its_kind() {
        // "Acme Corp opened a plant. The company hired 300 workers."
        let ms = vec![
            m(0, "Acme Corp", "organization", true),
            m(0, "a plant", "place", false),
            m(1, "the company", "organization", true),
            m(1, "300 workers", "person", false),
            m(2, "the plant", "place", true),
        ];
        let r = resolve(&ms);
        assert_eq!(r[2], Some(0));
        assert_eq!(r[4], Some(1));
        assert_eq!(r[3], None);
    }
}
