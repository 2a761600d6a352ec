//! Phrase comparison for descriptive answers ("sight loss" = "loss of
//! sight"): content words after stemming, order free, with the answer's
//! key words required and a typed word standing where an answer word was
//! rejected unless the two are the same word, a near-synonym or a spelling.
//!
//! The lexicon is general English only: the Porter2 stemmer
//! (`rust-stemmers`), irregular forms and a small synonym table of common
//! words derived from WordNet 3.0 by `scripts/synonyms.py`
//! (`data/irregular.tsv`, `data/synonyms.tsv`), and two-word names of a
//! sense with a one-word name of it (`data/compounds.tsv`: "hearing loss" /
//! "deafness"), from the same script.

use super::{parse_numeric, spell, words, Item, Word};
use std::collections::HashMap;
use std::sync::OnceLock;

const SYNONYMS: &str = include_str!("../../data/synonyms.tsv");
const IRREGULAR: &str = include_str!("../../data/irregular.tsv");
const COMPOUNDS: &str = include_str!("../../data/compounds.tsv");

/// Function words: never content, never required.
const STOP: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "into",
    "onto",
    "upon",
    "about",
    "as",
    "than",
    "and",
    "or",
    "but",
    "so",
    "if",
    "that",
    "which",
    "who",
    "whom",
    "whose",
    "what",
    "when",
    "where",
    "why",
    "how",
    "this",
    "these",
    "those",
    "there",
    "here",
    "it",
    "its",
    "he",
    "him",
    "his",
    "she",
    "her",
    "hers",
    "they",
    "them",
    "their",
    "theirs",
    "we",
    "us",
    "our",
    "you",
    "your",
    "i",
    "me",
    "my",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "am",
    "has",
    "have",
    "had",
    "having",
    "do",
    "does",
    "did",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "also",
    "too",
    "very",
    "just",
    "only",
    "even",
    "ever",
    "both",
    "either",
    "well",
    "then",
    "because",
    "owing",
    "due",
    "since",
    "while",
    "whilst",
    "after",
    "before",
    "during",
    "through",
    "via",
    "per",
    "s",
    "t",
    "maybe",
    "perhaps",
    "probably",
    "think",
    "guess",
    "some",
    "any",
    "such",
    "other",
    "others",
    "another",
    "one",
    "ones",
    "far",
    "more",
    "most",
    "much",
    "many",
    "several",
    "each",
    "every",
    "got",
    "get",
    "gets",
    "made",
    "make",
    "out",
    "up",
    "off",
    "over",
    "around",
    "across",
    "towards",
    "toward",
    "against",
    "among",
    "between",
    "within",
    "like",
    "called",
    "named",
    "known",
    "including",
    "includes",
    "include",
    "especially",
    "particularly",
    "namely",
    "mainly",
    "mostly",
    "instead",
    "forever",
    "rather",
    "quite",
    "almost",
    "nearly",
    "approximately",
    "roughly",
    "somewhat",
];

/// Words a phrase cannot end with: a typed answer that does was cut off
/// where a word of the answer stood.
const DANGLING: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "from",
    "by",
    "with",
    "into",
    "and",
    "or",
    "but",
    "other",
    "another",
    "after",
    "before",
    "that",
    "which",
    "who",
    "than",
    "as",
    "such",
    "including",
    "the",
    "a",
    "an",
];

/// Negation: an answer with one and a typed answer without (or the other
/// way round) say opposite things.
const NEGATION: &[&str] = &[
    "not", "no", "never", "none", "nothing", "neither", "nor", "without", "cannot", "didn",
    "doesn", "don", "isn", "wasn", "weren", "won", "wouldn", "couldn", "shouldn", "hasn", "haven",
    "hadn", "aren", "lack", "lacked", "lacking", "lacks",
];

/// Nouns that name a class rather than the thing ("a type of fever", "a
/// form of art"), or a part of it ([`PARTS`]): not the head of a phrase,
/// and interchangeable with one another (a class noun with a class noun, a
/// part noun with a part noun).
const LIGHT: &[&str] = &[
    "type", "types", "kind", "kinds", "form", "forms", "sort", "sorts", "species", "variety",
    "member", "members", "family", "class", "category", "example", "instance", "method", "way",
    "ways", "means", "manner", "process", "act", "result", "set", "series", "group", "piece",
    "sample", "amount", "number", "part", "parts", "portion", "portions", "section", "sections",
    "layer", "layers",
];

/// The light nouns that name a part of the thing ("a layer of the
/// atmosphere", "part of the brain").
const PARTS: &[&str] = &[
    "part", "parts", "portion", "portions", "section", "sections", "layer", "layers",
];

/// Endings after a stem that still make the same word ("metro"/"metropolitan"
/// style: "region"/"regional", "large"/"largest").
const SUFFIX_TAILS: &[&str] = &[
    "est", "er", "ial", "al", "ic", "ing", "ion", "ive", "ly", "ity", "y", "e", "es", "ed", "ist",
    "ism", "ment", "ness", "t",
];

struct Lexicon {
    stemmer: rust_stemmers::Stemmer,
    /// Stem -> ids of the synonym groups it belongs to.
    groups: HashMap<String, Vec<u32>>,
    irregular: HashMap<&'static str, &'static str>,
    /// Stems of a two-word name ("hearing loss") -> stems of its one-word
    /// names ("deafness").
    compounds: HashMap<(String, String), Vec<String>>,
    /// Stems of the one-word names in `compounds`.
    singles: std::collections::HashSet<String>,
    /// Stems of the first words of `compounds`.
    firsts: std::collections::HashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut irregular = HashMap::new();
        for line in IRREGULAR.lines().filter(|l| !l.starts_with('#')) {
            if let Some((form, base)) = line.split_once('\t') {
                irregular.insert(form, base);
            }
        }
        let mut groups: HashMap<String, Vec<u32>> = HashMap::new();
        let lines = SYNONYMS.lines().filter(|l| !l.starts_with('#'));
        for (id, line) in lines.enumerate() {
            for w in line.split('\t') {
                let s = stemmer.stem(w).into_owned();
                let v = groups.entry(s).or_default();
                if !v.contains(&(id as u32)) {
                    v.push(id as u32);
                }
            }
        }
        let mut compounds: HashMap<(String, String), Vec<String>> = HashMap::new();
        for line in COMPOUNDS.lines().filter(|l| !l.starts_with('#')) {
            let mut cols = line.split('\t');
            let Some((w1, w2)) = cols.next().and_then(|c| c.split_once(' ')) else {
                continue;
            };
            let key = (stemmer.stem(w1).into_owned(), stemmer.stem(w2).into_owned());
            let singles = compounds.entry(key).or_default();
            singles.extend(cols.map(|w| stemmer.stem(w).into_owned()));
        }
        let singles = compounds.values().flatten().cloned().collect();
        let firsts = compounds.keys().map(|k| k.0.clone()).collect();
        Lexicon {
            stemmer,
            groups,
            irregular,
            compounds,
            singles,
            firsts,
        }
    })
}

/// The comparison stem of one lower-case word.
pub(super) fn stem(w: &str) -> String {
    let lex = lexicon();
    let w = spell(w);
    let base = lex.irregular.get(w.as_str()).copied().unwrap_or(&w);
    let s = lex.stemmer.stem(base).into_owned();
    // a regular superlative of a word the lexicon knows: "largest" -> "large",
    // "earliest" -> "early" (only when the word itself is not in it)
    if w.len() > 5 && !lex.groups.contains_key(&s) {
        if let Some(b) = w.strip_suffix("est") {
            let cands = [
                b.strip_suffix('i').map(|x| format!("{x}y")),
                Some(b.to_string()),
                Some(format!("{b}e")),
            ];
            for c in cands.into_iter().flatten() {
                let cs = lex.stemmer.stem(&c).into_owned();
                if lex.groups.contains_key(&cs) {
                    return cs;
                }
            }
        }
    }
    s
}

/// A content word of a phrase.
#[derive(Debug, Clone)]
struct Content {
    text: String,
    stem: String,
    /// Position among all the words of the phrase.
    pos: usize,
    light: bool,
    /// Index of the run of capitalised words (a name) it belongs to.
    name: Option<usize>,
}

/// A phrase read for comparison.
#[derive(Debug, Clone)]
pub(super) struct Phrase {
    content: Vec<Content>,
    /// Index into `content` of the head word.
    head: Option<usize>,
    negated: bool,
    numbers: Vec<Item>,
    /// The last word is a function word other than an article (a typed
    /// phrase cut off where a content word should stand).
    dangling: bool,
    /// Number of words.
    len: usize,
    /// The words, lower case.
    all: Vec<String>,
}

pub(super) fn is_stop(w: &str) -> bool {
    STOP.contains(&w)
}

fn is_number_word(w: &str) -> bool {
    w.chars().all(|c| c.is_ascii_digit())
        || super::unit_word(w).is_some() && w != "one"
        || super::tens_word(w).is_some()
        || super::scale_word(w).is_some()
}

impl Phrase {
    pub(super) fn new(s: &str) -> Phrase {
        let ws: Vec<Word> = words(s);
        let mut content = Vec::new();
        let mut negated = false;
        // a content-word run ends at a function word or punctuation
        let mut runs: Vec<(usize, usize)> = Vec::new(); // content index ranges
        let mut run_start: Option<usize> = None;
        let mut after_of: Vec<usize> = Vec::new(); // content indexes right after "of"
        let mut prev_of = false;
        let times_after = |pos: usize| ws.get(pos + 1).is_some_and(|n| n.text == "times");
        let mut skip_times = false;
        for (pos, w) in ws.iter().enumerate() {
            let mut t = w.text.as_str();
            if std::mem::take(&mut skip_times) && t == "times" {
                continue;
            }
            // "twice", "double" and "two times" are one word for the multiple
            match t {
                "twice" | "double" | "doubled" | "doubling" => t = "twofold",
                "thrice" | "triple" | "tripled" | "treble" => t = "threefold",
                "two" | "three" if times_after(pos) => {
                    t = if t == "two" { "twofold" } else { "threefold" };
                    skip_times = true;
                }
                _ => {}
            }
            // a comma between modifiers keeps the noun phrase ("a long, narrow
            // valley")
            let breaks = w
                .punct_before
                .is_some_and(|p| !matches!(p, '-' | '\'' | ','));
            if breaks || is_stop(t) || NEGATION.contains(&t) || is_number_word(t) {
                if let Some(s0) = run_start.take() {
                    runs.push((s0, content.len()));
                }
            }
            if NEGATION.contains(&t) {
                negated = true;
                prev_of = false;
                continue;
            }
            if is_stop(t) || is_number_word(t) {
                if t == "of" {
                    prev_of = true;
                } else if !super::is_article(t) {
                    prev_of = false;
                }
                continue;
            }
            if prev_of {
                after_of.push(content.len());
                prev_of = false;
            }
            if run_start.is_none() {
                run_start = Some(content.len());
            }
            content.push(Content {
                text: spell(t),
                stem: stem(t),
                pos,
                light: LIGHT.contains(&t),
                name: None,
            });
        }
        if let Some(s0) = run_start {
            runs.push((s0, content.len()));
        }
        // names: runs of adjacent capitalised words in a mixed-case phrase
        let mixed = ws.iter().any(|w| w.cap) && s.chars().any(char::is_lowercase);
        if mixed {
            let mut run = 0;
            for k in 0..content.len() {
                let w = &ws[content[k].pos];
                let first_word = content[k].pos == 0;
                if !w.cap || first_word && !ws.get(1).is_some_and(|n| n.cap) {
                    continue;
                }
                let joined = k > 0
                    && content[k - 1].name.is_some()
                    && content[k - 1].pos + 1 == content[k].pos
                    && !matches!(w.punct_before, Some(',' | ';' | '(' | ':'));
                if !joined {
                    run += 1;
                }
                content[k].name = Some(run);
            }
        }
        // the head: last word of the first run; a class noun passes it on
        // to the noun phrase after "of", or to the word before it
        let mut head = None;
        let mut r = 0;
        while r < runs.len() {
            let (s0, e0) = runs[r];
            let last = e0 - 1;
            if !content[last].light {
                head = Some(last);
                break;
            }
            let next_is_of = runs
                .get(r + 1)
                .is_some_and(|&(s1, _)| after_of.contains(&s1));
            if next_is_of {
                r += 1;
                continue;
            }
            head = (s0..last).rev().find(|&k| !content[k].light).or(Some(last));
            break;
        }
        // "A, B, and other Cs": the Cs are the head
        let texts: Vec<&str> = ws.iter().map(|w| w.text.as_str()).collect();
        if let Some(k) = (1..texts.len().saturating_sub(1))
            .find(|&k| texts[k] == "other" && matches!(texts[k - 1], "and" | "or"))
        {
            if let Some(start) = content.iter().position(|c| c.pos > k) {
                let mut end = start;
                while end + 1 < content.len() && content[end + 1].pos == content[end].pos + 1 {
                    end += 1;
                }
                head = Some(end);
            }
        }
        let numbers = if ws
            .iter()
            .enumerate()
            .any(|(pos, w)| is_number_word(&w.text) && !times_after(pos))
        {
            parse_numeric(s).items
        } else {
            Vec::new()
        };
        let dangling = ws
            .last()
            .is_some_and(|w| DANGLING.contains(&w.text.as_str()));
        Phrase {
            content,
            head,
            negated,
            numbers,
            dangling,
            len: ws.len(),
            all: ws.iter().map(|w| w.text.clone()).collect(),
        }
    }
}

fn same_word(a: &Content, t: &Content) -> bool {
    if a.stem == t.stem || a.text == t.text {
        return true;
    }
    if a.light && t.light && PARTS.contains(&a.text.as_str()) == PARTS.contains(&t.text.as_str()) {
        return true;
    }
    // one word the stem of the other: "region" / "regional", "home" / "homeland"
    let (short, long) = if a.stem.len() <= t.stem.len() {
        (&a.stem, &t.stem)
    } else {
        (&t.stem, &a.stem)
    };
    if short.len() >= 4 && long.starts_with(short.as_str()) {
        let rest = &long[short.len()..];
        if short.len() >= 5 || SUFFIX_TAILS.contains(&rest) {
            return true;
        }
    }
    // a shared long beginning: "crustacean" / "crustacea"
    let common = a
        .text
        .chars()
        .zip(t.text.chars())
        .take_while(|(x, y)| x == y)
        .count();
    let shorter = a.text.chars().count().min(t.text.chars().count());
    if common >= 6 && common + 2 >= shorter {
        return true;
    }
    let common_stem = a
        .stem
        .chars()
        .zip(t.stem.chars())
        .take_while(|(x, y)| x == y)
        .count();
    if common_stem >= 6 && common_stem + 2 >= short.chars().count() {
        return true;
    }
    // spelling: one edit in a long word
    if shorter >= 10 && strsim::damerau_levenshtein(&a.text, &t.text) <= 1 {
        return true;
    }
    let lex = lexicon();
    if let (Some(ga), Some(gt)) = (lex.groups.get(&a.stem), lex.groups.get(&t.stem)) {
        return ga.iter().any(|g| gt.contains(g));
    }
    false
}

/// Whether a typed phrase has a word of `other` (the negated part of an
/// answer) that is no word of `clause` (its positive part).
pub(super) fn says_other_part(typed: &Phrase, other: &Phrase, clause: &Phrase) -> bool {
    typed.content.iter().any(|t| {
        other.content.iter().any(|o| same_word(o, t))
            && !clause.content.iter().any(|c| same_word(c, t))
    })
}

/// Whether a text says "not", "no", "never", "without", "lacked"...
pub(super) fn negated(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    if ![
        "no", "n't", "n’t", "never", "without", "lack", "nor", "cannot",
    ]
    .iter()
    .any(|x| lower.contains(x))
    {
        return false;
    }
    words(s).iter().any(|w| NEGATION.contains(&w.text.as_str()))
}

/// Why a typed phrase is not the answer phrase, or `Ok` with a reason. A
/// two-word name on one side ("hearing loss") is one word where the other
/// side has a one-word name of it ("deafness", `data/compounds.tsv`).
pub(super) fn compare(answer: &Phrase, typed: &Phrase) -> Result<&'static str, &'static str> {
    let first = compare_words(answer, typed);
    if first.is_ok() || lexicon().compounds.is_empty() {
        return first;
    }
    for (fused, other, answer_side) in [(answer, typed, true), (typed, answer, false)] {
        for p in fused_compounds(fused, other) {
            let r = if answer_side {
                compare_words(&p, typed)
            } else {
                compare_words(answer, &p)
            };
            if r.is_ok() {
                return r;
            }
        }
    }
    first
}

/// `p` with one of its two-word names made the one word of `other` that
/// names the same sense ("hearing loss" -> "deafness" when `other` says
/// "deafness"), for each such name.
fn fused_compounds(p: &Phrase, other: &Phrase) -> Vec<Phrase> {
    let lex = lexicon();
    let mut out = Vec::new();
    if p.all.len() < 2 || !other.content.iter().any(|c| lex.singles.contains(&c.stem)) {
        return out;
    }
    // the content words' stems; a function word ("in", "out") is its own
    let mut stems: Vec<&str> = p.all.iter().map(String::as_str).collect();
    for c in &p.content {
        stems[c.pos] = &c.stem;
    }
    for k in 0..p.all.len() - 1 {
        if !lex.firsts.contains(stems[k]) {
            continue;
        }
        let Some(singles) = lex
            .compounds
            .get(&(stems[k].to_string(), stems[k + 1].to_string()))
        else {
            continue;
        };
        let Some(w) = other.content.iter().find(|c| singles.contains(&c.stem)) else {
            continue;
        };
        // the compound's content words (a particle such as "in" is not one)
        let inside: Vec<usize> = (0..p.content.len())
            .filter(|&i| p.content[i].pos == k || p.content[i].pos == k + 1)
            .collect();
        let Some(&at) = inside.first() else { continue };
        let mut q = p.clone();
        q.content[at] = Content {
            text: w.text.clone(),
            stem: w.stem.clone(),
            pos: p.content[at].pos,
            light: false,
            name: None,
        };
        for &i in inside[1..].iter().rev() {
            q.content.remove(i);
        }
        let removed = |h: usize| inside[1..].iter().filter(|&&i| i < h).count();
        q.head = p.head.map(|h| {
            if inside.contains(&h) {
                at
            } else {
                h - removed(h)
            }
        });
        out.push(q);
    }
    out
}

fn compare_words(answer: &Phrase, typed: &Phrase) -> Result<&'static str, &'static str> {
    let Some(head) = answer.head else {
        return Err("different answer");
    };
    if answer.negated != typed.negated {
        return Err("negation differs");
    }
    // numbers: every typed number is one of the answer's; a short answer
    // needs all of its numbers
    for t in &typed.numbers {
        if !answer
            .numbers
            .iter()
            .any(|a| super::item_cmp(a, t, None).is_ok())
        {
            return Err("number differs");
        }
    }
    if answer.content.len() <= 3 && typed.numbers.len() < answer.numbers.len() {
        return Err("number missing");
    }
    // align: each answer word to the first free typed word that is the same
    let mut t_of: Vec<Option<usize>> = vec![None; answer.content.len()];
    let mut used = vec![false; typed.content.len()];
    for (i, a) in answer.content.iter().enumerate() {
        if let Some(j) =
            (0..typed.content.len()).find(|&j| !used[j] && same_word(a, &typed.content[j]))
        {
            used[j] = true;
            t_of[i] = Some(j);
        }
    }
    let matched = t_of.iter().filter(|x| x.is_some()).count();
    let weighty: Vec<usize> = (0..answer.content.len())
        .filter(|&i| !answer.content[i].light)
        .collect();
    let weighty_matched = weighty.iter().filter(|&&i| t_of[i].is_some()).count();
    // the head, or at least half of the answer's words
    if t_of[head].is_none() && (weighty.len() < 4 || 2 * weighty_matched < weighty.len()) {
        return Err("key word missing");
    }
    // a name that is the head is given whole ("Barrier Reef" is not "Great
    // Barrier Reef")
    if let Some(n) = answer.content[head].name {
        let run: Vec<usize> = (0..answer.content.len())
            .filter(|&i| answer.content[i].name == Some(n))
            .collect();
        if run.len() >= 2 && run.iter().any(|&i| t_of[i].is_none()) {
            return Err("only part of the name");
        }
    }
    let extra = used.iter().filter(|u| !**u).count();
    // the typed words are the answer's but for one or two ("self-control"
    // is two words)
    let raw = |p: &Phrase| -> Vec<String> {
        p.all
            .iter()
            .filter(|w| !super::is_article(w))
            .map(|w| stem(w))
            .collect()
    };
    let raw_near_copy = used.iter().any(|u| !u) && {
        let (ra, rt) = (raw(answer), raw(typed));
        let raw_missing = ra.iter().filter(|w| !rt.contains(w)).count();
        let raw_extra = rt.iter().filter(|w| !ra.contains(w)).count();
        raw_extra <= 1 && raw_missing <= 2 && ra.len() >= 3
    };
    // a typed word in the place of an answer word: the key word swapped
    for (j, _) in typed.content.iter().enumerate().filter(|(j, _)| !used[*j]) {
        // nearest matched typed words around j, and their answer positions
        let before = (0..j).rev().find(|&k| used[k]);
        let after = (j + 1..typed.content.len()).find(|&k| used[k]);
        let a_of = |k: usize| t_of.iter().position(|x| *x == Some(k));
        let lo = before.and_then(a_of);
        let hi = after.and_then(a_of);
        let (lo, hi) = match (lo, hi) {
            (Some(l), Some(h)) if l > h => (Some(h), Some(l)),
            x => x,
        };
        let from = lo.map_or(0, |l| l + 1);
        let to = hi.unwrap_or(answer.content.len());
        // only a swap matters: in a near copy of the answer, or where the
        // head or the answer's last word was
        let n = answer.content.len();
        let near_copy = matched + 1 >= n || raw_near_copy;
        let key_slot = |i: usize| i == head;
        let swapped = |r: std::ops::Range<usize>| {
            r.into_iter()
                .any(|i| t_of[i].is_none() && (near_copy || key_slot(i)))
        };
        if swapped(from..to) {
            return Err("a word of the answer replaced");
        }
        // "loss of smell" for "sight loss": after "of" a word stands for
        // the modifiers before the matched word
        let pos = typed.content[j].pos;
        let after_of = (1..=2).any(|d| {
            pos >= d
                && typed.all[pos - d] == "of"
                && (1..d).all(|e| super::is_article(&typed.all[pos - e]))
        });
        if let (true, Some(b)) = (after_of, before.and_then(a_of)) {
            if swapped(0..b) {
                return Err("a word of the answer replaced");
            }
        }
    }
    // a function word where the answer's last content word was
    if typed.dangling {
        let last_t = used.iter().rposition(|u| *u);
        let last_a = last_t.and_then(|k| t_of.iter().position(|x| *x == Some(k)));
        let after_end = last_t.is_none_or(|k| typed.content[k].pos + 1 < typed.len);
        if after_end
            && last_a.is_none_or(|i| (i + 1..answer.content.len()).any(|i| t_of[i].is_none()))
        {
            return Err("a word of the answer replaced");
        }
    }
    // the answer's last word, a function word ("as well"), replaced by a
    // word the answer does not have
    if let Some(last) = answer.all.last() {
        let typed_last_extra = typed
            .content
            .last()
            .is_some_and(|c| c.pos + 1 == typed.len && !used[typed.content.len() - 1]);
        if is_stop(last) && !typed.all.contains(last) && typed_last_extra {
            return Err("a word of the answer replaced");
        }
    }
    if extra > matched + 1 {
        return Err("different answer");
    }
    Ok(if matched == answer.content.len() {
        "same words"
    } else {
        "same key words"
    })
}

/// Units of time in two families that convert exactly (a month is not a
/// whole number of weeks): (family, size).
fn time_unit(w: &str) -> Option<(u8, f64)> {
    let w = w.strip_suffix('s').unwrap_or(w);
    Some(match w {
        "second" | "sec" => (0, 1.0),
        "minute" | "min" => (0, 60.0),
        "hour" | "hr" => (0, 3600.0),
        "day" => (0, 86400.0),
        "week" => (0, 604800.0),
        "fortnight" => (0, 1209600.0),
        "month" => (1, 1.0),
        "year" | "yr" => (1, 12.0),
        "decade" => (1, 120.0),
        "century" | "centurie" => (1, 1200.0),
        _ => return None,
    })
}

/// The factor that turns the typed answer's time unit into the answer's
/// ("3 to 6 weeks" for "21 to 42 days": 7), when both name one and differ.
pub(super) fn unit_factor(answer: &str, typed: &str) -> Option<f64> {
    let unit = |s: &str| words(s).iter().find_map(|w| time_unit(&w.text));
    let (a, t) = (unit(answer)?, unit(typed)?);
    (a.0 == t.0 && a.1 != t.1).then(|| t.1 / a.1)
}

/// A typed number answer in the checker's terms: "fivefold" and "5-fold"
/// are "five fold"; "three out of four" is "75%"; with `percent` (the answer
/// is a percentage) "half" is "50%", "a quarter" "25%", "three quarters"
/// "75%".
pub(super) fn number_text(typed: &str, percent: bool) -> String {
    // "half", "a quarter", "three quarters" for a percentage
    if percent {
        let lower = typed.to_lowercase();
        let ws: Vec<&str> = lower
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let share = if ws.ends_with(&["three", "quarters"]) {
            Some((75, 2))
        } else if ws.last() == Some(&"half") {
            Some((50, 1))
        } else if ws.last() == Some(&"quarter") {
            Some((25, 1))
        } else {
            None
        };
        if let Some((pct, n)) = share {
            let mut head: Vec<&str> = ws[..ws.len() - n].to_vec();
            if matches!(head.last(), Some(&"a" | &"one")) {
                head.pop();
            }
            head.push("");
            return format!("{}{pct}%", head.join(" "));
        }
    }
    let mut out: Vec<String> = Vec::new();
    for w in typed.split_whitespace() {
        let lw = w.to_lowercase();
        let lw = lw.trim_end_matches(|c: char| !c.is_alphanumeric());
        if let Some(n) = lw.strip_suffix("fold").map(|n| n.trim_end_matches('-')) {
            if !n.is_empty() && (super::is_numeric_word(n)) {
                out.push(n.to_string());
                out.push("fold".to_string());
                continue;
            }
        }
        out.push(w.to_string());
    }
    // "A out of B" -> a percentage
    let k = out.len();
    for i in 1..k.saturating_sub(2) {
        if out[i].eq_ignore_ascii_case("out") && out[i + 1].eq_ignore_ascii_case("of") {
            let (a, b) = (parse_numeric(&out[i - 1]), parse_numeric(&out[i + 2]));
            if let ([Item::Num(x)], [Item::Num(y)]) = (&a.items[..], &b.items[..]) {
                if *y > 0.0 {
                    let pct = x / y * 100.0;
                    let mut v: Vec<String> = out[..i - 1].to_vec();
                    v.push(format!("{pct}%"));
                    v.extend(out[i + 3..].iter().cloned());
                    return v.join(" ");
                }
            }
        }
    }
    out.join(" ")
}

/// Words that name the same multiple ("five times", "fivefold", "a factor of five").
fn multiple_word(w: &str) -> bool {
    matches!(w, "times" | "fold" | "factor")
}

/// The words around the numbers of a typed number answer: each is a
/// qualifier, a filler ("I think"), a number word or a word of the answer
/// (its unit: "months", "percent"). A typed unit must be the answer's
/// ("three rivers" is not "three weeks"); other words are wrong before
/// the number ("Harold 900" is not "over 900") and fine after it when the
/// answer has no unit of its own ("9,000 people a year" for "9,000").
/// `converted`: the typed time unit was converted to the answer's.
pub(super) fn number_words_agree(
    answer: &str,
    typed: &str,
    converted: bool,
) -> Result<(), &'static str> {
    let free = |w: &str| {
        super::is_numeric_word(w) && !super::is_unit_name(w)
            || w.starts_with(|c: char| c.is_ascii_digit())
            || super::FILLER.contains(&w)
            || super::month_word(w).is_some()
            || NEGATION.contains(&w)
    };
    let content = |s: &str| -> Vec<(Content, bool)> {
        words(s)
            .iter()
            .enumerate()
            .filter(|(_, w)| !super::is_article(&w.text))
            .map(|(pos, w)| {
                (
                    Content {
                        text: spell(&w.text),
                        stem: stem(&w.text),
                        pos,
                        light: multiple_word(&w.text),
                        name: None,
                    },
                    w.cap,
                )
            })
            .collect()
    };
    let mut a: Vec<Content> = content(answer).into_iter().map(|x| x.0).collect();
    for (sign, names) in [
        ('%', &["percent", "cent"][..]),
        ('£', &["pound", "pounds"][..]),
        ('$', &["dollar", "dollars"][..]),
        ('€', &["euro", "euros"][..]),
    ] {
        if answer.contains(sign) {
            for n in names {
                a.push(Content {
                    text: n.to_string(),
                    stem: stem(n),
                    pos: 0,
                    light: false,
                    name: None,
                });
            }
        }
    }
    let units: Vec<&Content> = a.iter().filter(|c| !free(&c.text)).collect();
    let t = content(typed);
    let mixed_case = t.iter().any(|x| x.1) && typed.chars().any(char::is_lowercase);
    let first_number = words(typed)
        .iter()
        .position(|w| super::is_numeric_word(&w.text) && !super::is_qualifier_only(&w.text))
        .unwrap_or(0);
    let is_time = |w: &str| converted && time_unit(w).is_some();
    let unit_missing = units.iter().any(|u| {
        !t.iter()
            .any(|(x, _)| same_word(u, x) || is_time(&u.text) && is_time(&x.text))
    });
    for (w, cap) in &t {
        let text = w.text.as_str();
        if free(text) || a.iter().any(|x| same_word(x, w)) || is_time(text) {
            continue;
        }
        let why = if unit_missing || super::is_unit_name(text) && !units.is_empty() {
            "unit differs"
        } else if *cap && mixed_case || w.pos < first_number {
            "extra words change the answer"
        } else {
            continue;
        };
        return Err(why);
    }
    Ok(())
}
