//! Shared plumbing for the benchmarks: the mail stack that `scripts/bench.sh`
//! starts, a party of families in server mode, the `rsvpd` release binary
//! driven as a user would, a plain SMTP client that notes when the server
//! said 250, and `/proc` sampling of a process.
//!
//! Benchmarks only measure and print; they never start or stop the stack
//! themselves (except through `ctl.sh` commands the soak run needs), and
//! they skip with a line when `RSVPD_MAILSTACK` is not set.

#![allow(dead_code)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, anyhow, bail};
use chrono::{DateTime, Utc};
use rsvpd::clock::{Clock, SystemClock};

pub const PASSWORD_ENV: &str = "RSVPD_BENCH_PASSWORD";

/// The wall clock, the same one rsvpd stamps `recorded_at` with.
pub fn wall_now() -> DateTime<Utc> {
    SystemClock.now()
}

/// The running stack named by `RSVPD_MAILSTACK` (its `mailstack.env` or directory).
#[derive(Debug, Clone)]
pub struct Stack {
    pub dir: PathBuf,
    pub smtp_port: u16,
    pub submission_port: u16,
    pub imaps_port: u16,
    pub ca_cert: PathBuf,
}

impl Stack {
    /// The stack, or `None` after printing a skip line.
    pub fn from_env(bench: &str) -> Result<Option<Stack>> {
        let Some(location) = std::env::var_os("RSVPD_MAILSTACK").filter(|v| !v.is_empty()) else {
            println!("{bench}: skipped: RSVPD_MAILSTACK is not set (run scripts/bench.sh)");
            return Ok(None);
        };
        let mut env_file = PathBuf::from(location);
        if env_file.is_dir() {
            env_file.push("mailstack.env");
        }
        let text = std::fs::read_to_string(&env_file)
            .with_context(|| format!("reading {}", env_file.display()))?;
        let vars: HashMap<String, String> = text
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| l.split_once('='))
            .map(|(k, v)| (k.trim().to_owned(), v.trim().trim_matches('"').to_owned()))
            .collect();
        let get = |k: &str| {
            vars.get(k)
                .cloned()
                .ok_or_else(|| anyhow!("{} has no {k}", env_file.display()))
        };
        let port = |k: &str| -> Result<u16> {
            get(k)?
                .parse()
                .with_context(|| format!("{k} is not a port"))
        };
        Ok(Some(Stack {
            dir: PathBuf::from(get("MAILSTACK_DIR")?),
            smtp_port: port("MAILSTACK_SMTP_PORT")?,
            submission_port: port("MAILSTACK_SUBMISSION_PORT")?,
            imaps_port: port("MAILSTACK_IMAPS_PORT")?,
            ca_cert: PathBuf::from(get("MAILSTACK_CA_CERT")?),
        }))
    }

    /// `scripts/mailstack/ctl.sh DIR ARGS...`; its standard output.
    pub fn ctl(&self, args: &[&str]) -> Result<String> {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/mailstack/ctl.sh");
        let out = Command::new(&script)
            .arg(&self.dir)
            .args(args)
            .output()
            .with_context(|| format!("running {}", script.display()))?;
        if !out.status.success() {
            bail!(
                "ctl.sh {args:?}: {}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    }

    /// A new user with an empty mailbox; its password.
    pub fn add_user(&self, address: &str) -> Result<String> {
        let out = self.ctl(&["add-user", address])?;
        out.trim()
            .split_once(' ')
            .map(|(_, pw)| pw.to_owned())
            .ok_or_else(|| anyhow!("ctl.sh add-user printed {out:?}"))
    }

    pub fn maildir(&self, address: &str) -> PathBuf {
        let (local, domain) = address.split_once('@').unwrap_or((address, ""));
        self.dir
            .join("mail")
            .join(domain)
            .join(local)
            .join("Maildir")
    }

    /// Messages in a user's INBOX (`new` + `cur`).
    pub fn inbox_count(&self, address: &str) -> usize {
        ["new", "cur"]
            .iter()
            .map(|sub| {
                std::fs::read_dir(self.maildir(address).join(sub))
                    .map(|d| d.count())
                    .unwrap_or(0)
            })
            .sum()
    }

    /// Messages in Postfix's queue (0 when empty).
    pub fn queue_len(&self) -> Result<usize> {
        let out = self.ctl(&["queue"])?;
        if out.contains("Mail queue is empty") {
            return Ok(0);
        }
        // "-- N Kbytes in M Requests."
        Ok(out
            .lines()
            .rev()
            .find_map(|l| {
                l.strip_prefix("-- ")
                    .and_then(|r| r.split(" in ").nth(1))
                    .and_then(|r| r.split_whitespace().next())
                    .and_then(|n| n.parse().ok())
            })
            .unwrap_or(usize::MAX))
    }
}

/// How families' addresses are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Addresses {
    /// One fresh stack user per family (own mailbox each).
    FreshUsers,
    /// Plus-addresses of one stack user: every family's mail lands in one mailbox.
    PlusOfOneUser,
    /// Plus-addresses of K stack users, family i in mailbox i mod K: a
    /// large party without a user per family, nor one mailbox so large
    /// that Dovecot's delivery into it dominates.
    PlusOfUsers(usize),
}

/// How a party is laid out: its families split into `parties` events of
/// one host, on SQLite or on a fresh PostgreSQL database, for `workers`
/// `rsvpd run` processes (each with its own state folder, as on its own
/// machine).
#[derive(Clone, Copy)]
pub struct Layout<'a> {
    pub parties: usize,
    pub pg: Option<&'a Pg>,
    pub workers: usize,
}

impl Default for Layout<'_> {
    fn default() -> Self {
        Layout {
            parties: 1,
            pg: None,
            workers: 1,
        }
    }
}

/// A host and `n` families in server mode against the stack, in a temp dir.
pub struct Party {
    pub dir: tempfile::TempDir,
    pub stack: Stack,
    pub host: String,
    pub host_password: String,
    /// One contact address per family, `F0000`.. in order.
    pub families: Vec<String>,
    /// One configuration per worker: `rsvpd.toml` (state folder `state`),
    /// then `rsvpd-K.toml` (`state-K`).
    pub configs: Vec<PathBuf>,
    pub store: StoreView,
}

impl Party {
    pub fn new(stack: &Stack, name: &str, n: usize, addresses: Addresses) -> Result<Party> {
        Party::with_layout(stack, name, n, addresses, Layout::default())
    }

    pub fn with_layout(
        stack: &Stack,
        name: &str,
        n: usize,
        addresses: Addresses,
        layout: Layout<'_>,
    ) -> Result<Party> {
        let nonce = format!(
            "{:08x}",
            getrandom::u32().map_err(|e| anyhow!("random: {e}"))?
        );
        let host = format!("host-{name}-{nonce}@party.test");
        let host_password = stack.add_user(&host)?;
        let shared_parents: Vec<String> = match addresses {
            Addresses::FreshUsers => Vec::new(),
            Addresses::PlusOfOneUser => vec![format!("parents-{name}-{nonce}@families.test")],
            Addresses::PlusOfUsers(k) => (0..k.max(1))
                .map(|j| format!("parents{j}-{name}-{nonce}@families.test"))
                .collect(),
        };
        for parent in &shared_parents {
            stack.add_user(parent)?;
        }
        let dir = tempfile::Builder::new()
            .prefix(&format!("rsvpd-bench-{name}-"))
            .tempdir()?;
        let parties = layout.parties.clamp(1, n.max(1));
        let per_party = n.div_ceil(parties);
        let mut families = Vec::with_capacity(n);
        let mut events = String::new();
        for p in 0..parties {
            let mut roster = String::from("family,child,contact_name,email,language\n");
            for i in (p * per_party)..((p + 1) * per_party).min(n) {
                let address = match addresses {
                    Addresses::FreshUsers => {
                        let a = format!("p{i}-{name}-{nonce}@families.test");
                        stack.add_user(&a)?;
                        a
                    }
                    Addresses::PlusOfOneUser | Addresses::PlusOfUsers(_) => {
                        let parent = &shared_parents[i % shared_parents.len()];
                        let (local, domain) = parent.split_once('@').unwrap_or_default();
                        format!("{local}+f{i}@{domain}")
                    }
                };
                roster.push_str(&format!("F{i:05},Kid{i},Parent {i},{address},\n"));
                families.push(address);
            }
            // One party keeps the names the other benchmarks expect.
            let (slug, file) = if parties == 1 {
                ("party".to_owned(), "roster.csv".to_owned())
            } else {
                (format!("party-{p}"), format!("roster-{p}.csv"))
            };
            std::fs::write(dir.path().join(&file), roster)?;
            events.push_str(&format!(
                "\n[[event]]\nslug = \"{slug}\"\ntitle = \"Class party\"\nstart = \"2026-12-12T15:00\"\nend = \"2026-12-12T18:00\"\nlocation = \"Jump Park\"\nrsvp_by = \"2026-12-05\"\nroster = \"{file}\"\n"
            ));
        }
        let (store_section, store) = match layout.pg {
            None => (
                String::new(),
                StoreView::Sqlite(dir.path().join("state/rsvpd.sqlite3")),
            ),
            Some(pg) => {
                let db = format!("bench_{name}_{nonce}");
                let section = pg.fresh_database(dir.path(), &db)?;
                (section, StoreView::postgres(pg, &db)?)
            }
        };
        let (local, domain) = host.split_once('@').unwrap_or_default();
        let mut configs = Vec::new();
        for k in 0..layout.workers.max(1) {
            let (file, state) = if k == 0 {
                ("rsvpd.toml".to_owned(), "state".to_owned())
            } else {
                (format!("rsvpd-{k}.toml"), format!("state-{k}"))
            };
            let config = format!(
                r#"state_dir = "{state}"

[host]
name = "Dana Host"
email = "{host}"
time_zone = "Europe/Zagreb"

[mail]
mode = "server"
reply_address = "{local}+rsvp-{{token}}@{domain}"
retry_initial_seconds = 1
retry_max_seconds = 4

[mail.smtp]
host = "127.0.0.1"
port = {submission}
security = "starttls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
rate_per_minute = 100000
ca_file = "{ca}"

[mail.imap]
host = "127.0.0.1"
port = {imaps}
security = "tls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
ca_file = "{ca}"

{store_section}{events}"#,
                submission = stack.submission_port,
                imaps = stack.imaps_port,
                ca = stack.ca_cert.display(),
            );
            let path = dir.path().join(file);
            std::fs::write(&path, config)?;
            configs.push(path);
        }
        Ok(Party {
            dir,
            stack: stack.clone(),
            host,
            host_password,
            families,
            configs,
            store,
        })
    }

    pub fn config(&self) -> PathBuf {
        self.configs[0].clone()
    }

    /// `rsvpd SUBCOMMAND -c CONFIG` with the password in its environment.
    pub fn rsvpd(&self, subcommand: &str) -> Command {
        self.rsvpd_with(subcommand, &self.configs[0])
    }

    fn rsvpd_with(&self, subcommand: &str, config: &Path) -> Command {
        let mut cmd = Command::new(rsvpd_bin());
        cmd.arg(subcommand)
            .arg("-c")
            .arg(config)
            .env(PASSWORD_ENV, &self.host_password)
            .env_remove("RSVPD_CONFIG");
        cmd
    }

    /// `rsvpd send`, which must succeed.
    pub fn send_invitations(&self) -> Result<()> {
        let out = self.rsvpd("send").stdin(Stdio::null()).output()?;
        if !out.status.success() {
            bail!(
                "rsvpd send: {}: {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
        }
        Ok(())
    }

    /// `rsvpd run` with JSON logs into `log` (in the party's directory).
    pub fn start_daemon(&self, log: &str) -> Result<Daemon> {
        self.start_worker(0, log)
    }

    /// `rsvpd run` with configuration `k`, JSON logs into `log`.
    pub fn start_worker(&self, k: usize, log: &str) -> Result<Daemon> {
        let config = self.configs.get(k).context("no such worker")?;
        let file = std::fs::File::create(self.dir.path().join(log))?;
        let child = self
            .rsvpd_with("run", config)
            .args(["--log-format", "json"])
            .env("RSVPD_LOG", "info")
            .stdin(Stdio::null())
            .stdout(file.try_clone()?)
            .stderr(file)
            .spawn()
            .context("spawning rsvpd run")?;
        Ok(Daemon(child))
    }

    /// A read-only connection to the daemon's SQLite database.
    pub fn db(&self) -> Result<rusqlite::Connection> {
        Ok(rusqlite::Connection::open_with_flags(
            self.dir.path().join("state/rsvpd.sqlite3"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )?)
    }

    pub fn count(&self, db: &rusqlite::Connection, sql: &str) -> i64 {
        db.query_row(sql, [], |r| r.get(0)).unwrap_or(-1)
    }

    /// Every family's reply address and invitation Message-ID, in family order.
    pub fn invitations(&self) -> Result<Vec<(String, String)>> {
        let (local, domain) = self.host.split_once('@').unwrap_or_default();
        Ok(self
            .store
            .rows(
                "SELECT i.token, i.message_id FROM invitations i
                 JOIN families f ON f.id = i.family_id ORDER BY f.key",
            )?
            .into_iter()
            .filter_map(|row| {
                let [token, id] = <[String; 2]>::try_from(row).ok()?;
                Some((format!("{local}+rsvp-{token}@{domain}"), id))
            })
            .collect())
    }
}

/// The throwaway PostgreSQL that `RSVPD_PGSTACK` names (a
/// `scripts/pgstack` server's `pgstack.env`).
pub struct Pg {
    pub bin: PathBuf,
    pub port: String,
    pub password: String,
}

impl Pg {
    pub fn from_env() -> Result<Option<Pg>> {
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

    /// The server `--postgres` asks for, checked against `workers`:
    /// SQLite is one process.
    pub fn from_args(workers: usize) -> Result<Option<Pg>> {
        if !std::env::args().any(|a| a == "--postgres") {
            if workers > 1 {
                bail!("SQLite is one process: --workers {workers} needs --postgres");
            }
            return Ok(None);
        }
        Pg::from_env()?
            .context("--postgres needs RSVPD_PGSTACK (scripts/bench.sh --postgres)")
            .map(Some)
    }

    pub fn psql(&self, db: &str, sql: &str) -> Result<String> {
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

    /// Create database `name`; returns the `[store]` section that selects
    /// it, its password in a file in `dir`.
    pub fn fresh_database(&self, dir: &Path, name: &str) -> Result<String> {
        self.psql("rsvpd", &format!("CREATE DATABASE {name}"))?;
        let password = dir.join("pg-password");
        std::fs::write(&password, &self.password)?;
        Ok(format!(
            "[store]\nurl = \"postgres://rsvpd@127.0.0.1:{}/{name}\"\npassword_file = \"{}\"\n\n",
            self.port,
            password.display()
        ))
    }
}

/// A party's database as the benchmark reads it: every value as text.
pub enum StoreView {
    Sqlite(PathBuf),
    Postgres {
        runtime: tokio::runtime::Runtime,
        client: tokio_postgres::Client,
    },
}

impl StoreView {
    fn postgres(pg: &Pg, db: &str) -> Result<StoreView> {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        let url = format!(
            "host=127.0.0.1 port={} user=rsvpd password={} dbname={db}",
            pg.port, pg.password
        );
        let client = runtime.block_on(async {
            let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls).await?;
            tokio::spawn(connection);
            anyhow::Ok(client)
        })?;
        Ok(StoreView::Postgres { runtime, client })
    }

    /// Every row of `sql`, each column as text (NULL as "").
    pub fn rows(&self, sql: &str) -> Result<Vec<Vec<String>>> {
        match self {
            StoreView::Sqlite(path) => {
                let db = rusqlite::Connection::open_with_flags(
                    path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
                )?;
                let mut stmt = db.prepare_cached(sql)?;
                let columns = stmt.column_count();
                let rows = stmt
                    .query_map([], |r| {
                        (0..columns)
                            .map(|i| {
                                Ok(match r.get_ref(i)? {
                                    rusqlite::types::ValueRef::Null => String::new(),
                                    rusqlite::types::ValueRef::Integer(v) => v.to_string(),
                                    rusqlite::types::ValueRef::Real(v) => v.to_string(),
                                    rusqlite::types::ValueRef::Text(t)
                                    | rusqlite::types::ValueRef::Blob(t) => {
                                        String::from_utf8_lossy(t).into_owned()
                                    }
                                })
                            })
                            .collect()
                    })?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(rows)
            }
            StoreView::Postgres { runtime, client } => {
                let messages = runtime.block_on(client.simple_query(sql))?;
                Ok(messages
                    .iter()
                    .filter_map(|m| match m {
                        tokio_postgres::SimpleQueryMessage::Row(row) => Some(
                            (0..row.len())
                                .map(|i| row.get(i).unwrap_or_default().to_owned())
                                .collect(),
                        ),
                        _ => None,
                    })
                    .collect())
            }
        }
    }

    /// The first column of the first row of `sql`, a count.
    pub fn count(&self, sql: &str) -> Result<i64> {
        let rows = self.rows(sql)?;
        let value = rows
            .first()
            .and_then(|r| r.first())
            .with_context(|| format!("no row: {sql}"))?;
        value
            .parse()
            .with_context(|| format!("not a count: {value}"))
    }
}

/// A plain-text reply from `from` to a family's reply address.
pub fn reply_text(
    from: &str,
    reply_to: &str,
    thread_id: &str,
    message_id: &str,
    body: &str,
) -> String {
    let thread = if thread_id.starts_with('<') {
        thread_id.to_owned()
    } else {
        format!("<{thread_id}>")
    };
    format!(
        "From: <{from}>\r\nTo: <{reply_to}>\r\nSubject: Re: Class party\r\nMessage-ID: <{message_id}>\r\nIn-Reply-To: {thread}\r\nReferences: {thread}\r\nDate: {}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
        wall_now().to_rfc2822()
    )
}

/// Reply bodies in a few styles and languages.
pub const REPLY_BODIES: &[&str] = &[
    "Yes, we'll be there! 2 kids coming.",
    "Sorry, we can't make it, we're away that weekend.",
    "Maybe, depends on football practice. Will confirm.",
    "Hola! Sí, vamos a ir los dos.",
    "Count us in, Mia and her brother Leo will come.",
    "No, unfortunately Sam is sick.",
];

/// The `rsvpd` binary: `RSVPD_BIN`, else `target/release/rsvpd`.
pub fn rsvpd_bin() -> PathBuf {
    std::env::var_os("RSVPD_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/rsvpd"))
}

/// Deliver one message over plain SMTP (no TLS, no AUTH, as another server
/// would); returns the wall-clock moment the server answered the data with 250.
pub fn smtp_send(port: u16, from: &str, to: &str, raw: &str) -> Result<DateTime<Utc>> {
    let stream = TcpStream::connect(("127.0.0.1", port)).context("connect smtp")?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    stream.set_nodelay(true)?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    let mut expect = |code: &str| -> Result<()> {
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).context("smtp read")?;
            if !line.starts_with(code) {
                bail!("expected {code}, got {line:?}");
            }
            if line.as_bytes().get(3) != Some(&b'-') {
                return Ok(());
            }
        }
    };
    expect("220")?;
    let mut say = |line: &str, code: &str| -> Result<()> {
        writer.write_all(line.as_bytes())?;
        expect(code)
    };
    say("EHLO bench.local\r\n", "250")?;
    say(&format!("MAIL FROM:<{from}>\r\n"), "250")?;
    say(&format!("RCPT TO:<{to}>\r\n"), "250")?;
    say("DATA\r\n", "354")?;
    let mut data = String::with_capacity(raw.len() + 16);
    for line in raw.replace("\r\n", "\n").lines() {
        if line.starts_with('.') {
            data.push('.');
        }
        data.push_str(line);
        data.push_str("\r\n");
    }
    data.push_str(".\r\n");
    say(&data, "250")?;
    let accepted = wall_now();
    let _ = say("QUIT\r\n", "221");
    Ok(accepted)
}

/// A running daemon, killed if dropped without being stopped.
pub struct Daemon(pub Child);

impl Daemon {
    pub fn pid(&self) -> u32 {
        self.0.id()
    }

    /// SIGTERM and wait; how long it took and whether it exited 0.
    pub fn stop(mut self) -> Result<(Duration, bool)> {
        let started = Instant::now();
        Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status()?;
        let status = self.0.wait()?;
        Ok((started.elapsed(), status.success()))
    }

    pub fn alive(&mut self) -> bool {
        matches!(self.0.try_wait(), Ok(None))
    }
}

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

/// Memory and CPU of one process, from `/proc`.
#[derive(Debug, Clone, Copy)]
pub struct ProcSample {
    pub rss_kb: u64,
    pub hwm_kb: u64,
    /// utime + stime in clock ticks.
    pub cpu_ticks: u64,
}

pub fn sample(pid: u32) -> Option<ProcSample> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next())
            .and_then(|v| v.parse().ok())
    };
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // fields after the command name, which may hold spaces: state is field 3
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(ProcSample {
        rss_kb: field("VmRSS:")?,
        hwm_kb: field("VmHWM:")?,
        cpu_ticks: utime + stime,
    })
}

/// Where a process's resident memory is: the RssAnon/RssFile/RssShmem
/// split and the largest mappings, as printable lines.
pub fn rss_breakdown(pid: u32) -> Vec<String> {
    let mut out = Vec::new();
    if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status")) {
        let split: Vec<String> = status
            .lines()
            .filter(|l| l.starts_with("Rss") || l.starts_with("Threads"))
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        out.push(split.join(", "));
    }
    let Ok(smaps) = std::fs::read_to_string(format!("/proc/{pid}/smaps")) else {
        return out;
    };
    // smaps: a header line per mapping, then "Key: value kB" lines.
    let mut maps: Vec<(u64, String)> = Vec::new();
    for line in smaps.lines() {
        let first = line.split_whitespace().next().unwrap_or("");
        if first.contains('-') && !first.ends_with(':') {
            let mut fields = line.split_whitespace();
            let perms = fields.nth(1).unwrap_or("");
            let name = fields.nth(3).unwrap_or("[anon]");
            maps.push((0, format!("{name} {perms}")));
        } else if let Some(v) = line.strip_prefix("Rss:")
            && let Some(last) = maps.last_mut()
        {
            last.0 = v
                .split_whitespace()
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
        }
    }
    let mut by_name: std::collections::BTreeMap<String, u64> = Default::default();
    for (kb, name) in maps {
        *by_name.entry(name).or_default() += kb;
    }
    let mut sorted: Vec<_> = by_name.into_iter().collect();
    sorted.sort_by_key(|entry| std::cmp::Reverse(entry.1));
    for (name, kb) in sorted.into_iter().take(10) {
        out.push(format!("{:>8.1} MB  {name}", kb as f64 / 1024.0));
    }
    out
}

/// The machine's CPU time so far (the `cpu` line of /proc/stat), in seconds.
#[derive(Debug, Clone, Copy, Default)]
pub struct MachineCpu {
    pub busy: f64,
    pub total: f64,
    pub cores: usize,
}

impl MachineCpu {
    /// What was spent between `earlier` and this sample.
    pub fn since(&self, earlier: &MachineCpu) -> MachineCpu {
        MachineCpu {
            busy: self.busy - earlier.busy,
            total: self.total - earlier.total,
            cores: self.cores,
        }
    }
}

pub fn machine_cpu() -> MachineCpu {
    let ticks = clock_ticks() as f64;
    let text = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    let cores = text
        .lines()
        .filter(|l| l.starts_with("cpu") && !l.starts_with("cpu "))
        .count();
    let fields: Vec<f64> = text
        .lines()
        .next()
        .unwrap_or_default()
        .split_whitespace()
        .skip(1)
        .filter_map(|v| v.parse().ok())
        .collect();
    let total: f64 = fields.iter().sum();
    // idle and iowait
    let idle = fields.get(3).unwrap_or(&0.0) + fields.get(4).unwrap_or(&0.0);
    MachineCpu {
        busy: (total - idle) / ticks,
        total: total / ticks,
        cores,
    }
}

/// Clock ticks per second (`getconf CLK_TCK`, 100 on Linux).
pub fn clock_ticks() -> u64 {
    Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|o| String::from_utf8_lossy(&o.stdout).trim().parse().ok())
        .unwrap_or(100)
}

/// Wait until `ready` or the deadline; polls every `every`.
pub fn wait_for(
    what: &str,
    limit: Duration,
    every: Duration,
    mut ready: impl FnMut() -> Result<bool>,
) -> Result<Duration> {
    let start = Instant::now();
    loop {
        if ready()? {
            return Ok(start.elapsed());
        }
        if start.elapsed() > limit {
            bail!("timed out after {limit:?} waiting for {what}");
        }
        std::thread::sleep(every);
    }
}

/// The value at quantile `q` (0..=1) of sorted `v`, nearest rank.
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    if sorted.is_empty() {
        return f64::NAN;
    }
    let rank = ((q * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Parse rsvpd's RFC 3339 timestamps.
pub fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A line for the summary table that `scripts/bench.sh` collects.
pub fn result(bench: &str, metric: &str, value: impl std::fmt::Display, goal: &str) {
    println!("RESULT\t{bench}\t{metric}\t{value}\t{goal}");
}

/// Simple `--key value` arguments after `cargo bench --bench X --`.
pub fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}
