//! `factquiz`: the core from the command line (see PRODUCT.md, "The CLI contract").

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    std::process::exit(cli::run(std::env::args().skip(1).collect()));
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use factquiz::check::check;
    use factquiz::deck::Deck;
    use factquiz::export::{export_file, Format};
    use factquiz::kind::Kind;
    use std::io::{BufRead, Write};
    use std::path::{Path, PathBuf};

    const USAGE: &str = "usage:
  factquiz facts     [PATH]...
  factquiz questions [PATH]... [--seed N] [--count N] [--types cloze,choice,...]
                     [--format json|csv|anki|gift|moodle|quizlet|kahoot] [--out FILE]
                     (kahoot is an .xlsx: --out FILE, or stdout redirected to a file;
                     moodle, quizlet and kahoot say on stderr how many questions they skipped)
  factquiz check     [PATH]...      (JSON Lines on stdin: {\"answer\", \"typed\", \"kind\"})
  factquiz coverage  [PATH]... --eval FILE   (share of listed facts the extractor finds, and that a shown question asks)
  factquiz bench     [PATH]...      (timings of extract + generate)
  factquiz pack      [PATH]...      (the deck in the compact JSON the web app embeds:
                     `factquiz pack seeds > data/seeds.deck.json`)
  factquiz tag       PATH... [--format conllu|json]   (tokens, tags, lemmas of a text file)
  factquiz tag-eval  FILE.conllu...  (UPOS, lemma, noun phrase and kind accuracy on gold tokens; a
                     .txt file: the speed of the whole analysis)
PATH is a file or a directory of .txt/.md/.html files; the default is `seeds`.";

    struct Args {
        paths: Vec<PathBuf>,
        seed: u64,
        count: Option<usize>,
        format: String,
        eval: Option<PathBuf>,
        out: Option<PathBuf>,
        types: Vec<factquiz::generate::QuestionType>,
    }

    fn parse(args: &[String]) -> Result<Args, String> {
        let mut a = Args {
            paths: Vec::new(),
            seed: 1,
            count: None,
            format: "json".into(),
            eval: None,
            out: None,
            types: Vec::new(),
        };
        let mut i = 0;
        while i < args.len() {
            let v = |i: usize| {
                args.get(i + 1)
                    .cloned()
                    .ok_or_else(|| format!("{} needs a value", args[i]))
            };
            match args[i].as_str() {
                "--seed" => {
                    a.seed = v(i)?
                        .parse()
                        .map_err(|_| "--seed takes a whole number".to_string())?
                }
                "--count" => {
                    a.count = Some(
                        v(i)?
                            .parse()
                            .map_err(|_| "--count takes a whole number".to_string())?,
                    )
                }
                "--format" => a.format = v(i)?,
                "--eval" => a.eval = Some(PathBuf::from(v(i)?)),
                "--out" => a.out = Some(PathBuf::from(v(i)?)),
                "--types" => {
                    for t in v(i)?.split(',') {
                        a.types.push(factquiz::generate::QuestionType::parse(t).ok_or_else(|| format!("unknown question type {t} (cloze, choice, true_false, numeric, order, match)"))?);
                    }
                }
                s if s.starts_with("--") => return Err(format!("unknown option {s}")),
                p => {
                    a.paths.push(PathBuf::from(p));
                    i += 1;
                    continue;
                }
            }
            i += 2;
        }
        if a.paths.is_empty() {
            a.paths.push(PathBuf::from("seeds"));
        }
        Ok(a)
    }

    /// Reads every file named, or every .txt/.md/.html file of a directory (sorted).
    fn load(paths: &[PathBuf]) -> Result<Deck, String> {
        let files = factquiz::deck::text_files(paths)?;
        if files.is_empty() {
            return Err("no .txt, .md or .html files found".into());
        }
        let deck = Deck::from_files(&files);
        for p in &deck.problems {
            eprintln!("factquiz: skipped {}: {}", p.file, p.message);
        }
        if deck.sources.is_empty() {
            return Err("none of the files could be read".into());
        }
        Ok(deck)
    }

    fn name_of(p: &Path) -> String {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    pub fn run(args: Vec<String>) -> i32 {
        let Some(cmd) = args.first().cloned() else {
            eprintln!("{USAGE}");
            return 2;
        };
        let rest = &args[1..];
        let a = match parse(rest) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("factquiz: {e}\n{USAGE}");
                return 2;
            }
        };
        let result = match cmd.as_str() {
            "facts" => load(&a.paths).map(|d| facts(&d)),
            "questions" => load(&a.paths).and_then(|d| questions(&d, &a)),
            "check" => load(&a.paths).and_then(|d| check_lines(&d)),
            "coverage" => load(&a.paths).and_then(|d| coverage(&d, &a)),
            "bench" => load(&a.paths).map(|d| bench(&d, &a)),
            "pack" => load(&a.paths).map(|d| println!("{}", factquiz::packed::pack(&d))),
            "tag" => tag(&a, rest.iter().any(|x| x == "--format")),
            "tag-eval" => tag_eval(&a),
            "-h" | "--help" | "help" => {
                println!("{USAGE}");
                Ok(())
            }
            other => Err(format!("unknown command {other}\n{USAGE}")),
        };
        match result {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("factquiz: {e}");
                1
            }
        }
    }

    fn facts(d: &Deck) {
        let out = serde_json::json!({ "sources": d.sources, "facts": d.facts, "aliases": d.aliases.groups() });
        println!("{}", serde_json::to_string_pretty(&out).unwrap_or_default());
    }

    fn questions(d: &Deck, a: &Args) -> Result<(), String> {
        use std::io::IsTerminal;
        let format = Format::parse(&a.format).ok_or_else(|| {
            format!(
                "unknown format {} (json, csv, anki, gift, moodle, quizlet or kahoot)",
                a.format
            )
        })?;
        if format.is_binary() && a.out.is_none() && std::io::stdout().is_terminal() {
            return Err(format!(
                "{} is a binary .xlsx file: give --out FILE, or redirect stdout to a file",
                a.format
            ));
        }
        let qs = factquiz::generate::generate_types(d, a.seed, a.count, &a.types);
        let file = export_file(&qs, format);
        match &a.out {
            Some(path) => std::fs::write(path, &file.bytes)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?,
            None => std::io::stdout()
                .lock()
                .write_all(&file.bytes)
                .map_err(|e| format!("cannot write to stdout: {e}"))?,
        }
        if format.can_skip() {
            eprintln!("factquiz: {}: {}", format.label(), file.report.summary());
        }
        Ok(())
    }

    fn check_lines(d: &Deck) -> Result<(), String> {
        let stdin = std::io::stdin();
        let mut out = std::io::stdout().lock();
        for (n, line) in stdin.lock().lines().enumerate() {
            let line = line.map_err(|e| format!("cannot read stdin: {e}"))?;
            if line.trim().is_empty() {
                continue;
            }
            let reply = match serde_json::from_str::<serde_json::Value>(&line) {
                Ok(v) => {
                    let answer = v.get("answer").and_then(|x| x.as_str()).unwrap_or("");
                    let typed = v.get("typed").and_then(|x| x.as_str()).unwrap_or("");
                    let kind = v.get("kind").and_then(|x| x.as_str()).and_then(Kind::parse);
                    let accept = factquiz::coverage::string_list(&v, "accept");
                    serde_json::to_value(check(answer, &accept, kind, typed, &d.aliases))
                        .unwrap_or_default()
                }
                Err(e) => {
                    serde_json::json!({"verdict": "reject", "error": format!("line {}: not JSON: {e}", n + 1)})
                }
            };
            writeln!(out, "{reply}").map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    fn coverage(d: &Deck, a: &Args) -> Result<(), String> {
        let path = a
            .eval
            .clone()
            .unwrap_or_else(|| PathBuf::from("tests/fixtures/dev_facts.json"));
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let cases: Vec<serde_json::Value> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        let r = factquiz::coverage::coverage(d, &cases);
        for m in &r.missed {
            println!("missed {}", m);
        }
        println!(
            "coverage: {} of {} facts ({:.1}%)",
            r.found,
            r.total,
            100.0 * r.found as f64 / r.total.max(1) as f64
        );
        let q = factquiz::coverage::question_coverage(d, &cases);
        println!(
            "asked by a shown question: {} of {} facts ({:.1}%)",
            q.found,
            q.total,
            100.0 * q.found as f64 / q.total.max(1) as f64
        );
        Ok(())
    }

    fn bench(d: &Deck, a: &Args) {
        let files: Vec<(String, String)> = d
            .sources
            .iter()
            .map(|s| (s.file.clone(), s.text.clone()))
            .collect();
        let r = factquiz::bench::run(&files, a.seed);
        print!("{r}");
    }

    fn read_text(p: &Path) -> Result<String, String> {
        let bytes = std::fs::read(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?;
        let text = factquiz::text::decode(&bytes).map_err(|e| format!("{}: {e:?}", p.display()))?;
        let lower = p.to_string_lossy().to_ascii_lowercase();
        Ok(if lower.ends_with(".html") || lower.ends_with(".htm") {
            factquiz::text::html_to_text(&text)
        } else {
            text
        })
    }

    fn tag(a: &Args, format_given: bool) -> Result<(), String> {
        if a.paths.is_empty() {
            return Err("tag needs a file".into());
        }
        let format = if format_given {
            a.format.as_str()
        } else {
            "conllu"
        };
        if !matches!(format, "conllu" | "json") {
            return Err(format!("unknown format {format} (conllu or json)"));
        }
        let mut out = std::io::stdout().lock();
        for p in &a.paths {
            let text = read_text(p)?;
            let sents = factquiz::nlp::analyze_text(&text);
            let s = if format == "json" {
                let v = serde_json::json!({ "file": p.display().to_string(), "sentences": sents });
                serde_json::to_string_pretty(&v).unwrap_or_default() + "\n"
            } else {
                format!(
                    "# newdoc id = {}\n{}",
                    name_of(p),
                    factquiz::nlp::conllu::write(&text, &sents)
                )
            };
            out.write_all(s.as_bytes()).map_err(|e| e.to_string())?;
        }
        Ok(())
    }

    fn tag_eval(a: &Args) -> Result<(), String> {
        use factquiz::nlp::conllu;
        let mut all = conllu::Scores::default();
        let mut ents = conllu::EntityScores::default();
        let mut clauses = conllu::ClauseScores::default();
        let mut refs = conllu::RefScores::default();
        let t0 = std::time::Instant::now();
        factquiz::nlp::analyze("Warm up: the weights are decoded once.");
        println!(
            "weights decoded in {:.1} ms (once per process)",
            1e3 * t0.elapsed().as_secs_f64()
        );
        let mut bytes = 0usize;
        let mut secs = 0.0;
        for p in &a.paths {
            let text = std::fs::read_to_string(p)
                .map_err(|e| format!("cannot read {}: {e}", p.display()))?;
            if !p.to_string_lossy().ends_with(".conllu") {
                // plain text: the speed of the whole analysis (sentences, tokens, tags, lemmas,
                // chunks, kinds, clauses)
                let t0 = std::time::Instant::now();
                let sents = factquiz::nlp::analyze_text(&text);
                let dt = t0.elapsed().as_secs_f64();
                println!(
                    "{}: analyze_text {} bytes, {} sentences, {} tokens in {:.3} s: {:.2} MB/s",
                    p.display(),
                    text.len(),
                    sents.len(),
                    sents.iter().map(|s| s.tokens.len()).sum::<usize>(),
                    dt,
                    text.len() as f64 / 1e6 / dt
                );
                continue;
            }
            let sents = conllu::read(&text);
            bytes += sents
                .iter()
                .flatten()
                .map(|t| t.form.len() + 1)
                .sum::<usize>();
            let t0 = std::time::Instant::now();
            for sent in &sents {
                let mut toks: Vec<factquiz::nlp::Token> = sent
                    .iter()
                    .map(|g| factquiz::nlp::Token {
                        text: g.form.clone(),
                        start: 0,
                        end: 0,
                        upos: factquiz::nlp::Upos::X,
                        lemma: String::new(),
                    })
                    .collect();
                factquiz::nlp::tag_tokens(&mut toks);
            }
            secs += t0.elapsed().as_secs_f64();
            let s = conllu::score(&sents);
            println!(
                "{}: UPOS {:.2}% lemma {:.2}% of {} tokens",
                p.display(),
                100.0 * s.upos(),
                100.0 * s.lemma(),
                s.tokens
            );
            let mut e = conllu::EntityScores::default();
            let mut r = conllu::RefScores::default();
            for doc in conllu::documents(&text) {
                e.add(&conllu::score_entities(&doc));
                r.add(&conllu::score_refs(&doc));
            }
            if r.pronouns + r.definites > 0 {
                println!("  references: {r}");
                refs.add(&r);
            }
            if e.gold > 0 {
                println!(
                    "  entities: {} gold mentions, {} noun phrases; head-matched P {:.2}% R {:.2}% F1 {:.2}% (exact span F1 {:.2}%); kind right {:.2}% of {}",
                    e.gold,
                    e.chunks,
                    100.0 * e.precision(),
                    100.0 * e.recall(),
                    100.0 * e.f1(),
                    100.0 * e.exact_f1(),
                    100.0 * e.kind_accuracy(),
                    e.pairs
                );
            }
            ents.add(&e);
            let c = conllu::score_clauses(&sents);
            println!("  clauses: {c}");
            clauses.add(&c);
            all.tokens += s.tokens;
            all.upos_right += s.upos_right;
            all.lemma_right += s.lemma_right;
        }
        if all.tokens == 0 {
            return Ok(());
        }
        println!(
            "all: UPOS {:.2}% lemma {:.2}% of {} tokens; tags and lemmas {:.2} MB/s",
            100.0 * all.upos(),
            100.0 * all.lemma(),
            all.tokens,
            bytes as f64 / 1e6 / secs.max(1e-9)
        );
        println!("all clauses: {clauses}");
        if refs.pronouns + refs.definites > 0 {
            println!("all references: {refs}");
        }
        if ents.gold > 0 {
            println!(
                "all entities: {} gold mentions; head-matched P {:.2}% R {:.2}% F1 {:.2}% (exact span F1 {:.2}%); kind right {:.2}% of {}",
                ents.gold,
                100.0 * ents.precision(),
                100.0 * ents.recall(),
                100.0 * ents.f1(),
                100.0 * ents.exact_f1(),
                100.0 * ents.kind_accuracy(),
                ents.pairs
            );
        }
        Ok(())
    }
}
