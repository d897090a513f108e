//! `rsvpd receive`: one message on standard input, recorded once; a store
//! that cannot be reached exits 75 so the mail transfer agent retries. Also
//! through Postfix's pipe(8) transport, with PostgreSQL stopped and started.

use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::time::Duration;

use crate::daemon_imap::{Party, smtp_send, stop, wait_until};
use crate::daemon_local::{invited, reply};
use crate::support::{PgStack, PrivateStack, rsvpd};

const PARENT: &str = "ngozi.okafor@example.com";

fn sqlite_count(dir: &Path, sql: &str) -> i64 {
    rusqlite::Connection::open(dir.join("state/rsvpd.sqlite3"))
        .expect("db")
        .query_row(sql, [], |r| r.get(0))
        .expect("count")
}

#[test]
fn a_reply_on_stdin_is_recorded_once_and_confirmed_with_sqlite() {
    let dir = invited();
    let config = dir.path().join("rsvpd.toml");
    let raw = reply(dir.path(), PARENT, 1, "Yes, we'll be there, 2 of us!");
    for _ in 0..2 {
        // The second delivery is the same Message-ID: exit 0, nothing new.
        rsvpd()
            .args(["receive", "-c"])
            .arg(&config)
            .write_stdin(raw.clone())
            .assert()
            .code(0);
    }
    assert_eq!(
        sqlite_count(dir.path(), "SELECT count(*) FROM inbound_messages"),
        1
    );
    assert_eq!(
        sqlite_count(dir.path(), "SELECT count(*) FROM responses"),
        1
    );
    assert_eq!(
        sqlite_count(
            dir.path(),
            "SELECT count(*) FROM responses WHERE answer = 'yes' AND guests = 2"
        ),
        1
    );
    assert_eq!(
        sqlite_count(
            dir.path(),
            "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND recipient = 'ngozi.okafor@example.com'"
        ),
        1,
        "one confirmation queued for the outbox worker"
    );
}

#[test]
fn an_unreachable_store_exits_75_and_changes_nothing() {
    let dir = invited();
    let config = dir.path().join("rsvpd.toml");
    let raw = reply(dir.path(), PARENT, 2, "Sorry, we can't come.");
    let text = std::fs::read_to_string(&config).expect("config");

    // SQLite: the state folder cannot be created (a file is in the way).
    std::fs::write(dir.path().join("blocked"), "").expect("file");
    let blocked = dir.path().join("blocked.toml");
    std::fs::write(
        &blocked,
        text.replace("state_dir = \"state\"", "state_dir = \"blocked/state\""),
    )
    .expect("config");
    let out = rsvpd()
        .args(["receive", "-c"])
        .arg(&blocked)
        .write_stdin(raw.clone())
        .assert()
        .code(75);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.starts_with("rsvpd: "), "{stderr}");

    // PostgreSQL: nothing listens on the port.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = closed.local_addr().expect("addr").port();
    drop(closed);
    let pg = dir.path().join("pg.toml");
    std::fs::write(
        &pg,
        format!("{text}\n[store]\nurl = \"postgres://rsvpd@127.0.0.1:{port}/rsvpd\"\n"),
    )
    .expect("config");
    rsvpd()
        .args(["receive", "-c"])
        .arg(&pg)
        .write_stdin(raw.clone())
        .assert()
        .code(75);

    // A configuration being edited defers too, rather than bouncing a reply.
    std::fs::write(dir.path().join("broken.toml"), "[host\n").expect("config");
    rsvpd()
        .args(["receive", "-c"])
        .arg(dir.path().join("broken.toml"))
        .write_stdin(raw.clone())
        .assert()
        .code(75);

    assert_eq!(
        sqlite_count(dir.path(), "SELECT count(*) FROM responses"),
        0
    );
    // Once the store is back the same message is recorded.
    rsvpd()
        .args(["receive", "-c"])
        .arg(&config)
        .write_stdin(raw)
        .assert()
        .code(0);
    assert_eq!(
        sqlite_count(dir.path(), "SELECT count(*) FROM responses"),
        1
    );
}

/// The user pipe(8) runs `rsvpd receive` as (it never runs a command as root).
const PIPE_USER: &str = "nobody";

#[test]
fn postfix_pipes_replies_into_postgres_and_retries_through_an_outage() {
    // A transport of its own reloads Postfix: not on the shared stack.
    let Some(private) = PrivateStack::start() else {
        return;
    };
    let Some(pg) = PgStack::private() else { return };
    let url = pg.fresh_database();
    let party = Party::new(private.stack.clone(), 3, 0);
    // The pipe user reads the configuration and the database password.
    std::fs::set_permissions(party.dir.path(), std::fs::Permissions::from_mode(0o755))
        .expect("chmod");
    let password_file = party.dir.path().join("pg-password");
    std::fs::write(&password_file, &pg.password).expect("password");
    let config = std::fs::read_to_string(party.config()).expect("config");
    std::fs::write(
        party.config(),
        format!(
            "{config}\n[store]\nurl = \"{url}\"\npassword_file = \"{}\"\n",
            password_file.display()
        ),
    )
    .expect("config");
    for file in [party.config(), password_file.clone()] {
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    }
    party.send_invitations();
    assert_eq!(pg.count(&url, "SELECT count(*) FROM invitations"), 3);

    // The host's mail (and its +rsvp- addresses) goes to `rsvpd receive`.
    let bin = assert_cmd::cargo::cargo_bin("rsvpd");
    let config_path = party.config();
    party.stack.ctl(&[
        "pipe",
        &party.host,
        PIPE_USER,
        &bin.display().to_string(),
        "receive",
        "-c",
        &config_path.display().to_string(),
    ]);
    let daemon = party.start();

    let contact = |i: usize| party.families[i].1[0].clone();
    let reply_to = |i: usize| {
        let token = pg.psql(
            &url,
            &format!(
                "SELECT i.token FROM invitations i JOIN contacts c ON c.family_id = i.family_id WHERE c.email = '{}'",
                contact(i)
            ),
        );
        let (local, domain) = party.host.split_once('@').expect("address");
        format!("{local}+rsvp-{token}@{domain}")
    };
    // Read now: the database is down for the third reply.
    let addresses: Vec<String> = (0..3).map(reply_to).collect();
    let send_reply = |i: usize, body: &str| {
        let to = addresses[i].clone();
        let raw = format!(
            "From: <{from}>\r\nTo: <{to}>\r\nSubject: Re: Class party\r\nMessage-ID: <pipe-{i}-{pid}@families.test>\r\nDate: Thu, 26 Nov 2026 10:00:0{i} +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
            from = contact(i),
            pid = std::process::id(),
        );
        smtp_send(party.stack.smtp_port, &contact(i), &to, &raw);
    };
    let responses = || pg.count(&url, "SELECT count(*) FROM responses");

    send_reply(0, "Yes, we will come!");
    send_reply(1, "Sorry, we can't make it.");
    wait_until("two replies recorded", Duration::from_secs(30), || {
        responses() == 2
    });
    // Each family gets one confirmation, delivered by the daemon's outbox
    // worker from the rows `receive` queued.
    for i in 0..2 {
        wait_until("a confirmation delivered", Duration::from_secs(60), || {
            party.confirmations_to(&contact(i)) == 1
        });
    }

    // The store goes away: Postfix keeps the reply and retries.
    pg.stop(false);
    send_reply(2, "Maybe, we'll know on Friday.");
    wait_until(
        "the reply deferred by exit 75",
        Duration::from_secs(30),
        || {
            let queue = party.stack.ctl(&["queue"]);
            queue.contains(&reply_to_hint(&party.host)) && queue.contains("rsvpd: ")
        },
    );
    pg.start();
    party.stack.ctl(&["flush"]);
    wait_until(
        "the deferred reply recorded",
        Duration::from_secs(60),
        || responses() == 3,
    );
    assert_eq!(
        pg.psql(
            &url,
            "SELECT string_agg(answer, ',' ORDER BY answer) FROM responses"
        ),
        "maybe,no,yes"
    );
    assert_eq!(
        pg.count(
            &url,
            "SELECT count(*) FROM inbound_messages WHERE kind = 'reply'"
        ),
        3
    );
    // The daemon rode out the outage too.
    for i in 2..3 {
        wait_until("a confirmation delivered", Duration::from_secs(60), || {
            party.confirmations_to(&contact(i)) == 1
        });
    }
    stop(daemon);
    for i in 0..3 {
        assert_eq!(party.confirmations_to(&contact(i)), 1);
    }
}

/// What `postqueue -p` shows of a message to the host's reply addresses.
fn reply_to_hint(host: &str) -> String {
    let (local, _) = host.split_once('@').expect("address");
    format!("{local}+rsvp-")
}

/// `rsvpd run` in the test's folder, its JSON log in `log`.
fn worker(config: &Path, log: &Path) -> crate::daemon_imap::Daemon {
    crate::daemon_imap::Daemon(
        std::process::Command::new(assert_cmd::cargo::cargo_bin("rsvpd"))
            .args(["run", "--log-format", "json", "-c"])
            .arg(config)
            .env("RSVPD_LOG", "info")
            .stdout(std::process::Stdio::null())
            .stderr(std::fs::File::create(log).expect("log"))
            .spawn()
            .expect("spawn"),
    )
}

fn log_lines(log: &Path, needle: &str) -> usize {
    std::fs::read_to_string(log)
        .unwrap_or_default()
        .lines()
        .filter(|l| l.contains(needle))
        .count()
}

fn receive(config: &Path, raw: &str) -> assert_cmd::assert::Assert {
    rsvpd()
        .args(["receive", "-c"])
        .arg(config)
        .write_stdin(raw.to_owned())
        .assert()
}

#[test]
fn a_running_worker_records_what_receive_hands_it_and_receive_records_alone_without_one() {
    let dir = invited();
    let config = dir.path().join("rsvpd.toml");
    let socket = dir.path().join("state/receive.sock");
    let log = dir.path().join("run.log");
    let daemon = worker(&config, &log);
    wait_until("the worker to listen", Duration::from_secs(30), || {
        log_lines(&log, "receive: listening") == 1
    });
    let first = reply(dir.path(), PARENT, 1, "Yes, we'll be there, 2 of us!");
    receive(&config, &first).code(0);
    receive(&config, &first).code(0);
    assert_eq!(
        log_lines(&log, "receive: recorded a handed-over message"),
        1
    );
    assert_eq!(log_lines(&log, "already recorded"), 1);
    assert_eq!(
        sqlite_count(
            dir.path(),
            "SELECT count(*) FROM responses WHERE answer = 'yes' AND guests = 2"
        ),
        1
    );
    // The worker queued the confirmation and woke its outbox: delivered.
    wait_until("the confirmation", Duration::from_secs(30), || {
        sqlite_count(
            dir.path(),
            "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND state = 'sent'",
        ) == 1
    });

    // Killed: its socket stays behind, nobody answers, receive records alone.
    let mut daemon = daemon;
    daemon.0.kill().expect("kill");
    daemon.0.wait().expect("wait");
    assert!(socket.exists(), "a SIGKILL leaves the socket behind");
    let second = reply(
        dir.path(),
        "wei.chen@example.com",
        2,
        "Sorry, we can't come.",
    );
    receive(&config, &second).code(0);
    assert_eq!(
        sqlite_count(dir.path(), "SELECT count(*) FROM responses"),
        2
    );

    // The next worker takes the stale socket over.
    let log2 = dir.path().join("run2.log");
    let daemon = worker(&config, &log2);
    wait_until("the next worker to listen", Duration::from_secs(30), || {
        log_lines(&log2, "receive: listening") == 1
    });
    let third = reply(
        dir.path(),
        "lucia.garcia@example.com",
        3,
        "Maybe, we'll see.",
    );
    receive(&config, &third).code(0);
    assert_eq!(
        log_lines(&log2, "receive: recorded a handed-over message"),
        1
    );
    assert_eq!(
        sqlite_count(dir.path(), "SELECT count(*) FROM responses"),
        3
    );
    stop(daemon);
    assert!(!socket.exists(), "a worker that stops removes its socket");
}

#[test]
fn a_worker_whose_database_is_down_makes_receive_exit_75_then_records_it() {
    let Some(pg) = PgStack::private() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    rsvpd().arg("init").arg(dir.path()).assert().success();
    let config = dir.path().join("rsvpd.toml");
    std::fs::write(dir.path().join("pg.password"), &pg.password).expect("password");
    let url = pg.fresh_database();
    let mut text = std::fs::read_to_string(&config).expect("config");
    text.push_str(&format!(
        "\n[store]\nurl = \"{url}\"\npassword_file = \"pg.password\"\n"
    ));
    std::fs::write(&config, text).expect("config");
    rsvpd().args(["send", "-c"]).arg(&config).assert().success();
    let log = dir.path().join("run.log");
    let daemon = worker(&config, &log);
    wait_until("the worker to listen", Duration::from_secs(30), || {
        log_lines(&log, "receive: listening") == 1
    });
    let raw = reply(dir.path(), PARENT, 1, "Yes, we'll be there!");
    pg.stop(true);
    let out = receive(&config, &raw).code(75);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    assert!(stderr.starts_with("rsvpd: "), "{stderr}");
    assert!(
        log_lines(&log, "receive:") >= 2,
        "the worker answered the 75 itself"
    );
    pg.start();
    receive(&config, &raw).code(0);
    assert_eq!(
        log_lines(&log, "receive: recorded a handed-over message"),
        1
    );
    assert_eq!(pg.count(&url, "SELECT count(*) FROM responses"), 1);
    stop(daemon);
}
