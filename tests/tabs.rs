//! Native tests of progress shared by several tabs: every save merges with
//! what is stored, a tab takes in what another saved, and nothing a learner
//! did in one tab is lost to another. Each "tab" below does what the web app
//! does with localStorage: read at start, save over the stored value (merged),
//! take in the other tab's saves.
#![cfg(not(target_arch = "wasm32"))]

use factquiz::deck::Deck;
use factquiz::progress::{self, Current, Grade, Mode, Progress, EXPORT_EVERY};
use factquiz::quiz::Quiz;

const NOW: i64 = 1_700_000_000_000;
const MINUTE: i64 = 60_000;
const DAY: i64 = 24 * 60 * MINUTE;

/// localStorage's one value, shared by the tabs.
#[derive(Default)]
struct Store(Option<String>);

struct Tab {
    progress: Progress,
}

impl Tab {
    /// A tab opened now: it reads what is stored.
    fn open(store: &Store) -> Tab {
        Tab::reopen(store, None)
    }

    /// A tab (re)loaded: it reads what is stored and goes on with its own
    /// session in progress (`mine`, what the app keeps in sessionStorage).
    fn reopen(store: &Store, mine: Option<i64>) -> Tab {
        let mut progress = progress::load(store.0.as_deref()).progress;
        progress.resume(mine);
        Tab { progress }
    }

    /// What the app's save does: merge with the stored value, write.
    /// Returns whether the tab found something it did not have yet.
    fn save(&mut self, store: &mut Store) -> bool {
        let stored = progress::load(store.0.as_deref());
        let written = self.progress.saved_over(&stored.progress);
        store.0 = Some(written.to_json());
        self.progress.merge(&written)
    }

    /// What the app does on a `storage` event: take in the other tab's save.
    /// Returns whether this tab must save again (the other lacks something).
    fn take_in(&mut self, store: &Store) -> bool {
        let theirs = progress::load(store.0.as_deref()).progress;
        self.progress.merge(&theirs);
        !self.progress.same_record(&theirs)
    }

    fn start(&mut self, mode: Mode, questions: Vec<factquiz::generate::Question>, now: i64) {
        self.progress.begin(Current {
            mode,
            quiz: Quiz::new(questions),
            started: now,
            ends: None,
            shared: None,
            graded: Vec::new(),
        });
    }
}

/// What a reload shows: the stored progress, read afresh.
fn reload(store: &Store) -> Progress {
    let l = progress::load(store.0.as_deref());
    assert_eq!(l.notice, None, "the stored progress reads back");
    l.progress
}

#[test]
fn two_tabs_studying_at_once_keep_every_review_and_both_sessions() {
    let deck = Deck::seeds();
    let mut store = Store::default();
    // Both tabs are opened before either studies; neither hears the other
    // (the worst case: no storage event arrives in time).
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    let practice = progress::practice(&deck, &a.progress, NOW, 10);
    let cards: Vec<_> = progress::flashcards(&deck, &b.progress, NOW, 10)
        .into_iter()
        .rev()
        .take(4)
        .collect();
    a.start(Mode::Practice, practice.clone(), NOW);
    b.start(Mode::Flashcards, cards.clone(), NOW + 1);
    // Interleaved: an answer in A, a card in B, each saved as it happens.
    for i in 0..practice.len().max(cards.len()) {
        let t = NOW + (i as i64 + 1) * 1000;
        if let Some(q) = practice.get(i) {
            a.progress.record(q, i % 3 != 0, false, t);
            a.save(&mut store);
        }
        if let Some(c) = cards.get(i) {
            b.progress.review(&c.fact_id, Grade::Good, t + 500);
            b.progress.note_mistake(&c.id, false, t + 500);
            b.save(&mut store);
        }
    }
    a.progress.finish(NOW + 20_000);
    a.save(&mut store);
    b.progress.finish(NOW + 21_000);
    b.save(&mut store);

    let seen = reload(&store);
    let mut facts: Vec<&String> = practice
        .iter()
        .map(|q| &q.fact_id)
        .chain(cards.iter().map(|q| &q.fact_id))
        .collect();
    facts.sort();
    facts.dedup();
    for f in &facts {
        assert!(seen.reviews.contains_key(*f), "the review of {f} is kept");
    }
    assert_eq!(seen.reviews.len(), facts.len());
    let modes: Vec<Mode> = seen.history.iter().map(|s| s.mode).collect();
    assert_eq!(
        modes,
        vec![Mode::Practice, Mode::Flashcards],
        "both sessions, in the order they ended"
    );
    // The misses made in A (every third answer) are still to review.
    let missed: Vec<&String> = practice
        .iter()
        .enumerate()
        .filter(|(i, q)| i % 3 == 0 && !cards.iter().any(|c| c.id == q.id))
        .map(|(_, q)| &q.id)
        .collect();
    assert!(!missed.is_empty());
    for m in missed {
        assert!(seen.mistakes.contains(m), "the mistake {m} is kept");
    }
    assert!(
        seen.current.is_none() && seen.open.is_empty(),
        "both sessions ended"
    );
}

#[test]
fn per_fact_the_later_review_wins_whichever_tab_saves_last() {
    let mut store = Store::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    // B graded the fact Again a minute ago and saves only now; A graded it
    // Easy since. Saving in either order keeps A's (later) review.
    b.progress.review("f", Grade::Again, NOW);
    a.progress.review("f", Grade::Easy, NOW + MINUTE);
    let easy = a.progress.reviews["f"].clone();
    a.save(&mut store);
    b.save(&mut store);
    assert_eq!(reload(&store).reviews["f"], easy);
    assert_eq!(
        b.progress.reviews["f"], easy,
        "B now shows the later review too"
    );

    let mut store = Store::default();
    let mut a2 = Tab::open(&store);
    let mut b2 = Tab::open(&store);
    b2.progress.review("f", Grade::Again, NOW);
    a2.progress.review("f", Grade::Easy, NOW + MINUTE);
    b2.save(&mut store);
    a2.save(&mut store);
    assert_eq!(reload(&store).reviews["f"], easy);
}

#[test]
fn merging_is_the_same_either_way_and_twice_is_once() {
    let mut x = Progress::default();
    let mut y = Progress::default();
    x.review("f1", Grade::Good, NOW);
    x.review("f2", Grade::Again, NOW + 5);
    y.review("f2", Grade::Hard, NOW + 9);
    y.review("f3", Grade::Easy, NOW + 2);
    x.note_mistake("q-f1-0", true, NOW);
    y.note_mistake("q-f1-0", false, NOW + 3);
    y.note_mistake("q-f3-0", true, NOW + 4);
    let mut xy = x.clone();
    assert!(xy.merge(&y));
    let mut yx = y.clone();
    assert!(yx.merge(&x));
    assert!(xy.same_record(&yx));
    assert!(!xy.clone().merge(&y), "nothing new the second time");
    assert_eq!(xy.reviews.len(), 3);
    assert_eq!(xy.reviews["f2"].last, NOW + 9);
    assert_eq!(
        xy.mistakes,
        vec!["q-f3-0".to_string()],
        "answered right later: cleared"
    );
}

#[test]
fn a_mistake_cleared_in_one_tab_stays_cleared_and_a_new_one_in_the_other_stays() {
    let mut store = Store::default();
    let mut a = Tab::open(&store);
    a.progress.note_mistake("q-1", true, NOW);
    a.progress.note_mistake("q-2", true, NOW + 1);
    a.save(&mut store);
    let mut b = Tab::open(&store);
    assert_eq!(b.progress.mistakes, vec!["q-1", "q-2"]);
    // B answers q-1 right; A, which has not heard yet, misses q-3.
    b.progress.note_mistake("q-1", false, NOW + 10);
    a.progress.note_mistake("q-3", true, NOW + 11);
    b.save(&mut store);
    a.save(&mut store);
    assert_eq!(reload(&store).mistakes, vec!["q-2", "q-3"]);
    b.take_in(&store);
    assert_eq!(b.progress.mistakes, vec!["q-2", "q-3"]);
}

#[test]
fn a_tab_takes_in_another_tabs_save_but_not_its_session_in_progress() {
    let deck = Deck::seeds();
    let mut store = Store::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    let qs = progress::practice(&deck, &a.progress, NOW, 10);
    a.start(Mode::Practice, qs.clone(), NOW);
    a.progress.record(&qs[0], true, false, NOW + 1000);
    a.save(&mut store);
    // B (on its Progress page) hears of it: the review shows, the session does not.
    assert!(!b.take_in(&store), "B has nothing A lacks: no save back");
    assert!(b.progress.reviews.contains_key(&qs[0].fact_id));
    assert!(b.progress.current.is_none(), "A's session stays in A");
    // B plays and ends a flashcard session; A's session is still stored.
    let cards = progress::flashcards(&deck, &b.progress, NOW, 2);
    b.start(Mode::Flashcards, cards.clone(), NOW + 2000);
    b.progress
        .review(&cards[0].fact_id, Grade::Good, NOW + 3000);
    b.save(&mut store);
    b.progress.finish(NOW + 4000);
    b.save(&mut store);
    let again = Tab::reopen(&store, Some(NOW));
    assert_eq!(
        again
            .progress
            .current
            .as_ref()
            .map(|c| (c.mode, c.graded.len())),
        Some((Mode::Practice, 1)),
        "a reload of A resumes its practice where it was"
    );
    b.start(Mode::Flashcards, cards.clone(), NOW + 6000);
    b.save(&mut store);
    let reloaded_b = Tab::reopen(&store, Some(NOW + 6000));
    assert_eq!(
        reloaded_b.progress.current.as_ref().map(|c| c.mode),
        Some(Mode::Flashcards),
        "and a reload of B its flashcards"
    );
    assert_eq!(
        Tab::open(&store).progress.current.map(|c| c.started),
        Some(NOW + 6000),
        "a new tab goes on with the session saved last"
    );
    b.progress.current = None; // B stops its session
    b.save(&mut store);
    // A takes in B's work (it lacks nothing B has), keeps playing its own.
    a.take_in(&store);
    assert_eq!(a.progress.history.len(), 1);
    assert_eq!(
        a.progress.current.as_ref().map(|c| c.mode),
        Some(Mode::Practice)
    );
    // A ends its session: nothing is left in progress.
    a.progress.finish(NOW + 5000);
    a.save(&mut store);
    let seen = reload(&store);
    assert!(
        seen.current.is_none() && seen.open.is_empty(),
        "nothing left in progress"
    );
    assert_eq!(seen.history.len(), 2);
}

#[test]
fn a_tab_that_missed_a_save_writes_back_what_the_other_lacks() {
    let mut store = Store::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    a.progress.review("fa", Grade::Good, NOW);
    b.progress.review("fb", Grade::Good, NOW + 1);
    // B's write lands over A's copy without A's review (a race).
    store.0 = Some(b.progress.to_json());
    assert!(
        a.take_in(&store),
        "A must save again: the stored copy lacks its review"
    );
    a.save(&mut store);
    assert!(!b.take_in(&store), "now B lacks nothing");
    let seen = reload(&store);
    assert!(seen.reviews.contains_key("fa") && seen.reviews.contains_key("fb"));
}

#[test]
fn the_later_settings_win_and_an_import_adds_without_undoing_newer_work() {
    let mut store = Store::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    let mut s = a.progress.settings.clone();
    s.minutes = 15;
    a.progress.set_settings(s, NOW + 10);
    b.progress.review("f", Grade::Good, NOW + 20);
    a.save(&mut store);
    b.save(&mut store);
    assert_eq!(reload(&store).settings.minutes, 15, "B did not change them");

    // An export made earlier, imported later, does not roll a review back.
    let mut old = Progress::default();
    old.review("f", Grade::Again, NOW);
    old.review("g", Grade::Easy, NOW);
    let file = old.to_json();
    let imported = Progress::import(&file).unwrap();
    let newer = b.progress.reviews["f"].clone();
    b.progress.merge(&imported);
    assert_eq!(b.progress.reviews["f"], newer);
    assert!(b.progress.reviews.contains_key("g"));
}

#[test]
fn progress_saved_before_merging_existed_still_reads_and_merges() {
    // The format as written before this change: no answer times, no export time.
    let old = r#"{"version":1,"reviews":{"f":{"due":1700000600000,"last":1700000000000,"stability":2.3,"difficulty":5.0,"elapsed_days":0,"scheduled_days":0,"reps":1,"lapses":0,"stage":1}},"mistakes":["q-a","q-b"],"history":[{"mode":"practice","at":1700000100000,"right":3,"total":4,"seconds":40}],"settings":{"count":10,"sources":[],"types":["cloze"],"minutes":0},"current":null}"#;
    let l = progress::load(Some(old));
    assert_eq!(l.notice, None);
    let mut mine = Progress::default();
    mine.note_mistake("q-a", false, NOW);
    let merged = mine.saved_over(&l.progress);
    assert_eq!(merged.mistakes, vec!["q-b"], "q-a was answered right since");
    assert_eq!(merged.history.len(), 1);
    assert!(merged.reviews.contains_key("f"));
    // Bad stored values still go to the backup, never a panic.
    for bad in [
        r#"{"version":1,"answered":7}"#,
        r#"{"version":1,"exported":"x"}"#,
    ] {
        let l = progress::load(Some(bad));
        assert_eq!(l.backup.as_deref(), Some(bad));
        let mut p = Progress::default();
        assert!(!p.merge(&l.progress));
    }
}

#[test]
fn export_is_asked_for_only_when_storage_may_be_cleared_and_no_recent_export() {
    let mut p = Progress::default();
    assert!(!p.export_due(Some(false), NOW), "nothing to lose yet");
    p.review("f", Grade::Good, NOW);
    assert!(p.export_due(Some(false), NOW), "refused, never exported");
    assert!(!p.export_due(Some(true), NOW), "granted");
    assert!(!p.export_due(None, NOW), "not known yet");
    assert_eq!(p.exported_ago(NOW), "never");
    p.exported = Some(NOW);
    assert!(!p.export_due(Some(false), NOW + DAY));
    assert_eq!(p.exported_ago(NOW + 2 * MINUTE), "less than a day ago");
    assert_eq!(p.exported_ago(NOW + 3 * DAY + MINUTE), "3 days ago");
    assert!(!p.export_due(Some(false), NOW + EXPORT_EVERY));
    assert!(p.export_due(Some(false), NOW + EXPORT_EVERY + DAY));
    // The export time is kept when another tab saves.
    let mut other = Progress::default();
    other.review("g", Grade::Good, NOW + 5);
    other.merge(&p);
    assert_eq!(other.exported, Some(NOW));
}

#[test]
fn questions_hidden_in_two_tabs_are_all_kept_and_a_later_restore_wins() {
    let deck = Deck::seeds();
    let mut store = Store::default();
    let mut a = Tab::open(&store);
    let mut b = Tab::open(&store);
    let qs = progress::practice(&deck, &a.progress, NOW, 10);
    // Each tab hides one question; neither has heard the other yet.
    a.progress.hide(&qs[0], NOW + MINUTE);
    b.progress.hide(&qs[1], NOW + 2 * MINUTE);
    a.save(&mut store);
    b.save(&mut store);
    assert!(
        b.progress.is_hidden(&qs[0]),
        "B took in A's hide when saving"
    );
    let seen = reload(&store);
    assert_eq!(seen.hidden_list().len(), 2, "both hides are stored");
    // A restores B's question later; B, which still hides it, saves again.
    a.take_in(&store);
    assert!(a.progress.is_hidden(&qs[1]), "A heard B's hide");
    a.progress.restore(&qs[1].id, NOW + 3 * MINUTE);
    a.save(&mut store);
    b.progress.record(&qs[2], true, false, NOW + 4 * MINUTE);
    b.save(&mut store);
    for p in [reload(&store), b.progress.clone()] {
        assert!(p.is_hidden(&qs[0]));
        assert!(
            !p.is_hidden(&qs[1]),
            "the restore is not undone by the older copy"
        );
    }
    // A new session in either tab asks neither the hidden question nor its fact.
    let next = progress::practice(&deck, &reload(&store), NOW + DAY, 10);
    assert!(next.iter().all(|q| q.fact_id != qs[0].fact_id));
    // a full session still, of the deck's other questions
    assert!(next.len() >= 8, "{}", next.len());
}
