//! Benchmark: the idle daemon. `rsvpd run` logged in and waiting in IMAP
//! IDLE for `--seconds` (default 300), sampled every `--every` seconds
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
    let party = Party::new(&stack, "idle", 30, Addresses::PlusOfOneUser)?;
    party.send_invitations()?;
    let invitations = party.invitations()?;
    let mut daemon = party.start_daemon("run.log")?;
    let pid = daemon.pid();

    // One reply recorded: logged in, caught up, confirmation queued and sent, now in IDLE.
    let (reply_to, thread) = &invitations[0];
    let id = format!("idle-{}@families.test", std::process::id());
    let raw = reply_text(&party.families[0], reply_to, thread, &id, "Yes, 2 of us!");
    smtp_send(stack.smtp_port, &party.families[0], reply_to, &raw)?;
    let db = party.db()?;
    common::wait_for(
        "the warm-up reply and its confirmation",
        Duration::from_secs(60),
        Duration::from_millis(50),
        || {
            Ok(party.count(&db, "SELECT count(*) FROM responses") >= 1
                && party.count(
                    &db,
                    "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND state = 'sent'",
                ) >= 1)
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
