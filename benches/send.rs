//! Benchmark: `rsvpd send` of N invitations (default 500) through the
//! stack's submission port (STARTTLS + AUTH): wall time, messages/s, peak
//! RSS of the rsvpd process; then checks that every family's own mailbox
//! holds its invitation and Postfix's queue is empty.
//!
//! `--shared-mailbox`: families are plus-addresses of one user, so a large
//! run (30,000) spends its time sending, not creating mailboxes; the check
//! is then that the one mailbox holds exactly N messages.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use common::{Addresses, Party, Stack, result, rsvpd_bin, wait_for};

fn main() -> Result<()> {
    let Some(stack) = Stack::from_env("send")? else {
        return Ok(());
    };
    let n: usize = common::arg("--families")
        .and_then(|v| v.parse().ok())
        .unwrap_or(500);
    let shared = std::env::args().any(|a| a == "--shared-mailbox");
    let setup = Instant::now();
    let addresses = if shared {
        Addresses::PlusOfOneUser
    } else {
        Addresses::FreshUsers
    };
    let party = Party::new(&stack, "send", n, addresses)?;
    println!(
        "send: {n} families, {} (set up in {:.1} s)",
        if shared {
            "plus-addresses of one mailbox"
        } else {
            "one fresh mailbox each"
        },
        setup.elapsed().as_secs_f64()
    );
    // The mailboxes to check and how many invitations each must hold.
    let mailboxes: Vec<(String, usize)> = if shared {
        let first = party.families.first().cloned().unwrap_or_default();
        let (local, domain) = first.split_once('@').unwrap_or_default();
        let user = local.split_once('+').map_or(local, |(u, _)| u);
        vec![(format!("{user}@{domain}"), n)]
    } else {
        party.families.iter().map(|a| (a.clone(), 1)).collect()
    };

    let time_file = party.dir.path().join("time.txt");
    let log = std::fs::File::create(party.dir.path().join("send.log"))?;
    let started = Instant::now();
    let status = std::process::Command::new("/usr/bin/time")
        .arg("-v")
        .arg("-o")
        .arg(&time_file)
        .arg(rsvpd_bin())
        .arg("send")
        .arg("-c")
        .arg(party.config())
        .env(common::PASSWORD_ENV, &party.host_password)
        .env_remove("RSVPD_CONFIG")
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .status()?;
    let wall = started.elapsed();
    if !status.success() {
        bail!(
            "rsvpd send failed ({status}); log: {}",
            party.dir.path().join("send.log").display()
        );
    }
    let time_text = std::fs::read_to_string(&time_file)?;
    let peak_kb: u64 = time_text
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);

    let db = party.db()?;
    let sent = party.count(
        &db,
        "SELECT count(*) FROM outbox WHERE kind = 'invitation' AND state = 'sent'",
    );
    let not_sent = party.count(&db, "SELECT count(*) FROM outbox WHERE state <> 'sent'");
    // Where the time went: composing + queueing, then SMTP delivery.
    let (q0, q1, s0, s1): (String, String, String, String) = db.query_row(
        "SELECT min(created_at), max(created_at), min(sent_at), max(sent_at) FROM outbox",
        [],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let span = |a: &str, b: &str| match (common::parse_time(a), common::parse_time(b)) {
        (Some(a), Some(b)) => (b - a).num_milliseconds() as f64 / 1000.0,
        _ => f64::NAN,
    };
    println!(
        "send: queued {n} in {:.2} s (first to last created_at), delivered in {:.2} s (first to last sent_at)",
        span(&q0, &q1),
        span(&s0, &s1)
    );

    // Delivered: each mailbox holds exactly its invitations and the queue drains.
    let drained = wait_for(
        "every invitation in its family's mailbox",
        Duration::from_secs(600),
        Duration::from_millis(200),
        || Ok(mailboxes.iter().all(|(a, k)| stack.inbox_count(a) >= *k)),
    );
    // Each Maildir is read once: (found, expected) per mailbox.
    let counts: Vec<(usize, usize)> = mailboxes
        .iter()
        .map(|(a, k)| (stack.inbox_count(a), *k))
        .collect();
    let delivered: usize = counts.iter().map(|&(found, k)| found.min(k)).sum();
    let exactly = counts.iter().all(|&(found, k)| found == k);
    let queue = wait_for(
        "an empty Postfix queue",
        Duration::from_secs(60),
        Duration::from_millis(500),
        || Ok(stack.queue_len()? == 0),
    )
    .is_ok();

    let secs = wall.as_secs_f64();
    println!(
        "send: rsvpd send took {secs:.2} s for {n} invitations: {:.1} msg/s, peak RSS {:.1} MB",
        n as f64 / secs,
        peak_kb as f64 / 1024.0
    );
    println!(
        "send: outbox sent {sent}, not sent {not_sent}; invitations delivered: {delivered}/{n} (none twice: {exactly}); queue empty: {queue}; delivery finished {:.1} s after send exited",
        drained
            .as_ref()
            .map(|d| d.as_secs_f64())
            .unwrap_or(f64::NAN)
    );
    result("send", "invitations", n, "");
    result("send", "wall time (s)", format!("{secs:.2}"), "");
    result("send", "messages/s", format!("{:.1}", n as f64 / secs), "");
    result(
        "send",
        "peak RSS (MB)",
        format!("{:.1}", peak_kb as f64 / 1024.0),
        "",
    );
    result(
        "send",
        "delivered (each once)",
        format!("{delivered}/{n}"),
        &format!("{n}/{n}"),
    );
    result("send", "queue empty", queue, "true");
    drained?;
    if sent != n as i64 || delivered != n || !exactly || !queue {
        bail!("not every invitation was delivered exactly once");
    }
    Ok(())
}
