//! The exports teachers import elsewhere, read back by a real reader of each
//! format: Moodle XML with Python's xml.etree, Kahoot's spreadsheet with
//! openpyxl, Quizlet's text by its separators. The questions are the (up to) 40 top
//! questions of the dev articles (`tests/fixtures/devtexts`) and those of the
//! seeds, as the CLI writes them.
#![cfg(not(target_arch = "wasm32"))]

use factquiz::export::{export_file, Format, KAHOOT_ANSWER_MAX, KAHOOT_QUESTION_MAX};
use factquiz::generate::{Question, QuestionType};
use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Runs the CLI: (exit code, stdout bytes, stderr).
fn factquiz(args: &[&str]) -> (i32, Vec<u8>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_factquiz"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::null())
        .output()
        .expect("run factquiz");
    (
        out.status.code().unwrap_or(-1),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The dev articles' top questions: up to 40, as many as the gate lets
/// through (36 on 2 December), enough for every format's cases.
fn top_count(qs: &[Question]) -> usize {
    assert!((30..=40).contains(&qs.len()), "{}", qs.len());
    qs.len()
}

/// The questions of `path` and their export as `format`, with the CLI's
/// report line from stderr.
fn exported(path: &str, format: &str) -> (Vec<Question>, Vec<u8>, String) {
    let args = ["questions", path, "--seed", "1", "--count", "40"];
    let (code, json, err) = factquiz(&[&args[..], &["--format", "json"]].concat());
    assert_eq!(code, 0, "{err}");
    let qs: Vec<Question> = serde_json::from_slice(&json).unwrap();
    let (code, file, err) = factquiz(&[&args[..], &["--format", format]].concat());
    assert_eq!(code, 0, "{err}");
    (qs, file, err)
}

/// Runs a Python script with `input` on stdin; its stdout is JSON.
fn python(script: &str, input: &[u8]) -> Value {
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("python3");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "the reader failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The numbers of the CLI's report: (exported, skipped).
fn report(stderr: &str, label: &str) -> (usize, usize) {
    let line = stderr
        .lines()
        .find(|l| l.starts_with(&format!("factquiz: {label}: ")))
        .unwrap_or_else(|| panic!("no report for {label} on stderr: {stderr}"));
    let num = |after: &str| -> usize {
        let words: Vec<&str> = line.split_whitespace().collect();
        let i = words
            .iter()
            .position(|w| w.trim_end_matches([',', '.', ':']) == after)
            .unwrap_or_else(|| panic!("no '{after}' in {line}"));
        words[i - 1].parse().unwrap()
    };
    let exported = line
        .split(": ")
        .nth(2)
        .and_then(|s| s.split_whitespace().next())
        .unwrap()
        .parse()
        .unwrap();
    (exported, num("skipped"))
}

// ---------------------------------------------------------------- Moodle XML

/// Moodle XML as the fields Moodle reads: per question its type, name, text
/// (HTML, unescaped), general feedback, and answers (fraction, text).
const MOODLE_READER: &str = r#"
import sys, json, html, re
import xml.etree.ElementTree as ET
root = ET.fromstring(sys.stdin.buffer.read())
assert root.tag == 'quiz', root.tag
def text(el, path):
    t = el.find(path)
    return None if t is None else (t.text or '')
def plain(h):
    return html.unescape(re.sub(r'<[^>]+>', '', h or ''))
out = []
for q in root.findall('question'):
    kind = q.get('type')
    if kind == 'category':
        continue
    item = {
        'type': kind,
        'name': text(q, 'name/text'),
        'text_format': q.find('questiontext').get('format'),
        'text': plain(text(q, 'questiontext/text')),
        'feedback': plain(text(q, 'generalfeedback/text')),
        'answers': [[float(a.get('fraction')), plain(text(a, 'text')) if a.get('format') == 'html' else text(a, 'text'),
                     text(a, 'tolerance')] for a in q.findall('answer')],
        'pairs': [[plain(text(s, 'text')), text(s, 'answer/text')] for s in q.findall('subquestion')],
        'single': text(q, 'single'),
    }
    out.append(item)
print(json.dumps(out))
"#;

fn moodle_type(q: &Question) -> &'static str {
    match q.qtype {
        QuestionType::Choice => "multichoice",
        QuestionType::TrueFalse => "truefalse",
        QuestionType::Numeric if factquiz::export::numeric_value(&q.answer).is_some() => {
            "numerical"
        }
        QuestionType::Cloze | QuestionType::Numeric => "shortanswer",
        QuestionType::Order | QuestionType::Match => "matching",
    }
}

fn check_moodle(qs: &[Question], xml: &[u8]) -> Vec<&'static str> {
    let read = python(MOODLE_READER, xml);
    let read = read.as_array().unwrap();
    assert_eq!(read.len(), qs.len(), "one Moodle question per question");
    let mut types = Vec::new();
    for (m, q) in read.iter().zip(qs) {
        let kind = moodle_type(q);
        types.push(kind);
        assert_eq!(m["type"], kind, "{}", q.id);
        assert_eq!(m["name"], q.id.as_str());
        assert_eq!(m["text_format"], "html");
        let shown = match q.qtype {
            QuestionType::TrueFalse => q.prompt.trim_start_matches("True or false? "),
            _ => q.prompt.as_str(),
        };
        assert_eq!(m["text"], shown, "the question text Moodle shows");
        assert!(
            m["feedback"].as_str().unwrap().contains(&q.source.quote),
            "the source sentence as feedback"
        );
        let answers: Vec<(f64, &str)> = m["answers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (a[0].as_f64().unwrap(), a[1].as_str().unwrap_or("")))
            .collect();
        let right: Vec<&str> = answers
            .iter()
            .filter(|(f, _)| *f == 100.0)
            .map(|(_, t)| *t)
            .collect();
        // Every fraction is one Moodle accepts here: full marks or none.
        assert!(answers.iter().all(|(f, _)| *f == 100.0 || *f == 0.0));
        match kind {
            "multichoice" => {
                assert_eq!(m["single"], "true");
                assert_eq!(right, [q.answer.as_str()], "one right option at 100%");
                let texts: Vec<&str> = answers.iter().map(|(_, t)| *t).collect();
                assert_eq!(texts, q.choices, "every option, as the app shows it");
                let sum: f64 = answers.iter().map(|(f, _)| f).sum();
                assert_eq!(
                    sum, 100.0,
                    "fractions of a single-answer question sum to 100"
                );
            }
            "truefalse" => {
                let texts: Vec<&str> = answers.iter().map(|(_, t)| *t).collect();
                assert_eq!(texts, ["true", "false"]);
                assert_eq!(right, [q.answer.as_str()]);
            }
            "numerical" => {
                assert_eq!(answers.len(), 1);
                let want: f64 = q.answer.replace(',', "").parse().unwrap();
                assert_eq!(right[0].parse::<f64>().unwrap(), want);
                assert_eq!(m["answers"][0][2], "0", "tolerance");
            }
            "shortanswer" => {
                assert_eq!(right.len(), answers.len(), "every typed form is right");
                assert_eq!(right[0], q.answer.replace('*', "\\*"));
                for form in &q.accept {
                    assert!(
                        right
                            .iter()
                            .any(|r| r.to_lowercase() == form.replace('*', "\\*").to_lowercase()),
                        "accepted form {form} of {} missing",
                        q.id
                    );
                }
            }
            "matching" => {
                let pairs = m["pairs"].as_array().unwrap();
                assert!(pairs.len() >= 3, "{}", q.id);
                assert!(pairs
                    .iter()
                    .all(|p| !p[0].as_str().unwrap().is_empty()
                        && !p[1].as_str().unwrap().is_empty()));
            }
            _ => unreachable!(),
        }
    }
    types
}

#[test]
fn moodle_xml_of_40_questions_reads_back_with_the_fields_moodle_needs() {
    let (qs, xml, err) = exported("tests/fixtures/devtexts", "moodle");
    let n = top_count(&qs);
    let types = check_moodle(&qs, &xml);
    for t in ["multichoice", "truefalse", "shortanswer", "numerical"] {
        assert!(types.contains(&t), "no {t} question among {types:?}");
    }
    assert_eq!(report(&err, "Moodle XML"), (n, 0));
    let (qs, xml, _) = exported("seeds", "moodle");
    check_moodle(&qs, &xml);
}

#[test]
fn moodle_xml_of_order_and_match_questions_is_matching() {
    let args = [
        "questions",
        "seeds",
        "--seed",
        "9",
        "--types",
        "order,match",
    ];
    let (_, json, _) = factquiz(&[&args[..], &["--format", "json"]].concat());
    let qs: Vec<Question> = serde_json::from_slice(&json).unwrap();
    let (code, xml, err) = factquiz(&[&args[..], &["--format", "moodle"]].concat());
    assert_eq!(code, 0, "{err}");
    assert!(qs.len() >= 2);
    let types = check_moodle(&qs, &xml);
    assert!(types.iter().all(|t| *t == "matching"));
}

#[test]
fn moodle_xml_escapes_what_xml_and_html_would_read_as_markup() {
    let tricky = Question {
        id: "q-<&>".into(),
        qtype: QuestionType::Choice,
        prompt: "Which of <b>R&D</b> ]]> \"quotes\" is _____?".into(),
        answer: "A & B".into(),
        accept: vec![],
        choices: vec!["A & B".into(), "<i>C</i>".into(), "]]>".into()],
        source: factquiz::generate::Citation {
            file: "x&y.txt".into(),
            quote: "It was A & B, not <i>C</i>.".into(),
        },
        fact_id: "f".into(),
        kind: factquiz::kind::Kind::Organization,
        items: vec![],
        options: vec![],
        note: None,
    };
    let mut cloze = tricky.clone();
    cloze.qtype = QuestionType::Cloze;
    cloze.id = "q-2".into();
    cloze.choices.clear();
    cloze.answer = "R&D <1>".into();
    cloze.accept = vec!["r&d <1>".into(), "R and D *".into()];
    let qs = [tricky, cloze];
    let file = export_file(&qs, Format::MoodleXml);
    check_moodle(&qs, &file.bytes);
}

// ---------------------------------------------------------------- Kahoot

/// The Kahoot spreadsheet's cells, by openpyxl: every row of the first sheet.
const XLSX_READER: &str = r#"
import sys, json, io, zipfile
import openpyxl
data = sys.stdin.buffer.read()
z = zipfile.ZipFile(io.BytesIO(data))
assert z.testzip() is None, 'a bad CRC'
wb = openpyxl.load_workbook(io.BytesIO(data))
ws = wb.worksheets[0]
print(json.dumps({'sheets': wb.sheetnames, 'parts': sorted(z.namelist()),
                  'rows': [[c for c in row] for row in ws.iter_rows(values_only=True)]}))
"#;

/// openpyxl is there, or the test is skipped only when pip itself is not.
fn openpyxl_ready() -> bool {
    let ok = |args: &[&str]| {
        Command::new("python3")
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if ok(&["-c", "import openpyxl"]) {
        return true;
    }
    if !ok(&["-m", "pip", "--version"]) {
        eprintln!(
            "SKIPPED: openpyxl is missing and pip is not available to install it; \
             the Kahoot spreadsheet was not read back"
        );
        return false;
    }
    panic!("openpyxl is missing: run scripts/setup (python3 -m pip install --user openpyxl)");
}

/// Reads the spreadsheet back and checks it against the questions; returns
/// how many rows of questions it holds.
fn check_kahoot(qs: &[Question], xlsx: &[u8]) -> usize {
    let book = python(XLSX_READER, xlsx);
    assert_eq!(book["sheets"][0], "Sheet1");
    assert_eq!(
        book["parts"],
        serde_json::json!([
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/_rels/workbook.xml.rels",
            "xl/workbook.xml",
            "xl/worksheets/sheet1.xml"
        ])
    );
    let rows = book["rows"].as_array().unwrap();
    // Kahoot's template: the column titles on row 8, questions from row 9.
    let header: Vec<&str> = rows[7].as_array().unwrap()[1..8]
        .iter()
        .map(|c| c.as_str().unwrap())
        .collect();
    assert_eq!(
        header,
        [
            "Question - max 120 characters",
            "Answer 1 - max 75 characters",
            "Answer 2 - max 75 characters",
            "Answer 3 - max 75 characters",
            "Answer 4 - max 75 characters",
            "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
            "Correct answer(s) - choose at least one",
        ]
    );
    let data = &rows[8..];
    // The questions that can go: choice and true/false within the limits.
    let fits: Vec<&Question> = qs
        .iter()
        .filter(|q| match q.qtype {
            QuestionType::TrueFalse => {
                q.prompt
                    .trim_start_matches("True or false? ")
                    .chars()
                    .count()
                    <= KAHOOT_QUESTION_MAX
            }
            QuestionType::Choice => {
                q.prompt.chars().count() <= KAHOOT_QUESTION_MAX
                    && q.choices
                        .iter()
                        .all(|c| c.chars().count() <= KAHOOT_ANSWER_MAX)
            }
            _ => false,
        })
        .collect();
    assert_eq!(
        data.len(),
        fits.len(),
        "every question that fits, and only those"
    );
    for (i, (row, q)) in data.iter().zip(&fits).enumerate() {
        let row = row.as_array().unwrap();
        assert_eq!(row[0].as_f64(), Some((i + 1) as f64), "numbered from 1");
        let question = row[1].as_str().unwrap();
        assert!(question.chars().count() <= KAHOOT_QUESTION_MAX);
        assert!(q.prompt.ends_with(question), "{question} is {}", q.prompt);
        let answers: Vec<&str> = row[2..6].iter().filter_map(|c| c.as_str()).collect();
        assert!((2..=4).contains(&answers.len()));
        assert!(answers
            .iter()
            .all(|a| a.chars().count() <= KAHOOT_ANSWER_MAX));
        let time = row[6].as_f64().unwrap();
        assert!([5.0, 10.0, 20.0, 30.0, 60.0, 90.0, 120.0, 240.0].contains(&time));
        let right = row[7].as_f64().unwrap() as usize;
        let right = answers[right - 1];
        match q.qtype {
            QuestionType::TrueFalse => {
                assert_eq!(answers, ["True", "False"]);
                assert_eq!(right.to_lowercase(), q.answer);
            }
            _ => {
                assert_eq!(right, q.answer, "the right answer is marked");
                assert!(answers.iter().all(|a| q.choices.iter().any(|c| c == a)));
            }
        }
    }
    data.len()
}

#[test]
fn kahoot_spreadsheet_of_40_questions_reads_back_with_openpyxl() {
    let (qs, xlsx, err) = exported("tests/fixtures/devtexts", "kahoot");
    let n = top_count(&qs);
    assert_eq!(&xlsx[..2], b"PK", "an .xlsx is a zip");
    // The report counts what the file holds and what it left out.
    let (kept, skipped) = report(&err, "Kahoot spreadsheet");
    assert_eq!(kept + skipped, n, "{err}");
    assert!(kept >= 3, "{err}");
    if !openpyxl_ready() {
        return;
    }
    assert_eq!(check_kahoot(&qs, &xlsx), kept);
    // --out writes the same file.
    let out = std::env::temp_dir().join(format!("factquiz-kahoot-{}.xlsx", std::process::id()));
    let (code, stdout, err) = factquiz(&[
        "questions",
        "tests/fixtures/devtexts",
        "--seed",
        "1",
        "--count",
        "40",
        "--format",
        "kahoot",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(stdout.is_empty());
    assert_eq!(std::fs::read(&out).unwrap(), xlsx);
    std::fs::remove_file(&out).ok();
    let (qs, xlsx, err) = exported("seeds", "kahoot");
    let (kept, skipped) = report(&err, "Kahoot spreadsheet");
    assert_eq!(kept + skipped, qs.len());
    assert_eq!(check_kahoot(&qs, &xlsx), kept);
}

#[test]
fn kahoot_takes_tricky_text_as_text() {
    if !openpyxl_ready() {
        return;
    }
    let q = Question {
        id: "q-1".into(),
        qtype: QuestionType::Choice,
        prompt: "Is <b>A & B</b> =SUM(1) \"quoted\" _____?".into(),
        answer: "=1+1".into(),
        accept: vec![],
        choices: vec!["=1+1".into(), "<x>".into(), "a'b".into()],
        source: factquiz::generate::Citation {
            file: "a.txt".into(),
            quote: "A.".into(),
        },
        fact_id: "f".into(),
        kind: factquiz::kind::Kind::Number,
        items: vec![],
        options: vec![],
        note: None,
    };
    let file = export_file(std::slice::from_ref(&q), Format::Kahoot);
    assert_eq!(check_kahoot(&[q], &file.bytes), 1);
}

// ---------------------------------------------------------------- Quizlet

#[test]
fn quizlet_text_of_40_questions_splits_into_term_and_definition() {
    let (qs, text, err) = exported("tests/fixtures/devtexts", "quizlet");
    let text = String::from_utf8(text).unwrap();
    let n = top_count(&qs);
    assert_eq!(report(&err, "Quizlet text"), (n, 0));
    // Quizlet's default separators: a tab between term and definition, a new
    // line between cards.
    let cards: Vec<Vec<&str>> = text
        .strip_suffix('\n')
        .unwrap()
        .split('\n')
        .map(|l| l.split('\t').collect())
        .collect();
    assert_eq!(cards.len(), n, "one card per question");
    for (card, q) in cards.iter().zip(&qs) {
        assert_eq!(card.len(), 2, "term and definition: {card:?}");
        assert_eq!(
            card[0],
            q.prompt.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        match q.qtype {
            QuestionType::TrueFalse if q.answer == "true" => assert_eq!(card[1], "True"),
            QuestionType::TrueFalse => {
                assert!(card[1].starts_with("False. The source: "));
                assert!(card[1].contains(&q.source.quote));
            }
            _ => assert_eq!(card[1], q.answer),
        }
    }
    // Match questions give one card per pair.
    let args = ["questions", "seeds", "--seed", "9", "--types", "match"];
    let (_, json, _) = factquiz(&[&args[..], &["--format", "json"]].concat());
    let qs: Vec<Question> = serde_json::from_slice(&json).unwrap();
    let (_, text, err) = factquiz(&[&args[..], &["--format", "quizlet"]].concat());
    let text = String::from_utf8(text).unwrap();
    let pairs: usize = qs.iter().map(|q| q.answer.split("; ").count()).sum();
    assert!(pairs >= 3);
    assert_eq!(text.lines().count(), pairs, "{err}");
    assert!(text.lines().all(|l| l.split('\t').count() == 2));
}
