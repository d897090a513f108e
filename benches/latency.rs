//! Benchmark: reply latency. With `rsvpd run` in IMAP IDLE, N replies
//! (default 200) are delivered one at a time over plain SMTP to the host's
//! reply addresses; each is timed from the server's final 250 to the
//! response row's `recorded_at` (same wall clock), and, as a cross-check,
//! to the moment a read-only poll (every 5 ms) sees the committed row.

mod common;

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{Addresses, Party, REPLY_BODIES, Stack, quantile, reply_text, result, smtp_send};

fn main() -> Result<()> {
    let Some(stack) = Stack::from_env("latency")? else {
        return Ok(());
    };
    let n: usize = common::arg("--replies")
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let families = n.min(200);
    let party = Party::new(&stack, "latency", families, Addresses::PlusOfOneUser)?;
    party.send_invitations()?;
    let invitations = party.invitations()?;
    println!("latency: {families} families (plus-addresses of one parent mailbox), invited");

    let daemon = party.start_daemon("run.log")?;
    let db = party.db()?;
    let nonce = std::process::id();
    let recorded = |id: &str| -> Result<Option<String>> {
        let mut stmt = db.prepare_cached(
            "SELECT r.recorded_at FROM responses r JOIN inbound_messages m ON m.id = r.inbound_id
             WHERE m.message_id = ?1 OR m.message_id = ?2",
        )?;
        let mut rows = stmt.query([id.to_owned(), format!("<{id}>")])?;
        Ok(match rows.next()? {
            Some(row) => Some(row.get(0)?),
            None => None,
        })
    };
    let deliver = |i: usize| -> Result<(String, chrono::DateTime<chrono::Utc>)> {
        let f = i % families;
        let (reply_to, thread) = &invitations[f];
        let id = format!("lat-{i}-{nonce}@families.test");
        let raw = reply_text(
            &party.families[f],
            reply_to,
            thread,
            &id,
            REPLY_BODIES[i % REPLY_BODIES.len()],
        );
        let at = smtp_send(stack.smtp_port, &party.families[f], reply_to, &raw)?;
        Ok((id, at))
    };

    // Warm-up: the daemon has logged in, caught up and is in IDLE once this is recorded.
    let (warm, _) = deliver(n)?;
    common::wait_for(
        "the warm-up reply",
        Duration::from_secs(60),
        Duration::from_millis(20),
        || Ok(recorded(&warm)?.is_some()),
    )
    .context("daemon never recorded the first reply (see run.log)")?;
    std::thread::sleep(Duration::from_millis(300));

    let mut by_commit = Vec::with_capacity(n);
    let mut by_poll = Vec::with_capacity(n);
    for i in 0..n {
        let (id, accepted) = deliver(i)?;
        let deadline = Instant::now() + Duration::from_secs(30);
        let stamp = loop {
            if let Some(stamp) = recorded(&id)? {
                break stamp;
            }
            if Instant::now() > deadline {
                bail!("reply {i} ({id}) not recorded within 30 s");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        let seen = common::wall_now();
        let committed = common::parse_time(&stamp).context("recorded_at")?;
        by_commit.push((committed - accepted).num_milliseconds() as f64);
        by_poll.push((seen - accepted).num_milliseconds() as f64);
    }
    let (took, clean) = daemon.stop()?;

    let report = |what: &str, v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        let (med, p95, max) = (quantile(v, 0.5), quantile(v, 0.95), quantile(v, 1.0));
        println!(
            "latency: {what}: median {med:.0} ms, p95 {p95:.0} ms, max {max:.0} ms, min {:.0} ms",
            quantile(v, 0.0)
        );
        (med, p95, max)
    };
    let (med, p95, max) = report("250 -> recorded_at", &mut by_commit);
    let (pmed, pp95, pmax) = report("250 -> row visible (5 ms poll)", &mut by_poll);
    println!(
        "latency: daemon stopped in {:.2} s, exit {}",
        took.as_secs_f64(),
        if clean { "0" } else { "non-zero" }
    );
    result("latency", "replies", n, "");
    result(
        "latency",
        "median 250->recorded (ms)",
        format!("{med:.0}"),
        "< 600",
    );
    result(
        "latency",
        "p95 250->recorded (ms)",
        format!("{p95:.0}"),
        "< 1000",
    );
    result("latency", "max 250->recorded (ms)", format!("{max:.0}"), "");
    result(
        "latency",
        "median/p95/max 250->visible (ms)",
        format!("{pmed:.0}/{pp95:.0}/{pmax:.0}"),
        "",
    );
    Ok(())
}
