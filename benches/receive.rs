//! Benchmark: `rsvpd receive`, as Postfix's pipe(8) runs it, with SQLite
//! and with PostgreSQL, alone and handing each message to running workers.
//! P parties × F families (default 40 × 30) are invited in local mode; then
//! every family's reply is handed to its own `rsvpd receive` process, C at
//! a time (default 4, like a pipe transport's process limit). Scenarios:
//!
//!   sqlite direct     no worker runs: each process records by itself
//!   sqlite 1 worker   one `rsvpd run`; receive hands it the message
//!   postgres direct   as above, on PostgreSQL
//!   postgres N workers  N `rsvpd run` on one database, each with its own
//!                     state folder (as on N machines); reply i goes to
//!                     worker i mod N (N = 1, 2, 4)
//!
//! Prints replies recorded per second, each process's stdin-to-exit time
//! (the reply committed) at p50/p95, the peak RSS of each worker and of one
//! direct process, next to the cost of starting a process that does
//! nothing. Every scenario gets a fresh database and checks that every
//! reply was recorded exactly once.
//!
//! PostgreSQL: `RSVPD_PGSTACK` names a `scripts/pgstack` server's
//! `pgstack.env` (`scripts/bench.sh receive` starts one); without it only
//! SQLite runs.
//!
//!   cargo bench --bench receive -- [--parties P] [--families F]
//!       [--concurrency C] [--only LABEL,LABEL]   (e.g. --only "postgres 4 workers")

mod common;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{Pg, REPLY_BODIES, quantile, reply_text, result, rsvpd_bin};

/// The party folder: rosters and one configuration per worker
/// (`rsvpd-K.toml`, state folder `state-K`); `store` is the `[store]`
/// section they share (empty: SQLite, then only one configuration).
fn setup(
    dir: &Path,
    parties: usize,
    families: usize,
    store: &str,
    workers: usize,
) -> Result<Vec<PathBuf>> {
    let mut events = String::new();
    for p in 0..parties {
        let mut roster = String::from("family,child,contact_name,email\n");
        for f in 0..families {
            roster.push_str(&format!(
                "F{f},Kid {f},Parent {f},p{p}-f{f}@families.example\n"
            ));
        }
        std::fs::write(dir.join(format!("roster-{p}.csv")), roster)?;
        events.push_str(&format!(
            "\n[[event]]\nslug = \"party-{p}\"\ntitle = \"Party {p}\"\nstart = \"2026-12-12T15:00\"\nend = \"2026-12-12T18:00\"\nlocation = \"Jump Park\"\nrsvp_by = \"2026-12-05\"\nroster = \"roster-{p}.csv\"\n"
        ));
    }
    let mut configs = Vec::new();
    for k in 0..workers.max(1) {
        let config = format!(
            "state_dir = \"state-{k}\"\n\n[host]\nname = \"Dana Host\"\nemail = \"dana@example.org\"\ntime_zone = \"Europe/Zagreb\"\n\n[mail]\nmode = \"local\"\nreply_address = \"dana+rsvp-{{token}}@example.org\"\n\n{store}{events}"
        );
        let path = dir.join(format!("rsvpd-{k}.toml"));
        std::fs::write(&path, config)?;
        configs.push(path);
    }
    Ok(configs)
}

/// `rsvpd run` for each configuration, once each listens on its socket.
fn start_workers(configs: &[PathBuf]) -> Result<Vec<Child>> {
    let bin = rsvpd_bin();
    let mut children = Vec::new();
    for config in configs {
        children.push(
            Command::new(&bin)
                .args(["run", "-c"])
                .arg(config)
                .env("RSVPD_LOG", "warn")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()?,
        );
    }
    for config in configs {
        let socket = config.parent().context("folder")?.join(format!(
            "state-{}/receive.sock",
            config
                .file_stem()
                .and_then(|s| s.to_str())
                .and_then(|s| s.strip_prefix("rsvpd-"))
                .context("name")?
        ));
        let deadline = Instant::now() + Duration::from_secs(60);
        while std::os::unix::net::UnixStream::connect(&socket).is_err() {
            if Instant::now() > deadline {
                bail!("no worker listens on {}", socket.display());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }
    Ok(children)
}

/// Peak RSS (kB) of each worker, then stop them.
fn stop_workers(children: Vec<Child>) -> Result<Vec<u64>> {
    let mut peaks = Vec::new();
    for mut child in children {
        let status = std::fs::read_to_string(format!("/proc/{}/status", child.id()))?;
        peaks.push(
            status
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
                .unwrap_or(0),
        );
        Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()?;
        child.wait()?;
    }
    Ok(peaks)
}

/// Hand every reply to `rsvpd receive` (reply i with configuration i mod
/// N), `concurrency` at a time; prints and records the figures.
fn run(label: &str, configs: &[PathBuf], replies: Vec<String>, concurrency: usize) -> Result<()> {
    let bin = rsvpd_bin();
    // What a process that does nothing costs: start, read no input, exit.
    let mut bare = Vec::new();
    for _ in 0..20 {
        let t = Instant::now();
        Command::new(&bin)
            .arg("--version")
            .stdout(Stdio::null())
            .status()?;
        bare.push(t.elapsed().as_secs_f64() * 1000.0);
    }
    bare.sort_by(f64::total_cmp);

    let n = replies.len();
    let again = replies.first().cloned().unwrap_or_default();
    let queue = Mutex::new(replies.into_iter().enumerate());
    let latencies = Mutex::new(Vec::with_capacity(n));
    let failures = Mutex::new(Vec::new());
    let started = Instant::now();
    std::thread::scope(|s| {
        for _ in 0..concurrency {
            s.spawn(|| {
                loop {
                    let Some((i, raw)) = queue.lock().expect("queue").next() else {
                        return;
                    };
                    let t = Instant::now();
                    let child = Command::new(&bin)
                        .args(["receive", "-c"])
                        .arg(&configs[i % configs.len()])
                        .stdin(Stdio::piped())
                        .stdout(Stdio::null())
                        .stderr(Stdio::piped())
                        .spawn();
                    let outcome = child.and_then(|mut child| {
                        if let Some(mut stdin) = child.stdin.take() {
                            stdin.write_all(raw.as_bytes())?;
                        }
                        child.wait_with_output()
                    });
                    match outcome {
                        Ok(out) if out.status.success() => latencies
                            .lock()
                            .expect("latencies")
                            .push(t.elapsed().as_secs_f64() * 1000.0),
                        Ok(out) => failures.lock().expect("failures").push(format!(
                            "reply {i}: {} {}",
                            out.status,
                            String::from_utf8_lossy(&out.stderr)
                        )),
                        Err(e) => failures
                            .lock()
                            .expect("failures")
                            .push(format!("reply {i}: {e}")),
                    }
                }
            });
        }
    });
    let wall = started.elapsed();
    let failures = failures.into_inner().expect("failures");
    if let Some(first) = failures.first() {
        bail!(
            "{label}: {} of {n} receives failed; first: {first}",
            failures.len()
        );
    }
    let mut lat = latencies.into_inner().expect("latencies");
    lat.sort_by(f64::total_cmp);
    let rate = n as f64 / wall.as_secs_f64();
    println!(
        "receive {label}: {n} replies in {:.1} s = {rate:.0} replies/s ({concurrency} at a time); \
         stdin-to-commit p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms; a bare process start {:.1} ms (p50)",
        wall.as_secs_f64(),
        quantile(&lat, 0.5),
        quantile(&lat, 0.95),
        lat.last().copied().unwrap_or(f64::NAN),
        quantile(&bare, 0.5),
    );
    // Peak RSS of one receive process, handing a reply over again (or
    // recording it, without a worker): GNU time.
    if Path::new("/usr/bin/time").exists() {
        let mut child = Command::new("/usr/bin/time")
            .args(["-f", "%M"])
            .arg(&bin)
            .args(["receive", "-c"])
            .arg(&configs[0])
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(again.as_bytes())?;
        }
        let out = child.wait_with_output()?;
        let kb = String::from_utf8_lossy(&out.stderr).trim().to_string();
        println!("receive {label}: peak RSS of one receive process {kb} kB");
        result("receive", &format!("{label} receive RSS kB"), kb, "");
    }
    result(
        "receive",
        &format!("{label} replies/s"),
        format!("{rate:.0}"),
        ">= 1000 (PostgreSQL)",
    );
    result(
        "receive",
        &format!("{label} p50 ms"),
        format!("{:.1}", quantile(&lat, 0.5)),
        "",
    );
    result(
        "receive",
        &format!("{label} p95 ms"),
        format!("{:.1}", quantile(&lat, 0.95)),
        "< 50",
    );
    Ok(())
}

fn replies_from(rows: Vec<(String, String, String)>) -> Vec<String> {
    rows.iter()
        .enumerate()
        .map(|(i, (email, token, message_id))| {
            let reply_to = format!("dana+rsvp-{token}@example.org");
            reply_text(
                email,
                &reply_to,
                message_id,
                &format!("bench-{i}@families.example"),
                REPLY_BODIES[i % REPLY_BODIES.len()],
            )
        })
        .collect()
}

const INVITED: &str = "SELECT c.email, i.token, i.message_id FROM invitations i
     JOIN contacts c ON c.family_id = i.family_id ORDER BY i.id";

/// Queue and write every invitation (local mode), with the first configuration.
fn send(label: &str, config: &Path, n: usize) -> Result<()> {
    let t = Instant::now();
    let status = Command::new(rsvpd_bin())
        .args(["send", "-c"])
        .arg(config)
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("rsvpd send failed ({label})");
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "send {label}: {n} invitations queued and written in {secs:.1} s = {:.0}/s",
        n as f64 / secs
    );
    Ok(())
}

/// One scenario: fresh store, invitations, replies through receive with
/// `workers` running (0: none), every reply recorded once.
fn scenario(
    label: &str,
    pg: Option<&Pg>,
    (parties, families, concurrency): (usize, usize, usize),
    workers: usize,
) -> Result<()> {
    let n = parties * families;
    let dir = tempfile::tempdir()?;
    let (store, database) = match pg {
        None => (String::new(), None),
        Some(pg) => {
            let name = format!("bench_{}_{}", std::process::id(), label.replace(' ', "_"));
            (pg.fresh_database(dir.path(), &name)?, Some(name))
        }
    };
    let configs = setup(dir.path(), parties, families, &store, workers)?;
    send(label, &configs[0], n)?;
    let rows: Vec<(String, String, String)> = match (pg, &database) {
        (Some(pg), Some(name)) => pg
            .psql(name, INVITED)?
            .lines()
            .filter_map(|l| {
                let mut f = l.split('\t');
                Some((
                    f.next()?.to_owned(),
                    f.next()?.to_owned(),
                    f.next()?.to_owned(),
                ))
            })
            .collect(),
        _ => rusqlite::Connection::open(dir.path().join("state-0/rsvpd.sqlite3"))?
            .prepare(INVITED)?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?,
    };
    let children = if workers > 0 {
        start_workers(&configs)?
    } else {
        Vec::new()
    };
    let outcome = run(label, &configs, replies_from(rows), concurrency);
    let peaks = stop_workers(children)?;
    outcome?;
    if !peaks.is_empty() {
        let list = peaks
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(", ");
        println!("receive {label}: peak RSS per worker {list} kB");
        result("receive", &format!("{label} worker RSS kB"), list, "");
    }
    let recorded: i64 = match (pg, &database) {
        (Some(pg), Some(name)) => pg
            .psql(name, "SELECT count(*) FROM responses")?
            .trim()
            .parse()?,
        _ => rusqlite::Connection::open(dir.path().join("state-0/rsvpd.sqlite3"))?.query_row(
            "SELECT count(*) FROM responses",
            [],
            |r| r.get(0),
        )?,
    };
    if recorded != n as i64 {
        bail!("{label}: {recorded} of {n} replies recorded");
    }
    if let (Some(pg), Some(name)) = (pg, database) {
        let _ = pg.psql("rsvpd", &format!("DROP DATABASE {name}"));
    }
    Ok(())
}

fn main() -> Result<()> {
    let parties: usize = common::arg("--parties")
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let families: usize = common::arg("--families")
        .and_then(|v| v.parse().ok())
        .unwrap_or(30);
    let concurrency: usize = common::arg("--concurrency")
        .and_then(|v| v.parse().ok())
        .unwrap_or(4);
    let only: Option<Vec<String>> =
        common::arg("--only").map(|v| v.split(',').map(|s| s.trim().to_owned()).collect());
    let bin = rsvpd_bin();
    if !bin.exists() {
        bail!("{} is missing: cargo build --release first", bin.display());
    }
    println!(
        "receive: {parties} parties x {families} families = {} replies",
        parties * families
    );
    let pg = Pg::from_env()?;
    if pg.is_none() {
        println!("receive postgres: skipped (no RSVPD_PGSTACK)");
    }
    let sizes = (parties, families, concurrency);
    let mut scenarios: Vec<(String, bool, usize)> = vec![
        ("sqlite direct".into(), false, 0),
        ("sqlite 1 worker".into(), false, 1),
    ];
    if pg.is_some() {
        scenarios.push(("postgres direct".into(), true, 0));
        for workers in [1, 2, 4] {
            let label = format!(
                "postgres {workers} worker{}",
                if workers > 1 { "s" } else { "" }
            );
            scenarios.push((label, true, workers));
        }
    }
    for (label, on_pg, workers) in scenarios {
        if only.as_ref().is_some_and(|o| !o.contains(&label)) {
            continue;
        }
        scenario(
            &label,
            if on_pg { pg.as_ref() } else { None },
            sizes,
            workers,
        )?;
    }
    Ok(())
}
