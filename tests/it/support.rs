//! Test support: the real Postfix + Dovecot stack that `scripts/test.sh`
//! starts on 127.0.0.1 (see `scripts/mailstack/`).
//!
//! `RSVPD_MAILSTACK` names the stack's `mailstack.env` (or its directory).
//! Without it a test that needs the stack prints a skip line and returns,
//! unless `RSVPD_REQUIRE_MAILSTACK=1` (which `scripts/test.sh` sets): then it
//! fails, so the suite can never pass by skipping. Never starts or stops the
//! stack itself.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use rsvpd::mail::tls::TlsConfig;

/// A running mail stack: where to reach it and how to change it.
#[derive(Debug, Clone)]
pub struct Stack {
    /// The stack's directory (configs, logs, Maildirs).
    pub dir: PathBuf,
    /// Always 127.0.0.1.
    pub host: String,
    /// Plain SMTP: STARTTLS and AUTH offered, neither required for mail to
    /// the hosted domains (as a stranger's server would send it).
    pub smtp_port: u16,
    /// Submission: STARTTLS, then AUTH, required.
    pub submission_port: u16,
    /// SMTPS: implicit TLS, AUTH required.
    pub smtps_port: u16,
    /// IMAP: STARTTLS offered, plain LOGIN allowed (loopback).
    pub imap_port: u16,
    /// IMAPS: implicit TLS.
    pub imaps_port: u16,
    /// The throwaway CA that signed the servers' certificate.
    pub ca_cert: PathBuf,
    /// Domains whose mail the stack delivers (e.g. `families.test`).
    pub domains: Vec<String>,
    /// Command prefix for the stack's scripts when tests do not run as root.
    sudo: Option<String>,
}

/// The running stack, or `None` (after printing why) when there is none and
/// none is required.
pub fn mailstack() -> Option<Stack> {
    let Some(location) = std::env::var_os("RSVPD_MAILSTACK").filter(|v| !v.is_empty()) else {
        if std::env::var("RSVPD_REQUIRE_MAILSTACK").as_deref() == Ok("1") {
            panic!(
                "RSVPD_REQUIRE_MAILSTACK=1 but RSVPD_MAILSTACK is not set (run scripts/test.sh)"
            );
        }
        eprintln!("skipped: mail stack not running (run scripts/test.sh)");
        return None;
    };
    let mut env_file = PathBuf::from(location);
    if env_file.is_dir() {
        env_file.push("mailstack.env");
    }
    let text = std::fs::read_to_string(&env_file)
        .unwrap_or_else(|e| panic!("RSVPD_MAILSTACK: cannot read {}: {e}", env_file.display()));
    let vars = parse_env(&text);
    let get = |key: &str| -> String {
        vars.get(key)
            .cloned()
            .unwrap_or_else(|| panic!("{} has no {key}", env_file.display()))
    };
    let port = |key: &str| -> u16 {
        get(key)
            .parse()
            .unwrap_or_else(|e| panic!("{}: {key} is not a port: {e}", env_file.display()))
    };
    Some(Stack {
        dir: PathBuf::from(get("MAILSTACK_DIR")),
        host: get("MAILSTACK_HOST"),
        smtp_port: port("MAILSTACK_SMTP_PORT"),
        submission_port: port("MAILSTACK_SUBMISSION_PORT"),
        smtps_port: port("MAILSTACK_SMTPS_PORT"),
        imap_port: port("MAILSTACK_IMAP_PORT"),
        imaps_port: port("MAILSTACK_IMAPS_PORT"),
        ca_cert: PathBuf::from(get("MAILSTACK_CA_CERT")),
        domains: get("MAILSTACK_DOMAINS")
            .split_whitespace()
            .map(str::to_owned)
            .collect(),
        sudo: std::env::var("RSVPD_MAILSTACK_SUDO")
            .ok()
            .filter(|s| !s.is_empty()),
    })
}

/// `KEY=VALUE` lines; values may be double-quoted.
fn parse_env(text: &str) -> HashMap<String, String> {
    text.lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.split_once('='))
        .map(|(key, value)| {
            let value = value.trim();
            let value = value
                .strip_prefix('"')
                .and_then(|v| v.strip_suffix('"'))
                .unwrap_or(value);
            (key.trim().to_owned(), value.to_owned())
        })
        .collect()
}

impl Stack {
    /// Adds a new user with an empty mailbox and a random password, on the
    /// families domain: `(address, password)`. Unique per call, across
    /// test processes and runs.
    pub fn fresh_user(&self, prefix: &str) -> (String, String) {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let nonce = getrandom::u32().expect("random source");
        let domain = self
            .domains
            .iter()
            .find(|d| d.as_str() == "families.test")
            .or(self.domains.first())
            .expect("the stack hosts at least one domain");
        let address = format!("{prefix}-{}-{n}-{nonce:08x}@{domain}", std::process::id());
        let out = self.ctl(&["add-user", &address]);
        let (added, password) = out
            .trim()
            .split_once(' ')
            .unwrap_or_else(|| panic!("ctl.sh add-user printed {out:?}"));
        assert_eq!(added, address, "ctl.sh add-user answered for another user");
        (address, password.to_owned())
    }

    /// Runs `scripts/mailstack/ctl.sh DIR ARGS...` (e.g. `["tempfail",
    /// addr]`) and returns its standard output; panics if it fails.
    pub fn ctl(&self, args: &[&str]) -> String {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/mailstack/ctl.sh");
        let mut command = match &self.sudo {
            Some(sudo) => {
                let mut c = Command::new(sudo);
                c.arg("-n").arg(&script);
                c
            }
            None => Command::new(&script),
        };
        let output = command
            .arg(&self.dir)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
        assert!(
            output.status.success(),
            "ctl.sh {args:?} failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    }

    /// TLS settings trusting the Mozilla roots plus this stack's CA.
    pub fn tls(&self) -> TlsConfig {
        TlsConfig::with_extra_ca_file(Some(&self.ca_cert))
            .unwrap_or_else(|e| panic!("stack CA {}: {e:#}", self.ca_cert.display()))
    }
}

/// A stack of the test's own, for tests that stop or restart a server
/// (which would disturb every other test on the shared stack). Stopped and
/// deleted when dropped.
pub struct PrivateStack {
    pub stack: Stack,
}

impl PrivateStack {
    /// Start one next to the shared stack; `None` (after printing why) when
    /// there is no shared stack, i.e. mail-stack tests are not being run.
    pub fn start() -> Option<PrivateStack> {
        let shared = mailstack()?;
        let scripts = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/mailstack");
        let dir = PathBuf::from(format!(
            "/tmp/rsvpd-private-{}-{:08x}",
            std::process::id(),
            getrandom::u32().expect("random source")
        ));
        std::fs::create_dir_all(&dir).expect("private stack dir");
        let mut command = match &shared.sudo {
            Some(sudo) => {
                let mut c = Command::new(sudo);
                c.arg("-n").arg(scripts.join("start.sh"));
                c
            }
            None => Command::new(scripts.join("start.sh")),
        };
        let output = command
            .arg(&dir)
            .env("MAILSTACK_AUTO_PORTS", "1")
            .output()
            .expect("run start.sh");
        assert!(
            output.status.success(),
            "private mail stack did not start: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = std::fs::read_to_string(dir.join("mailstack.env")).expect("mailstack.env");
        let vars = parse_env(&text);
        let port = |key: &str| -> u16 { vars.get(key).and_then(|p| p.parse().ok()).expect("port") };
        Some(PrivateStack {
            stack: Stack {
                dir: dir.clone(),
                host: vars
                    .get("MAILSTACK_HOST")
                    .cloned()
                    .unwrap_or_else(|| "127.0.0.1".into()),
                smtp_port: port("MAILSTACK_SMTP_PORT"),
                submission_port: port("MAILSTACK_SUBMISSION_PORT"),
                smtps_port: port("MAILSTACK_SMTPS_PORT"),
                imap_port: port("MAILSTACK_IMAP_PORT"),
                imaps_port: port("MAILSTACK_IMAPS_PORT"),
                ca_cert: PathBuf::from(vars.get("MAILSTACK_CA_CERT").cloned().expect("ca")),
                domains: vars
                    .get("MAILSTACK_DOMAINS")
                    .map(|d| d.split_whitespace().map(str::to_owned).collect())
                    .unwrap_or_default(),
                sudo: shared.sudo.clone(),
            },
        })
    }
}

impl Drop for PrivateStack {
    fn drop(&mut self) {
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/mailstack/stop.sh");
        let mut command = match &self.stack.sudo {
            Some(sudo) => {
                let mut c = Command::new(sudo);
                c.arg("-n").arg(&script);
                c
            }
            None => Command::new(&script),
        };
        let _ = command
            .arg(&self.stack.dir)
            .args(["--fast", "--purge"])
            .output();
    }
}

/// The `rsvpd` binary under test, with no configuration from the environment.
pub fn rsvpd() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("rsvpd").expect("binary");
    cmd.env_remove("RSVPD_CONFIG");
    cmd
}

/// `rsvpd init DIR`, on the backend under test (see [`use_test_store`]).
/// Rewrites the file at `path` with `f` applied to its text.
pub fn edit(path: &Path, f: impl FnOnce(String) -> String) {
    let text = std::fs::read_to_string(path).expect("read");
    std::fs::write(path, f(text)).expect("write");
}

pub fn init(dir: &Path) {
    rsvpd().arg("init").arg(dir).assert().success();
    use_test_store(&dir.join("rsvpd.toml"));
}

/// Whether this run puts the behaviour tests on PostgreSQL:
/// `RSVPD_TEST_STORE=postgres` (`scripts/test.sh` runs them once on each).
pub fn on_postgres() -> bool {
    match std::env::var("RSVPD_TEST_STORE").as_deref() {
        Ok("postgres") => true,
        Ok("" | "sqlite") | Err(_) => false,
        Ok(other) => panic!("RSVPD_TEST_STORE={other:?}: use sqlite or postgres"),
    }
}

/// On PostgreSQL runs, point the configuration at `config` to a fresh
/// database of the shared server (its password in a file next to it);
/// otherwise leave it on the SQLite file in its state folder.
pub fn use_test_store(config: &Path) {
    if !on_postgres() {
        return;
    }
    let pg = PgStack::shared().expect("RSVPD_TEST_STORE=postgres needs RSVPD_PGSTACK");
    let url = pg.fresh_database();
    let dir = config.parent().expect("config folder");
    std::fs::write(dir.join("pg.password"), &pg.password).expect("password file");
    let mut text = std::fs::read_to_string(config).expect("read config");
    text.push_str(&format!(
        "\n[store]\nurl = \"{url}\"\npassword_file = \"pg.password\"\n"
    ));
    std::fs::write(config, text).expect("write config");
}

/// The store a configuration names, opened and migrated.
pub fn open_store(config: &rsvpd::config::Config) -> rsvpd::store::Store {
    rsvpd::store::Store::connect(&rsvpd::store::Location::of(config)).expect("store")
}

/// Run one SQL statement (no parameters) on the store of `config`.
pub fn execute(config: &Path, sql: &str) {
    let text = std::fs::read_to_string(config).expect("read config");
    match text
        .lines()
        .find_map(|l| l.strip_prefix("url = \"postgres://"))
    {
        Some(rest) => {
            let pg = PgStack::shared().expect("RSVPD_PGSTACK");
            pg.psql(rest.trim_end_matches('"'), sql);
        }
        None => {
            let db = rusqlite::Connection::open(
                config.parent().expect("folder").join("state/rsvpd.sqlite3"),
            )
            .expect("db");
            db.execute_batch(sql).expect("sql");
        }
    }
}

/// A PostgreSQL started by `scripts/pgstack/start.sh`: the shared one that
/// `scripts/test.sh` runs (`RSVPD_PGSTACK`), or a private one for a test
/// that stops it.
pub struct PgStack {
    pub dir: PathBuf,
    pub port: u16,
    pub user: String,
    pub password: String,
    bin: PathBuf,
    sudo: Option<String>,
    private: bool,
}

impl PgStack {
    /// The shared server, or `None` (after printing why) when there is none
    /// and none is required (`RSVPD_REQUIRE_PGSTACK=1`).
    pub fn shared() -> Option<PgStack> {
        let Some(location) = std::env::var_os("RSVPD_PGSTACK").filter(|v| !v.is_empty()) else {
            if std::env::var("RSVPD_REQUIRE_PGSTACK").as_deref() == Ok("1") {
                panic!(
                    "RSVPD_REQUIRE_PGSTACK=1 but RSVPD_PGSTACK is not set (run scripts/test.sh)"
                );
            }
            eprintln!("skipped: PostgreSQL not running (run scripts/test.sh)");
            return None;
        };
        let mut env_file = PathBuf::from(location);
        if env_file.is_dir() {
            env_file.push("pgstack.env");
        }
        Some(PgStack::read(&env_file, false))
    }

    /// A server of the test's own (stopped and deleted when dropped), when
    /// PostgreSQL tests are being run at all.
    pub fn private() -> Option<PgStack> {
        PgStack::shared()?;
        let dir = PathBuf::from(format!(
            "/tmp/rsvpd-pg-private-{}-{:08x}",
            std::process::id(),
            getrandom::u32().expect("random source")
        ));
        let sudo = std::env::var("RSVPD_MAILSTACK_SUDO")
            .ok()
            .filter(|s| !s.is_empty());
        pg_script(sudo.as_deref(), &dir, "start.sh", &[]);
        Some(PgStack::read(&dir.join("pgstack.env"), true))
    }

    fn read(env_file: &Path, private: bool) -> PgStack {
        let text = std::fs::read_to_string(env_file)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", env_file.display()));
        let vars = parse_env(&text);
        let get = |key: &str| -> String {
            vars.get(key)
                .cloned()
                .unwrap_or_else(|| panic!("{} has no {key}", env_file.display()))
        };
        PgStack {
            dir: PathBuf::from(get("PGSTACK_DIR")),
            port: get("PGSTACK_PORT").parse().expect("PGSTACK_PORT"),
            user: get("PGSTACK_USER"),
            password: get("PGSTACK_PASSWORD"),
            bin: PathBuf::from(get("PGSTACK_BIN")),
            sudo: std::env::var("RSVPD_MAILSTACK_SUDO")
                .ok()
                .filter(|s| !s.is_empty()),
            private,
        }
    }

    /// Start a private server again (same folder, port and data).
    pub fn start(&self) {
        assert!(self.private, "only a private server is started by a test");
        pg_script(self.sudo.as_deref(), &self.dir, "start.sh", &[]);
    }

    /// Stop a private server (`immediate`: as if it crashed).
    pub fn stop(&self, immediate: bool) {
        assert!(self.private, "only a private server is stopped by a test");
        pg_script(
            self.sudo.as_deref(),
            &self.dir,
            "stop.sh",
            if immediate { &["--immediate"] } else { &[] },
        );
    }

    /// A new, empty database of the test's own: its URL, without the password.
    pub fn fresh_database(&self) -> String {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let name = format!(
            "t_{}_{}_{:08x}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed),
            getrandom::u32().expect("random source")
        );
        self.psql("rsvpd", &format!("CREATE DATABASE {name}"));
        format!("postgres://{}@127.0.0.1:{}/{name}", self.user, self.port)
    }

    /// Run `sql` in database `db` (a name or a URL from
    /// [`PgStack::fresh_database`]); the rows, one a line, `|` between columns.
    pub fn psql(&self, db: &str, sql: &str) -> String {
        let db = db.rsplit('/').next().unwrap_or(db);
        let output = Command::new(self.bin.join("psql"))
            .args(["-h", "127.0.0.1", "-p", &self.port.to_string()])
            .args(["-U", &self.user, "-d", db, "-X", "-A", "-t", "-q"])
            .args(["-v", "ON_ERROR_STOP=1", "-c", sql])
            .env("PGPASSWORD", &self.password)
            .output()
            .expect("run psql");
        assert!(
            output.status.success(),
            "psql {sql:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).trim().to_owned()
    }

    /// `psql` for one number (0 when the query fails: the server is down).
    pub fn count(&self, db: &str, sql: &str) -> i64 {
        self.psql(db, sql).parse().unwrap_or(0)
    }
}

impl Drop for PgStack {
    fn drop(&mut self) {
        if self.private {
            self.stop(true);
            let _ = std::fs::remove_dir_all(&self.dir);
        }
    }
}

/// Run `scripts/pgstack/NAME DIR ARGS...`; panics if it fails.
fn pg_script(sudo: Option<&str>, dir: &Path, name: &str, args: &[&str]) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("scripts/pgstack")
        .join(name);
    let mut command = match sudo {
        Some(sudo) => {
            let mut c = Command::new(sudo);
            c.arg("-n").arg(&script);
            c
        }
        None => Command::new(&script),
    };
    let output = command
        .arg(dir)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {}: {e}", script.display()));
    assert!(
        output.status.success(),
        "pgstack {name} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}
