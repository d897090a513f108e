//! Reply-understanding throughput and worst cases, measured with
//! `std::time::Instant` (no harness): `cargo bench --bench reply`.
//!
//! Prints replies per second on one core over the reply corpus (or a small
//! built-in set when the corpus is absent), then the time of each
//! pathological input; each should stay under 100 ms in a release build.

use std::path::Path;
use std::time::{Duration, Instant};

use rsvpd::reply::understand;

fn corpus() -> Vec<Vec<u8>> {
    // RSVPD_BENCH_CORPUS points at another folder of .eml files.
    let dir = std::env::var_os("RSVPD_BENCH_CORPUS")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"));
    let mut out = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for e in entries.flatten() {
            if e.path().extension().is_some_and(|x| x == "eml")
                && let Ok(raw) = std::fs::read(e.path())
            {
                out.push(raw);
            }
        }
    }
    if out.is_empty() {
        for body in [
            "Yes, we'll be there!",
            "Sorry, we can't make it - we're away that weekend.",
            "Maybe, depends on his football match.",
            "What time does it finish?",
            "Oui, nous serons trois : Léa, son frère et moi.",
            "Leider nein, wir sind im Urlaub.",
        ] {
            out.push(
                format!(
                    "From: parent@example.com\r\nTo: host@example.org\r\nSubject: Re: You're invited\r\nIn-Reply-To: <inv@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n\r\nOn Sat, 3 May 2025 at 10:00, Host <host@example.org> wrote:\r\n> Please reply yes, no or maybe.\r\n> No gifts please!\r\n"
                )
                .into_bytes(),
            );
        }
    }
    out.sort();
    out
}

fn nested_mime(levels: usize) -> Vec<u8> {
    let mut s = String::from("From: a@example.com\r\nSubject: deep\r\n");
    for i in 0..levels {
        s.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    s.push_str("Content-Type: text/plain\r\n\r\nyes\r\n");
    for i in (0..levels).rev() {
        s.push_str(&format!("--b{i}--\r\n"));
    }
    s.into_bytes()
}

fn pathological() -> Vec<(&'static str, Vec<u8>)> {
    let header = "From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/plain\r\n\r\n";
    let mut big = format!("{header}Yes we'll come!\r\n").into_bytes();
    while big.len() < 10 * 1024 * 1024 {
        big.extend_from_slice(b"lorem ipsum dolor sit amet, consectetur adipiscing elit\r\n");
    }
    let mut quoted = format!("{header}No sorry\r\n").into_bytes();
    for _ in 0..100_000 {
        quoted.extend_from_slice(b"> yes yes we'll be there, can't wait\r\n");
    }
    let mut one_line = header.as_bytes().to_vec();
    one_line.extend(std::iter::repeat_n(b"yes no maybe, ".as_slice(), 200_000).flatten());
    let html = format!(
        "From: a@example.com\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n{}",
        "<div><blockquote><table><tr><td>".repeat(20_000)
    );
    let charset = b"From: a@example.com\r\nSubject: =?x-unknown?Q?=FF=FE?=\r\nContent-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nyes =FF=FE=FD =C3=28 \xff\xfe\r\n".to_vec();
    let full = b"From: a@example.com\r\nSubject: Re: party\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nWWVzLCB3ZSdsbCBjb21lIQ==\r\n--zz\r\nContent-Type: text/html\r\n\r\n<div>Yes, we'll come!</div>\r\n--zz--\r\n";
    vec![
        ("nested MIME, 1,000 levels", nested_mime(1000)),
        ("nested MIME, 99 levels", nested_mime(99)),
        ("10 MB body", big),
        ("100,000 quoted lines", quoted),
        ("one 2.8 MB line of cue words", one_line),
        ("HTML, 20,000 unclosed nested tags", html.into_bytes()),
        ("invalid charset and bytes", charset),
        ("truncated multipart", full[..full.len() / 2].to_vec()),
    ]
}

/// Time per stage over the same messages: where a reply's microseconds go.
fn stages(messages: &[Vec<u8>]) {
    use rsvpd::reply::{classify, cues::CUES, extract, parse};
    let rounds = 20;
    let t = Instant::now();
    let mut parsed = Vec::new();
    for _ in 0..rounds {
        parsed = messages
            .iter()
            .filter_map(|m| parse::parse(m).ok())
            .collect::<Vec<_>>();
    }
    let parse_us = t.elapsed().as_secs_f64() * 1e6 / (rounds * messages.len()) as f64;
    let bodies: Vec<String> = parsed
        .iter()
        .map(|p| match (&p.text, &p.html) {
            (Some(t), _) => t.clone(),
            (None, Some(h)) => extract::html_to_text(h).unwrap_or_default(),
            _ => String::new(),
        })
        .collect();
    let sent = extract::SentText::default();
    let t = Instant::now();
    let mut fresh = Vec::new();
    for _ in 0..rounds {
        fresh = bodies
            .iter()
            .map(|b| extract::fresh_text(b, &sent, &CUES))
            .collect::<Vec<_>>();
    }
    let fresh_us = t.elapsed().as_secs_f64() * 1e6 / (rounds * messages.len()) as f64;
    let t = Instant::now();
    for _ in 0..rounds {
        for f in &fresh {
            std::hint::black_box(classify::classify(&f.text, &CUES));
        }
    }
    let classify_us = t.elapsed().as_secs_f64() * 1e6 / (rounds * messages.len()) as f64;
    println!(
        "stages (µs per message): parse {parse_us:.1}, fresh text {fresh_us:.1}, classify {classify_us:.1}"
    );
}

fn main() {
    // `cargo test --all-targets` runs this binary without `--bench`: then
    // only check that every input gives a value, quickly.
    if !std::env::args().any(|a| a == "--bench") {
        for m in corpus()
            .iter()
            .chain(pathological().iter().map(|(_, raw)| raw))
        {
            std::hint::black_box(understand(m, &[]));
        }
        println!("smoke run only; `cargo bench --bench reply` measures");
        return;
    }
    // First use compiles the cue data; keep it out of the measurement.
    let start = Instant::now();
    let _ = understand(b"Subject: warm-up\r\n\r\nyes\r\n", &[]);
    println!(
        "cue data compiled in {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );

    let messages = corpus();
    let bytes: usize = messages.iter().map(Vec::len).sum();
    let mut n = 0usize;
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(3) {
        for m in &messages {
            std::hint::black_box(understand(std::hint::black_box(m), &[]));
            n += 1;
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "throughput: {:.0} replies/s on one core ({} messages, {:.1} KiB mean, {n} runs in {secs:.2} s){}",
        n as f64 / secs,
        messages.len(),
        bytes as f64 / messages.len().max(1) as f64 / 1024.0,
        if n as f64 / secs >= 20_000.0 {
            ""
        } else {
            "  BELOW TARGET 20,000/s"
        }
    );

    stages(&messages);

    for (name, raw) in pathological() {
        let mut times = Vec::new();
        for _ in 0..3 {
            let t = Instant::now();
            std::hint::black_box(understand(&raw, &[]));
            times.push(t.elapsed());
        }
        times.sort();
        let median = times[1];
        println!(
            "pathological: {name:<36} {:>8.2} ms ({:.1} MiB){}",
            median.as_secs_f64() * 1e3,
            raw.len() as f64 / (1024.0 * 1024.0),
            if median < Duration::from_millis(100) {
                ""
            } else {
                "  OVER 100 ms"
            }
        );
    }
}
