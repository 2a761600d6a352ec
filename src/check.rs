//! The answer checker: compares a typed answer with the canonical answer,
//! its accepted forms and the corpus aliases, following the policy in
//! PRODUCT.md ("Answer checking policy").
//!
//! Choices made where the policy is silent:
//! - A full date ("31 March 1889") needs its day: "March 1889" is one part of it.
//! - A qualifier in the canonical answer ("at least 13") is not required; a
//!   different qualifier typed with the right number is accepted too, since the
//!   number is what is asked.
//! - Extra words are allowed around a right answer, but not another number
//!   (for a number or date answer) nor an "or" naming a second candidate.

use crate::aliases::Aliases;
use crate::kind::Kind;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accept,
    Reject,
}

/// A verdict with the form it matched and a short human reason.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Checked {
    pub verdict: Verdict,
    /// The accepted form the typed answer matched, when accepted.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched: Option<String>,
    pub reason: String,
}

impl Checked {
    fn accept(form: &str, reason: &str) -> Checked {
        Checked { verdict: Verdict::Accept, matched: Some(form.to_string()), reason: reason.to_string() }
    }
    fn reject(reason: &str) -> Checked {
        Checked { verdict: Verdict::Reject, matched: None, reason: reason.to_string() }
    }
}

/// Folds case, Unicode compatibility forms (full-width digits), quotes,
/// dashes, diacritics, punctuation, possessive "'s" and a leading article, so
/// that two spellings of the same answer compare equal. Hyphen and space are
/// the same; thousands separators inside numbers are dropped.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        fold_into(s.chars(), &mut out);
    } else {
        use unicode_normalization::UnicodeNormalization;
        fold_into(s.nfkd().filter(|c| !unicode_normalization::char::is_combining_mark(*c)), &mut out);
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    let start = usize::from(matches!(words.first(), Some(&("the" | "a" | "an"))) && words.len() > 1);
    words[start..].join(" ")
}

fn fold_into(chars: impl Iterator<Item = char>, out: &mut String) {
    let chars: Vec<char> = chars.collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev_digit = i > 0 && chars[i - 1].is_ascii_digit();
        let next_digit = chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if matches!(c, ',' | '\u{a0}' | '\u{202f}' | ' ') && prev_digit && next_digit && digits_after(&chars, i + 1) == 3 {
            // thousands separator: 11,700 / 11 700 -> 11700
        } else if c == '.' && prev_digit && next_digit {
            out.push('.');
        } else if matches!(c, '\'' | '’' | '‘' | 'ʼ') && chars.get(i + 1).is_some_and(|n| *n == 's' || *n == 'S') && !chars.get(i + 2).is_some_and(|n| n.is_alphanumeric()) {
            // possessive 's
            i += 1;
        } else if matches!(c, '\'' | '’' | '‘' | 'ʼ') {
            // apostrophes inside words vanish ("don't" = "dont")
        } else {
            out.push(' ');
        }
        i += 1;
    }
}

fn digits_after(chars: &[char], from: usize) -> usize {
    chars[from..].iter().take_while(|c| c.is_ascii_digit()).count()
}

const NUMBER_WORDS: &[(&str, u64)] = &[
    ("zero", 0), ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10),
    ("eleven", 11), ("twelve", 12), ("thirteen", 13), ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19), ("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60), ("seventy", 70), ("eighty", 80), ("ninety", 90),
    ("dozen", 12),
];

const SCALES: &[(&str, u64)] = &[("hundred", 100), ("thousand", 1_000), ("million", 1_000_000), ("billion", 1_000_000_000)];

/// Replaces runs of number words by digits: "fourteen hundred" -> "1400",
/// "eleven thousand seven hundred" -> "11700", "a dozen" -> "12".
fn words_to_digits(norm: &str) -> String {
    let words: Vec<&str> = norm.split_whitespace().collect();
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let (mut total, mut current, mut used) = (0u64, 0u64, 0usize);
        let mut j = i;
        while j < words.len() {
            let w = words[j].trim_end_matches('s');
            let w = if w.is_empty() { words[j] } else { w };
            if let Some((_, v)) = NUMBER_WORDS.iter().find(|(n, _)| *n == words[j] || *n == w) {
                current += v;
            } else if let Some((_, v)) = SCALES.iter().find(|(n, _)| *n == words[j] || *n == w) {
                current = current.max(1) * v;
                if *v >= 1000 {
                    total += current;
                    current = 0;
                }
            } else if let (true, Ok(v)) = (used == 0 && j + 1 < words.len(), words[j].parse::<u64>()) {
                // "1.5 million" style: digits followed by a scale word
                if let Some((_, s)) = SCALES.iter().find(|(n, _)| *n == words[j + 1]) {
                    current = v * s;
                    j += 2;
                    used += 2;
                    continue;
                }
                break;
            } else if words[j] == "and" && used > 0 && j + 1 < words.len() && NUMBER_WORDS.iter().any(|(n, _)| *n == words[j + 1]) {
                // "one hundred and five"
            } else {
                break;
            }
            j += 1;
            used += 1;
        }
        if used > 0 {
            // drop a leading "a" in "a dozen" / "a hundred"
            if out.last().is_some_and(|w| w == "a") {
                out.pop();
            }
            out.push((total + current).to_string());
            i = j;
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

/// Normal form for comparing: `normalize` plus number words as digits and
/// British spellings as American ones.
fn canon(s: &str) -> String {
    let n = words_to_digits(&normalize(s));
    n.split_whitespace().map(americanize).collect::<Vec<_>>().join(" ")
}

fn americanize(w: &str) -> String {
    if w.len() > 5 {
        if let Some(stem) = w.strip_suffix("our") {
            return format!("{stem}or");
        }
        if let Some(stem) = w.strip_suffix("ise") {
            return format!("{stem}ize");
        }
        if let Some(stem) = w.strip_suffix("isation") {
            return format!("{stem}ization");
        }
        if let Some(stem) = w.strip_suffix("tre") {
            return format!("{stem}ter");
        }
    }
    w.to_string()
}

const TITLES: &[&str] = &[
    "mullah", "gen", "general", "president", "dr", "doctor", "mr", "mrs", "ms", "miss", "sir", "dame", "sen", "senator", "rep", "gov", "governor",
    "col", "colonel", "lt", "lieutenant", "capt", "captain", "maj", "major", "adm", "admiral", "sgt", "sergeant", "prof", "professor", "sheikh",
    "shaikh", "imam", "king", "queen", "prince", "princess", "pope", "judge", "justice", "mayor", "minister", "secretary", "ambassador", "chancellor",
    "emir", "amir", "mawlawi", "maulvi", "commander", "chief", "lord", "lady", "saint", "st", "rabbi", "bishop", "father", "brother", "sister",
];

/// Leading and trailing filler around an answer: "I think it's X", "it was 2015", "in January 2015".
const FILLER: &[&str] = &[
    "i", "think", "its", "it", "is", "was", "were", "are", "im", "pretty", "sure", "maybe", "probably", "that", "answer", "the", "a", "an", "in", "on",
    "at", "of", "by", "since", "from", "to", "called", "named", "believe", "guess", "would", "say", "be", "he", "she", "they", "this", "about", "around",
    "year", "exactly", "just", "only", "approximately", "roughly", "some", "over", "more", "than", "at", "least", "nearly", "almost", "well", "under",
    "fewer", "less", "up", "as", "many", "much", "few", "low", "high", "estimated", "approx",
];

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

fn has_digit(s: &str) -> bool {
    s.chars().any(|c| c.is_ascii_digit())
}

/// The numbers in a canonical form, in order.
fn numbers_in(s: &str) -> Vec<String> {
    s.split_whitespace().filter(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.') && has_digit(w)).map(String::from).collect()
}

/// Typo allowance by the answer's length in letters.
fn allowed_edits(answer: &str) -> usize {
    match letters(answer) {
        n if n >= 20 => 2,
        n if n >= 10 => 1,
        _ => 0,
    }
}

/// "A-B", "A to B", "between A and B" -> "A B" (a range's two ends).
fn range_ends(c: &str) -> Option<(String, String)> {
    let nums = numbers_in(c);
    let words: Vec<&str> = c.split_whitespace().collect();
    if nums.len() == 2 && (words.contains(&"to") || words.contains(&"and") || words.contains(&"through") || words.len() == 2) {
        return Some((nums[0].clone(), nums[1].clone()));
    }
    None
}

/// Drops titles and honorifics from a name: "mullah omar" -> "omar".
fn without_titles(c: &str) -> String {
    c.split_whitespace().filter(|w| !TITLES.contains(w)).collect::<Vec<_>>().join(" ")
}

/// Initials of a name's significant words: "Hamid Karzai International Airport" -> "hkia".
fn initials(s: &str) -> String {
    normalize(s)
        .split_whitespace()
        .filter(|w| !matches!(*w, "of" | "the" | "and" | "for" | "in" | "on" | "at"))
        .filter_map(|w| w.chars().next())
        .collect()
}

/// The parts of a two-part answer: "caliphate vs. emirate", "north and northeast".
fn parts(c: &str) -> Option<Vec<String>> {
    for sep in [" vs ", " versus ", " and ", " or "] {
        if let Some((a, b)) = c.split_once(sep) {
            if !a.trim().is_empty() && !b.trim().is_empty() && !has_digit(c) {
                return Some(vec![a.trim().to_string(), b.trim().to_string()]);
            }
        }
    }
    None
}

/// Does `typed` state `form` (both canonical), allowing typos by length?
fn same(form: &str, typed: &str, edits: usize) -> bool {
    if form == typed {
        return true;
    }
    if form.replace(' ', "") == typed.replace(' ', "") {
        return true; // "al muhajir" vs "almuhajir", "is k" vs "isk"
    }
    if edits == 0 || has_digit(form) || has_digit(typed) {
        return false;
    }
    strsim::damerau_levenshtein(form, typed) <= edits
}

/// Finds `form` as a run of whole words inside `typed` (both canonical),
/// returning the words around it.
fn embedded<'a>(form: &str, typed: &'a str) -> Option<(Vec<&'a str>, Vec<&'a str>)> {
    let fw: Vec<&str> = form.split_whitespace().collect();
    let tw: Vec<&str> = typed.split_whitespace().collect();
    if fw.is_empty() || fw.len() > tw.len() {
        return None;
    }
    (0..=tw.len() - fw.len()).find(|&i| tw[i..i + fw.len()] == fw[..]).map(|i| (tw[..i].to_vec(), tw[i + fw.len()..].to_vec()))
}

/// Checks `typed` against the canonical `answer` and its `accept` forms.
pub fn check(answer: &str, accept: &[String], kind: Option<Kind>, typed: &str, aliases: &Aliases) -> Checked {
    let t = canon(typed);
    if t.is_empty() {
        return Checked::reject("no answer");
    }
    let mut forms: Vec<String> = vec![answer.to_string()];
    forms.extend(accept.iter().cloned());
    for f in forms.clone() {
        forms.extend(aliases.forms_of(&f));
        let bare = crate::extract::strip_article(&f).to_string();
        forms.extend(aliases.forms_of(&bare));
    }
    let mut seen = std::collections::HashSet::new();
    forms.retain(|f| seen.insert(canon(f)));

    let numeric = matches!(kind, Some(Kind::Number | Kind::Date)) || has_digit(&canon(answer));
    let typed_nums = numbers_in(&t);

    // A hedge naming two candidates: "2014 or 2015", "Kabul or Kandahar".
    if let Some((a, b)) = t.split_once(" or ") {
        let (a, b) = (a.trim(), b.trim());
        let names_answer = |x: &str| forms.iter().any(|f| embedded(&canon(f), x).is_some() || same(&canon(f), x, allowed_edits(f)));
        if !forms.iter().any(|f| canon(f).contains(" or ")) && (names_answer(a) != names_answer(b) || (numeric && typed_nums.len() >= 2)) && !a.is_empty() && !b.is_empty() {
            return Checked::reject("hedge: names two answers");
        }
    }

    for f in &forms {
        let c = canon(f);
        if c.is_empty() {
            continue;
        }
        let edits = allowed_edits(f);
        if same(&c, &t, edits) {
            return Checked::accept(f, if c == t { "same answer" } else { "close enough: small typo or spacing" });
        }
        if numeric {
            if let Some(v) = check_numeric(&c, &t, &typed_nums) {
                return match v {
                    Ok(()) => Checked::accept(f, "same number"),
                    Err(r) => Checked::reject(r),
                };
            }
            continue;
        }
        // Names: titles optional.
        let (ct, tt) = (without_titles(&c), without_titles(&t));
        if !ct.is_empty() && ct != c && same(&ct, &tt, allowed_edits(&ct)) {
            return Checked::accept(f, "same name without the title");
        }
        if !tt.is_empty() && tt != t && same(&c, &tt, edits) {
            return Checked::accept(f, "same name without the title");
        }
        // Acronym of the answer's initials: "HKIA".
        let ini = initials(f);
        if ini.len() >= 2 && t.replace(' ', "") == ini && f.split_whitespace().count() >= 2 {
            return Checked::accept(f, "the answer's initials");
        }
        // A pair in either order.
        if let (Some(pa), Some(pt)) = (parts(&c), parts(&t)) {
            if pa.len() == pt.len() && same(&pa[0], &pt[1], 0) && same(&pa[1], &pt[0], 0) {
                return Checked::accept(f, "same pair, other order");
            }
        }
        // The answer embedded in a sentence: "I think it's Turkmenistan".
        if let Some((before, after)) = embedded(&c, &t) {
            if before.iter().chain(after.iter()).all(|w| FILLER.contains(w) || TITLES.contains(w)) {
                return Checked::accept(f, "right answer with extra words");
            }
        }
        if let Some((before, after)) = embedded(&ct, &tt).filter(|_| !ct.is_empty()) {
            if before.iter().chain(after.iter()).all(|w| FILLER.contains(w)) {
                return Checked::accept(f, "right answer with extra words");
            }
        }
    }

    // Explain the reject.
    let c = canon(answer);
    if numeric {
        let an = numbers_in(&c);
        if !typed_nums.is_empty() && an.iter().any(|n| typed_nums.contains(n)) && c.split_whitespace().any(|w| crate::text::month_number(w).is_some()) {
            return Checked::reject("month missing");
        }
        if range_ends(&c).is_some() && typed_nums.len() == 1 {
            return Checked::reject("one end of a range is not the range");
        }
        return Checked::reject(if typed_nums.is_empty() { "not a number" } else { "number differs" });
    }
    if c.split_whitespace().count() > 1 && (c.contains(&t) || embedded(&t, &c).is_some()) {
        return Checked::reject("too short to identify the answer");
    }
    Checked::reject("does not match the answer")
}

/// Numbers and dates: exact values, no typo tolerance; the month of a
/// month-and-year answer and the day of a full date are required; a range
/// must be given whole. `None` when the form has no number to compare.
fn check_numeric(c: &str, t: &str, typed_nums: &[String]) -> Option<Result<(), &'static str>> {
    let an = numbers_in(c);
    if an.is_empty() {
        return None;
    }
    // Words of the answer that carry meaning besides the number: months, and the counted noun is optional.
    let months: Vec<&str> = c.split_whitespace().filter(|w| crate::text::month_number(w).is_some()).collect();
    let typed_months: Vec<&str> = t.split_whitespace().filter(|w| crate::text::month_number(w).is_some()).collect();
    if let Some((a, b)) = range_ends(c) {
        return Some(if typed_nums.len() == 2 && typed_nums[0] == a && typed_nums[1] == b {
            Ok(())
        } else if typed_nums.len() == 1 && (typed_nums[0] == a || typed_nums[0] == b) {
            Err("one end of a range is not the range")
        } else {
            Err("number differs")
        });
    }
    if typed_nums.len() != an.len() {
        return Some(Err(if typed_nums.is_empty() { "not a number" } else { "number differs" }));
    }
    if typed_nums != an {
        return Some(Err("number differs"));
    }
    if !months.is_empty() {
        let want: Vec<Option<u32>> = months.iter().map(|m| crate::text::month_number(m)).collect();
        let got: Vec<Option<u32>> = typed_months.iter().map(|m| crate::text::month_number(m)).collect();
        if want != got {
            return Some(Err("month missing"));
        }
    } else if !typed_months.is_empty() {
        return Some(Err("number differs"));
    }
    Some(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(answer: &str, typed: &str, kind: Option<Kind>) -> bool {
        check(answer, &[], kind, typed, &Aliases::new()).verdict == Verdict::Accept
    }

    #[test]
    fn normalization_folds_case_quotes_dashes_diacritics_and_articles() {
        assert_eq!(normalize("The  Río–Grande’s"), "rio grande");
        assert_eq!(normalize("ＡＢＣ １２"), "abc 12");
        assert!(ok("Émile Nouguier", "emile nouguier", Some(Kind::Person)));
        assert!(ok("al-Muhajir", "al Muhajir", Some(Kind::Person)));
        assert!(ok("the Danube", "Danube.", Some(Kind::Place)));
        assert!(ok("province", "a province", None));
    }

    #[test]
    fn numbers_in_any_form_but_never_a_different_number() {
        assert!(ok("1,200", "1200", Some(Kind::Number)));
        assert!(ok("1,200", "1 200", Some(Kind::Number)));
        assert!(ok("1,200", "1\u{a0}200", Some(Kind::Number)));
        assert!(ok("1,200", "twelve hundred", Some(Kind::Number)));
        assert!(ok("7", "seven", Some(Kind::Number)));
        assert!(ok("12", "a dozen", Some(Kind::Number)));
        assert!(ok("at least 45", "45", Some(Kind::Number)));
        assert!(ok("3,500", "three thousand five hundred", Some(Kind::Number)));
        assert!(!ok("1,200", "1,300", Some(Kind::Number)));
        assert!(!ok("1998", "1989", Some(Kind::Date)));
        assert!(!ok("45", "450", Some(Kind::Number)));
    }

    #[test]
    fn ranges_whole_in_any_form() {
        assert!(ok("between 300 and 400", "300-400", Some(Kind::Number)));
        assert!(ok("300 to 400", "between 300 and 400", Some(Kind::Number)));
        assert!(!ok("between 300 and 400", "300", Some(Kind::Number)));
        assert!(!ok("between 300 and 400", "300-450", Some(Kind::Number)));
    }

    #[test]
    fn dates_need_their_month() {
        assert!(ok("May 1998", "may 1998", Some(Kind::Date)));
        assert!(ok("May 1998", "in May 1998", Some(Kind::Date)));
        assert!(!ok("May 1998", "1998", Some(Kind::Date)));
        assert!(!ok("May 1998", "June 1998", Some(Kind::Date)));
        assert!(!ok("1998", "1997 or 1998", Some(Kind::Date)));
    }

    #[test]
    fn typos_forgiven_by_length_only() {
        assert!(ok("Mediterranean", "Mediteranean", Some(Kind::Place)));
        assert!(!ok("Rhine", "Rhone", Some(Kind::Place)));
        assert!(!ok("IBM", "IBN", Some(Kind::Organization)));
        assert!(ok("International Red Cross Society", "Internatonal Red Cros Society", Some(Kind::Organization)));
        assert!(!ok("Mediterranean", "Meditrenaean", Some(Kind::Place)));
    }

    #[test]
    fn titles_optional_initials_and_pairs() {
        assert!(ok("President Abraham Lincoln", "Abraham Lincoln", Some(Kind::Person)));
        assert!(ok("Abraham Lincoln", "President Abraham Lincoln", Some(Kind::Person)));
        assert!(ok("World Health Organization", "WHO", Some(Kind::Organization)));
        assert!(ok("salt vs. pepper", "pepper vs salt", None));
        assert!(!ok("salt and pepper", "salt", None));
    }

    #[test]
    fn surnames_only_through_the_alias_table() {
        let mut a = Aliases::new();
        a.add("Marie Curie", "Curie");
        assert_eq!(check("Marie Curie", &[], Some(Kind::Person), "Curie", &a).verdict, Verdict::Accept);
        assert_eq!(check("Marie Curie", &[], Some(Kind::Person), "Marie", &a).verdict, Verdict::Reject);
        assert_eq!(check("Pierre Curie", &[], Some(Kind::Person), "Curie", &Aliases::new()).verdict, Verdict::Reject);
    }

    #[test]
    fn extra_words_fine_hedges_and_fragments_wrong() {
        assert!(ok("Vienna", "I think it's Vienna", Some(Kind::Place)));
        assert!(ok("1815", "it was 1815", Some(Kind::Date)));
        assert!(!ok("Vienna", "Vienna or Prague", Some(Kind::Place)));
        assert!(!ok("Congress of Vienna", "Vienna", Some(Kind::Event)));
        assert!(!ok("Vienna", "", Some(Kind::Place)));
        let c = check("Congress of Vienna", &[], Some(Kind::Event), "congress", &Aliases::new());
        assert_eq!(c.reason, "too short to identify the answer");
    }

    #[test]
    fn british_spelling_is_the_same_answer() {
        assert!(ok("division of labor", "division of labour", None));
        assert!(ok("organization", "organisation", None));
    }
}
