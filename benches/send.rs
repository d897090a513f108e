//! Benchmark: N invitations (default 500) queued and delivered through the
//! stack's submission port (STARTTLS + AUTH): wall time, messages/s, peak
//! RSS; then checks that every family's mailbox holds its invitation once
//! and Postfix's queue is empty.
//!
//!   cargo bench --bench send -- [--families N] [--parties P]
//!       [--mailboxes K] [--workers W] [--postgres]
//!
//! `--parties P` splits the families into P parties of one host (1,000 × 30
//! is the scale-out case). `--mailboxes K`: families are plus-addresses of
//! K users, so a large run spends its time sending, not creating
//! mailboxes. `--workers 0` (the default) is one `rsvpd send` that delivers
//! by itself; `--workers W` is `rsvpd send --queue-only`, then W `rsvpd run`
//! workers, each with its own state folder, deliver what it queued.
//! `--postgres` puts the store on the `scripts/pgstack` server that
//! `RSVPD_PGSTACK` names; SQLite takes one worker at most.

mod common;

use std::process::Stdio;
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use common::{Addresses, Daemon, Layout, Party, Pg, Stack, result, wait_for};

struct Run {
    n: usize,
    parties: usize,
    /// Families share this many mailboxes (0: one fresh mailbox each).
    mailboxes: usize,
    workers: usize,
    pg: Option<Pg>,
}

fn main() -> Result<()> {
    let Some(stack) = Stack::from_env("send")? else {
        return Ok(());
    };
    let number = |name: &str, default: usize| {
        common::arg(name)
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let workers = number("--workers", 0);
    let pg = Pg::from_args(workers)?;
    let run = Run {
        n: number("--families", 500),
        parties: number("--parties", 1),
        mailboxes: number("--mailboxes", 0),
        workers,
        pg,
    };
    bench(&stack, &run)
}

fn bench(stack: &Stack, run: &Run) -> Result<()> {
    let n = run.n;
    let setup = Instant::now();
    let addresses = match run.mailboxes {
        0 => Addresses::FreshUsers,
        k => Addresses::PlusOfUsers(k),
    };
    let layout = Layout {
        parties: run.parties,
        pg: run.pg.as_ref(),
        workers: run.workers.max(1),
    };
    let party = Party::with_layout(stack, "send", n, addresses, layout)?;
    let store = if run.pg.is_some() {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let who = match run.workers {
        0 => "one rsvpd send delivering".to_owned(),
        w => format!("rsvpd send --queue-only, then {w} rsvpd run worker(s)"),
    };
    let label = match run.workers {
        0 => format!("{store} send"),
        w => format!("{store} {w}w"),
    };
    println!(
        "send: {n} families in {} parties, {}, {store}, {who} (set up in {:.1} s)",
        run.parties.max(1),
        match run.mailboxes {
            0 => "one fresh mailbox each".to_owned(),
            k => format!("plus-addresses of {k} mailboxes"),
        },
        setup.elapsed().as_secs_f64()
    );
    // The mailboxes to check and how many invitations each must hold.
    let mut mailboxes = std::collections::BTreeMap::<String, usize>::new();
    for family in &party.families {
        let (local, domain) = family.split_once('@').unwrap_or_default();
        let user = format!(
            "{}@{domain}",
            local.split_once('+').map_or(local, |(u, _)| u)
        );
        *mailboxes.entry(user).or_default() += 1;
    }

    // rsvpd send, under GNU time for its peak RSS.
    let time_file = party.dir.path().join("time.txt");
    let log = std::fs::File::create(party.dir.path().join("send.log"))?;
    let machine_before = common::machine_cpu();
    let started = Instant::now();
    let status = std::process::Command::new("/usr/bin/time")
        .arg("-v")
        .arg("-o")
        .arg(&time_file)
        .arg(common::rsvpd_bin())
        .arg("send")
        .arg("-c")
        .arg(party.config())
        .args(if run.workers > 0 {
            &["--queue-only"][..]
        } else {
            &[]
        })
        .env(common::PASSWORD_ENV, &party.host_password)
        .env_remove("RSVPD_CONFIG")
        .stdin(Stdio::null())
        .stdout(log.try_clone()?)
        .stderr(log)
        .status()?;
    let send_wall = started.elapsed();
    if !status.success() {
        bail!(
            "rsvpd send failed ({status}); log: {}",
            party.dir.path().join("send.log").display()
        );
    }
    let time_text = std::fs::read_to_string(&time_file)?;
    let send_peak_kb = peak_kb(&time_text);
    let send_cpu = cpu_seconds(&time_text);

    // The workers deliver what was queued.
    let sent_sql = "SELECT count(*) FROM outbox WHERE kind = 'invitation' AND state = 'sent'";
    let (wall, worker_peaks, worker_cpu) = if run.workers == 0 {
        (send_wall, Vec::new(), 0.0)
    } else {
        let started = Instant::now();
        let workers = (0..run.workers)
            .map(|k| party.start_worker(k, &format!("run-{k}.log")))
            .collect::<Result<Vec<Daemon>>>()?;
        wait_for(
            "every invitation sent by the workers",
            Duration::from_secs(3600),
            Duration::from_millis(200),
            || Ok(party.store.count(sent_sql)? >= n as i64),
        )?;
        let wall = started.elapsed();
        let mut peaks = Vec::new();
        let mut ticks = 0;
        for worker in workers {
            let sample = common::sample(worker.pid());
            peaks.push(sample.as_ref().map_or(0, |s| s.hwm_kb));
            ticks += sample.map_or(0, |s| s.cpu_ticks);
            worker.stop()?;
        }
        (wall, peaks, ticks as f64 / common::clock_ticks() as f64)
    };

    let machine = common::machine_cpu().since(&machine_before);
    let sent = party.store.count(sent_sql)?;
    let not_sent = party
        .store
        .count("SELECT count(*) FROM outbox WHERE state <> 'sent'")?;
    let twice = party.store.count(
        "SELECT count(*) FROM (SELECT recipient FROM outbox WHERE kind = 'invitation'
         GROUP BY recipient HAVING count(*) > 1) t",
    )?;
    // Where the time went: composing + queueing, then SMTP delivery.
    let times = party
        .store
        .rows("SELECT min(created_at), max(created_at), min(sent_at), max(sent_at) FROM outbox")?;
    let time = |i: usize| {
        times
            .first()
            .and_then(|r| r.get(i))
            .and_then(|t| common::parse_time(t))
    };
    let span = |a: usize, b: usize| match (time(a), time(b)) {
        (Some(a), Some(b)) => (b - a).num_milliseconds() as f64 / 1000.0,
        _ => f64::NAN,
    };
    let delivery = span(2, 3);
    println!(
        "send: queued {n} in {:.2} s (first to last created_at), delivered in {delivery:.2} s (first to last sent_at)",
        span(0, 1),
    );

    // Delivered: each mailbox holds exactly its invitations and the queue drains.
    let drained = wait_for(
        "every invitation in its family's mailbox",
        Duration::from_secs(600),
        Duration::from_millis(200),
        || Ok(mailboxes.iter().all(|(a, k)| stack.inbox_count(a) >= *k)),
    );
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
    let rate = n as f64 / secs;
    let mb = |kb: u64| format!("{:.1}", kb as f64 / 1024.0);
    let peaks = worker_peaks
        .iter()
        .map(|&kb| mb(kb))
        .collect::<Vec<_>>()
        .join(", ");
    match run.workers {
        0 => println!(
            "send: rsvpd send took {secs:.2} s for {n} invitations: {rate:.1} msg/s, peak RSS {} MB",
            mb(send_peak_kb)
        ),
        w => println!(
            "send: rsvpd send --queue-only took {:.2} s (peak RSS {} MB); {w} worker(s) then sent {n} in {secs:.2} s: {rate:.1} msg/s (first to last sent_at: {:.1} msg/s), peak RSS per worker {peaks} MB",
            send_wall.as_secs_f64(),
            mb(send_peak_kb),
            n as f64 / delivery
        ),
    }
    // Where the CPU went: rsvpd's processes against the whole machine
    // (Postfix, Dovecot, PostgreSQL and the rest).
    let rsvpd_cpu = send_cpu + worker_cpu;
    println!(
        "send: CPU: rsvpd {rsvpd_cpu:.1} s ({:.2} ms a message), the whole machine {:.1} s busy of {:.1} s ({} cores, {:.0} % busy)",
        rsvpd_cpu * 1000.0 / n as f64,
        machine.busy,
        machine.total,
        machine.cores,
        100.0 * machine.busy / machine.total.max(f64::EPSILON)
    );
    println!(
        "send: outbox sent {sent}, not sent {not_sent}, addresses queued twice {twice}; invitations delivered: {delivered}/{n} (none twice: {exactly}); queue empty: {queue}; delivery finished {:.1} s after sending ended",
        drained
            .as_ref()
            .map(|d| d.as_secs_f64())
            .unwrap_or(f64::NAN)
    );
    result("send", &format!("{label} invitations"), n, "");
    result(
        "send",
        &format!("{label} wall time (s)"),
        format!("{secs:.2}"),
        "",
    );
    result(
        "send",
        &format!("{label} messages/s"),
        format!("{rate:.1}"),
        "",
    );
    result(
        "send",
        &format!("{label} send peak RSS (MB)"),
        mb(send_peak_kb),
        "",
    );
    result(
        "send",
        &format!("{label} rsvpd CPU ms/message"),
        format!("{:.2}", rsvpd_cpu * 1000.0 / n as f64),
        "",
    );
    result(
        "send",
        &format!("{label} machine busy (%)"),
        format!(
            "{:.0}",
            100.0 * machine.busy / machine.total.max(f64::EPSILON)
        ),
        "",
    );
    if !peaks.is_empty() {
        result("send", &format!("{label} worker peak RSS (MB)"), peaks, "");
    }
    result(
        "send",
        &format!("{label} delivered (each once)"),
        format!("{delivered}/{n}"),
        &format!("{n}/{n}"),
    );
    result("send", &format!("{label} queue empty"), queue, "true");
    drained?;
    if sent != n as i64 || twice != 0 || delivered != n || !exactly || !queue {
        bail!("not every invitation was delivered exactly once");
    }
    Ok(())
}

/// GNU time's user + system seconds.
fn cpu_seconds(time_output: &str) -> f64 {
    ["User time (seconds):", "System time (seconds):"]
        .iter()
        .filter_map(|key| {
            time_output
                .lines()
                .find_map(|l| l.trim().strip_prefix(key))
                .and_then(|v| v.trim().parse::<f64>().ok())
        })
        .sum()
}

/// GNU time's "Maximum resident set size" in kB.
fn peak_kb(time_output: &str) -> u64 {
    time_output
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0)
}
