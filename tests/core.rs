//! Native tests of the core on the seeds and on a document of another topic.
#![cfg(not(target_arch = "wasm32"))]

use factquiz::check::{check, Verdict};
use factquiz::deck::Deck;
use factquiz::generate::{mechanical_defects, QuestionType};
use factquiz::kind::Kind;
use std::collections::HashSet;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn fixture_deck() -> Deck {
    let bytes = std::fs::read(root().join("tests/fixtures/eiffel_tower.txt")).unwrap();
    Deck::from_files(&[("eiffel_tower.txt", bytes)])
}

#[test]
fn the_app_embeds_exactly_the_seed_files() {
    assert_eq!(factquiz::seeds::SEEDS.len(), 5);
    for (name, text) in factquiz::seeds::SEEDS {
        let on_disk = std::fs::read_to_string(root().join("seeds").join(name)).unwrap();
        assert_eq!(&on_disk, text, "{name}");
    }
}

#[test]
fn deck_shows_titles_authors_and_dates_read_from_the_texts() {
    let d = Deck::seeds();
    assert_eq!(d.sources.len(), 5);
    assert!(d.problems.is_empty());
    let s0 = &d.sources[0];
    assert_eq!(s0.title, "ISIS-K Kills Americans, But What Is ISIS-K?");
    assert_eq!(s0.authors, vec!["Greg Reeson".to_string()]);
    assert_eq!(s0.date.map(|x| x.iso()), Some("2021-08-29".into()));
    let s1 = &d.sources[1];
    assert_eq!(s1.title, "What ISIS-K Means for Afghanistan");
    assert_eq!(s1.authors, vec!["Jonathan Schroden".to_string()]);
    assert_eq!(s1.date.map(|x| x.iso()), Some("2021-08-27".into()));
    assert_eq!(
        d.sources[3].date.map(|x| x.iso()),
        Some("2021-09-01".into())
    );
    assert_eq!(d.sources[4].authors, vec!["Patrick Goodenough".to_string()]);
    // The interview has no byline: its interviewer is named, and its title says who was interviewed.
    assert_eq!(d.sources[2].title, "Interview with Andrew Mines");
}

#[test]
fn the_other_topic_gets_its_metadata_and_no_furniture() {
    let d = fixture_deck();
    let s = &d.sources[0];
    assert_eq!(s.title, "How Paris Got Its Iron Tower");
    assert_eq!(s.authors, vec!["Claire Dubois".to_string()]);
    assert_eq!(s.outlet.as_deref(), Some("Example Travel Media"));
    assert!(s
        .sentences
        .iter()
        .all(|x| !x.text.contains("newsletter") && !x.text.contains("Share this")));
}

#[test]
fn seeds_give_fit_questions_of_every_type_with_no_mechanical_defect() {
    let d = Deck::seeds();
    // Order and match questions come when asked for by type.
    let qs = factquiz::generate::generate_types(&d, 7, None, &QuestionType::ALL);
    // Fewer, better: only questions fit to show, but enough for a test of 20.
    assert!(qs.len() >= 10, "only {} questions", qs.len());
    // every type can be asked for (Test setup's checkboxes): one question a
    // sentence keeps the best type of each sentence in the mix
    for t in QuestionType::ALL {
        let only = factquiz::generate::generate_types(&d, 7, None, &[t]);
        assert!(only.iter().any(|q| q.qtype == t), "no {t:?} question");
        assert!(
            mechanical_defects(&only, &d).is_empty(),
            "{t:?}: {:?}",
            mechanical_defects(&only, &d)
        );
    }
    let defects = mechanical_defects(&qs, &d);
    assert!(
        defects.is_empty(),
        "{} defects, e.g. {:?}",
        defects.len(),
        &defects[..defects.len().min(5)]
    );
}

/// What a strict teacher strikes, checked on every question shown.
fn stands_on_its_own(d: &Deck) {
    let qs = d.questions(5, None);
    let mut sentences = HashSet::new();
    let titles: Vec<String> = d.sources.iter().map(|s| s.title.to_lowercase()).collect();
    for q in &qs {
        let body = q
            .prompt
            .rsplit_once(": ")
            .map_or(q.prompt.as_str(), |p| p.1)
            .trim_start_matches("True or false? ");
        let first = body.split_whitespace().next().unwrap_or("");
        assert!(
            ![
                "He", "She", "It", "They", "This", "These", "Those", "But", "And", "Still,",
                "Indeed,"
            ]
            .contains(&first),
            "dangling or linked opening: {}",
            q.prompt
        );
        assert!(
            !body.starts_with("The group") && !body.to_lowercase().contains(" the group "),
            "unresolved description: {}",
            q.prompt
        );
        // "According to X: … X says": attribution named once.
        if let Some(rest) = q
            .prompt
            .strip_prefix("According to ")
            .filter(|_| body != q.prompt)
        {
            let who = rest.split([' ', '(']).take(2).collect::<Vec<_>>().join(" ");
            let last = who.split_whitespace().last().unwrap_or("");
            assert!(
                !body.contains(last) || last.is_empty(),
                "doubled attribution: {}",
                q.prompt
            );
        }
        if !matches!(q.qtype, QuestionType::Order | QuestionType::Match) {
            assert!(
                sentences.insert((q.source.file.clone(), q.source.quote.clone())),
                "sentence used twice: {}",
                q.source.quote
            );
        }
        if q.qtype == QuestionType::Choice {
            let stats =
                factquiz::generate::stats::TextStats::new(&d.source(&q.source.file).unwrap().text);
            for c in &q.choices {
                assert!(
                    factquiz::generate::fitness::fits_kind(q.kind, c, &stats),
                    "option {c:?} is not a {:?}: {}",
                    q.kind,
                    q.prompt
                );
            }
        }
        if matches!(q.qtype, QuestionType::Cloze | QuestionType::Choice)
            && matches!(q.kind, Kind::Person | Kind::Place | Kind::Organization)
        {
            let a = q.answer.to_lowercase();
            assert!(
                !titles.iter().any(|t| t.contains(&a)),
                "title word blanked: {}",
                q.prompt
            );
            let rest = body.replace("_____", " ").to_lowercase();
            assert!(
                !rest.contains(&a),
                "answer readable in the prompt: {}",
                q.prompt
            );
        }
    }
}

#[test]
fn every_shown_question_stands_on_its_own() {
    stands_on_its_own(&Deck::seeds());
    stands_on_its_own(&fixture_deck());
}

#[test]
fn the_gate_strikes_what_a_teacher_strikes() {
    let text = "Rivers Of Stone\n\nBy Ana Ruiz\nMay 2, 2020\n\nThe Kestrel Bridge was completed in 1932, after four years of work on the river crossing.\n\nIt cost 40 million crowns, twice the estimate.\n\nThe group behind it said last week that 12 more bridges would follow.\n\nI think we visited it in 1999 with our children.\n\nIndeed, the Kestrel Bridge carried 9,000 cars a day by 1960.\n";
    let d = Deck::from_files(&[("rivers.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    assert!(
        prompts
            .iter()
            .any(|p| p.contains("Kestrel Bridge completed")),
        "{prompts:#?}"
    );
    // "It" resolved to the bridge, not left dangling.
    assert!(prompts.iter().all(|p| !p.contains(": It ")), "{prompts:#?}");
    for struck in ["12 more", "1999", "we visited"] {
        assert!(
            !qs.iter().any(|q| q.source.quote.contains(struck)),
            "{struck} should be struck: {prompts:#?}"
        );
    }
    // The leading "Indeed," is dropped, not kept.
    assert!(
        prompts.iter().all(|p| !p.contains("Indeed")),
        "{prompts:#?}"
    );
}

#[test]
fn statistics_messengers_and_addresses_are_not_asked() {
    // An invented reference text on an invented person: a line of match
    // statistics, a count of the names that follow it, a street address, a
    // finding blanked by who reported it, and "he" inside a sentence.
    let text = "Marta Velund\n\nMarta Velund was a Norwegian chess player and engineer who won the Nordic title in 1958.\n\nVelund was born in Bergen at 12 Harbour Street in 1931.\n\nIn the 1958 final Velund scored 7 points, while Hansen added 5.\n\nVelund travelled to Moscow in 1962 with three friends, Ola Berg, Siv Dahl and Per Lund.\n\nThe Nordic Chess Federation reported that Velund played 412 rated games in her career.\n\nWhen he reviewed her book in 1965, Tor Hansen called it the best guide of the decade.\n\nIn 1971 Velund designed the first electric chess clock used at the Nordic championship.\n\nVelund retired from competition in 1975 and died in Bergen in 2004.\n";
    let d = Deck::from_files(&[("velund.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let prompts: Vec<String> = qs
        .iter()
        .map(|q| format!("{} => {}", q.prompt, q.answer))
        .collect();
    assert!(
        qs.iter()
            .any(|q| q.source.quote.contains("electric chess clock")),
        "{prompts:#?}"
    );
    for q in &qs {
        let p = &q.prompt;
        assert!(
            !(q.source.quote.contains("7 points") && (q.answer == "7" || q.answer == "5")),
            "a statistic among statistics: {p}"
        );
        assert!(
            !(q.source.quote.contains("three friends") && q.answer == "three"),
            "counted from the names: {p}"
        );
        assert!(!q.answer.contains("Street"), "an address: {p}");
        assert!(!q.answer.contains("Federation"), "the messenger: {p}");
        // "he" in a text about a woman is someone else: never read as her
        assert!(
            !p.contains("When Marta Velund reviewed"),
            "a pronoun misread: {p}"
        );
        assert!(
            !(q.source.quote.contains("while Hansen added") && q.answer == "Hansen"),
            "a box score: {p}"
        );
    }
}

#[test]
fn a_document_on_another_topic_gives_clean_questions() {
    let d = fixture_deck();
    let qs = d.questions(3, None);
    assert!(qs.len() >= 5, "only {} questions", qs.len());
    assert!(
        mechanical_defects(&qs, &d).is_empty(),
        "{:?}",
        mechanical_defects(&qs, &d)
    );
    // The facts a reader would expect are asked about.
    for answer in ["312", "31 March 1889", "between 1887 and 1889"] {
        assert!(
            qs.iter().any(|q| q.answer == answer),
            "nothing asks for {answer}"
        );
    }
    // "It is named after the engineer Gustave Eiffel": "It" is the tower, not the Champ de Mars.
    let named = qs
        .iter()
        .find(|q| q.answer == "between 1887 and 1889" && q.qtype == QuestionType::Cloze)
        .unwrap();
    assert!(
        named.prompt.contains("The Eiffel Tower is named after"),
        "{}",
        named.prompt
    );
}

#[test]
fn questions_cite_verbatim_sentences_and_choices_hold_the_answer_once() {
    let d = Deck::seeds();
    for q in d.questions(11, Some(60)) {
        let text = d
            .source(&q.source.file)
            .unwrap()
            .text
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            text.contains(&q.source.quote),
            "{} not found in {}",
            q.source.quote,
            q.source.file
        );
        if q.qtype == QuestionType::Choice {
            assert_eq!(
                q.choices.iter().filter(|c| **c == q.answer).count(),
                1,
                "{q:?}"
            );
            assert!(q.choices.len() >= 2);
        }
    }
}

#[test]
fn a_seed_makes_every_choice_reproducible() {
    let d = Deck::seeds();
    let a = d.questions(42, Some(10));
    let b = d.questions(42, Some(10));
    assert_eq!(a, b);
    assert_eq!(a.len(), 10);
    let c = d.questions(43, Some(10));
    assert_ne!(
        a, c,
        "a different seed should change at least the options' order"
    );
}

#[test]
fn a_quiz_of_n_varies_its_sources_and_types() {
    let d = Deck::seeds();
    let qs = d.questions(5, Some(20));
    let sources: HashSet<&str> = qs.iter().map(|q| q.source.file.as_str()).collect();
    let types: HashSet<QuestionType> = qs.iter().map(|q| q.qtype).collect();
    assert!(sources.len() >= 4, "{sources:?}");
    assert!(types.len() >= 3, "{types:?}");
    let facts: HashSet<&str> = qs.iter().map(|q| q.fact_id.as_str()).collect();
    assert_eq!(
        facts.len(),
        qs.len(),
        "the same fact asked twice in one quiz"
    );
}

#[test]
fn sources_that_disagree_are_taught_and_never_marked_wrong() {
    let d = Deck::seeds();
    let founding: Vec<_> = d
        .facts
        .iter()
        .filter(|f| f.kind == Kind::Date && f.disagrees)
        .collect();
    let years: HashSet<String> = founding
        .iter()
        .map(|f| f.answer.chars().filter(char::is_ascii_digit).collect())
        .collect();
    assert!(
        years.contains("2014") && years.contains("2015"),
        "{years:?}"
    );
    let qs = d.questions(1, None);
    let differ: Vec<_> = qs
        .iter()
        .filter(|q| {
            q.note
                .as_deref()
                .is_some_and(|n| n.starts_with("Sources differ"))
        })
        .collect();
    assert!(!differ.is_empty(), "no 'sources differ' question");
    for q in &differ {
        assert!(
            [
                "Which figure did",
                "Which date did",
                "Which year did",
                "Which two years do they give"
            ]
            .iter()
            .any(|w| q.prompt.contains(w)),
            "{}",
            q.prompt
        );
        assert!(q.choices.contains(&q.answer));
        // the disagreement itself is the answer: both years the sources give
        if q.prompt.contains("Which two years") {
            assert!(
                q.answer.contains("2014") && q.answer.contains("2015"),
                "{}",
                q.answer
            );
        }
    }
    // A question on one source's figure never offers another source's figure for the same thing as a wrong option.
    for q in qs
        .iter()
        .filter(|q| q.qtype == QuestionType::Choice && q.note.is_none())
    {
        let f = d.facts.iter().find(|f| f.id == q.fact_id).unwrap();
        for r in d.facts.iter().filter(|g| f.related.contains(&g.id)) {
            let rv: String = r.answer.chars().filter(char::is_ascii_digit).collect();
            for c in q.choices.iter().filter(|c| **c != q.answer) {
                let cv: String = c.chars().filter(char::is_ascii_digit).collect();
                assert!(
                    rv.is_empty() || cv != rv,
                    "{} offers {c}, which {} gives",
                    q.id,
                    r.source
                );
            }
        }
    }
}

#[test]
fn generated_answers_are_accepted_by_the_checker() {
    let d = Deck::seeds();
    for q in d
        .questions(2, Some(80))
        .iter()
        .filter(|q| matches!(q.qtype, QuestionType::Cloze | QuestionType::Numeric))
    {
        let typed = q.answer.to_uppercase();
        let c = check(&q.answer, &q.accept, Some(q.kind), &typed, &d.aliases);
        assert_eq!(
            c.verdict,
            Verdict::Accept,
            "{} rejected for {}",
            typed,
            q.prompt
        );
    }
}

#[test]
fn extraction_covers_the_teacher_marked_facts() {
    let path = root().join("tests/fixtures/dev_facts.json");
    let cases: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let d = Deck::seeds();
    let r = factquiz::coverage::coverage(&d, &cases);
    assert!(
        r.found * 100 >= r.total * 85,
        "coverage {}/{}; missed: {:#?}",
        r.found,
        r.total,
        r.missed
    );
}

#[test]
fn aliases_found_in_the_corpus() {
    let d = Deck::seeds();
    for (a, b) in [
        ("ISIS-K", "ISKP"),
        ("ISIS-K", "Islamic State Khorasan Province"),
        ("ISIS-K", "IS-K"),
        ("Shahab al-Muhajir", "al-Muhajir"),
    ] {
        assert!(d.aliases.same(a, b), "{a} and {b} should be aliases");
    }
    assert!(!d.aliases.same("ISIS-K", "Afghanistan and Pakistan"));
}

#[test]
fn no_fact_starts_with_an_unresolved_pronoun_without_context() {
    let d = Deck::seeds();
    for f in &d.facts {
        if factquiz::extract::starts_dangling(&f.display).is_some() {
            assert!(
                f.context.is_some() || f.resolved.is_some(),
                "{}: {}",
                f.id,
                f.display
            );
        }
    }
}

#[test]
fn real_questions_where_the_sentence_allows_them() {
    let text = "Bridges Of The North\n\nBy Ana Ruiz\nMay 2, 2020\n\nThe Kestrel Bridge was completed in 1932, after four years of work on the river crossing.\n\nConstruction was led by Tomas Berg, the chief engineer of the Northern Water Board.\n\nBerg later designed two dams upstream.\n\nThe Red Hand Brigade claimed responsibility for the 1978 blast on the bridge deck.\n\nThe police arrested three members of the Red Hand Brigade in 1979.\n";
    let d = Deck::from_files(&[("bridges.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let prompts: Vec<&str> = qs.iter().map(|q| q.prompt.as_str()).collect();
    assert!(
        prompts
            .iter()
            .any(|p| p.ends_with("In what year was the Kestrel Bridge completed?")),
        "{prompts:#?}"
    );
    assert!(
        prompts
            .iter()
            .any(|p| p.ends_with("Who is the chief engineer of the Northern Water Board?")),
        "{prompts:#?}"
    );
    assert!(
        prompts.iter().any(|p| p
            .ends_with("Who claimed responsibility for the 1978 blast on the bridge deck?")
            || p.contains("claimed responsibility for the _____ blast")),
        "{prompts:#?}"
    );
    assert!(mechanical_defects(&qs, &d).is_empty());
    // A body the text names once is a side party, not a key fact, even in a
    // central sentence (reviews accepted 4 of 20 such organisations, 1 of 13
    // such places).
    // Without the arrests, the text names the brigade once: not asked.
    let once = text.replace(
        "\n\nThe police arrested three members of the Red Hand Brigade in 1979.",
        "",
    );
    let d = Deck::from_files(&[("bridges.txt", once.as_bytes())]);
    let brigade = d
        .facts
        .iter()
        .find(|f| f.answer.contains("Red Hand Brigade"))
        .expect("the brigade is extracted");
    let why = factquiz::generate::why_not_asked(&d, &brigade.id).join(" ");
    assert!(why.contains("side_detail"), "{why}");
}

#[test]
fn a_place_every_text_of_a_deck_shares_is_not_asked() {
    // Three invented reports on one flood: the town they all name is the
    // deck's setting, not something to ask.
    let texts = [
        ("a.txt", "Flood Report One\n\nThe river Oster burst its banks at Port Vell in March 2019, and the mayor Lina Sorde ordered the old harbour closed.\n\nEngineers from the Delta Works Agency built a new wall at Port Vell in 2021 to protect the harbour.\n"),
        ("b.txt", "Flood Report Two\n\nLina Sorde, the mayor of Port Vell, asked the Delta Works Agency for help in April 2019 after the harbour flooded.\n\nThe new harbour wall at Port Vell was finished in 2021 at a cost of 40 million crowns.\n"),
        ("c.txt", "Flood Report Three\n\nThe flood of 2019 at Port Vell was the worst since 1952, when the river Oster last reached the harbour.\n\nIn 2022 the Delta Works Agency opened a flood museum in Port Vell.\n"),
    ];
    let d = Deck::from_files(&texts);
    let qs = d.questions(1, None);
    assert!(!qs.is_empty());
    for q in &qs {
        assert!(
            !(q.answer.contains("Port Vell") && q.qtype != QuestionType::TrueFalse),
            "the deck's setting asked: {}",
            q.prompt
        );
    }
}

#[test]
fn a_definition_is_extracted_but_an_open_one_is_not_asked() {
    // An invented reference text: its first sentence defines its subject
    // past an aside in commas and a bracket.
    let text = "Corvel fever\n\nCorvel fever, also known as marsh fever (CMF), is a type of viral infection caused by the Corvel virus.\n\nThe disease was first described in 1971 in the village of Dunmere, where most cases still occur.\n\nAbout 200 cases of Corvel fever are reported each year, most of them in late summer.\n";
    let d = Deck::from_files(&[("corvel.txt", text.as_bytes())]);
    assert!(
        d.facts
            .iter()
            .any(|f| f.kind == Kind::Definition && f.answer == "a type of viral infection"),
        "the definition is extracted"
    );
    // "a type of viral infection", "a viral disease", "an infection": a
    // definition in several words has other defensible wordings.
    let qs = d.questions(1, None);
    assert!(
        qs.iter().all(|q| q.answer != "a type of viral infection"),
        "{qs:#?}"
    );
}

#[test]
fn a_relative_date_is_asked_as_the_date_the_text_gives_it() {
    // An invented news report dated Friday 14 March 2025: "on Tuesday" is
    // 11 March 2025 and "last year" is 2024; the citation keeps its words.
    let text = "Harbour strike ends in Port Vell\n\nLina Sorde | March 14, 2025\n\nDock workers in Port Vell ended a strike of nine weeks on Tuesday after the Delta Shipping Company agreed to raise their pay by 12 percent.\n\nIn March last year, the Delta Shipping Company closed its second terminal in Port Vell and cut 300 jobs.\n\nThe union of the dock workers was founded in 1931 by the sailor Tomas Velde and has about 4,000 members today.\n\nThe mayor of Port Vell, Anna Krell, said the harbour would reopen to cargo ships on Monday.\n";
    let d = Deck::from_files(&[("strike.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let strike: Vec<_> = qs
        .iter()
        .filter(|q| q.source.quote.contains("on Tuesday") || q.source.quote.contains("last year"))
        .collect();
    assert!(!strike.is_empty(), "{qs:#?}");
    for q in &strike {
        assert!(
            !q.prompt.contains("Tuesday") && !q.prompt.contains("last year"),
            "the prompt keeps a relative date: {}",
            q.prompt
        );
        assert!(
            q.prompt.contains("11 March 2025") || q.prompt.contains("March 2024"),
            "the prompt names the date: {}",
            q.prompt
        );
    }
    // "today", "on Monday" (in the future of the text) stay unasked
    assert!(
        qs.iter()
            .all(|q| !q.prompt.contains("today") && !q.prompt.contains("Monday")),
        "{qs:#?}"
    );
}

#[test]
fn a_sentence_that_needs_the_one_before_is_shown_with_it() {
    // An invented reference text: "The drug" needs the sentence before.
    let text = "Corvel fever\n\nCorvel fever is a viral infection of the marshes of Dunmere, first described in 1971 by the doctor Ilse Varga.\n\nMost patients recover within two weeks without any treatment at home. Treatment of severe cases of Corvel fever is directed at the fever and the loss of fluids. Ravolin is an antiviral medicine made from the bark of the marsh alder tree. The drug cured 80 percent of the patients with Corvel fever in a trial of 1998 at the hospital of Dunmere.\n\nAbout 200 cases of Corvel fever are reported each year, most of them in late summer.\n";
    let d = Deck::from_files(&[("corvel.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    for q in &qs {
        if q.source.quote.contains("The drug cured") {
            assert!(
                q.prompt.contains("Ravolin is an antiviral medicine"),
                "shown without the sentence it needs: {}",
                q.prompt
            );
        }
    }
    assert!(
        qs.iter().any(|q| q.source.quote.starts_with("Ravolin is")
            && q.source.quote.ends_with("at the hospital of Dunmere.")),
        "the two sentences asked together: {qs:#?}"
    );
}

#[test]
fn a_description_that_points_back_past_the_shown_sentences_is_not_asked() {
    // An invented reference text: "the river" was named two sentences before
    // the sentence shown as context, so a question starting there leaves it out.
    let text = "Dunmere\n\nDunmere is a market town in the north of Kessland, founded in 1204 by the monks of Arvel Abbey.\n\nThe Oster river flows past the old walls of Dunmere from the hills of Tarn. Its waters were used by the mills of the town for six centuries. At the old bridge, the river's course turns north between high limestone cliffs. Upstream from this bend, near the village of Kessel, the valley widens and the banks lose their steepness.\n\nThe town had about 12,000 inhabitants in 2011, most of them working in the mills or on the farms around it.\n";
    let d = Deck::from_files(&[("dunmere.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    assert!(!qs.is_empty());
    for q in &qs {
        assert!(
            !q.prompt.contains("the river's course") || q.prompt.contains("Oster"),
            "the river is never named: {}",
            q.prompt
        );
    }
    let kessel = d
        .facts
        .iter()
        .find(|f| f.answer.contains("Kessel"))
        .expect("the village is extracted");
    let why = factquiz::generate::why_not_asked(&d, &kessel.id).join(" ");
    assert!(
        why.contains("with the sentence before: dangling_description"),
        "{why}"
    );
}

#[test]
fn a_year_offered_as_an_option_fits_the_years_the_prompt_names() {
    // An invented reference text: the closure came after "the late 1930s",
    // so no option may fall before 1940.
    let text = "Harrow Mine\n\nHarrow Mine is a former silver mine in the hills of Kessland, opened in 1871 by the Harrow Mining Company.\n\nThe mine employed about 900 workers at its height in 1905, most of them from the villages of the valley.\n\nWater began to flood the lower galleries in the late 1930s, leading to the closure of the mine in 1942.\n\nThe mine was opened to visitors as a museum in 1987, and about 40,000 people visit it each year.\n";
    let d = Deck::from_files(&[("harrow.txt", text.as_bytes())]);
    let mut seen = 0;
    for seed in 1..=12 {
        for q in d.questions(seed, None) {
            if q.qtype == QuestionType::Choice && q.answer == "1942" {
                seen += 1;
                for c in &q.choices {
                    let y: i64 = c.parse().expect("a year");
                    assert!(y >= 1940, "{c} is before the late 1930s: {q:?}");
                }
            }
        }
    }
    assert!(seen > 0, "the closure year is never asked as a choice");
}

#[test]
fn no_year_option_comes_after_the_text_was_written() {
    // "Over the course of _____" in a 2021 report: 2022 and 2023 give it away.
    // The seeds, and an invented report of 2025 on recent years.
    let text = "Harbour of Port Vell grows\n\nLina Sorde | March 14, 2025\n\nThe Delta Shipping Company opened a third terminal in Port Vell in 2023, the largest on the coast of Kessland.\n\nIn 2024 the harbour of Port Vell handled 2.1 million containers, a record for Kessland.\n\nThe Delta Shipping Company was founded in 1931 by the sailor Tomas Velde in Port Vell.\n\nIn 2019 the old terminal of the Delta Shipping Company in Port Vell was closed after a fire.\n";
    let report = Deck::from_files(&[("harbour.txt", text.as_bytes())]);
    let mut checked = 0;
    for d in [Deck::seeds(), report] {
        for seed in 1..=8 {
            for q in d.questions(seed, None) {
                let written = d.source(&q.source.file).and_then(|s| s.date);
                let year = |c: &str| c.parse::<i32>().ok().filter(|y| (1000..2100).contains(y));
                let (Some(w), Some(a)) = (written, year(&q.answer)) else {
                    continue;
                };
                if q.qtype != QuestionType::Choice || a > w.year {
                    continue;
                }
                checked += 1;
                for c in &q.choices {
                    assert!(
                        year(c).is_none_or(|y| y <= w.year),
                        "{c} is after {}: {}",
                        w.year,
                        q.prompt
                    );
                }
            }
        }
    }
    assert!(checked > 0);
}

#[test]
fn a_sentence_about_a_name_the_text_never_gives_again_is_not_asked() {
    // An invented company history: the rival miller is named once, in a
    // side detail; the founding in the lead and the company's own story are
    // what a teacher asks.
    let text = "Brandvik Mills\n\nBrandvik Mills is a flour company founded in 1902 in the town of Ostmere by the miller Karl Brandvik.\n\nThe company grew quickly after 1920, when it opened a second mill on the river Tall. In 1951 the baker Jonas Feller sued Brandvik Mills over a contract worth 80,000 crowns. Brandvik Mills built its third mill at Ostmere in 1964, and by 1970 it employed 900 people.\n\nThe river Tall flooded the second mill in 1978, and Brandvik Mills moved all its work to Ostmere.\n";
    let d = Deck::from_files(&[("brandvik.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let side: Vec<_> = d
        .facts
        .iter()
        .filter(|f| f.display.contains("Jonas Feller") && !f.answer.contains("Feller"))
        .collect();
    assert!(!side.is_empty(), "the side detail is extracted");
    let why: Vec<String> = side
        .iter()
        .map(|f| factquiz::generate::why_not_asked(&d, &f.id).join(" "))
        .collect();
    assert!(why.iter().any(|w| w.contains("one_off_name")), "{why:?}");
    assert!(qs.iter().all(|q| !q.prompt.contains("Feller")), "{qs:#?}");
    // the lead names the founder once too, and is still asked
    assert!(qs.iter().any(|q| q.answer == "1902"), "{qs:#?}");
}

#[test]
fn the_page_gets_the_same_questions_from_the_decks_notes_as_from_the_tagger() {
    // The page's module has no tagger: a deck carries the language layer's
    // answers to the gate (made when it is built) and the facts practice
    // starts from. Natively, a deck without them asks the tagger itself.
    let text = "Brandvik Mills\n\nBrandvik Mills is a flour company founded in 1902 in the town of Ostmere by the miller Karl Brandvik.\n\nThe company grew quickly after 1920, when it opened a second mill on the river Tall. In 1951 the baker Jonas Feller sued Brandvik Mills over a contract worth 80,000 crowns. Brandvik Mills built its third mill at Ostmere in 1964, and by 1970 it employed 900 people.\n\nThe river Tall flooded the second mill in 1978, and Brandvik Mills moved all its work to Ostmere.\n";
    for d in [
        Deck::from_files(&[("brandvik.txt", text.as_bytes())]),
        Deck::seeds(),
    ] {
        assert!(d.lang.is_some() && d.shown.is_some());
        let mut bare = d.clone();
        (bare.lang, bare.shown) = (None, None);
        assert_eq!(d.questions(1, None), bare.questions(1, None));
        assert_eq!(d.questions(4, Some(20)), bare.questions(4, Some(20)));
        let fresh = factquiz::progress::Progress::default();
        assert_eq!(
            factquiz::progress::practice(&d, &fresh, 0, 10),
            factquiz::progress::practice(&bare, &fresh, 0, 10)
        );
        // the notes travel with the deck from the worker to the page
        let mut b = factquiz::deck::DeckBuilder::new();
        for p in d.parts(50) {
            b.add(&p).unwrap();
        }
        assert_eq!(b.finish(), d);
    }
    // the notes are what strikes the side detail: a deck whose notes say
    // nothing asks it
    let d = Deck::from_files(&[("brandvik.txt", text.as_bytes())]);
    let mut silent = d.clone();
    silent.lang = Some(Vec::new());
    let asks_feller = |d: &Deck| {
        d.questions(1, None)
            .iter()
            .any(|q| q.prompt.contains("Feller"))
    };
    assert!(!asks_feller(&d));
    assert!(asks_feller(&silent));
}

#[test]
fn no_option_is_a_person_the_sentence_already_names() {
    // "_____ reviewed Galois' paper": Galois is no option for the reviewer.
    // Checked on every choice question about a person of the fixtures,
    // the four unseen articles included.
    for dir in ["seeds", "tests/fixtures/devtexts", "tests/fixtures/unseen"] {
        let files = factquiz::deck::text_files(&[root().join(dir).to_str().unwrap()]).unwrap();
        let d = Deck::from_files(&files);
        let qs = factquiz::generate::generate_types(&d, 1, None, &[QuestionType::Choice]);
        let norm = |t: &str| format!(" {} ", factquiz::check::normalize(t));
        let mut checked = 0;
        for q in qs.iter().filter(|q| q.kind == Kind::Person) {
            let prompt = norm(&q.prompt.replace("_____", " "));
            for c in q.choices.iter().filter(|c| **c != q.answer) {
                let named = norm(c)
                    .split_whitespace()
                    .any(|w| w.chars().count() >= 3 && prompt.contains(&format!(" {w} ")));
                assert!(!named, "{c} in {}", q.prompt);
            }
            checked += 1;
        }
        if dir.ends_with("unseen") {
            assert!(checked > 0, "{dir}");
        }
    }
}

#[test]
fn who_said_it_is_not_asked_and_a_credited_caption_is_no_sentence() {
    // An invented news report: the names of those quoted ("according to
    // curator _____", "_____ say …") are bylines, not facts; a paragraph
    // with a picture credit is a caption.
    let text = "Harbour museum opens a hall of ship models\n\nMonday, March 4, 2019\n\nThe Brisport Harbour Museum opened a new hall of 240 ship models on Saturday, the largest such collection in the country. Attendance on the first day reached 3,100 visitors, according to curator Lena Starkweather. Starkweather said the oldest model was built in 1788 by a sailor from Lisbon.\n\nA model of the steamer Aurora in the new hall. Image: Tomas Rell.\n\nThe Maritime Heritage Fund say model collections are the most visited part of harbour museums. The museum paid for the hall with a grant of 2 million euros from the Maritime Heritage Fund, and the hall took three years to build. The Brisport Harbour Museum plans a second hall in 2023.\n";
    let d = Deck::from_files(&[("museum.txt", text.as_bytes())]);
    let speakers: Vec<_> = d
        .facts
        .iter()
        .filter(|f| {
            let a = f.answer.as_str();
            (a.contains("Starkweather") && f.display.contains("according to curator"))
                || (a.contains("Maritime Heritage Fund") && f.display.contains("Fund say"))
        })
        .collect();
    assert!(!speakers.is_empty(), "the speakers are extracted");
    for f in &speakers {
        let why = factquiz::generate::why_not_asked(&d, &f.id).join(" ");
        assert!(why.contains("speaker_blank"), "{}: {why}", f.display);
    }
    let qs = d.questions(1, None);
    assert!(
        qs.iter()
            .all(|q| !speakers.iter().any(|f| f.id == q.fact_id)),
        "{qs:#?}"
    );
    // the caption's sentence is marked as one, and never asked
    let src = &d.sources[0];
    let caption = src
        .sentences
        .iter()
        .find(|s| s.text.contains("steamer Aurora"))
        .expect("the caption is read");
    assert_eq!(caption.kind, factquiz::text::BlockKind::Caption);
    assert!(qs.iter().all(|q| !q.prompt.contains("Aurora")), "{qs:#?}");
    assert!(!qs.is_empty());
}

#[test]
fn a_sentence_that_names_its_source_gets_no_second_one() {
    // A signed piece: its claims are its writer's ("According to Mara
    // Lind: …"), but a sentence that names its own source ("The health
    // Ministry reported …") gets no writer stacked on it.
    let text = "Fever cases rise in the valley towns\n\nBy Mara Lind\nJune 3, 2022\n\nRiver fever returned to the valley towns of Eastmark in the spring of 2022. The Eastmark Health Ministry reported 412 cases of river fever in the valley towns in May 2022, the highest count in a decade. Most of the patients were treated at the regional hospital in Ostrava, which opened a fever ward in April.\n\nRiver fever spreads through water from the Tarn river, which floods the valley towns every spring. The fever kills about one in 200 patients, most of them elderly. The valley towns will open two new clinics in July, and the regional hospital in Ostrava plans to hire 30 more nurses before the autumn.\n\nEastmark had its last large outbreak of river fever in 2012, when 350 cases were counted in the valley towns.\n";
    let d = Deck::from_files(&[("fever.txt", text.as_bytes())]);
    let all: Vec<usize> = (0..d.facts.len()).collect();
    let qs = factquiz::generate::questions_for(&d, 1, &all);
    let own = qs
        .iter()
        .filter(|q| q.source.quote.contains("Ministry reported"))
        .collect::<Vec<_>>();
    assert!(!own.is_empty(), "{qs:#?}");
    for q in &own {
        assert!(!q.prompt.contains("According to Mara Lind"), "{}", q.prompt);
    }
    assert!(
        qs.iter()
            .any(|q| q.prompt.contains("According to Mara Lind")),
        "the writer's own claims keep their attribution: {qs:#?}"
    );
}

#[test]
fn a_figure_from_a_dated_unsigned_report_carries_the_reports_date() {
    // "has tested more than _____ residents" is a figure as of the day the
    // report was written: the prompt says which day.
    let text = "Valley towns count fever cases\n\nTuesday, March 4, 2014\n\nRiver fever has returned to the valley towns of Eastmark, health officials in Ostrava say. Since 2009 the Eastmark Fever Programme has tested more than 14,000 residents of the valley towns for the disease. The programme was set up by the regional hospital in Ostrava after a large outbreak in 2008.\n\nRiver fever spreads through water from the Tarn river, which floods the valley towns every spring. The fever kills about one in 200 patients, most of them elderly, and the programme hopes to halve that rate.\n";
    let d = Deck::from_files(&[("news.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let figure = qs
        .iter()
        .find(|q| q.answer == "14,000")
        .expect("the figure is asked");
    assert!(
        figure
            .prompt
            .starts_with("From the article “Valley towns count fever cases” of 4 March 2014: "),
        "{}",
        figure.prompt
    );
    for q in qs.iter().filter(|q| q.kind != Kind::Number) {
        assert!(!q.prompt.contains("of 4 March 2014"), "{}", q.prompt);
    }
}

#[test]
fn a_figures_options_are_as_round_as_it_is() {
    // "77 attacks" among 20, 25 and 100 gives itself away.
    let text = "Port Ellis Harbour Report\n\nPort Ellis is a deep-water harbour on the east coast, and it handled 20 ships in January, 25 ships in February and 100 ships in the whole spring season of 2019.\n\nThe harbour authority of Port Ellis recorded 77 accidents at the docks during the night shifts of that year.\n\nThe harbour employs 400 people and expects 60 new cranes by 2030.\n";
    let d = Deck::from_files(&[("port.txt", text.as_bytes())]);
    let all = factquiz::generate::generate_types(&d, 3, None, &[QuestionType::Choice]);
    let q = all
        .iter()
        .find(|q| q.answer == "77")
        .expect("a choice on 77");
    let round = |c: &String| c.replace(',', "").parse::<i64>().is_ok_and(|x| x % 5 == 0);
    let rounds = q.choices.iter().filter(|c| round(c)).count();
    assert!(rounds <= 1, "{:?}", q.choices);
}

#[test]
fn a_side_events_year_in_a_long_text_is_not_asked() {
    // The dev articles: a year from a sentence the rest of its text hardly
    // touches (a fungus named, a drug studied) is not asked; reviews accepted
    // 17 of 47 such dates and 54 of 72 from more central sentences.
    let files =
        factquiz::deck::text_files(&[root().join("tests/fixtures/devtexts").to_str().unwrap()])
            .unwrap();
    let d = Deck::from_files(&files);
    let shown: std::collections::HashSet<String> = d
        .questions(1, None)
        .into_iter()
        .map(|q| q.fact_id)
        .collect();
    let side: Vec<_> = d
        .facts
        .iter()
        .filter(|f| f.kind == Kind::Date)
        .filter(|f| {
            factquiz::generate::why_not_asked(&d, &f.id)
                .join(" ")
                .contains("side_date")
        })
        .collect();
    assert!(side.len() >= 3, "{}", side.len());
    assert!(side.iter().all(|f| !shown.contains(&f.id)));
}

#[test]
fn a_dated_event_of_years_before_the_piece_is_not_the_writers_claim() {
    // An invented report of 2025: the founding in 1931 is history (no
    // "According to …"); last year's record and a figure stay attributed.
    let text = "Harbour of Port Vell grows\n\nLina Sorde | March 14, 2025\n\nThe Delta Shipping Company opened a third terminal in Port Vell in 2024, the largest on the coast of Kessland.\n\nIn 2024 the harbour of Port Vell handled 2.1 million containers, a record for Kessland.\n\nThe Delta Shipping Company was founded in 1931 in Port Vell.\n\nIn 1979 the old terminal of the Delta Shipping Company in Port Vell was reportedly closed after a fire.\n";
    let d = Deck::from_files(&[("harbour.txt", text.as_bytes())]);
    let qs = d.questions(1, None);
    let founded: Vec<_> = qs.iter().filter(|q| q.answer == "1931").collect();
    assert!(!founded.is_empty(), "{qs:#?}");
    for q in &founded {
        assert!(!q.prompt.contains("According to"), "{}", q.prompt);
    }
    for q in qs.iter().filter(|q| q.answer != "1931") {
        assert!(q.prompt.contains("According to Lina Sorde"), "{}", q.prompt);
    }
}

#[test]
fn a_name_that_only_modifies_the_noun_after_it_is_not_asked() {
    // "… bought two _____ harbours": the blank is an adjective's place, not
    // a place (reviews signed 1 of 5 such blanks).
    let text = "Harbours of Kessland\n\nThe Delta Shipping Company runs the largest harbour of Kessland at Port Vell.\n\nIn 2019 the Delta Shipping Company opened a terminal at Port Vell for ships from Aramont. In 2021 the Delta Shipping Company bought two Aramont harbours from the state.\n";
    let d = Deck::from_files(&[("harbours.txt", text.as_bytes())]);
    let f = d
        .facts
        .iter()
        .find(|f| f.answer == "Aramont" && f.sentence.contains("Aramont harbours"))
        .expect("the place before 'harbours' is extracted");
    let why = factquiz::generate::why_not_asked(&d, &f.id).join(" ");
    assert!(why.contains("modifier_blank"), "{why}");
}
