//! CoNLL-U in and out: gold sentences for measuring, and the `factquiz tag` view.

use super::Analysis;

/// A gold token: form, UPOS, lemma and MISC as the treebank has them.
#[derive(Clone, Debug)]
pub struct GoldToken {
    pub id: usize,
    /// the syntactic head's id (0: root)
    pub head: usize,
    /// the dependency relation to the head
    pub deprel: String,
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
            id: c[0].parse().unwrap_or(0),
            head: c[6].parse().unwrap_or(0),
            deprel: c[7].into(),
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

/// The documents of a CoNLL-U text (split at `# newdoc` comments), each a list of sentences.
pub fn documents(text: &str) -> Vec<Vec<Vec<GoldToken>>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with("# newdoc") && pos > start {
            out.push(read(&text[start..pos]));
            start = pos;
        }
        pos += line.len();
    }
    out.push(read(&text[start..]));
    out.retain(|d| !d.is_empty());
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

/// Writes analysed sentences as CoNLL-U: ID FORM LEMMA UPOS, the rest `_`; in MISC the noun
/// phrases with their entity kind in GUM's bracket notation (`Entity=(3-person` on the first
/// token, `Entity=3)` on the last, `Entity=(3-place)` for one token; numbered through the
/// document) and `SpaceAfter=No`.
pub fn write(text: &str, sents: &[Analysis]) -> String {
    let mut out = String::new();
    // one entity id per reference chain: a chunk that points back takes its antecedent's id
    let links = super::refs::resolve(&super::refs::mentions_of(sents));
    let mut chain: Vec<usize> = Vec::with_capacity(links.len());
    for (m, l) in links.iter().enumerate() {
        let id = match l {
            Some(j) => chain[*j],
            None => m + 1,
        };
        chain.push(id);
    }
    let mut m = 0;
    for (i, a) in sents.iter().enumerate() {
        let (Some(first), Some(last)) = (a.tokens.first(), a.tokens.last()) else {
            continue;
        };
        out.push_str(&format!("# sent_id = {}\n", i + 1));
        out.push_str(&format!("# text = {}\n", &text[first.start..last.end]));
        let mut ent = vec![String::new(); a.tokens.len()];
        for (c, kind) in a.chunks.iter().zip(&a.kinds) {
            let id = chain[m];
            m += 1;
            if c.end == c.start + 1 {
                ent[c.start].push_str(&format!("({id}-{kind})"));
            } else {
                ent[c.start].push_str(&format!("({id}-{kind}"));
                ent[c.end - 1].push_str(&format!("{id})"));
            }
        }
        for (k, t) in a.tokens.iter().enumerate() {
            let mut misc = Vec::new();
            if !ent[k].is_empty() {
                misc.push(format!("Entity={}", ent[k]));
            }
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

/// A gold entity mention: tokens `start..end`, its head token and GUM type.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    /// GUM's entity id: mentions with one id are one entity (a coreference chain)
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub head: usize,
    pub kind: String,
}

/// The mentions of a sentence from GUM's `Entity=` MISC annotations (bracketed, nested).
pub fn mentions(sent: &[GoldToken]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, usize, String)> = Vec::new();
    for (i, t) in sent.iter().enumerate() {
        let Some(e) = t.misc.split('|').find_map(|m| m.strip_prefix("Entity=")) else {
            continue;
        };
        let b = e.as_bytes();
        let mut k = 0;
        while k < b.len() {
            if b[k] == b'(' {
                // "(12-person-..." up to the next bracket
                let rest = &e[k + 1..];
                let stop = rest.find(['(', ')']).unwrap_or(rest.len());
                let mut f = rest[..stop].split('-');
                let id = f.next().unwrap_or("").to_string();
                let kind = f.next().unwrap_or("").to_string();
                stack.push((id, i, kind));
                k += 1 + stop;
            } else if b[k] == b')' || b[k].is_ascii_digit() {
                let mut j = k;
                while j < b.len() && b[j].is_ascii_digit() {
                    j += 1;
                }
                if j >= b.len() || b[j] != b')' {
                    k = j.max(k + 1);
                    continue;
                }
                let id = &e[k..j];
                let pos = if id.is_empty() {
                    stack.len().checked_sub(1)
                } else {
                    stack.iter().rposition(|(x, _, _)| x == id)
                };
                if let Some(p) = pos {
                    let (id, s, kind) = stack.remove(p);
                    out.push(Mention {
                        id,
                        start: s,
                        end: i + 1,
                        head: head_of(sent, s, i + 1),
                        kind,
                    });
                }
                k = j + 1;
            } else {
                k += 1;
            }
        }
    }
    out
}

fn head_of(sent: &[GoldToken], s: usize, e: usize) -> usize {
    let inside = |id: usize| sent[s..e].iter().any(|t| t.id == id);
    (s..e).find(|&k| !inside(sent[k].head)).unwrap_or(e - 1)
}

/// Noun phrases against gold mentions, matched by head token; kinds on the matched ones.
#[derive(Clone, Copy, Debug, Default)]
pub struct EntityScores {
    pub chunks: usize,
    pub gold: usize,
    /// chunks whose head is a gold mention's head
    pub chunks_matched: usize,
    /// gold mentions whose head is a chunk's head
    pub gold_matched: usize,
    /// chunks equal to a gold mention, token for token
    pub exact: usize,
    /// matched pairs, and those whose kind is the gold type
    pub pairs: usize,
    pub kind_right: usize,
}

impl EntityScores {
    pub fn precision(&self) -> f64 {
        self.chunks_matched as f64 / self.chunks.max(1) as f64
    }
    pub fn recall(&self) -> f64 {
        self.gold_matched as f64 / self.gold.max(1) as f64
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    pub fn exact_f1(&self) -> f64 {
        2.0 * self.exact as f64 / (self.chunks + self.gold).max(1) as f64
    }
    pub fn kind_accuracy(&self) -> f64 {
        self.kind_right as f64 / self.pairs.max(1) as f64
    }
    pub fn add(&mut self, o: &EntityScores) {
        self.chunks += o.chunks;
        self.gold += o.gold;
        self.chunks_matched += o.chunks_matched;
        self.gold_matched += o.gold_matched;
        self.exact += o.exact;
        self.pairs += o.pairs;
        self.kind_right += o.kind_right;
    }
}

/// Tags the gold tokens of one document, finds the noun phrases and their kinds (one kind
/// per name through the document), and scores them against the gold mentions (sentences
/// without any `Entity=` annotation are skipped).
pub fn score_entities(sents: &[Vec<GoldToken>]) -> EntityScores {
    let mut s = EntityScores::default();
    let sents: Vec<&Vec<GoldToken>> = sents
        .iter()
        .filter(|sent| sent.iter().any(|t| t.misc.contains("Entity=")))
        .collect();
    let mut tagged = Vec::with_capacity(sents.len());
    for sent in &sents {
        let mut toks: Vec<super::Token> = sent
            .iter()
            .map(|g| super::Token {
                text: g.form.clone(),
                start: 0,
                end: 0,
                upos: super::Upos::X,
                lemma: String::new(),
            })
            .collect();
        super::tag_tokens(&mut toks);
        let chunks = super::chunks::noun_phrases(&toks);
        tagged.push((toks, chunks));
    }
    let doc: Vec<(&[super::Token], &[super::Span])> = tagged
        .iter()
        .map(|(t, c)| (t.as_slice(), c.as_slice()))
        .collect();
    let kinds = super::entities::document_kinds(&doc);
    for ((sent, (_, chunks)), kinds) in sents.iter().zip(&tagged).zip(kinds) {
        let gold = mentions(sent);
        s.chunks += chunks.len();
        s.gold += gold.len();
        for (c, kind) in chunks.iter().zip(kinds) {
            let matched: Vec<&Mention> = gold.iter().filter(|m| m.head == c.head).collect();
            if !matched.is_empty() {
                s.chunks_matched += 1;
                // the innermost gold mention with this head
                let m = matched.iter().min_by_key(|m| m.end - m.start).unwrap();
                s.pairs += 1;
                s.kind_right += (kind == m.kind) as usize;
            }
            s.exact += gold.iter().any(|m| m.start == c.start && m.end == c.end) as usize;
        }
        s.gold_matched += gold
            .iter()
            .filter(|m| chunks.iter().any(|c| c.head == m.head))
            .count();
    }
    s
}

/// Clauses against the gold dependency trees: subjects (`nsubj`, `nsubj:pass`), objects
/// (`obj`) and voice.
#[derive(Clone, Copy, Debug, Default)]
pub struct ClauseScores {
    /// clauses with a subject; those whose subject head is a gold subject of the verb group
    /// (or, for a copula, of its complement)
    pub subjects: usize,
    pub subjects_right: usize,
    /// gold subject relations; those found
    pub gold_subjects: usize,
    pub gold_subjects_found: usize,
    pub objects: usize,
    pub objects_right: usize,
    pub gold_objects: usize,
    pub gold_objects_found: usize,
    /// clauses whose main verb is a gold verb; those whose voice is right (gold passive: the
    /// verb has an `aux:pass` or `nsubj:pass` dependent)
    pub voices: usize,
    pub voices_right: usize,
}

impl ClauseScores {
    pub fn add(&mut self, o: &ClauseScores) {
        self.subjects += o.subjects;
        self.subjects_right += o.subjects_right;
        self.gold_subjects += o.gold_subjects;
        self.gold_subjects_found += o.gold_subjects_found;
        self.objects += o.objects;
        self.objects_right += o.objects_right;
        self.gold_objects += o.gold_objects;
        self.gold_objects_found += o.gold_objects_found;
        self.voices += o.voices;
        self.voices_right += o.voices_right;
    }
}

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

impl std::fmt::Display for ClauseScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "subjects P {:.2}% R {:.2}% of {}; objects P {:.2}% R {:.2}% of {}; voice right {:.2}% of {}",
            pct(self.subjects_right, self.subjects),
            pct(self.gold_subjects_found, self.gold_subjects),
            self.gold_subjects,
            pct(self.objects_right, self.objects),
            pct(self.gold_objects_found, self.gold_objects),
            self.gold_objects,
            pct(self.voices_right, self.voices),
            self.voices
        )
    }
}

/// Tags the gold tokens, finds the clauses and scores them against the gold trees.
pub fn score_clauses(sents: &[Vec<GoldToken>]) -> ClauseScores {
    let mut s = ClauseScores::default();
    for sent in sents {
        let mut toks: Vec<super::Token> = sent
            .iter()
            .map(|g| super::Token {
                text: g.form.clone(),
                start: 0,
                end: 0,
                upos: super::Upos::X,
                lemma: String::new(),
            })
            .collect();
        super::tag_tokens(&mut toks);
        let chunks = super::chunks::noun_phrases(&toks);
        let clauses = super::chunks::clauses(&toks, &chunks);
        let index = |id: usize| sent.iter().position(|t| t.id == id);
        // gold relations as (dependent index, head index)
        let rel = |pred: &dyn Fn(&str) -> bool| -> Vec<(usize, usize)> {
            sent.iter()
                .enumerate()
                .filter(|(_, t)| pred(&t.deprel))
                .filter_map(|(i, t)| Some((i, index(t.head)?)))
                .collect()
        };
        let subj = rel(&|d| d == "nsubj" || d == "nsubj:pass");
        let obj = rel(&|d| d == "obj");
        s.gold_subjects += subj.len();
        s.gold_objects += obj.len();
        // the tokens a clause's predicate may be in gold: the verb group, and a copula's complement
        let preds = |c: &super::Clause| -> Vec<usize> {
            let mut p: Vec<usize> = (c.verb.start..c.verb.end).collect();
            if c.verb.copula {
                if let Some(o) = c.object {
                    p.push(o.head);
                }
            }
            p
        };
        for c in &clauses {
            let p = preds(c);
            if let Some(sj) = c.subject {
                s.subjects += 1;
                let ok = subj.iter().any(|&(d, h)| d == sj.head && p.contains(&h));
                s.subjects_right += ok as usize;
            }
            if let (Some(o), false) = (c.object, c.verb.copula) {
                s.objects += 1;
                s.objects_right +=
                    obj.iter().any(|&(d, h)| d == o.head && h == c.verb.head) as usize;
            }
            let v = c.verb.head;
            if toks[v].upos == super::Upos::Verb && sent[v].upos == "VERB" {
                let passive = sent.iter().any(|t| {
                    index(t.head) == Some(v) && (t.deprel == "aux:pass" || t.deprel == "nsubj:pass")
                });
                s.voices += 1;
                s.voices_right += (passive == (c.verb.voice == super::Voice::Passive)) as usize;
            }
        }
        s.gold_subjects_found += subj
            .iter()
            .filter(|&&(d, h)| {
                clauses
                    .iter()
                    .any(|c| c.subject.is_some_and(|x| x.head == d) && preds(c).contains(&h))
            })
            .count();
        s.gold_objects_found += obj
            .iter()
            .filter(|&&(d, h)| {
                clauses.iter().any(|c| {
                    !c.verb.copula && c.verb.head == h && c.object.is_some_and(|x| x.head == d)
                })
            })
            .count();
    }
    s
}

/// References against GUM's gold coreference: over the gold mentions of each document
/// (kinds, subjects and plurals predicted by the layer), each anaphor (a third-person
/// pronoun or a definite description) whose entity was mentioned before is linked by
/// [`super::refs::resolve`]; it is right when the mention it picks has the same entity id.
#[derive(Clone, Copy, Debug, Default)]
pub struct RefScores {
    pub pronouns: usize,
    pub pronouns_right: usize,
    pub definites: usize,
    pub definites_right: usize,
    /// definite descriptions the resolver linked; those linked right
    pub definites_linked: usize,
}

impl RefScores {
    pub fn add(&mut self, o: &RefScores) {
        self.pronouns += o.pronouns;
        self.pronouns_right += o.pronouns_right;
        self.definites += o.definites;
        self.definites_right += o.definites_right;
        self.definites_linked += o.definites_linked;
    }
}

impl std::fmt::Display for RefScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
        write!(
            f,
            "pronouns {:.2}% of {}; definite descriptions {:.2}% of {} ({} linked, {:.2}% of those right); together {:.2}%",
            pct(self.pronouns_right, self.pronouns),
            self.pronouns,
            pct(self.definites_right, self.definites),
            self.definites,
            self.definites_linked,
            pct(self.definites_right, self.definites_linked),
            pct(
                self.pronouns_right + self.definites_right,
                self.pronouns + self.definites
            )
        )
    }
}

pub fn score_refs(doc: &[Vec<GoldToken>]) -> RefScores {
    use super::refs;
    let mut ms: Vec<refs::Mention> = Vec::new();
    let mut ids: Vec<String> = Vec::new();
    for (si, sent) in doc.iter().enumerate() {
        let mut toks: Vec<super::Token> = sent
            .iter()
            .map(|g| super::Token {
                text: g.form.clone(),
                start: 0,
                end: 0,
                upos: super::Upos::X,
                lemma: String::new(),
            })
            .collect();
        super::tag_tokens(&mut toks);
        let mut gold = mentions(sent);
        // in document order; an outer mention before the ones inside it
        gold.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let spans: Vec<super::Span> = gold
            .iter()
            .map(|m| super::Span {
                start: m.start,
                end: m.end,
                head: m.head,
            })
            .collect();
        let kinds = super::entities::kinds_of(&toks, &spans);
        let chunks = super::chunks::noun_phrases(&toks);
        let clauses = super::chunks::clauses(&toks, &chunks);
        for ((m, sp), kind) in gold.iter().zip(&spans).zip(kinds) {
            let head = &toks[sp.head];
            let words: Vec<String> = toks[sp.start..sp.end]
                .iter()
                .map(|t| t.text.to_lowercase())
                .collect();
            let lower = head.text.to_lowercase();
            let plural =
                (head.upos == super::Upos::Noun && lower.ends_with('s') && head.lemma != lower)
                    || words.iter().any(|w| w == "and");
            ms.push(refs::Mention {
                sent: si,
                words,
                head: head.lemma.to_lowercase(),
                kind,
                plural,
                subject: clauses
                    .iter()
                    .any(|c| c.subject.is_some_and(|s| s.head == sp.head)),
                named: head.upos == super::Upos::Propn,
            });
            ids.push(m.id.clone());
        }
    }
    let links = refs::resolve(&ms);
    let mut s = RefScores::default();
    for (i, m) in ms.iter().enumerate() {
        if !refs::is_anaphor(m) || !ids[..i].contains(&ids[i]) {
            continue;
        }
        let right = links[i].is_some_and(|j| ids[j] == ids[i]);
        if m.words.len() == 1 {
            s.pronouns += 1;
            s.pronouns_right += right as usize;
        } else {
            s.definites += 1;
            s.definites_right += right as usize;
            s.definites_linked += links[i].is_some() as usize;
        }
    }
    s
}
