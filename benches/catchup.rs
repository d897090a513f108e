//! Benchmark: catch-up rate. N messages (default 5,000) already sit in the
//! host's INBOX when `rsvpd run` starts: half are replies to invitations
//! (unique Message-IDs, a few out-of-office auto-replies among them), half
//! unrelated mail. Times the daemon from spawn until every message is
//! recorded in `inbound_messages`, and the recording rate itself
//! (first to last `recorded_at`).
//!
//! The messages are written straight into the host's Maildir (`new/`, as
//! the `mail` user, the way a local delivery agent would) and Dovecot is
//! asked to index them before the daemon starts, so that the figure is
//! the daemon's, not the injection's.

mod common;

use std::io::Write;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{Addresses, Party, REPLY_BODIES, Stack, reply_text, result, sample};

const MAIL_UID: u32 = 8; // Debian's `mail` user, which owns the stack's Maildirs

fn unrelated(i: usize, host: &str) -> String {
    format!(
        "From: School newsletter <news{}@example.org>\r\nTo: <{host}>\r\nSubject: Weekly news #{i}\r\nMessage-ID: <news-{i}-{}@example.org>\r\nDate: {}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear parents,\r\n\r\nThis week the class visited the museum and planted tulips.\r\nPlease remember to bring gym clothes on Tuesday.\r\n\r\nKind regards,\r\nThe school office\r\n",
        i % 7,
        std::process::id(),
        common::wall_now().to_rfc2822()
    )
}

fn auto_reply(i: usize, from: &str, to: &str) -> String {
    format!(
        "From: <{from}>\r\nTo: <{to}>\r\nSubject: Automatic reply: Class party\r\nMessage-ID: <ooo-{i}-{}@families.test>\r\nAuto-Submitted: auto-replied\r\nDate: {}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nI am out of the office until Monday with limited access to email.\r\n",
        std::process::id(),
        common::wall_now().to_rfc2822()
    )
}

fn main() -> Result<()> {
    let Some(stack) = Stack::from_env("catchup")? else {
        return Ok(());
    };
    let n: usize = common::arg("--messages")
        .and_then(|v| v.parse().ok())
        .unwrap_or(5000);
    let party = Party::new(&stack, "catchup", 100, Addresses::PlusOfOneUser)?;
    party.send_invitations()?;
    let invitations = party.invitations()?;

    // Make sure the host's Maildir exists, then fill INBOX/new.
    let doveconf = stack.dir.join("dovecot/dovecot.conf");
    let doveadm = |args: &[&str]| -> Result<String> {
        let out = std::process::Command::new("doveadm")
            .arg("-c")
            .arg(&doveconf)
            .args(args)
            .output()?;
        if !out.status.success() {
            bail!("doveadm {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    doveadm(&["mailbox", "status", "-u", &party.host, "messages", "INBOX"])?;
    let maildir = stack.maildir(&party.host);
    let (tmp, new) = (maildir.join("tmp"), maildir.join("new"));
    let injected = Instant::now();
    let nonce = std::process::id();
    let (mut replies, mut autos, mut others) = (0usize, 0usize, 0usize);
    for i in 0..n {
        let raw = if i % 2 == 0 {
            let f = (i / 2) % invitations.len();
            let (reply_to, thread) = &invitations[f];
            if i % 100 == 0 {
                autos += 1;
                auto_reply(i, &party.families[f], reply_to)
            } else {
                replies += 1;
                let id = format!("cu-{i}-{nonce}@families.test");
                reply_text(
                    &party.families[f],
                    reply_to,
                    thread,
                    &id,
                    REPLY_BODIES[i % REPLY_BODIES.len()],
                )
            }
        } else {
            others += 1;
            unrelated(i, &party.host)
        };
        let name = format!("{}.M{i}P{nonce}.bench", 1_700_000_000 + i);
        let path = tmp.join(&name);
        let mut file = std::fs::File::create(&path)?;
        file.write_all(raw.as_bytes())?;
        drop(file);
        std::os::unix::fs::chown(&path, Some(MAIL_UID), Some(MAIL_UID))?;
        std::fs::rename(&path, new.join(&name))?;
    }
    let status = doveadm(&["mailbox", "status", "-u", &party.host, "messages", "INBOX"])?;
    println!(
        "catchup: {n} messages in INBOX ({replies} replies, {autos} auto-replies, {others} unrelated), written and indexed in {:.1} s; dovecot says {}",
        injected.elapsed().as_secs_f64(),
        status.trim()
    );

    let daemon = party.start_daemon("run.log")?;
    let pid = daemon.pid();
    let db_path = party.dir.path().join("state/rsvpd.sqlite3");
    let count = |sql: &str| -> i64 { party.db().ok().map_or(-1, |db| party.count(&db, sql)) };
    let mut peak_kb = 0;
    let elapsed = common::wait_for(
        "every message recorded",
        Duration::from_secs(600),
        Duration::from_millis(20),
        || {
            if let Some(s) = sample(pid) {
                peak_kb = peak_kb.max(s.hwm_kb);
            }
            Ok(db_path.exists() && count("SELECT count(*) FROM inbound_messages") >= n as i64)
        },
    )
    .context("catch-up did not finish (see run.log)")?;
    let cpu = sample(pid).map_or(0, |s| s.cpu_ticks);
    let db = party.db()?;
    let (first, last): (String, String) = db.query_row(
        "SELECT min(recorded_at), max(recorded_at) FROM inbound_messages",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let span = match (common::parse_time(&first), common::parse_time(&last)) {
        (Some(a), Some(b)) => (b - a).num_milliseconds() as f64 / 1000.0,
        _ => f64::NAN,
    };
    let responses = party.count(&db, "SELECT count(*) FROM responses");
    let kinds: Vec<(String, i64)> = db
        .prepare("SELECT kind, count(*) FROM inbound_messages GROUP BY kind ORDER BY kind")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let (took, clean) = daemon.stop()?;

    let total = elapsed.as_secs_f64();
    println!(
        "catchup: all {n} recorded {total:.2} s after spawn: {:.0} msg/s end to end; first to last recorded_at {span:.2} s: {:.0} msg/s",
        n as f64 / total,
        n as f64 / span
    );
    println!(
        "catchup: kinds {kinds:?}; responses {responses} (replies injected {replies}); peak RSS {:.1} MB; CPU {:.1} s; stopped in {:.2} s, exit {}",
        peak_kb as f64 / 1024.0,
        cpu as f64 / common::clock_ticks() as f64,
        took.as_secs_f64(),
        if clean { "0" } else { "non-zero" }
    );
    result("catchup", "messages", n, "");
    result(
        "catchup",
        "spawn -> all recorded (s)",
        format!("{total:.2}"),
        "",
    );
    result(
        "catchup",
        "msg/s (spawn -> all recorded)",
        format!("{:.0}", n as f64 / total),
        ">= 1000",
    );
    result(
        "catchup",
        "msg/s (first -> last recorded_at)",
        format!("{:.0}", n as f64 / span),
        ">= 1000",
    );
    result(
        "catchup",
        "responses recorded",
        format!("{responses}/{replies}"),
        &format!("{replies}/{replies}"),
    );
    result(
        "catchup",
        "peak RSS (MB)",
        format!("{:.1}", peak_kb as f64 / 1024.0),
        "",
    );
    Ok(())
}
