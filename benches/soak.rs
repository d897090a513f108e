//! Soak test (opt-in, bounded): `rsvpd run` against its own stack for
//! `--minutes` (no default here: `scripts/soak.sh` passes 20) with a steady
//! stream of replies (one every `--reply-every-ms`, default 2000, each with
//! a unique Message-ID, from a pool of `--families`, default 300), while
//! Dovecot is stopped for `--dovecot-outage` s every `--dovecot-every` s
//! (defaults 10 and 240) and Postfix for `--postfix-outage` s every
//! `--postfix-every` s (defaults 5 and 360); while Postfix is down, replies
//! go straight into the host's INBOX (`doveadm save`), so confirmations
//! meet the stopped server and must be retried. At the end every service is
//! up again; the queue is left to drain, then it reports replies sent vs
//! recorded, duplicates, confirmations per reply, and RSS over time.
//!
//! Restarting servers disturbs everything else on the stack: run it only
//! on a stack of its own (scripts/soak.sh starts one).

mod common;

use std::collections::{HashMap, HashSet};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{Addresses, Party, REPLY_BODIES, Stack, reply_text, sample, smtp_send};

fn number(name: &str, default: u64) -> u64 {
    common::arg(name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn postfix(stack: &Stack, action: &str) -> Result<()> {
    let out = Command::new("postfix")
        .arg("-c")
        .arg(stack.dir.join("postfix"))
        .arg(action)
        .output()?;
    if !out.status.success() {
        bail!(
            "postfix {action}: {}",
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// `doveadm save`: `raw` into `user`'s INBOX; true if Dovecot took it.
fn save_to_inbox(stack: &Stack, user: &str, raw: &str) -> bool {
    use std::io::Write;
    let child = Command::new("doveadm")
        .arg("-c")
        .arg(stack.dir.join("dovecot/dovecot.conf"))
        .args(["save", "-u", user])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    let Ok(mut child) = child else { return false };
    let written = child
        .stdin
        .take()
        .is_some_and(|mut stdin| stdin.write_all(raw.as_bytes()).is_ok());
    child.wait().is_ok_and(|s| s.success()) && written
}

/// The `In-Reply-To` of every confirmation (`Auto-Submitted: auto-replied`)
/// in `address`'s INBOX.
fn confirmations_in(stack: &Stack, address: &str) -> Vec<String> {
    let mut out = Vec::new();
    for sub in ["new", "cur"] {
        let Ok(entries) = std::fs::read_dir(stack.maildir(address).join(sub)) else {
            continue;
        };
        for e in entries.flatten() {
            let Ok(bytes) = std::fs::read(e.path()) else {
                continue;
            };
            let text = String::from_utf8_lossy(&bytes);
            let head = text.split("\r\n\r\n").next().unwrap_or("");
            let head = head.split("\n\n").next().unwrap_or("");
            if !head.contains("Auto-Submitted: auto-replied") {
                continue;
            }
            let in_reply_to = head
                .lines()
                .find_map(|l| l.strip_prefix("In-Reply-To:"))
                .map(|v| v.trim().to_owned())
                .unwrap_or_default();
            out.push(in_reply_to);
        }
    }
    out
}

fn main() -> Result<()> {
    let Some(minutes) = common::arg("--minutes").and_then(|v| v.parse::<f64>().ok()) else {
        println!("soak: skipped: opt-in, run scripts/soak.sh (or pass --minutes N)");
        return Ok(());
    };
    let Some(stack) = Stack::from_env("soak")? else {
        return Ok(());
    };
    let duration = Duration::from_secs_f64(minutes * 60.0);
    let reply_every = Duration::from_millis(number("--reply-every-ms", 2000));
    let dovecot_every = Duration::from_secs(number("--dovecot-every", 240));
    let dovecot_outage = Duration::from_secs(number("--dovecot-outage", 10));
    let postfix_every = Duration::from_secs(number("--postfix-every", 360));
    let postfix_outage = Duration::from_secs(number("--postfix-outage", 5));
    let families = number("--families", 300) as usize;

    let mut party = Party::new(&stack, "soak", families, Addresses::PlusOfOneUser)?;
    // scripts/soak.sh --keep: leave the daemon's database and log for a look
    if std::env::var_os("RSVPD_BENCH_KEEP").is_some() {
        party.dir.disable_cleanup(true);
    }
    party.send_invitations()?;
    let invitations = party.invitations()?;
    let parents = party
        .families
        .first()
        .map(|a| a.replace("+f0@", "@"))
        .context("no families")?;
    let mut daemon = party.start_daemon("run.log")?;
    let pid = daemon.pid();
    println!(
        "soak: {minutes} min, {families} families, a reply every {reply_every:?}; Dovecot down {dovecot_outage:?} every {dovecot_every:?}, Postfix down {postfix_outage:?} every {postfix_every:?}; daemon pid {pid}, logs in {}",
        party.dir.path().display()
    );

    let nonce = std::process::id();
    let started = Instant::now();
    let mut accepted: Vec<String> = Vec::new();
    let mut pending: Option<(usize, String, String, String)> = None; // (family, to, id, raw)
    let mut next_reply = started;
    let mut k = 0usize;
    let mut retries = 0usize;
    let mut direct = 0usize;
    let mut next_dovecot = started + dovecot_every;
    let mut dovecot_back: Option<Instant> = None;
    let mut next_postfix = started + postfix_every;
    let mut postfix_back: Option<Instant> = None;
    let (mut dovecot_restarts, mut postfix_restarts) = (0, 0);
    let mut next_sample = started;
    let mut rss: Vec<(u64, u64)> = Vec::new(); // (seconds, kB)
    let mut events: Vec<String> = Vec::new();

    while started.elapsed() < duration || dovecot_back.is_some() || postfix_back.is_some() {
        let now = Instant::now();
        if !daemon.alive() {
            bail!(
                "the daemon died after {:.0} s (see {}/run.log)",
                started.elapsed().as_secs_f64(),
                party.dir.path().display()
            );
        }
        if now >= next_sample {
            // (a process that has not finished starting reports no memory yet)
            if let Some(s) = sample(pid).filter(|s| s.rss_kb > 1024) {
                rss.push((started.elapsed().as_secs(), s.rss_kb));
            }
            next_sample += Duration::from_secs(10);
        }
        let running = started.elapsed() < duration;
        if running && dovecot_back.is_none() && now >= next_dovecot {
            stack.ctl(&["dovecot-stop"])?;
            events.push(format!("{}s dovecot stop", started.elapsed().as_secs()));
            dovecot_back = Some(now + dovecot_outage);
            next_dovecot += dovecot_every;
        }
        if dovecot_back.is_some_and(|t| now >= t) {
            stack.ctl(&["dovecot-start"])?;
            events.push(format!("{}s dovecot start", started.elapsed().as_secs()));
            dovecot_back = None;
            dovecot_restarts += 1;
        }
        if running && postfix_back.is_none() && now >= next_postfix {
            postfix(&stack, "stop")?;
            events.push(format!("{}s postfix stop", started.elapsed().as_secs()));
            postfix_back = Some(now + postfix_outage);
            next_postfix += postfix_every;
        }
        if postfix_back.is_some_and(|t| now >= t) {
            postfix(&stack, "start")?;
            events.push(format!("{}s postfix start", started.elapsed().as_secs()));
            postfix_back = None;
            postfix_restarts += 1;
        }
        if running && pending.is_none() && now >= next_reply {
            let f = k % families;
            let (to, thread) = &invitations[f];
            let id = format!("soak-{k}-{nonce}@families.test");
            let body = REPLY_BODIES[k % REPLY_BODIES.len()];
            let raw = reply_text(&party.families[f], to, thread, &id, body);
            pending = Some((f, to.clone(), id, raw));
            k += 1;
            next_reply += reply_every;
        }
        // A reply the server did not take yet is offered again (same
        // Message-ID) until it is; it counts as sent once a 250 came back.
        // While Postfix is down the reply is put straight into the host's
        // INBOX (as a delivery agent would), so the daemon's confirmation
        // meets a stopped Postfix and has to be retried.
        if let Some((f, to, id, raw)) = &pending {
            let delivered = if postfix_back.is_some() {
                if dovecot_back.is_none() && save_to_inbox(&stack, &party.host, raw) {
                    direct += 1;
                    true
                } else {
                    false
                }
            } else {
                smtp_send(stack.smtp_port, &party.families[*f], to, raw).is_ok()
            };
            if delivered {
                accepted.push(id.clone());
                pending = None;
            } else {
                retries += 1;
            }
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let stream_ended = started.elapsed();
    println!(
        "soak: stream over after {:.0} s: {} replies delivered ({direct} of them straight into the INBOX while Postfix was down; {retries} refused attempts retried), {dovecot_restarts} Dovecot and {postfix_restarts} Postfix restarts",
        stream_ended.as_secs_f64(),
        accepted.len()
    );

    // Drain: every accepted reply recorded, nothing queued in rsvpd or Postfix.
    let db = party.db()?;
    let wanted: HashSet<&str> = accepted.iter().map(String::as_str).collect();
    let recorded_ids = |db: &rusqlite::Connection| -> Result<Vec<String>> {
        let mut stmt = db.prepare(
            "SELECT m.message_id FROM responses r JOIN inbound_messages m ON m.id = r.inbound_id",
        )?;
        let ids = stmt
            .query_map([], |r| r.get::<_, Option<String>>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(ids
            .into_iter()
            .flatten()
            .map(|id| id.trim_matches(['<', '>']).to_owned())
            .collect())
    };
    let mut last_note = Instant::now();
    let drain = common::wait_for(
        "every reply recorded and every queue empty",
        Duration::from_secs(600),
        Duration::from_millis(500),
        || {
            let ids = recorded_ids(&db)?;
            let got = ids.iter().filter(|i| wanted.contains(i.as_str())).count();
            let queued = party.count(&db, "SELECT count(*) FROM outbox WHERE state = 'queued'");
            let postfix = stack.queue_len()?;
            if last_note.elapsed() > Duration::from_secs(15) {
                println!(
                    "soak: draining: recorded {got}/{}, rsvpd outbox queued {queued}, Postfix queue {postfix}",
                    accepted.len()
                );
                last_note = Instant::now();
            }
            Ok(got >= accepted.len() && queued == 0 && postfix == 0)
        },
    );
    if let Some(s) = sample(pid) {
        rss.push((started.elapsed().as_secs(), s.rss_kb));
    }
    let cpu = sample(pid).map_or(0, |s| s.cpu_ticks);
    let (took, clean) = daemon.stop()?;

    let ids = recorded_ids(&db)?;
    let mut per_id: HashMap<&str, usize> = HashMap::new();
    for id in &ids {
        *per_id.entry(id.as_str()).or_default() += 1;
    }
    let recorded = per_id.keys().filter(|i| wanted.contains(*i)).count();
    let duplicate_responses = per_id.values().filter(|n| **n > 1).count();
    let duplicate_inbound = party.count(
        &db,
        "SELECT count(*) FROM (SELECT message_id FROM inbound_messages WHERE message_id IS NOT NULL GROUP BY message_id HAVING count(*) > 1)",
    );
    let confirmations_queued = party.count(
        &db,
        "SELECT count(*) FROM outbox WHERE kind = 'confirmation'",
    );
    let confirmations_sent = party.count(
        &db,
        "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND state = 'sent'",
    );
    let delivered = confirmations_in(&stack, &parents);
    let mut per_reply: HashMap<&str, usize> = HashMap::new();
    for irt in &delivered {
        *per_reply.entry(irt.as_str()).or_default() += 1;
    }
    let doubled: Vec<(&str, usize)> = per_reply
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(k, n)| (*k, *n))
        .collect();
    let log = std::fs::read_to_string(party.dir.path().join("run.log")).unwrap_or_default();
    let warnings = log.lines().filter(|l| l.contains("\"WARN\"")).count();
    let errors = log.lines().filter(|l| l.contains("\"ERROR\"")).count();

    let minute_marks: Vec<String> = rss
        .iter()
        .filter(|(s, _)| s % 60 < 10)
        .map(|(s, kb)| format!("{}m:{:.1}", s / 60, *kb as f64 / 1024.0))
        .collect();
    let max_rss = rss.iter().map(|(_, kb)| *kb).max().unwrap_or(0);
    println!("soak: events: {}", events.join(", "));
    println!("soak: RSS over time (MB): {}", minute_marks.join(" "));
    println!(
        "soak: replies sent {}, recorded {recorded}; same Message-ID recorded twice: {duplicate_inbound} (inbound), {duplicate_responses} (responses)",
        accepted.len()
    );
    println!(
        "soak: confirmations queued {confirmations_queued}, sent {confirmations_sent}, in the parents' mailbox {}; replies with more than one confirmation: {}{}",
        delivered.len(),
        doubled.len(),
        if doubled.is_empty() {
            String::new()
        } else {
            format!(" {doubled:?}")
        }
    );
    println!(
        "soak: max RSS {:.1} MB; CPU {:.1} s over {:.0} s; daemon log: {warnings} warnings, {errors} errors; drained {}; stopped in {:.2} s, exit {}",
        max_rss as f64 / 1024.0,
        cpu as f64 / common::clock_ticks() as f64,
        started.elapsed().as_secs_f64(),
        match &drain {
            Ok(d) => format!("{:.1} s after the stream", d.as_secs_f64()),
            Err(e) => format!("NOT: {e}"),
        },
        took.as_secs_f64(),
        if clean { "0" } else { "non-zero" }
    );
    common::result("soak", "replies sent", accepted.len(), "");
    common::result(
        "soak",
        "replies recorded",
        recorded,
        &accepted.len().to_string(),
    );
    common::result("soak", "duplicate replies", duplicate_responses, "0");
    common::result("soak", "replies confirmed twice", doubled.len(), "0");
    common::result(
        "soak",
        "max RSS (MB)",
        format!("{:.1}", max_rss as f64 / 1024.0),
        "",
    );
    if recorded != accepted.len() || duplicate_responses > 0 || !doubled.is_empty() || !clean {
        bail!("the soak found lost or doubled work (see above)");
    }
    drain.map(|_| ())
}
