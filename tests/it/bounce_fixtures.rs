//! The project's own bounce fixtures (tests/bounces/FAMILY/*.eml, ground
//! truth in labels.tsv): every one must be read as a bounce (or a delay,
//! or an auto-reply saying the address is gone) and give the address that
//! failed, or at least the invitation it belongs to. Prints the rates per
//! mail-server family.

use std::collections::BTreeMap;
use std::path::Path;

use rsvpd::reply::{Kind, understand};
use rsvpd::{compose, matching};

/// The reply-address pattern of the fixtures' host.
const PATTERN: &str = "dana+rsvp-{token}@example.org";

/// Whether the daemon can tie `raw` to its invitation without the failed
/// address: a reply token in its recipients or thread, an rsvpd
/// Message-ID or a reply address anywhere in it (the returned original too).
fn tied(raw: &[u8], text: &str, tokens: &[String]) -> bool {
    let envelope = matching::read_envelope(raw);
    !tokens.is_empty()
        || !matching::tokens_in_recipients(&envelope, PATTERN).is_empty()
        || !matching::tokens_in_thread(&envelope).is_empty()
        || rsvpd::reply::bounce::addresses_in(text)
            .iter()
            .any(|a| compose::token_from_address(PATTERN, a).is_some())
}

#[derive(Default)]
struct Family {
    n: usize,
    recognised: usize,
    address: usize,
    tied: usize,
    address_or_tied: usize,
}

/// Addresses of a fixture's From/To/Cc/Reply-To lines other than `failed`.
fn others_named(text: &str, failed: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.lines() {
        let lower = line.to_ascii_lowercase();
        if !["from:", "to:", "cc:", "reply-to:"]
            .iter()
            .any(|h| lower.starts_with(h))
        {
            continue;
        }
        for word in
            lower.split(|c: char| c == '<' || c == '>' || c == ',' || c == '"' || c.is_whitespace())
        {
            if word.contains('@') && word != failed {
                out.push(word.to_string());
            }
        }
    }
    out
}

#[test]
fn bounce_fixtures_are_recognised_with_their_failed_address_per_family() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bounces");
    let labels = std::fs::read_to_string(dir.join("labels.tsv")).expect("tests/bounces/labels.tsv");
    let mut families: BTreeMap<String, Family> = BTreeMap::new();
    let mut misses = Vec::new();
    for line in labels.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (file, kind, failed) = (cols[0], cols[1], cols[2]);
        let raw = std::fs::read(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"));
        let u = understand(&raw, &[]);
        let family = file.split('/').next().unwrap_or_default().to_string();
        let f = families.entry(family).or_default();
        f.n += 1;
        let bounce = u.bounce.as_ref();
        let recognised = match kind {
            "delay" => {
                u.kind == Kind::Bounce
                    && u.bounced.is_empty()
                    && bounce.is_some_and(|b| b.temporary)
            }
            // An auto-reply saying its address is gone stays an auto-reply
            // that names its sender as failed.
            "gone" => u.kind == Kind::AutoReply && !u.bounced.is_empty(),
            _ => u.kind == Kind::Bounce && bounce.is_some_and(|b| !b.temporary),
        };
        let got: Vec<&String> = if kind == "delay" {
            u.delayed.iter().collect()
        } else {
            u.bounced.iter().collect()
        };
        // The failed address first; a forward target may follow, but never
        // the host or another recipient of the original.
        let text = String::from_utf8_lossy(&raw);
        let others = others_named(&text, failed);
        let address = failed != "-"
            && got.first().is_some_and(|a| *a == failed)
            && !got.iter().any(|a| others.contains(a));
        let tied = tied(&raw, &text, bounce.map_or(&[][..], |b| &b.tokens));
        f.recognised += usize::from(recognised);
        f.address += usize::from(address);
        f.tied += usize::from(tied);
        f.address_or_tied += usize::from(recognised && (address || tied));
        if !recognised || (failed != "-" && !address) || (failed == "-" && !got.is_empty()) {
            misses.push(format!(
                "MISS {file}: expected {kind} {failed}, got {:?} bounced {:?} delayed {:?} evidence {:?}",
                u.kind, u.bounced, u.delayed, u.evidence
            ));
        }
    }
    let mut total = Family::default();
    for (name, f) in &families {
        println!(
            "{name:<10} n={:<3} recognised {}/{}  failed address {}/{}  tied to the invitation {}/{}",
            f.n, f.recognised, f.n, f.address, f.n, f.tied, f.n
        );
        total.n += f.n;
        total.recognised += f.recognised;
        total.address += f.address;
        total.tied += f.tied;
        total.address_or_tied += f.address_or_tied;
    }
    println!(
        "all        n={:<3} recognised {}/{}  failed address {}/{}  tied {}/{}  address or tied {}/{}",
        total.n,
        total.recognised,
        total.n,
        total.address,
        total.n,
        total.tied,
        total.n,
        total.address_or_tied,
        total.n
    );
    for m in &misses {
        println!("{m}");
    }
    assert!(
        families.len() >= 12,
        "expected fixtures from at least 12 families"
    );
    assert!(misses.is_empty(), "{} fixtures missed", misses.len());
}
