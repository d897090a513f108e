//! Benchmark: `rsvpd receive`, as Postfix's pipe(8) runs it, with SQLite
//! and with PostgreSQL. P parties × F families (default 40 × 30) are
//! invited in local mode; then every family's reply is handed to its own
//! `rsvpd receive` process, C at a time (default 4, like a pipe transport's
//! process limit). Prints replies recorded per second and each process's
//! stdin-to-exit time (the reply committed) at p50/p95, next to the cost of
//! starting the process alone.
//!
//! PostgreSQL: `RSVPD_PGSTACK` names a `scripts/pgstack` server's
//! `pgstack.env` (scripts/bench.sh starts one); without it only SQLite runs.
//!
//!   cargo bench --bench receive -- [--parties P] [--families F] [--concurrency C]

mod common;

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use common::{REPLY_BODIES, quantile, reply_text, result, rsvpd_bin};

struct Pg {
    bin: PathBuf,
    port: String,
    password: String,
}

impl Pg {
    fn from_env() -> Result<Option<Pg>> {
        let Some(file) = std::env::var_os("RSVPD_PGSTACK").filter(|v| !v.is_empty()) else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(&file).context("RSVPD_PGSTACK")?;
        let get = |k: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{k}=")))
                .map(str::to_owned)
                .with_context(|| format!("no {k} in pgstack.env"))
        };
        Ok(Some(Pg {
            bin: PathBuf::from(get("PGSTACK_BIN")?),
            port: get("PGSTACK_PORT")?,
            password: get("PGSTACK_PASSWORD")?,
        }))
    }

    fn psql(&self, db: &str, sql: &str) -> Result<String> {
        let out = Command::new(self.bin.join("psql"))
            .args(["-h", "127.0.0.1", "-p", &self.port, "-U", "rsvpd", "-d", db])
            .args([
                "-X",
                "-A",
                "-t",
                "-q",
                "-F",
                "\t",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql,
            ])
            .env("PGPASSWORD", &self.password)
            .output()?;
        if !out.status.success() {
            bail!("psql: {}", String::from_utf8_lossy(&out.stderr));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }
}

/// The party folder: config, rosters; `store` is the `[store]` section.
fn setup(dir: &Path, parties: usize, families: usize, store: &str) -> Result<PathBuf> {
    let mut config = String::from(
        "state_dir = \"state\"\n\n[host]\nname = \"Dana Host\"\nemail = \"dana@example.org\"\ntime_zone = \"Europe/Zagreb\"\n\n[mail]\nmode = \"local\"\nreply_address = \"dana+rsvp-{token}@example.org\"\n\n",
    );
    config.push_str(store);
    for p in 0..parties {
        let mut roster = String::from("family,child,contact_name,email\n");
        for f in 0..families {
            roster.push_str(&format!(
                "F{f},Kid {f},Parent {f},p{p}-f{f}@families.example\n"
            ));
        }
        std::fs::write(dir.join(format!("roster-{p}.csv")), roster)?;
        config.push_str(&format!(
            "\n[[event]]\nslug = \"party-{p}\"\ntitle = \"Party {p}\"\nstart = \"2026-12-12T15:00\"\nend = \"2026-12-12T18:00\"\nlocation = \"Jump Park\"\nrsvp_by = \"2026-12-05\"\nroster = \"roster-{p}.csv\"\n"
        ));
    }
    let path = dir.join("rsvpd.toml");
    std::fs::write(&path, config)?;
    Ok(path)
}

fn run(label: &str, config: &Path, replies: Vec<String>, concurrency: usize) -> Result<()> {
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
                        .arg(config)
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
    // Peak RSS of one process (GNU time), receiving a reply again.
    if Path::new("/usr/bin/time").exists() {
        let mut child = Command::new("/usr/bin/time")
            .args(["-f", "%M"])
            .arg(&bin)
            .args(["receive", "-c"])
            .arg(config)
            .stdin(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(again.as_bytes())?;
        }
        let out = child.wait_with_output()?;
        let kb = String::from_utf8_lossy(&out.stderr).trim().to_string();
        println!("receive {label}: peak RSS of one process {kb} kB");
        result("receive", &format!("{label} RSS kB"), kb, "");
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
    let bin = rsvpd_bin();
    if !bin.exists() {
        bail!("{} is missing: cargo build --release first", bin.display());
    }
    let n = parties * families;
    println!("receive: {parties} parties x {families} families = {n} replies");

    // SQLite.
    let dir = tempfile::tempdir()?;
    let config = setup(dir.path(), parties, families, "")?;
    let t = Instant::now();
    let status = Command::new(&bin)
        .args(["send", "-c"])
        .arg(&config)
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("rsvpd send failed");
    }
    println!(
        "send sqlite: {n} invitations queued and written in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let db = rusqlite::Connection::open(dir.path().join("state/rsvpd.sqlite3"))?;
    let rows: Vec<(String, String, String)> = db
        .prepare(INVITED)?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    run("sqlite", &config, replies_from(rows), concurrency)?;
    let recorded: i64 = db.query_row("SELECT count(*) FROM responses", [], |r| r.get(0))?;
    if recorded != n as i64 {
        bail!("sqlite: {recorded} of {n} replies recorded");
    }

    // PostgreSQL.
    let Some(pg) = Pg::from_env()? else {
        println!("receive postgres: skipped (no RSVPD_PGSTACK)");
        return Ok(());
    };
    let name = format!("bench_{}", std::process::id());
    pg.psql("rsvpd", &format!("CREATE DATABASE {name}"))?;
    let dir = tempfile::tempdir()?;
    let password = dir.path().join("pg-password");
    std::fs::write(&password, &pg.password)?;
    let store = format!(
        "[store]\nurl = \"postgres://rsvpd@127.0.0.1:{}/{name}\"\npassword_file = \"{}\"\n",
        pg.port,
        password.display()
    );
    let config = setup(dir.path(), parties, families, &store)?;
    let t = Instant::now();
    let status = Command::new(&bin)
        .args(["send", "-c"])
        .arg(&config)
        .stdout(Stdio::null())
        .status()?;
    if !status.success() {
        bail!("rsvpd send failed (postgres)");
    }
    println!(
        "send postgres: {n} invitations queued and written in {:.1} s",
        t.elapsed().as_secs_f64()
    );
    let rows: Vec<(String, String, String)> = pg
        .psql(&name, INVITED)?
        .lines()
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some((
                f.next()?.to_owned(),
                f.next()?.to_owned(),
                f.next()?.to_owned(),
            ))
        })
        .collect();
    run("postgres", &config, replies_from(rows), concurrency)?;
    let recorded = pg.psql(&name, "SELECT count(*) FROM responses")?;
    if recorded.trim() != n.to_string() {
        bail!("postgres: {} of {n} replies recorded", recorded.trim());
    }
    std::thread::sleep(Duration::from_millis(10));
    let _ = pg.psql("rsvpd", &format!("DROP DATABASE {name}"));
    Ok(())
}
