//! The `factquiz` command line, as a teacher or a script would use it.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Stdio};

fn factquiz(args: &[&str], stdin: Option<&str>) -> (i32, String, String) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_factquiz"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run factquiz");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .unwrap()
            .write_all(input.as_bytes())
            .unwrap();
    } else {
        drop(child.stdin.take());
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn questions_json_follows_the_contract() {
    let (code, out, err) = factquiz(
        &[
            "questions",
            "seeds",
            "--format",
            "json",
            "--seed",
            "3",
            "--count",
            "10",
        ],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let qs: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(qs.len(), 10);
    for q in &qs {
        for key in [
            "id", "type", "prompt", "answer", "accept", "source", "fact_id",
        ] {
            assert!(q.get(key).is_some(), "missing {key} in {q}");
        }
        assert!(q["id"].as_str().unwrap().starts_with("q-"));
        let file = q["source"]["file"].as_str().unwrap();
        let quote = q["source"]["quote"].as_str().unwrap();
        let text = std::fs::read_to_string(format!("{}/seeds/{file}", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
        let folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(folded.contains(quote), "quote not verbatim: {quote}");
        if q["type"] == "choice" {
            let choices: Vec<&str> = q["choices"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| c.as_str().unwrap())
                .collect();
            assert_eq!(
                choices
                    .iter()
                    .filter(|c| **c == q["answer"].as_str().unwrap())
                    .count(),
                1
            );
        }
        if q["type"] == "true_false" {
            assert!(q["answer"] == "true" || q["answer"] == "false");
        }
    }
    // Same seed, same quiz.
    let (_, again, _) = factquiz(
        &["questions", "seeds", "--seed", "3", "--count", "10"],
        None,
    );
    assert_eq!(out, again);
}

#[test]
fn facts_lists_sources_and_facts() {
    let (code, out, err) = factquiz(&["facts"], None);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["sources"].as_array().unwrap().len(), 5);
    let facts = v["facts"].as_array().unwrap();
    assert!(facts.len() > 200);
    for f in facts {
        for key in [
            "id",
            "source",
            "sentence",
            "answer",
            "kind",
            "start",
            "end",
            "confidence",
        ] {
            assert!(f.get(key).is_some(), "missing {key}");
        }
    }
    assert!(facts
        .iter()
        .any(|f| f["disagrees"] == true && !f["related"].as_array().unwrap().is_empty()));
}

#[test]
fn check_speaks_json_lines_with_corpus_aliases() {
    let input = r#"{"answer": "13", "typed": "thirteen", "kind": "number"}
{"answer": "Islamic State Khorasan Province", "typed": "ISKP", "kind": "organization"}
{"answer": "2014", "typed": "2015", "kind": "date"}
not json
"#;
    let (code, out, err) = factquiz(&["check", "seeds"], Some(input));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["verdict"], "accept");
    assert_eq!(
        lines[1]["verdict"], "accept",
        "ISKP is an alias in the corpus"
    );
    assert_eq!(lines[2]["verdict"], "reject");
    assert_eq!(lines[3]["verdict"], "reject");
    assert!(lines[3]["error"].as_str().unwrap().contains("not JSON"));
}

#[test]
fn bad_input_gets_a_clear_message() {
    let dir = std::env::temp_dir().join(format!("factquiz-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.join("empty.txt");
    std::fs::write(&empty, b"").unwrap();
    let (code, _, err) = factquiz(&["facts", empty.to_str().unwrap()], None);
    assert_eq!(code, 1);
    assert!(err.contains("empty"), "{err}");
    let (code, _, err) = factquiz(&["facts", "no/such/file.txt"], None);
    assert_eq!(code, 1);
    assert!(err.contains("cannot read"), "{err}");
    let (code, _, err) = factquiz(&["questions", "--format", "pdf"], None);
    assert_eq!(code, 1);
    assert!(err.contains("unknown format"), "{err}");
    let (code, _, err) = factquiz(&["frobnicate"], None);
    assert_ne!(code, 0);
    assert!(err.contains("usage"), "{err}");
}

#[test]
fn csv_export_reads_back_with_a_real_csv_reader() {
    let (code, out, err) = factquiz(&["questions", "--format", "csv", "--count", "40"], None);
    assert_eq!(code, 0, "{err}");
    let (_, json, _) = factquiz(&["questions", "--format", "json", "--count", "40"], None);
    let qs: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
    // Python's csv module is the reference reader (Python 3 is on every machine here).
    let script = "import csv,sys,json\nrows=list(csv.DictReader(sys.stdin))\nprint(json.dumps([[r['id'],r['answer'],r['source_quote']] for r in rows]))";
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(out.as_bytes())
        .unwrap();
    let parsed: Vec<Vec<String>> =
        serde_json::from_slice(&child.wait_with_output().unwrap().stdout).unwrap();
    assert_eq!(parsed.len(), qs.len());
    for (row, q) in parsed.iter().zip(&qs) {
        assert_eq!(row[0], q["id"].as_str().unwrap());
        assert_eq!(row[1], q["answer"].as_str().unwrap());
        assert_eq!(row[2], q["source"]["quote"].as_str().unwrap());
    }
}

#[test]
fn anki_export_has_one_card_per_question() {
    let (code, out, _) = factquiz(&["questions", "--format", "anki", "--count", "10"], None);
    assert_eq!(code, 0);
    let cards: Vec<&str> = out.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(cards.len(), 10);
    assert!(cards.iter().all(|c| c.split('\t').count() == 2));
}

#[test]
fn tag_writes_conllu_with_entity_kinds() {
    let (code, out, err) = factquiz(&["tag", "tests/fixtures/eiffel_tower.txt"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# newdoc id = eiffel_tower.txt\n"));
    let mut tokens = 0;
    for line in out.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        assert_eq!(cols.len(), 10, "{line}");
        assert!(cols[0].parse::<usize>().is_ok());
        assert!(factquiz::nlp::Upos::parse(cols[3]).is_some(), "{line}");
        tokens += 1;
    }
    assert!(tokens > 100);
    assert!(out.contains("\tEiffel\t"));
    assert!(out.contains("Entity=("), "no entity brackets");
    assert!(out.contains("-place"), "no place");
}

#[test]
fn tag_json_has_tokens_chunks_kinds_and_clauses() {
    let (code, out, err) = factquiz(
        &["tag", "tests/fixtures/eiffel_tower.txt", "--format", "json"],
        None,
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let sents = v["sentences"].as_array().unwrap();
    assert!(sents.len() > 5);
    let s = &sents[0];
    let t = &s["tokens"][0];
    for k in ["text", "start", "end", "upos", "lemma"] {
        assert!(!t[k].is_null(), "token lacks {k}");
    }
    assert_eq!(
        s["chunks"].as_array().unwrap().len(),
        s["kinds"].as_array().unwrap().len()
    );
    assert!(sents
        .iter()
        .any(|s| !s["clauses"].as_array().unwrap().is_empty()));
    let (code, _, err) = factquiz(
        &["tag", "tests/fixtures/eiffel_tower.txt", "--format", "xml"],
        None,
    );
    assert_eq!(code, 1);
    assert!(err.contains("conllu or json"));
}
