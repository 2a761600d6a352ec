//! Noun phrases and simple clauses, by rules over the tags.
//!
//! A noun phrase is maximal: determiners, possessives (`Biden 's`, `his`), adjectives (with
//! their adverbs), numbers and compound nouns up to a nominal head. A clause is a verb group
//! (auxiliaries, negation and the main verb, with tense and voice), the subject noun phrase
//! before it and the object or complement after it.

use super::tagger::Upos;
use super::tokens::Token;
use serde::Serialize;

/// Tokens `start..end` (indices into the sentence's tokens); `head` is the last nominal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub head: usize,
}

impl Span {
    /// The span's text (from the first token's start to the last token's end).
    pub fn text<'a>(&self, text: &'a str, tokens: &[Token]) -> &'a str {
        &text[tokens[self.start].start..tokens[self.end - 1].end]
    }

    pub fn words(&self, tokens: &[Token]) -> String {
        let mut s = String::new();
        for (k, t) in tokens[self.start..self.end].iter().enumerate() {
            if k > 0 && tokens[self.start + k - 1].end < t.start {
                s.push(' ');
            }
            s.push_str(&t.text);
        }
        s
    }
}

const POSSESSIVE: &[&str] = &["my", "your", "his", "her", "its", "our", "their"];
const DEMONSTRATIVE: &[&str] = &["this", "that", "these", "those"];

fn lower(t: &Token) -> String {
    t.text.to_lowercase()
}

fn is_possessive_marker(t: &Token) -> bool {
    t.upos == Upos::Part && matches!(t.text.as_str(), "'s" | "’s" | "'" | "’")
}

fn nominal_head(t: &Token) -> bool {
    matches!(t.upos, Upos::Noun | Upos::Propn | Upos::Num)
        || (t.upos == Upos::Pron && !POSSESSIVE.contains(&lower(t).as_str()))
}

/// The maximal noun phrases of a tagged sentence, left to right.
pub fn noun_phrases(tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let n = tokens.len();
    let mut i = 0;
    while i < n {
        let t = &tokens[i];
        let l = lower(t);
        let possessive_pron = t.upos == Upos::Pron && POSSESSIVE.contains(&l.as_str());
        let starts = matches!(
            t.upos,
            Upos::Det | Upos::Adj | Upos::Num | Upos::Noun | Upos::Propn
        ) || possessive_pron
            || (t.upos == Upos::Adv && tokens.get(i + 1).is_some_and(|x| x.upos == Upos::Adj));
        if t.upos == Upos::Pron && !possessive_pron {
            out.push(Span {
                start: i,
                end: i + 1,
                head: i,
            });
            i += 1;
            continue;
        }
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // after a noun, a new adjective starts something else ("a new factory | next year")
        let mut seen_noun = matches!(t.upos, Upos::Noun | Upos::Propn);
        while j < n {
            let x = &tokens[j];
            let ok = match x.upos {
                Upos::Num | Upos::Noun | Upos::Propn => true,
                Upos::Adj => !seen_noun,
                Upos::Adv => !seen_noun && tokens.get(j + 1).is_some_and(|y| y.upos == Upos::Adj),
                Upos::Part => {
                    is_possessive_marker(x)
                        && tokens.get(j + 1).is_some_and(|y| {
                            matches!(y.upos, Upos::Adj | Upos::Noun | Upos::Propn | Upos::Num)
                        })
                }
                Upos::Det => {
                    // "the company 's the" never; a determiner after a possessive marker is rare
                    false
                }
                Upos::Punct => {
                    // "U.S.-based": a hyphen glued to both sides
                    x.text == "-"
                        && x.start == tokens[j - 1].end
                        && tokens.get(j + 1).is_some_and(|y| y.start == x.end)
                }
                _ => false,
            };
            if !ok {
                break;
            }
            if matches!(x.upos, Upos::Noun | Upos::Propn) {
                seen_noun = true;
            } else if x.upos == Upos::Part {
                seen_noun = false;
            }
            j += 1;
        }
        // trim to the last nominal head
        let mut end = j;
        while end > i && !nominal_head(&tokens[end - 1]) {
            end -= 1;
        }
        if end > i {
            out.push(Span {
                start: i,
                end,
                head: end - 1,
            });
            i = end;
        } else if t.upos == Upos::Det && DEMONSTRATIVE.contains(&l.as_str()) {
            out.push(Span {
                start: i,
                end: i + 1,
                head: i,
            });
            i += 1;
        } else {
            i = j.max(i + 1);
        }
    }
    out
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Present,
    Future,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    Active,
    Passive,
}

/// Auxiliaries, negation and the main verb (or a lone copula).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct VerbGroup {
    pub start: usize,
    pub end: usize,
    /// the main verb (the copula when there is none)
    pub head: usize,
    pub lemma: String,
    pub tense: Tense,
    pub voice: Voice,
    pub negated: bool,
    /// a form of "be" with no other verb: "X is Y"
    pub copula: bool,
}

/// One simple clause: who (subject), does what (verb), to what (object or complement).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Clause {
    pub subject: Option<Span>,
    pub verb: VerbGroup,
    pub object: Option<Span>,
}

fn is_past_participle_or_past(t: &Token) -> bool {
    let l = lower(t);
    if l.ends_with("ing") {
        return false;
    }
    l.ends_with("ed")
        || l.ends_with("en")
        || l.ends_with('t')
        || (t.lemma != l && !l.ends_with('s'))
}

fn verb_groups(tokens: &[Token]) -> Vec<VerbGroup> {
    let n = tokens.len();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if !matches!(tokens[i].upos, Upos::Aux | Upos::Verb) {
            i += 1;
            continue;
        }
        // extend over AUX, "not", adverbs between auxiliaries, up to and including one VERB
        let start = i;
        let mut j = i;
        let mut main = None;
        let mut negated = false;
        while j < n {
            let t = &tokens[j];
            match t.upos {
                Upos::Aux => j += 1,
                Upos::Verb => {
                    main = Some(j);
                    j += 1;
                    break;
                }
                Upos::Part if matches!(lower(t).as_str(), "not" | "n't" | "n’t") => {
                    negated = true;
                    j += 1
                }
                Upos::Adv
                    if tokens
                        .get(j + 1)
                        .is_some_and(|x| matches!(x.upos, Upos::Aux | Upos::Verb | Upos::Adv)) =>
                {
                    j += 1
                }
                _ => break,
            }
        }
        let end = j;
        let words: Vec<&Token> = tokens[start..end]
            .iter()
            .filter(|t| matches!(t.upos, Upos::Aux | Upos::Verb))
            .collect();
        let head = main.unwrap_or_else(|| {
            (start..end)
                .rev()
                .find(|&k| tokens[k].upos == Upos::Aux)
                .unwrap_or(start)
        });
        let first = words.first().map(|t| lower(t)).unwrap_or_default();
        let tense = if words
            .iter()
            .any(|t| matches!(lower(t).as_str(), "will" | "shall" | "'ll" | "’ll" | "wo"))
        {
            Tense::Future
        } else if matches!(
            first.as_str(),
            "was" | "were" | "had" | "did" | "could" | "'d" | "’d"
        ) || (words.len() == 1
            && words[0].upos == Upos::Verb
            && is_past_participle_or_past(words[0])
            && !(start > 0 && lower(&tokens[start - 1]) == "to"))
        {
            Tense::Past
        } else {
            Tense::Present
        };
        let main_tok = &tokens[head];
        let be_before = main.is_some()
            && tokens[start..head]
                .iter()
                .any(|t| t.upos == Upos::Aux && (t.lemma == "be" || t.lemma == "get"));
        let voice = if be_before && is_past_participle_or_past(main_tok) {
            Voice::Passive
        } else {
            Voice::Active
        };
        let copula = main.is_none() && main_tok.lemma == "be";
        out.push(VerbGroup {
            start,
            end,
            head,
            lemma: main_tok.lemma.clone(),
            tense,
            voice,
            negated,
            copula,
        });
        i = end.max(i + 1);
    }
    out
}

/// The simple clauses of a tagged sentence, one per verb group.
pub fn clauses(tokens: &[Token], nps: &[Span]) -> Vec<Clause> {
    let groups = verb_groups(tokens);
    let mut out = Vec::new();
    for (g, v) in groups.iter().enumerate() {
        let prev_end = if g > 0 { groups[g - 1].end } else { 0 };
        // subject: the nearest noun phrase before the verb, after the previous verb group, that
        // is not the object of a preposition
        // a verb alone as an infinitive ("to build") or an -ing form ("a ceremony
        // commemorating the date") has no subject of its own
        let alone = (v.start..v.end).all(|k| tokens[k].upos != Upos::Aux);
        let non_finite = alone
            && ((v.start > 0 && lower(&tokens[v.start - 1]) == "to")
                || lower(&tokens[v.head]).ends_with("ing"));
        let mut subject = nps
            .iter()
            .rev()
            .filter(|s| s.end <= v.start && s.start >= prev_end)
            .find(|s| s.start == 0 || tokens[s.start - 1].upos != Upos::Adp)
            .filter(|s| !(s.end == s.start + 1 && lower(&tokens[s.start]) == "there"))
            .filter(|_| !non_finite)
            .copied();
        // "She lives in London and writes novels": a conjoined verb shares the subject
        if subject.is_none() && v.start > 0 && tokens[v.start - 1].upos == Upos::Cconj {
            subject = out.last().and_then(|c: &Clause| c.subject);
        }
        // object or complement: a noun phrase right after the verb (adverbs and particles between)
        let mut k = v.end;
        while k < tokens.len() && matches!(tokens[k].upos, Upos::Adv | Upos::Part) {
            k += 1;
        }
        // "said they apply": a phrase right before the next verb group is that verb's subject
        let next_start = groups.get(g + 1).map(|n| n.start);
        let mut object = nps
            .iter()
            .find(|s| s.start == k)
            .filter(|s| Some(s.end) != next_start)
            .copied();
        if object.is_none() && v.copula && k < tokens.len() && tokens[k].upos == Upos::Adj {
            let mut e = k + 1;
            while e < tokens.len() && tokens[e].upos == Upos::Adj {
                e += 1;
            }
            object = Some(Span {
                start: k,
                end: e,
                head: e - 1,
            });
        }
        out.push(Clause {
            subject,
            verb: v.clone(),
            object,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::nlp::analyze;

    fn nps(s: &str) -> Vec<String> {
        let a = analyze(s);
        a.chunks.iter().map(|c| c.words(&a.tokens)).collect()
    }

    /// (subject, verb words, tense, voice, object) of each clause
    fn cls(s: &str) -> Vec<(String, String, Tense, Voice, String)> {
        let a = analyze(s);
        a.clauses
            .iter()
            .map(|c| {
                let w = |x: Option<Span>| x.map(|x| x.words(&a.tokens)).unwrap_or_default();
                let v = Span {
                    start: c.verb.start,
                    end: c.verb.end,
                    head: c.verb.head,
                };
                (
                    w(c.subject),
                    v.words(&a.tokens),
                    c.verb.tense,
                    c.verb.voice,
                    w(c.object),
                )
            })
            .collect()
    }

    #[test]
    fn maximal_noun_phrases() {
        assert_eq!(
            nps("The old stone bridge crossed the River Thames in 1750."),
            ["The old stone bridge", "the River Thames", "1750"]
        );
        assert_eq!(
            nps("President Biden's new climate plan surprised his very large party."),
            ["President Biden's new climate plan", "his very large party"]
        );
        assert_eq!(
            nps("She gave them three red apples."),
            ["She", "them", "three red apples"]
        );
    }

    #[test]
    fn clauses_with_tense_and_voice() {
        use Tense::*;
        use Voice::*;
        let c = cls("The bridge was built by Roman engineers.");
        assert_eq!(c.len(), 1);
        assert_eq!(
            c[0],
            (
                "The bridge".into(),
                "was built".into(),
                Past,
                Passive,
                "".into()
            )
        );
        let c = cls("Marie Curie discovered radium in 1898.");
        assert_eq!(
            c[0],
            (
                "Marie Curie".into(),
                "discovered".into(),
                Past,
                Active,
                "radium".into()
            )
        );
        let c = cls("The company will open a new factory next year.");
        assert_eq!(
            c[0],
            (
                "The company".into(),
                "will open".into(),
                Future,
                Active,
                "a new factory".into()
            )
        );
        let c = cls("The mayor of Paris opened the new museum.");
        assert_eq!(
            c[0],
            (
                "The mayor".into(),
                "opened".into(),
                Past,
                Active,
                "the new museum".into()
            )
        );
        let c = cls("She lives in London and writes novels.");
        assert_eq!(
            c[0],
            ("She".into(), "lives".into(), Present, Active, "".into())
        );
        assert_eq!(c[1].1, "writes");
        assert_eq!(c[1].0, "She");
        assert_eq!(c[1].4, "novels");
        let c = cls("Paris is the capital of France.");
        assert_eq!(c[0].0, "Paris");
        assert_eq!(c[0].2, Present);
        assert_eq!(c[0].4, "the capital");
        let a = analyze("Paris is the capital of France.");
        assert!(a.clauses[0].verb.copula);
        let c = cls("The results have not been published.");
        assert_eq!(c[0].1, "have not been published");
        assert_eq!((c[0].2, c[0].3), (Present, Passive));
        assert!(
            analyze("The results have not been published.").clauses[0]
                .verb
                .negated
        );
        let c = cls("He was tired.");
        assert_eq!(c[0].4, "tired");
    }
}
