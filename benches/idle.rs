//! Benchmark: the idle daemon. `rsvpd run` logged in and waiting in IMAP
//! IDLE, after `--replies` families (default 1, at most 30) answered, for
//! `--seconds` (default 300), sampled every `--every` seconds
//! (default 10): resident memory (VmRSS) and CPU time (utime + stime).

mod common;

use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{Addresses, Party, Stack, reply_text, result, sample, smtp_send};

fn main() -> Result<()> {
    let Some(stack) = Stack::from_env("idle")? else {
        return Ok(());
    };
    let seconds: u64 = common::arg("--seconds")
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let every: u64 = common::arg("--every")
        .and_then(|v| v.parse().ok())
        .unwrap_or(10)
        .max(1);
    // How many families answer before the daemon idles (a whole class: 30).
    let replies: usize = common::arg("--replies")
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
        .clamp(1, 30);
    let party = Party::new(&stack, "idle", 30, Addresses::PlusOfOneUser)?;
    party.send_invitations()?;
    let invitations = party.invitations()?;
    let mut daemon = party.start_daemon("run.log")?;
    let pid = daemon.pid();

    // The replies recorded and confirmed: logged in, caught up, now in IDLE.
    const TEXTS: [&str; 5] = [
        "Yes, 2 of us!",
        "Sorry, we can't make it this time.",
        "Maybe, it depends on the swimming lesson.",
        "<p>We'll be there!</p><p>Sent from my iPhone</p>",
        "Can siblings come too?",
    ];
    for (n, (family, (reply_to, thread))) in party
        .families
        .iter()
        .zip(&invitations)
        .enumerate()
        .take(replies)
    {
        let id = format!("idle-{n}-{}@families.test", std::process::id());
        let raw = reply_text(family, reply_to, thread, &id, TEXTS[n % TEXTS.len()]);
        smtp_send(stack.smtp_port, family, reply_to, &raw)?;
    }
    let db = party.db()?;
    common::wait_for(
        "the replies and their confirmations",
        Duration::from_secs(180),
        Duration::from_millis(50),
        || {
            Ok(party.count(&db, "SELECT count(*) FROM responses") >= replies as i64
                && party.count(
                    &db,
                    "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND state = 'sent'",
                ) >= replies as i64)
        },
    )
    .context("the daemon did not settle (see run.log)")?;
    std::thread::sleep(Duration::from_secs(2));

    let ticks = common::clock_ticks() as f64;
    let first = sample(pid).context("reading /proc")?;
    let started = Instant::now();
    let mut max_rss = first.rss_kb;
    let mut series = vec![format!("0s:{:.1}", first.rss_kb as f64 / 1024.0)];
    let mut last = first;
    while started.elapsed() < Duration::from_secs(seconds) {
        std::thread::sleep(Duration::from_secs(every));
        if !daemon.alive() {
            bail!("the daemon exited while idle (see run.log)");
        }
        last = sample(pid).context("reading /proc")?;
        max_rss = max_rss.max(last.rss_kb);
        series.push(format!(
            "{}s:{:.1}",
            started.elapsed().as_secs(),
            last.rss_kb as f64 / 1024.0
        ));
    }
    let elapsed = started.elapsed().as_secs_f64();
    let breakdown = common::rss_breakdown(pid);
    let cpu_s = (last.cpu_ticks - first.cpu_ticks) as f64 / ticks;
    let cpu_pct = cpu_s / elapsed * 100.0;
    let (took, clean) = daemon.stop()?;
    println!("idle: RSS over time (MB): {}", series.join(" "));
    println!(
        "idle: {elapsed:.0} s in IDLE: max RSS {:.1} MB (high-water mark {:.1} MB since start), CPU {cpu_s:.2} s = {cpu_pct:.3} %; stopped in {:.2} s, exit {}",
        max_rss as f64 / 1024.0,
        last.hwm_kb as f64 / 1024.0,
        took.as_secs_f64(),
        if clean { "0" } else { "non-zero" }
    );
    println!("idle: resident memory at the end, by kind and by mapping:");
    for line in breakdown {
        println!("idle:   {line}");
    }
    result("idle", "duration (s)", format!("{elapsed:.0}"), "300");
    result(
        "idle",
        "max RSS (MB)",
        format!("{:.1}", max_rss as f64 / 1024.0),
        "< 15",
    );
    result("idle", "CPU (%)", format!("{cpu_pct:.3}"), "~0");
    Ok(())
}
