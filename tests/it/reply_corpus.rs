//! The reply corpus: every labelled message through `reply::understand`,
//! with every miss printed. Also scores the shared developer sample when it
//! is present (it is not part of the project and may be absent).

use std::path::{Path, PathBuf};

use rsvpd::reply::{Kind, understand};

struct Row {
    file: String,
    kind: String,
    answer: String,
    guests: Option<u32>,
    /// The columns after the first six (absent in older label files).
    children: Option<u32>,
    adults: Option<u32>,
    lang: Option<String>,
    note_must: Vec<String>,
}

/// A numeric label, `None` for `-`.
fn number(col: Option<&&str>) -> Option<u32> {
    col.and_then(|c| c.trim().parse().ok())
}

fn read_labels(dir: &Path) -> Option<Vec<Row>> {
    let text = std::fs::read_to_string(dir.join("labels.tsv")).ok()?;
    let mut rows = Vec::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        let must = cols.get(9).map_or("-", |c| c.trim());
        rows.push(Row {
            file: cols[0].to_string(),
            kind: cols[1].to_string(),
            answer: cols[2].to_string(),
            guests: cols[3].trim().parse().ok(),
            children: number(cols.get(6)),
            adults: number(cols.get(7)),
            lang: cols.get(8).map(|c| c.trim().to_string()),
            note_must: if must == "-" {
                Vec::new()
            } else {
                must.split('|').map(|m| m.trim().to_lowercase()).collect()
            },
        });
    }
    Some(rows)
}

fn kind_str(k: Kind) -> &'static str {
    match k {
        Kind::Human => "human",
        Kind::AutoReply => "auto_reply",
        Kind::Bounce => "bounce",
    }
}

struct Score {
    n: usize,
    kind_ok: usize,
    human: usize,
    answer_ok: usize,
    with_guests: usize,
    guests_ok: usize,
    with_lang: usize,
    lang_ok: usize,
    with_split: usize,
    split_ok: usize,
    notes: usize,
    notes_ok: usize,
    /// Human replies the host is asked to look at.
    review: usize,
    /// Human replies read with confidence at or above the review threshold, and of those right.
    confident: usize,
    confident_ok: usize,
    /// Human replies read wrong and not sent for review (or read as automatic).
    silent: usize,
}

/// Scores every labelled message in `dir`. With `show_misses` false nothing
/// about single messages is printed (the blind split stays unread).
fn score(dir: &Path, show_misses: bool) -> Option<Score> {
    let rows = read_labels(dir)?;
    let mut s = Score {
        n: 0,
        kind_ok: 0,
        human: 0,
        answer_ok: 0,
        with_guests: 0,
        guests_ok: 0,
        with_lang: 0,
        lang_ok: 0,
        with_split: 0,
        split_ok: 0,
        notes: 0,
        notes_ok: 0,
        review: 0,
        confident: 0,
        confident_ok: 0,
        silent: 0,
    };
    for row in &rows {
        let path: PathBuf = dir.join(&row.file);
        let raw =
            std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
        let u = understand(&raw, &[]);
        s.n += 1;
        let kind = kind_str(u.kind);
        let answer = u.answer.map_or("-", |a| a.as_str());
        let mut miss = Vec::new();
        if kind == row.kind {
            s.kind_ok += 1;
        } else {
            miss.push("kind");
        }
        if row.kind == "human" {
            s.human += 1;
            let ok = answer == row.answer;
            if ok {
                s.answer_ok += 1;
            } else {
                miss.push("answer");
            }
            if kind != "human" {
                s.silent += 1;
            } else if u.review {
                s.review += 1;
            } else {
                s.confident += 1;
                if ok {
                    s.confident_ok += 1;
                } else {
                    s.silent += 1;
                }
            }
        }
        if let Some(g) = row.guests {
            s.with_guests += 1;
            if u.guests == Some(g) {
                s.guests_ok += 1;
            } else {
                miss.push("guests");
            }
        }
        if let Some(lang) = row.lang.as_deref().filter(|_| row.kind == "human") {
            s.with_lang += 1;
            let want = (lang != "-").then_some(lang);
            if u.language == want {
                s.lang_ok += 1;
            } else {
                miss.push("lang");
            }
        }
        if row.children.is_some() || row.adults.is_some() {
            s.with_split += 1;
            if u.children_count == row.children && u.adults_count == row.adults {
                s.split_ok += 1;
            } else {
                miss.push("children/adults");
            }
        }
        if !row.note_must.is_empty() {
            s.notes += 1;
            let note = u.note.as_deref().unwrap_or_default().to_lowercase();
            // "yes" (batches F and G): some note must reach the host.
            let kept = if row.note_must == ["yes"] {
                !note.trim().is_empty()
            } else {
                row.note_must.iter().all(|m| note.contains(m.as_str()))
            };
            if kept {
                s.notes_ok += 1;
            } else {
                miss.push("note");
            }
        }
        if show_misses && !miss.is_empty() {
            println!(
                "MISS {} [{}] expected {}/{}/{} {:?}/{:?} {:?} {:?} got {}/{}/{} {:?}/{:?} {:?} confidence {:.2} note {:?} evidence {:?}",
                row.file,
                miss.join(","),
                row.kind,
                row.answer,
                row.guests.map_or("-".to_string(), |g| g.to_string()),
                row.children,
                row.adults,
                row.lang,
                row.note_must,
                kind,
                answer,
                u.guests.map_or("-".to_string(), |g| g.to_string()),
                u.children_count,
                u.adults_count,
                u.language,
                u.confidence,
                u.note,
                u.evidence
            );
        }
    }
    Some(s)
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn report(name: &str, s: &Score) {
    println!(
        "{name}: answer {:.3} ({}/{}), kind {:.3} ({}/{}), guests {:.3} ({}/{}), n={}",
        ratio(s.answer_ok, s.human),
        s.answer_ok,
        s.human,
        ratio(s.kind_ok, s.n),
        s.kind_ok,
        s.n,
        ratio(s.guests_ok, s.with_guests),
        s.guests_ok,
        s.with_guests,
        s.n
    );
    println!(
        "{name}: language {:.3} ({}/{}), children/adults {:.3} ({}/{}), notes {:.3} ({}/{})",
        ratio(s.lang_ok, s.with_lang),
        s.lang_ok,
        s.with_lang,
        ratio(s.split_ok, s.with_split),
        s.split_ok,
        s.with_split,
        ratio(s.notes_ok, s.notes),
        s.notes_ok,
        s.notes
    );
    println!(
        "{name}: silent misreads {:.3} ({}/{}), review {:.3} ({}/{}), precision at or above the review threshold {:.3} ({}/{})",
        ratio(s.silent, s.human),
        s.silent,
        s.human,
        ratio(s.review, s.human),
        s.review,
        s.human,
        ratio(s.confident_ok, s.confident),
        s.confident_ok,
        s.confident
    );
}

#[test]
fn project_corpus_meets_accuracy_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let s = score(&dir, true).unwrap_or_else(|| {
        panic!("tests/corpus/labels.tsv is missing: the reply corpus must be present")
    });
    report("project corpus", &s);
    assert!(
        s.n >= 400,
        "expected at least 400 corpus messages, found {}",
        s.n
    );
    assert!(
        ratio(s.answer_ok, s.human) >= 0.97,
        "answer accuracy below 97%"
    );
    assert!(ratio(s.kind_ok, s.n) >= 0.99, "kind accuracy below 99%");
    assert!(
        ratio(s.lang_ok, s.with_lang) >= 0.95,
        "language accuracy below 95%"
    );
}

#[test]
fn shared_sample_score_is_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-sample");
    if !dir.join("labels.tsv").is_file() {
        println!("skipping: {} is absent", dir.display());
        return;
    }
    let Some(s) = score(&dir, true) else {
        println!("skipping: labels unreadable");
        return;
    };
    report("shared sample", &s);
    assert!(s.n > 0, "the sample has no rows");
    // Informational threshold: the sample is small and not the project's own.
    assert!(
        ratio(s.answer_ok, s.human) >= 0.9,
        "sample answer accuracy collapsed"
    );
}

/// Score a batch nobody tunes on, printing its aggregate figures only.
fn held_back(name: &str, folder: &str) -> Score {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let s = score(&dir, false)
        .unwrap_or_else(|| panic!("{folder}/labels.tsv is missing: the {name} must be present"));
    report(name, &s);
    s
}

/// The held-out batch (tests/corpus/holdout): written before the engine was
/// tuned on it and never tuned on since, so its misses are not printed
/// either; the floor catches a collapse.
#[test]
fn holdout_batch_score_is_reported() {
    let s = held_back("holdout batch", "tests/corpus/holdout");
    assert!(s.n >= 70, "the held-out batch has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.75,
        "held-out answer accuracy collapsed below 75%"
    );
}

/// The blind split is never tuned on: only its aggregate figures are printed,
/// and the floor is far below its first-run score (see its README), so it
/// catches a collapse, not a missed goal.
#[test]
fn blind_split_score_is_reported() {
    let s = held_back("blind split", "tests/corpus-blind");
    assert!(s.n >= 300, "the blind split has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.8,
        "blind split answer accuracy collapsed below 80%"
    );
    assert!(
        ratio(s.kind_ok, s.n) >= 0.95,
        "blind split kind accuracy collapsed below 95%"
    );
}

/// Batch D (tests/corpus/batch-d) was written as a blind batch and scored
/// once untuned (answer 0.905, kind 1.000, guests 0.563); it is now tuning
/// material, so its misses are printed. The floor catches a regression.
#[test]
fn batch_d_score_is_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/batch-d");
    let s =
        score(&dir, true).unwrap_or_else(|| panic!("tests/corpus/batch-d/labels.tsv is missing"));
    report("batch D", &s);
    assert!(s.n >= 290, "batch D has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.9,
        "batch D answer accuracy fell below 90%"
    );
    assert!(
        ratio(s.kind_ok, s.n) >= 0.99,
        "batch D kind accuracy below 99%"
    );
    assert!(
        ratio(s.guests_ok, s.with_guests) >= 0.7,
        "batch D head-count accuracy fell below 70%"
    );
}

/// A second blind split (tests/corpus-blind-e), held back like the first:
/// aggregate figures only, a floor far below its first-run score.
#[test]
fn second_blind_split_score_is_reported() {
    let s = held_back("blind split E", "tests/corpus-blind-e");
    assert!(s.n >= 290, "blind split E has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.8,
        "blind split E answer accuracy collapsed below 80%"
    );
    assert!(
        ratio(s.kind_ok, s.n) >= 0.95,
        "blind split E kind accuracy collapsed below 95%"
    );
}

/// A third blind split (tests/corpus-blind-f), held back like the others:
/// aggregate figures only, a floor far below its first-run score.
#[test]
fn third_blind_split_score_is_reported() {
    let s = held_back("blind split F", "tests/corpus-blind-f");
    assert!(s.n >= 290, "blind split F has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.8,
        "blind split F answer accuracy collapsed below 80%"
    );
    assert!(
        ratio(s.kind_ok, s.n) >= 0.95,
        "blind split F kind accuracy collapsed below 95%"
    );
}

/// A fourth blind split (tests/corpus-blind-h), held back like the others:
/// aggregate figures only, a floor far below its first-run score.
#[test]
fn fourth_blind_split_score_is_reported() {
    let s = held_back("blind split H", "tests/corpus-blind-h");
    assert!(s.n >= 290, "blind split H has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.8,
        "blind split H answer accuracy collapsed below 80%"
    );
    assert!(
        ratio(s.kind_ok, s.n) >= 0.95,
        "blind split H kind accuracy collapsed below 95%"
    );
}

/// Batch G (tests/corpus/batch-g) is tuning material written around the
/// hard phenomena (absence reasons, who is coming, calendar comments,
/// hedges, indirect answers and head-counts): its misses are printed.
#[test]
fn batch_g_score_is_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus/batch-g");
    let s =
        score(&dir, true).unwrap_or_else(|| panic!("tests/corpus/batch-g/labels.tsv is missing"));
    report("batch G", &s);
    assert!(s.n >= 300, "batch G has only {} messages", s.n);
    assert!(
        ratio(s.answer_ok, s.human) >= 0.8,
        "batch G answer accuracy fell below 80%"
    );
    assert!(
        ratio(s.kind_ok, s.n) >= 0.95,
        "batch G kind accuracy below 95%"
    );
}
