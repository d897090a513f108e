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
}

fn read_labels(dir: &Path) -> Option<Vec<Row>> {
    let text = std::fs::read_to_string(dir.join("labels.tsv")).ok()?;
    let mut rows = Vec::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 4 {
            continue;
        }
        rows.push(Row {
            file: cols[0].to_string(),
            kind: cols[1].to_string(),
            answer: cols[2].to_string(),
            guests: cols[3].trim().parse().ok(),
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
}

fn score(dir: &Path) -> Option<Score> {
    let rows = read_labels(dir)?;
    let mut s = Score {
        n: 0,
        kind_ok: 0,
        human: 0,
        answer_ok: 0,
        with_guests: 0,
        guests_ok: 0,
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
            if answer == row.answer {
                s.answer_ok += 1;
            } else {
                miss.push("answer");
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
        if !miss.is_empty() {
            println!(
                "MISS {} [{}] expected {}/{}/{} got {}/{}/{} evidence {:?}",
                row.file,
                miss.join(","),
                row.kind,
                row.answer,
                row.guests.map_or("-".to_string(), |g| g.to_string()),
                kind,
                answer,
                u.guests.map_or("-".to_string(), |g| g.to_string()),
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
}

#[test]
fn project_corpus_meets_accuracy_targets() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let s = score(&dir).unwrap_or_else(|| {
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
}

#[test]
fn shared_sample_score_is_reported() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus-sample");
    if !dir.join("labels.tsv").is_file() {
        println!("skipping: {} is absent", dir.display());
        return;
    }
    let Some(s) = score(&dir) else {
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
