//! What a learner has done, kept between visits: a review state for every
//! fact (scheduled with FSRS, the `rs-fsrs` crate with default parameters),
//! the questions answered wrong and not yet right since, past sessions, the
//! test settings and the session in progress.
//!
//! Stored as JSON with a `version`. [`load`] never fails: a value it cannot
//! read (corrupt, or written by a newer version) is handed back to be kept
//! aside under a backup key, with a notice for the learner, and the app
//! starts clean.
//!
//! Several tabs (or an imported file) share one stored progress, so progress
//! is merged, never overwritten ([`Progress::merge`], [`Progress::saved_over`]):
//! per fact the review made last wins, a mistake is kept or cleared by the
//! later answer to its question, past sessions are a union, and the session
//! in progress stays with the tab that plays it.

use crate::deck::Deck;
use crate::generate::{facts_by_merit, questions_for, Question, QuestionType};
use crate::quiz::Quiz;
use chrono::{DateTime, Utc};
use rs_fsrs::{Card, Rating, State as Stage, FSRS};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Version of the stored format. Raise it when the format changes, and read
/// the older versions in [`load`].
pub const VERSION: u32 = 1;

/// Where the app keeps progress, and where an unreadable value is moved to.
pub const STORAGE_KEY: &str = "factquiz.progress";
pub const BACKUP_KEY: &str = "factquiz.progress.backup";

/// How well a fact was recalled: FSRS's four grades (keys 1–4 on a flashcard).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    Again,
    Hard,
    Good,
    Easy,
}

impl Grade {
    pub const ALL: [Grade; 4] = [Grade::Again, Grade::Hard, Grade::Good, Grade::Easy];

    pub fn label(self) -> &'static str {
        match self {
            Grade::Again => "Again",
            Grade::Hard => "Hard",
            Grade::Good => "Good",
            Grade::Easy => "Easy",
        }
    }

    fn rating(self) -> Rating {
        match self {
            Grade::Again => Rating::Again,
            Grade::Hard => Rating::Hard,
            Grade::Good => Rating::Good,
            Grade::Easy => Rating::Easy,
        }
    }

    /// The grade an answered question gives its fact: right is Good, a
    /// reject the learner overruled ("I was right") is Hard, wrong is Again.
    pub fn of_answer(right: bool, overridden: bool) -> Grade {
        match (right, overridden) {
            (_, true) => Grade::Hard,
            (true, false) => Grade::Good,
            (false, false) => Grade::Again,
        }
    }
}

/// One fact's FSRS card, stored compactly (times in ms since 1970).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Review {
    pub due: i64,
    pub last: i64,
    pub stability: f64,
    pub difficulty: f64,
    pub elapsed_days: i64,
    pub scheduled_days: i64,
    pub reps: i32,
    pub lapses: i32,
    /// 0 new, 1 learning, 2 review, 3 relearning.
    pub stage: u8,
}

fn time(ms: i64) -> DateTime<Utc> {
    DateTime::from_timestamp_millis(ms).unwrap_or_default()
}

impl Review {
    fn card(&self) -> Card {
        Card {
            due: time(self.due),
            last_review: time(self.last),
            stability: self.stability,
            difficulty: self.difficulty,
            elapsed_days: self.elapsed_days,
            scheduled_days: self.scheduled_days,
            reps: self.reps,
            lapses: self.lapses,
            state: match self.stage {
                1 => Stage::Learning,
                2 => Stage::Review,
                3 => Stage::Relearning,
                _ => Stage::New,
            },
        }
    }

    fn from_card(c: &Card) -> Review {
        Review {
            due: c.due.timestamp_millis(),
            last: c.last_review.timestamp_millis(),
            stability: c.stability,
            difficulty: c.difficulty,
            elapsed_days: c.elapsed_days,
            scheduled_days: c.scheduled_days,
            reps: c.reps,
            lapses: c.lapses,
            stage: c.state as u8,
        }
    }

    /// Learned: graduated to FSRS's review stage.
    pub fn is_learned(&self) -> bool {
        self.stage == 2
    }
}

/// What kind of session a past result or a session in progress is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Practice,
    Test,
    Flashcards,
    Mistakes,
}

impl Mode {
    pub fn label(self) -> &'static str {
        match self {
            Mode::Practice => "Practice",
            Mode::Test => "Test",
            Mode::Flashcards => "Flashcards",
            Mode::Mistakes => "Review mistakes",
        }
    }
}

/// A finished session, for the chart of past sessions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub mode: Mode,
    /// When it finished (ms since 1970).
    pub at: i64,
    pub right: usize,
    pub total: usize,
    pub seconds: u64,
}

/// The choices on the Test screen, remembered for next time.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Questions in a test; `None` means all.
    pub count: Option<usize>,
    /// Source files to ask about; empty means all.
    pub sources: Vec<String>,
    pub types: Vec<QuestionType>,
    /// Minutes; 0 means no limit.
    pub minutes: u32,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            count: Some(10),
            sources: Vec::new(),
            // In `QuestionType::ALL` order, as the Test screen keeps them.
            types: vec![
                QuestionType::Cloze,
                QuestionType::Choice,
                QuestionType::TrueFalse,
                QuestionType::Numeric,
            ],
            minutes: 0,
        }
    }
}

/// A session in progress, saved so a reload (or tomorrow) goes on from it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Current {
    pub mode: Mode,
    pub quiz: Quiz,
    /// When it started (ms since 1970).
    pub started: i64,
    /// Test time limit: when it ends (ms since 1970).
    #[serde(default)]
    pub ends: Option<i64>,
    /// A quiz shared by a teacher: its code, title and the student's name.
    #[serde(default)]
    pub shared: Option<Shared>,
    /// Facts already graded in this session (so a re-asked question does
    /// not grade its fact twice).
    #[serde(default)]
    pub graded: Vec<String>,
}

/// A question a learner hid ("This question is wrong"), or restored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Hidden {
    /// The question's fact: every question asked from it is hidden with it
    /// (its choice and its typed form). Empty for an order or match
    /// question, which spans several facts: only that question is hidden.
    #[serde(default)]
    pub fact: String,
    /// The prompt, to list it on Progress.
    pub prompt: String,
    /// When it was hidden or restored (ms since 1970): across tabs and
    /// imports, the later one wins.
    pub at: i64,
    /// Hidden; `false` once restored (kept, so that an older copy that
    /// still hides it does not hide it again).
    pub on: bool,
}

/// A quiz opened from a teacher's quiz code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shared {
    pub code: String,
    pub title: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub version: u32,
    /// Review state by fact id.
    pub reviews: BTreeMap<String, Review>,
    /// Question ids answered wrong and not answered right since, oldest first.
    pub mistakes: Vec<String>,
    /// When each question was last answered, right or wrong (ms since 1970):
    /// when two copies disagree about a mistake, the later answer decides.
    pub answered: BTreeMap<String, i64>,
    pub history: Vec<Session>,
    pub settings: Settings,
    /// Questions hidden for good ("This question is wrong"), and restored
    /// ones, by question id.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub hidden: BTreeMap<String, Hidden>,
    /// When the settings were last changed (ms since 1970; 0: never).
    pub settings_at: i64,
    /// When progress was last exported to a file (ms since 1970).
    pub exported: Option<i64>,
    /// This tab's session in progress (as stored: the last saving tab's).
    pub current: Option<Current>,
    /// As stored: the sessions in progress of other tabs, kept so that a
    /// reload of that tab (or a later visit) resumes them. Empty in a tab.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub open: Vec<Current>,
    /// Start times of the sessions in progress this tab has played (not
    /// stored): saving drops this tab's own ended sessions from storage,
    /// never another tab's session in progress.
    #[serde(skip)]
    pub held: Vec<i64>,
}

impl Default for Progress {
    fn default() -> Self {
        Progress {
            version: VERSION,
            reviews: BTreeMap::new(),
            mistakes: Vec::new(),
            answered: BTreeMap::new(),
            history: Vec::new(),
            settings: Settings::default(),
            hidden: BTreeMap::new(),
            settings_at: 0,
            exported: None,
            current: None,
            open: Vec::new(),
            held: Vec::new(),
        }
    }
}

/// Sessions in progress of other tabs kept in storage, the latest started.
const OPEN_KEPT: usize = 4;

/// How long after the last export a learner whose browser may clear storage
/// is asked to export again: a week.
pub const EXPORT_EVERY: i64 = 7 * 24 * 3600 * 1000;

/// The result of reading stored progress.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub progress: Progress,
    /// Tell the learner: the stored value could not be used.
    pub notice: Option<String>,
    /// The unreadable value, to keep under [`BACKUP_KEY`].
    pub backup: Option<String>,
}

/// Only the version, read first so a newer format is not misread.
#[derive(Deserialize)]
struct Probe {
    version: u32,
}

/// Reads stored progress. Nothing stored gives a fresh start; a value that
/// cannot be read gives a fresh start, the value back as `backup` and a notice.
pub fn load(stored: Option<&str>) -> Loaded {
    let fresh = |notice: String, raw: &str| Loaded {
        progress: Progress::default(),
        notice: Some(notice),
        backup: Some(raw.to_string()),
    };
    let Some(raw) = stored.filter(|s| !s.trim().is_empty()) else {
        return Loaded {
            progress: Progress::default(),
            notice: None,
            backup: None,
        };
    };
    match serde_json::from_str::<Probe>(raw) {
        Ok(p) if p.version > VERSION => fresh(
            format!(
                "Your saved progress was written by a newer version of FactQuiz (format {}), so this one started fresh. The saved copy is kept aside; open the newer version to use it.",
                p.version
            ),
            raw,
        ),
        Ok(_) => match serde_json::from_str::<Progress>(raw) {
            Ok(mut progress) => {
                progress.version = VERSION;
                Loaded {
                    progress,
                    notice: None,
                    backup: None,
                }
            }
            Err(e) => fresh(unreadable(&e), raw),
        },
        Err(e) => fresh(unreadable(&e), raw),
    }
}

fn unreadable(e: &serde_json::Error) -> String {
    format!("Your saved progress could not be read ({e}), so FactQuiz started fresh. The unreadable copy is kept aside in this browser.")
}

impl Progress {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads an exported progress file; the message says what is wrong.
    pub fn import(text: &str) -> Result<Progress, String> {
        let loaded = load(Some(text));
        match loaded.notice {
            None if text.trim().is_empty() => Err("The file is empty.".into()),
            None => Ok(loaded.progress),
            Some(_) => match serde_json::from_str::<Probe>(text) {
                Ok(p) if p.version > VERSION => Err(format!(
                    "This progress file is from a newer version of FactQuiz (format {}).",
                    p.version
                )),
                _ => Err("This is not a FactQuiz progress file, or it is damaged.".into()),
            },
        }
    }

    /// Grades a fact's review with FSRS at `now` (ms since 1970).
    pub fn review(&mut self, fact_id: &str, grade: Grade, now: i64) {
        let card = match self.reviews.get(fact_id) {
            Some(r) => r.card(),
            None => Card {
                due: time(now),
                last_review: time(now),
                ..Card::default()
            },
        };
        let next = FSRS::default().next(card, time(now), grade.rating()).card;
        self.reviews
            .insert(fact_id.to_string(), Review::from_card(&next));
    }

    /// Records an answered question: grades its fact (once per session when
    /// `graded` is given) and keeps the mistakes list.
    pub fn record(&mut self, q: &Question, right: bool, overridden: bool, now: i64) {
        let fresh = match self.current.as_mut() {
            Some(c) if c.graded.contains(&q.fact_id) => false,
            Some(c) => {
                c.graded.push(q.fact_id.clone());
                true
            }
            None => true,
        };
        if fresh {
            self.review(&q.fact_id, Grade::of_answer(right, overridden), now);
        }
        self.note_mistake(&q.id, !right, now);
    }

    /// Keeps the mistakes list: a wrong answer goes to the end, a right one
    /// takes the question off; `now` is when it was answered.
    pub fn note_mistake(&mut self, question_id: &str, wrong: bool, now: i64) {
        self.mistakes.retain(|m| m != question_id);
        if wrong {
            self.mistakes.push(question_id.to_string());
        }
        self.answered.insert(question_id.to_string(), now);
    }

    /// "This question is wrong": hides `q` for good at `now`, with every
    /// other question of its fact (an order or match question alone). It is
    /// never asked again on this device in any mode, until restored.
    pub fn hide(&mut self, q: &Question, now: i64) {
        let fact = match q.qtype {
            QuestionType::Order | QuestionType::Match => String::new(),
            _ => q.fact_id.clone(),
        };
        self.hidden.insert(
            q.id.clone(),
            Hidden {
                fact,
                prompt: q.prompt.clone(),
                at: now,
                on: true,
            },
        );
    }

    /// Brings a hidden question (by its id) back at `now`.
    pub fn restore(&mut self, question_id: &str, now: i64) {
        if let Some(h) = self.hidden.get_mut(question_id) {
            h.on = false;
            h.at = now;
        }
    }

    /// Whether a fact's questions are hidden.
    pub fn hides_fact(&self, fact_id: &str) -> bool {
        self.hidden.values().any(|h| h.on && h.fact == fact_id)
    }

    /// Whether `q` is hidden: itself, or another question of its fact.
    pub fn is_hidden(&self, q: &Question) -> bool {
        self.hidden.get(&q.id).is_some_and(|h| h.on)
            || (!matches!(q.qtype, QuestionType::Order | QuestionType::Match)
                && self.hides_fact(&q.fact_id))
    }

    /// Whether the question with this id is hidden, knowing only its id
    /// (`q-<fact>-<form>`), as the mistakes list keeps them.
    pub fn is_hidden_id(&self, question_id: &str) -> bool {
        self.hidden.get(question_id).is_some_and(|h| h.on)
            || self.hidden.values().any(|h| {
                h.on && !h.fact.is_empty()
                    && question_id
                        .strip_prefix("q-")
                        .and_then(|r| r.strip_prefix(h.fact.as_str()))
                        .is_some_and(|r| r.starts_with('-'))
            })
    }

    /// The hidden questions, the last hidden first: (question id, entry).
    pub fn hidden_list(&self) -> Vec<(&String, &Hidden)> {
        let mut v: Vec<(&String, &Hidden)> = self.hidden.iter().filter(|h| h.1.on).collect();
        crate::order::sort_by_key(&mut v, |h| [-h.1.at, 0]);
        v
    }

    /// The mistakes to review: those not hidden since.
    pub fn open_mistakes(&self) -> Vec<&String> {
        self.mistakes
            .iter()
            .filter(|m| !self.is_hidden_id(m))
            .collect()
    }

    /// Chooses the session in progress a tab opened on stored progress goes
    /// on with: its own (`mine`, the start time it remembers across a
    /// reload), else, for a tab that remembers none, the last saved one. The
    /// other tabs' sessions stay theirs.
    pub fn resume(&mut self, mine: Option<i64>) {
        let mut all: Vec<Current> = self.current.take().into_iter().collect();
        all.append(&mut self.open);
        let pick = match mine {
            Some(t) => all.iter().position(|c| c.started == t),
            None => (!all.is_empty()).then_some(0),
        };
        self.current = pick.map(|i| all.swap_remove(i));
        self.held = self.current.iter().map(|c| c.started).collect();
    }

    /// Starts a session in progress in this tab.
    pub fn begin(&mut self, current: Current) {
        self.held.push(current.started);
        self.current = Some(current);
    }

    /// Changes the test settings at `now`.
    pub fn set_settings(&mut self, settings: Settings, now: i64) {
        self.settings = settings;
        self.settings_at = now;
    }

    /// Takes in what another tab saved (or an imported file): per fact the
    /// review with the later `last` wins; a question is a mistake or not as
    /// its later answer says; past sessions are a union; the settings changed
    /// last win; the later export time is kept. This tab's session in
    /// progress is never touched. Returns whether anything here changed.
    pub fn merge(&mut self, other: &Progress) -> bool {
        let before = self.comparable();
        for (id, theirs) in &other.reviews {
            let take = self.reviews.get(id).is_none_or(|mine| {
                let key = |r: &Review| (r.last, r.reps, r.lapses, r.due);
                key(theirs) > key(mine)
            });
            if take {
                self.reviews.insert(id.clone(), theirs.clone());
            }
        }
        let mut ids: Vec<String> = self.mistakes.clone();
        ids.extend(other.mistakes.iter().cloned());
        ids.sort();
        ids.dedup();
        let kept: Vec<String> = ids
            .into_iter()
            .filter(|id| {
                let (mine, theirs) = (self.answered.get(id), other.answered.get(id));
                let (in_mine, in_theirs) =
                    (self.mistakes.contains(id), other.mistakes.contains(id));
                match theirs.cmp(&mine) {
                    std::cmp::Ordering::Greater => in_theirs,
                    std::cmp::Ordering::Less => in_mine,
                    std::cmp::Ordering::Equal => in_mine || in_theirs,
                }
            })
            .collect();
        for (id, t) in &other.answered {
            let at = self.answered.entry(id.clone()).or_insert(*t);
            *at = (*at).max(*t);
        }
        self.mistakes = kept;
        self.history.extend(other.history.iter().cloned());
        if other.settings_at > self.settings_at {
            self.settings = other.settings.clone();
            self.settings_at = other.settings_at;
        }
        self.exported = self.exported.max(other.exported);
        for (id, theirs) in &other.hidden {
            let take = self.hidden.get(id).is_none_or(|mine| {
                // the later hide or restore wins; at the same time, hidden
                (theirs.at, theirs.on) > (mine.at, mine.on)
            });
            if take {
                self.hidden.insert(id.clone(), theirs.clone());
            }
        }
        self.normalize();
        self.comparable() != before
    }

    /// What this tab writes where `stored` was: its progress merged with the
    /// stored one, with this tab's session in progress as `current`; the
    /// stored sessions in progress of other tabs are kept in `open` (this
    /// tab's own ended ones are dropped).
    pub fn saved_over(&self, stored: &Progress) -> Progress {
        let mut out = self.clone();
        out.merge(stored);
        let mut open: Vec<Current> = Vec::new();
        for c in stored.current.iter().chain(&stored.open) {
            if !self.held.contains(&c.started) && !open.iter().any(|o| o.started == c.started) {
                open.push(c.clone());
            }
        }
        crate::order::sort_by_key(&mut open, |c| [-c.started, 0]);
        open.truncate(OPEN_KEPT);
        out.open = open;
        out
    }

    /// Whether both hold the same reviews, mistakes, sessions, settings and
    /// export time (the sessions in progress aside).
    pub fn same_record(&self, other: &Progress) -> bool {
        self.comparable() == other.comparable()
    }

    fn comparable(&self) -> Progress {
        let mut p = Progress {
            current: None,
            open: Vec::new(),
            held: Vec::new(),
            version: VERSION,
            ..self.clone()
        };
        p.normalize();
        p
    }

    /// Mistakes oldest first, sessions in the order they ended, once each.
    fn normalize(&mut self) {
        // Through `order::sort_by_key`, the core's one sort (a smaller app).
        let answered = &self.answered;
        self.mistakes.sort();
        self.mistakes.dedup();
        crate::order::sort_by_key(&mut self.mistakes, |id| {
            [answered.get(id).copied().unwrap_or(0), 0]
        });
        let small = |n: usize, bits: u32| (n as i64).min((1 << bits) - 1);
        crate::order::sort_by_key(&mut self.history, |s| {
            [
                s.at,
                (s.mode as i64) << 60
                    | small(s.right, 20) << 40
                    | small(s.total, 20) << 20
                    | small(s.seconds as usize, 20),
            ]
        });
        self.history.dedup();
    }

    /// Whether to ask the learner to export: the browser refused to keep
    /// storage (`persisted` is `Some(false)`), there is progress to lose, and
    /// it was never exported or not for a week.
    pub fn export_due(&self, persisted: Option<bool>, now: i64) -> bool {
        persisted == Some(false)
            && !(self.reviews.is_empty() && self.history.is_empty())
            && self.exported.is_none_or(|t| now - t > EXPORT_EVERY)
    }

    /// "never", "less than a day ago", "3 days ago": when progress was last
    /// exported.
    pub fn exported_ago(&self, now: i64) -> String {
        match self.exported {
            None => "never".into(),
            Some(t) => match (now - t).max(0) / (24 * 3600 * 1000) {
                0 => "less than a day ago".into(),
                1 => "1 day ago".into(),
                d => format!("{d} days ago"),
            },
        }
    }

    /// Facts due for review at `now` (hidden ones are not asked).
    pub fn due(&self, now: i64) -> usize {
        self.reviews
            .iter()
            .filter(|(id, r)| r.due <= now && !self.hides_fact(id))
            .count()
    }

    /// Facts that have graduated to review.
    pub fn learned(&self) -> usize {
        self.reviews.values().filter(|r| r.is_learned()).count()
    }

    /// Ends the session in progress and adds it to the history.
    pub fn finish(&mut self, now: i64) -> Option<Session> {
        let c = self.current.take()?;
        let (right, total) = c.quiz.score();
        let s = Session {
            mode: c.mode,
            at: now,
            right,
            total,
            seconds: ((now - c.started).max(0) / 1000) as u64,
        };
        self.history.push(s.clone());
        Some(s)
    }
}

/// The questions for a practice session of `n`: facts due for review first
/// (the most overdue first), then new facts, best first with the sources
/// taken in turn. One question per fact; a new or relearning fact is asked
/// with options, a fact being reviewed is asked to be typed, so recall gets
/// harder as it is learned. Only the chosen facts' questions are made.
pub fn practice(deck: &Deck, progress: &Progress, now: i64, n: usize) -> Vec<Question> {
    queue(deck, progress, now, n, false)
}

/// The cards for a flashcard session: the same facts as [`practice`], each
/// shown as its fill-in-the-blank question where it has one.
pub fn flashcards(deck: &Deck, progress: &Progress, now: i64, n: usize) -> Vec<Question> {
    queue(deck, progress, now, n, true)
}

/// Seed of the questions made for practice, flashcards and mistakes.
const SEED: u64 = crate::generate::STUDY_SEED;

fn queue(deck: &Deck, progress: &Progress, now: i64, n: usize, cards: bool) -> Vec<Question> {
    // A deck small enough to make all its questions at once studies the facts
    // its shown questions ask, as its tests do; a larger one looks at a few
    // times more facts than needed, by merit (some facts make no question)
    if deck.facts.len() <= ALL_FACTS_MAX {
        let shown = crate::generate::study_order(deck);
        let mut pick = Pick {
            near: usize::MAX,
            only: Some(&shown),
            ahead: false,
        };
        let qs = queue_within(deck, progress, now, n, cards, &pick);
        // Flashcards with nothing due and nothing new go on with the cards
        // due next (a student who asks for cards gets them, rated as usual)
        if cards && qs.is_empty() {
            pick.ahead = true;
            return queue_within(deck, progress, now, n, cards, &pick);
        }
        return qs;
    }
    let mut pick = Pick {
        near: if cards { 12 * n + 8 } else { 4 * n + 8 },
        only: None,
        ahead: false,
    };
    let qs = queue_within(deck, progress, now, n, cards, &pick);
    if !qs.is_empty() || pick.near >= deck.facts.len() {
        return qs;
    }
    // none at all: one look four times further before giving up
    pick.near *= 4;
    queue_within(deck, progress, now, n, cards, &pick)
}

/// Which facts a session looks at: the first `near` new ones by merit (of
/// `only`, best first, when given), and (`ahead`) the reviews due next.
struct Pick<'a> {
    near: usize,
    only: Option<&'a [usize]>,
    ahead: bool,
}

/// The most facts a deck may have for a short session to look at all of
/// them (the seeds have 720; a 1 MB text about 36,000).
pub const ALL_FACTS_MAX: usize = 3_000;

fn queue_within(
    deck: &Deck,
    progress: &Progress,
    now: i64,
    n: usize,
    cards: bool,
    pick: &Pick,
) -> Vec<Question> {
    let index = deck.fact_index();
    let mut due: Vec<(i64, usize)> = progress
        .reviews
        .iter()
        .filter(|(id, r)| r.due <= now && !progress.hides_fact(id))
        .filter_map(|(id, r)| index.get(id.as_str()).map(|i| (r.due, *i)))
        .collect();
    crate::order::sort_by_key(&mut due, |d| [d.0, d.1 as i64]);
    let new: Vec<usize> = match pick.only {
        Some(only) => only.to_vec(),
        None => facts_by_merit(deck),
    }
    .into_iter()
    .filter(|i| !progress.reviews.contains_key(&deck.facts[*i].id))
    .filter(|i| !progress.hides_fact(&deck.facts[*i].id))
    // (flashcards need a blank, which fewer facts have: `near` is larger)
    .take(pick.near)
    .collect();
    // Keep room for a few new facts even when many are due.
    let room_for_new = if new.is_empty() { 0 } else { (n / 4).max(1) };
    let take_due = due.len().min(n.saturating_sub(room_for_new));
    let mut order: Vec<usize> = due.iter().take(take_due).map(|d| d.1).collect();
    order.extend(&new);
    order.extend(due.iter().skip(take_due).map(|d| d.1).take(n));
    if pick.ahead {
        let mut ahead: Vec<(i64, usize)> = progress
            .reviews
            .iter()
            .filter(|(id, r)| r.due > now && !progress.hides_fact(id))
            .filter_map(|(id, r)| index.get(id.as_str()).map(|i| (r.due, *i)))
            .collect();
        crate::order::sort_by_key(&mut ahead, |d| [d.0, d.1 as i64]);
        order.extend(ahead.iter().map(|d| d.1).take(n));
    }
    let all = questions_for(deck, SEED, &order);
    let typed = |q: &&&Question| matches!(q.qtype, QuestionType::Cloze | QuestionType::Numeric);
    order
        .iter()
        .filter_map(|&i| {
            let f = &deck.facts[i].id;
            let qs: Vec<&Question> = all
                .iter()
                .filter(|q| q.fact_id == *f && !progress.is_hidden(q))
                .collect();
            let learned = progress.reviews.get(f).is_some_and(|r| r.is_learned());
            let cloze = qs.iter().find(|q| q.qtype == QuestionType::Cloze);
            let pick = if cards && cloze.is_some() {
                cloze
            } else if learned || cards {
                qs.iter().find(typed)
            } else {
                qs.iter().find(|q| !typed(q))
            };
            // a flashcard has a blank on its front: a fact with only a
            // true/false or a choice question makes no card
            if cards {
                pick.map(|q| (*q).clone())
            } else {
                pick.or(qs.first()).map(|q| (*q).clone())
            }
        })
        .take(n)
        .collect()
}

/// The questions answered wrong and not yet right since, oldest mistake first.
pub fn mistakes(deck: &Deck, progress: &Progress) -> Vec<Question> {
    let facts: Vec<usize> = deck
        .facts
        .iter()
        .enumerate()
        .filter(|(_, f)| {
            progress.mistakes.iter().any(|m| {
                m.rsplit_once('-')
                    .is_some_and(|(head, _)| head.strip_prefix("q-") == Some(f.id.as_str()))
            })
        })
        .map(|(i, _)| i)
        .collect();
    let mut made = questions_for(deck, SEED, &facts);
    // Order and match questions belong to no single fact: made with the rest.
    if progress
        .mistakes
        .iter()
        .any(|m| !made.iter().any(|q| q.id == *m))
    {
        made.extend(crate::generate::generate_types(
            deck,
            SEED,
            None,
            &QuestionType::ALL,
        ));
    }
    progress
        .mistakes
        .iter()
        .filter_map(|id| made.iter().find(|q| q.id == *id).cloned())
        .filter(|q| !progress.is_hidden(q))
        .collect()
}

/// Every question for these facts (Read's "Quiz me on this"), but hidden ones.
pub fn about(deck: &Deck, progress: &Progress, facts: &[String]) -> Vec<Question> {
    let at: Vec<usize> = deck
        .facts
        .iter()
        .enumerate()
        .filter(|(_, f)| facts.contains(&f.id))
        .map(|(i, _)| i)
        .collect();
    questions_for(deck, SEED, &at)
        .into_iter()
        .filter(|q| !progress.is_hidden(q))
        .collect()
}

/// One line of a results breakdown.
#[derive(Debug, Clone, PartialEq)]
pub struct Tally {
    pub label: String,
    pub right: usize,
    pub total: usize,
}

/// Right answers per group of questions (by source, by type…), in order of
/// first appearance.
pub fn breakdown(quiz: &Quiz, group: impl Fn(&Question) -> String) -> Vec<Tally> {
    let mut out: Vec<Tally> = Vec::new();
    for (i, q) in quiz.questions.iter().enumerate() {
        let label = group(q);
        let right = quiz.answers.iter().any(|a| a.question == i && a.is_right());
        let t = match out.iter_mut().find(|t| t.label == label) {
            Some(t) => t,
            None => {
                out.push(Tally {
                    label,
                    right: 0,
                    total: 0,
                });
                out.last_mut().expect("just pushed")
            }
        };
        t.total += 1;
        t.right += usize::from(right);
    }
    out
}

/// The points of the accuracy chart: the last `max` sessions left to right,
/// 0 % at the bottom (`height`) and 100 % at the top (0), in whole units
/// (an SVG needs no finer, and integers keep float formatting out of the app).
pub fn chart_points(
    history: &[(usize, usize)],
    max: usize,
    width: i64,
    height: i64,
) -> Vec<(i64, i64)> {
    let last = &history[history.len().saturating_sub(max)..];
    let gaps = (last.len() as i64 - 1).max(1);
    last.iter()
        .enumerate()
        .map(|(i, &(right, total))| {
            let (right, total) = (right as i64, (total as i64).max(1));
            (i as i64 * width / gaps, height - right * height / total)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::deck::Deck;

    const NOW: i64 = 1_700_000_000_000;

    fn pool() -> Vec<Question> {
        crate::generate::generate_types(&Deck::seeds(), 0, None, &QuestionType::ALL)
    }

    fn deck() -> Deck {
        Deck::seeds()
    }

    #[test]
    fn a_wrong_answer_comes_back_sooner_than_a_right_one() {
        let mut p = Progress::default();
        p.review("a", Grade::Good, NOW);
        p.review("b", Grade::Again, NOW);
        assert!(p.reviews["b"].due < p.reviews["a"].due);
        assert!(
            p.reviews["b"].due <= NOW + 10 * 60_000,
            "again: within minutes"
        );
        // Right again a day later: the interval grows.
        let first = p.reviews["a"].due - NOW;
        let later = p.reviews["a"].due;
        p.review("a", Grade::Good, later);
        assert!(p.reviews["a"].due - later > first);
    }

    #[test]
    fn practice_puts_due_facts_first_then_new_ones() {
        let deck = deck();
        let mut p = Progress::default();
        let first = practice(&deck, &p, NOW, 10);
        let sources: std::collections::BTreeSet<_> = first.iter().map(|q| &q.source.file).collect();
        // every source that has a question to ask (an interview of spoken
        // asides may have none)
        let asking: std::collections::BTreeSet<_> = crate::generate::generate(&deck, 1, None)
            .into_iter()
            .map(|q| q.source.file)
            .collect();
        assert!(asking.len() >= 4, "{asking:?}");
        assert_eq!(sources.len(), asking.len(), "new facts from every source");
        // ten, or nearly every fact the deck asks about when it has fewer (the
        // session looks at the 48 best facts by merit only, for speed)
        let askable: std::collections::BTreeSet<_> = crate::generate::generate(&deck, 1, None)
            .into_iter()
            .map(|q| q.fact_id)
            .collect();
        assert!(first.len() + 1 >= 10.min(askable.len()), "{}", first.len());
        let facts: std::collections::BTreeSet<_> = first.iter().map(|q| &q.fact_id).collect();
        assert_eq!(facts.len(), first.len(), "one question per fact");
        // Answer the first wrong and the rest right: the wrong one is due first.
        for (i, q) in first.iter().enumerate() {
            p.record(q, i != 0, false, NOW);
        }
        let soon = NOW + 3 * 60_000; // Again: 1 minute; Good on a new card: 10 minutes
        assert_eq!(p.due(soon), 1);
        let next = practice(&deck, &p, soon, 10);
        assert_eq!(next[0].fact_id, first[0].fact_id);
        assert!(next[1..]
            .iter()
            .all(|q| !p.reviews.contains_key(&q.fact_id)));
        assert_eq!(p.mistakes, vec![first[0].id.clone()]);
    }

    #[test]
    fn flashcards_show_blanks_where_they_can() {
        let cards = flashcards(&deck(), &Progress::default(), NOW, 10);
        assert_eq!(cards.len(), 10);
        assert!(
            cards
                .iter()
                .filter(|q| matches!(q.qtype, QuestionType::Cloze | QuestionType::Numeric))
                .count()
                >= 8
        );
    }

    #[test]
    fn sessions_ask_the_facts_the_deck_shows_and_cards_go_on_ahead() {
        let d = deck();
        let shown: std::collections::BTreeSet<String> = crate::generate::generate(&d, SEED, None)
            .into_iter()
            .map(|q| q.fact_id)
            .collect();
        let mut p = Progress::default();
        let first = practice(&d, &p, NOW, 10);
        assert!(first.iter().all(|q| shown.contains(&q.fact_id)));
        // every shown fact answered: nothing due a minute later, nothing new
        for q in crate::generate::generate(&d, SEED, None) {
            p.record(&q, false, false, NOW);
        }
        let soon = NOW + 1_000;
        assert_eq!(p.due(soon), 0);
        assert!(practice(&d, &p, soon, 10).is_empty(), "practice waits");
        let cards = flashcards(&d, &p, soon, 10);
        assert!(
            !cards.is_empty(),
            "flashcards go on with the cards due next"
        );
        assert!(cards.iter().all(|q| shown.contains(&q.fact_id)));
    }

    #[test]
    fn a_mistake_stays_until_answered_right() {
        let (deck, pool) = (deck(), pool());
        let mut p = Progress::default();
        let q = &pool[0];
        p.record(q, false, false, NOW);
        let order = pool
            .iter()
            .find(|q| q.qtype == QuestionType::Order)
            .unwrap();
        p.record(order, false, false, NOW);
        let listed = mistakes(&deck, &p);
        assert_eq!(
            listed.iter().map(|x| &x.id).collect::<Vec<_>>(),
            vec![&q.id, &order.id]
        );
        p.record(order, true, false, NOW);
        p.record(q, false, false, NOW + 1);
        assert_eq!(p.mistakes.len(), 1, "listed once");
        p.record(q, true, false, NOW + 2);
        assert!(mistakes(&deck, &p).is_empty());
    }

    #[test]
    fn stored_progress_round_trips() {
        let mut p = Progress::default();
        p.review("f1", Grade::Hard, NOW);
        p.mistakes.push("q-1".into());
        p.settings.count = None;
        p.current = Some(Current {
            mode: Mode::Test,
            quiz: Quiz::new(pool().into_iter().take(2).collect()),
            started: NOW,
            ends: Some(NOW + 60_000),
            shared: None,
            graded: vec![],
        });
        assert_eq!(p.finish(NOW + 5_000).unwrap().seconds, 5);
        let loaded = load(Some(&p.to_json()));
        assert_eq!(loaded.notice, None);
        assert_eq!(loaded.progress, p);
    }

    #[test]
    fn unreadable_progress_is_kept_aside_with_a_notice() {
        for bad in ["{not json", "[1,2]", r#"{"version":1,"reviews":7}"#] {
            let l = load(Some(bad));
            assert_eq!(l.progress, Progress::default(), "{bad}");
            assert_eq!(l.backup.as_deref(), Some(bad));
            assert!(l.notice.unwrap().contains("could not be read"));
        }
        let newer = r#"{"version":99,"whatever":true}"#;
        let l = load(Some(newer));
        assert!(l.notice.unwrap().contains("newer version"));
        assert_eq!(l.backup.as_deref(), Some(newer));
        assert_eq!(load(None).notice, None);
        assert!(Progress::import("").is_err());
        assert!(Progress::import("hello")
            .unwrap_err()
            .contains("not a FactQuiz"));
    }

    #[test]
    fn a_hidden_question_never_comes_back_in_any_session_until_restored() {
        let deck = deck();
        let mut p = Progress::default();
        let first = practice(&deck, &p, NOW, 10);
        let wrong = &first[0];
        // Answered wrong, then found wrong: hidden from the feedback screen.
        p.record(wrong, false, false, NOW);
        assert_eq!(p.open_mistakes().len(), 1);
        p.hide(wrong, NOW + 1);
        assert!(p.is_hidden(wrong));
        assert!(p.is_hidden_id(&wrong.id));
        assert_eq!(p.hidden_list().len(), 1);
        assert_eq!(p.hidden_list()[0].1.prompt, wrong.prompt);
        // Its fact is due in a minute, but not asked; nor any form of it.
        let later = NOW + 10 * 60_000;
        assert_eq!(p.due(later), 0);
        let asks = |p: &Progress| {
            let mut all = practice(&deck, p, later, 10);
            all.extend(flashcards(&deck, p, later, 10));
            all.extend(mistakes(&deck, p));
            all.extend(about(&deck, p, std::slice::from_ref(&wrong.fact_id)));
            all
        };
        assert!(asks(&p).iter().all(|q| q.fact_id != wrong.fact_id));
        assert!(mistakes(&deck, &p).is_empty());
        assert!(p.open_mistakes().is_empty());
        assert_eq!(p.mistakes.len(), 1, "kept, for a restore");
        // The other questions go on as before.
        assert!(practice(&deck, &p, later, 10).len() >= 8);
        // Restored: back in practice (due first) and in the mistakes.
        p.restore(&wrong.id, NOW + 2);
        assert!(!p.is_hidden(wrong));
        assert!(p.hidden_list().is_empty());
        assert_eq!(practice(&deck, &p, later, 10)[0].fact_id, wrong.fact_id);
        assert_eq!(mistakes(&deck, &p)[0].id, wrong.id);
        // Kept through a save and a load.
        p.hide(wrong, NOW + 3);
        let back = load(Some(&p.to_json())).progress;
        assert!(back.is_hidden(wrong));
        assert_eq!(back.hidden, p.hidden);
    }

    #[test]
    fn an_order_question_is_hidden_alone() {
        let pool = pool();
        let order = pool
            .iter()
            .find(|q| q.qtype == QuestionType::Order)
            .unwrap();
        let same_fact = pool
            .iter()
            .find(|q| q.fact_id == order.fact_id && q.id != order.id);
        let mut p = Progress::default();
        p.hide(order, NOW);
        assert!(p.is_hidden(order));
        if let Some(q) = same_fact {
            assert!(!p.is_hidden(q), "the fact's own question stays");
        }
    }

    #[test]
    fn hides_and_restores_merge_by_the_later_one() {
        let pool = pool();
        let (a, b, c) = (&pool[0], &pool[1], &pool[2]);
        let mut one = Progress::default();
        let mut two = Progress::default();
        one.hide(a, NOW);
        two.hide(b, NOW + 5);
        // A hide made in one tab and a restore made later in the other.
        one.hide(c, NOW + 1);
        two.merge(&one);
        two.restore(&c.id, NOW + 10);
        // The older copy still hides c: merging it does not hide it again.
        two.merge(&one);
        assert!(!two.is_hidden(c));
        assert!(one.merge(&two));
        for p in [&one, &two] {
            assert!(p.is_hidden(a) && p.is_hidden(b), "a union of the hides");
            assert!(!p.is_hidden(c), "the later restore wins");
        }
        assert!(one.same_record(&two));
        // Hidden again later in the first tab: the later hide wins.
        one.hide(c, NOW + 20);
        two.merge(&one);
        assert!(two.is_hidden(c));
        // An imported file is merged the same way.
        let file = Progress::import(&two.to_json()).unwrap();
        let mut fresh = Progress::default();
        fresh.merge(&file);
        assert_eq!(fresh.hidden_list().len(), 3);
    }

    #[test]
    fn breakdown_and_chart() {
        let d = Deck::seeds();
        let qs = d.quiz(1, 4, &QuestionType::TYPED);
        let mut quiz = Quiz::new(qs.clone());
        for q in &qs {
            quiz.submit(&q.answer, &d.aliases);
            quiz.next();
        }
        let by_type = breakdown(&quiz, |q| crate::export::type_name(q.qtype).to_string());
        assert_eq!(by_type.iter().map(|t| t.total).sum::<usize>(), 4);
        assert!(by_type.iter().all(|t| t.right == t.total));
        let s = |right| (right, 4);
        let pts = chart_points(&[s(0), s(2), s(4)], 10, 100, 50);
        assert_eq!(pts, vec![(0, 50), (50, 25), (100, 0)]);
        assert_eq!(chart_points(&[s(1)], 10, 100, 50), vec![(0, 38)]);
    }
}
