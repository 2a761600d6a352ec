//! CoNLL-U in and out: gold sentences for measuring, and the `factquiz tag` view.

use super::Analysis;

/// A gold token: form, UPOS, lemma and MISC as the treebank has them.
#[derive(Clone, Debug)]
pub struct GoldToken {
    pub form: String,
    pub lemma: String,
    pub upos: String,
    pub misc: String,
}

/// Reads the sentences of a CoNLL-U text (multiword ranges and empty nodes skipped).
pub fn read(text: &str) -> Vec<Vec<GoldToken>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() < 10 || c[0].contains('-') || c[0].contains('.') {
            continue;
        }
        cur.push(GoldToken {
            form: c[1].into(),
            lemma: c[2].into(),
            upos: c[3].into(),
            misc: c[9].into(),
        });
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Accuracy of the tagger and the lemmatiser on gold tokens.
#[derive(Clone, Copy, Debug, Default)]
pub struct Scores {
    pub tokens: usize,
    pub upos_right: usize,
    pub lemma_right: usize,
}

impl Scores {
    pub fn upos(&self) -> f64 {
        self.upos_right as f64 / self.tokens.max(1) as f64
    }
    pub fn lemma(&self) -> f64 {
        self.lemma_right as f64 / self.tokens.max(1) as f64
    }
}

/// Tags the gold tokens of each sentence and counts the tags and lemmas that match.
pub fn score(sents: &[Vec<GoldToken>]) -> Scores {
    let mut s = Scores::default();
    for sent in sents {
        let words: Vec<&str> = sent.iter().map(|t| t.form.as_str()).collect();
        let tags = super::tagger::tag(&words);
        for (g, u) in sent.iter().zip(tags) {
            s.tokens += 1;
            s.upos_right += (u.as_str() == g.upos) as usize;
            s.lemma_right += (super::lemma::lemma(&g.form, u) == g.lemma) as usize;
        }
    }
    s
}

/// Writes analysed sentences as CoNLL-U (ID FORM LEMMA UPOS; the rest `_`, SpaceAfter in MISC).
pub fn write(text: &str, sents: &[Analysis]) -> String {
    let mut out = String::new();
    for (i, a) in sents.iter().enumerate() {
        let (Some(first), Some(last)) = (a.tokens.first(), a.tokens.last()) else {
            continue;
        };
        out.push_str(&format!("# sent_id = {}\n", i + 1));
        out.push_str(&format!("# text = {}\n", &text[first.start..last.end]));
        for (k, t) in a.tokens.iter().enumerate() {
            let mut misc = Vec::new();
            if a.tokens.get(k + 1).is_some_and(|n| n.start == t.end) {
                misc.push("SpaceAfter=No".to_string());
            }
            let misc = if misc.is_empty() {
                "_".into()
            } else {
                misc.join("|")
            };
            out.push_str(&format!(
                "{}\t{}\t{}\t{}\t_\t_\t_\t_\t_\t{}\n",
                k + 1,
                t.text,
                t.lemma,
                t.upos,
                misc
            ));
        }
        out.push('\n');
    }
    out
}
