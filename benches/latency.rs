//! Benchmark: reply latency. With `rsvpd run` in IMAP IDLE, N replies
//! (default 200) are delivered one at a time over plain SMTP to the host's
//! reply addresses; each is timed from the server's final 250 to the
//! response row's `recorded_at` (same wall clock), and, as a cross-check,
//! to the moment a read-only poll (every 5 ms) sees the committed row.
//!
//!   cargo bench --bench latency -- [--replies N] [--workers W] [--postgres]
//!
//! `--postgres` puts the store on the `scripts/pgstack` server that
//! `RSVPD_PGSTACK` names, and `--workers W` runs W `rsvpd run` workers on
//! it (each with its own state folder): one of them holds the inbox
//! watcher's lease and records the replies.

mod common;

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{
    Addresses, Daemon, Layout, Party, Pg, REPLY_BODIES, Stack, quantile, reply_text, result,
    smtp_send,
};

fn main() -> Result<()> {
    let Some(stack) = Stack::from_env("latency")? else {
        return Ok(());
    };
    let n: usize = common::arg("--replies")
        .and_then(|v| v.parse().ok())
        .unwrap_or(200);
    let workers: usize = common::arg("--workers")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1);
    let pg = Pg::from_args(workers)?;
    let store = if pg.is_some() { "PostgreSQL" } else { "SQLite" };
    let families = n.min(200);
    let layout = Layout {
        parties: 1,
        pg: pg.as_ref(),
        workers,
    };
    let party = Party::with_layout(
        &stack,
        "latency",
        families,
        Addresses::PlusOfOneUser,
        layout,
    )?;
    party.send_invitations()?;
    let invitations = party.invitations()?;
    println!(
        "latency: {families} families (plus-addresses of one parent mailbox), invited; {store}, {workers} worker(s)"
    );

    let daemons = (0..workers.max(1))
        .map(|k| party.start_worker(k, &format!("run-{k}.log")))
        .collect::<Result<Vec<Daemon>>>()?;
    let nonce = std::process::id();
    // Message-IDs are the benchmark's own: safe to put in the query.
    let recorded = |id: &str| -> Result<Option<String>> {
        let rows = party.store.rows(&format!(
            "SELECT r.recorded_at FROM responses r JOIN inbound_messages m ON m.id = r.inbound_id
             WHERE m.message_id IN ('{id}', '<{id}>')"
        ))?;
        Ok(rows.into_iter().next().and_then(|r| r.into_iter().next()))
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
    let mut stops = Vec::new();
    for daemon in daemons {
        stops.push(daemon.stop()?);
    }
    let took = stops.iter().map(|s| s.0).max().unwrap_or_default();
    let clean = stops.iter().all(|s| s.1);

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
        "latency: daemons stopped in {:.2} s, exit {}",
        took.as_secs_f64(),
        if clean { "0" } else { "non-zero" }
    );
    let label = if pg.is_some() {
        format!("{store} {workers}w ")
    } else {
        String::new()
    };
    result("latency", &format!("{label}replies"), n, "");
    result(
        "latency",
        &format!("{label}median 250->recorded (ms)"),
        format!("{med:.0}"),
        "< 600",
    );
    result(
        "latency",
        &format!("{label}p95 250->recorded (ms)"),
        format!("{p95:.0}"),
        "< 1000",
    );
    result(
        "latency",
        &format!("{label}max 250->recorded (ms)"),
        format!("{max:.0}"),
        "",
    );
    result(
        "latency",
        &format!("{label}median/p95/max 250->visible (ms)"),
        format!("{pmed:.0}/{pp95:.0}/{pmax:.0}"),
        "",
    );
    Ok(())
}
