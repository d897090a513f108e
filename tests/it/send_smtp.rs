//! `rsvpd send` against the real Postfix + Dovecot on 127.0.0.1.

use std::path::PathBuf;
use std::process::Command as Process;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use predicates::prelude::*;

use crate::support::{Stack, mailstack};

const PASSWORD_ENV: &str = "RSVPD_TEST_SMTP_PASSWORD";

/// A party in server mode whose families are fresh mailboxes on the stack.
struct Party {
    dir: tempfile::TempDir,
    stack: Stack,
    host_password: String,
    /// (family key, child, contact addresses)
    families: Vec<(String, String, Vec<String>)>,
}

impl Party {
    fn new(stack: Stack, n_families: usize, rate_per_minute: u32) -> Party {
        let (host, host_password) = stack.fresh_user("host");
        let mut families = Vec::new();
        let mut roster = String::from("family,child,contact_name,email,language\n");
        for i in 0..n_families {
            let key = format!("Family{i:02}");
            let child = format!("Child{i:02} Kid");
            let parents = if i % 4 == 0 { 2 } else { 1 };
            let mut addresses = Vec::new();
            for p in 0..parents {
                let (address, _) = stack.fresh_user(&format!("f{i}p{p}"));
                let lang = if i % 5 == 1 { "es" } else { "" };
                roster.push_str(&format!(
                    "{key},{child},Parent{p} of {i},{address},{lang}\n"
                ));
                addresses.push(address);
            }
            families.push((key, child, addresses));
        }
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("roster.csv"), roster).expect("roster");
        let (local, domain) = host.split_once('@').expect("address");
        let config = format!(
            r#"
[host]
name = "Dana Host"
email = "{host}"
time_zone = "Europe/Zagreb"

[mail]
mode = "server"
reply_address = "{local}+rsvp-{{token}}@{domain}"
retry_initial_seconds = 1
retry_max_seconds = 2

[mail.smtp]
host = "127.0.0.1"
port = {submission}
security = "starttls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
rate_per_minute = {rate_per_minute}
ca_file = "{ca}"

[mail.imap]
host = "127.0.0.1"
port = {imaps}
security = "tls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
ca_file = "{ca}"

[[event]]
slug = "party"
title = "Class party"
start = "2026-12-12T15:00"
end = "2026-12-12T18:00"
location = "Jump Park"
details = "Trampolines."
rsvp_by = "2026-12-05"
roster = "roster.csv"
"#,
            submission = stack.submission_port,
            imaps = stack.imaps_port,
            ca = stack.ca_cert.display(),
        );
        std::fs::write(dir.path().join("rsvpd.toml"), config).expect("config");
        Party {
            dir,
            stack,
            host_password,
            families,
        }
    }

    fn config(&self) -> PathBuf {
        self.dir.path().join("rsvpd.toml")
    }

    fn rsvpd(&self) -> Command {
        let mut cmd = Command::cargo_bin("rsvpd").expect("binary");
        cmd.env(PASSWORD_ENV, &self.host_password)
            .env_remove("RSVPD_CONFIG");
        cmd
    }

    /// `rsvpd ARGS -c CONFIG` in the background, output discarded.
    fn spawn(&self, args: &[&str]) -> std::process::Child {
        Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
            .args(args)
            .arg("-c")
            .arg(self.config())
            .env(PASSWORD_ENV, &self.host_password)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("spawn")
    }

    fn send(&self) -> assert_cmd::assert::Assert {
        self.rsvpd()
            .args(["send", "-c"])
            .arg(self.config())
            .assert()
    }

    fn status(&self) -> serde_json::Value {
        let out = self
            .rsvpd()
            .args(["status", "--json", "-c"])
            .arg(self.config())
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).expect("json")
    }

    fn maildir(&self, address: &str) -> PathBuf {
        let (local, domain) = address.split_once('@').expect("address");
        self.stack
            .dir
            .join("mail")
            .join(domain)
            .join(local)
            .join("Maildir")
    }

    /// The raw messages in a user's mailbox.
    fn mailbox(&self, address: &str) -> Vec<Vec<u8>> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.maildir(address).join(sub)) {
                for e in entries.flatten() {
                    out.push(std::fs::read(e.path()).expect("read mail"));
                }
            }
        }
        out
    }

    fn all_addresses(&self) -> Vec<&str> {
        self.families
            .iter()
            .flat_map(|f| f.2.iter().map(String::as_str))
            .collect()
    }

    /// Wait until Postfix's queue is empty and every address has `n` messages.
    fn wait_for_mail(&self, addresses: &[&str], n: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let counts: Vec<usize> = addresses.iter().map(|a| self.mailbox(a).len()).collect();
            let queue_empty = self.stack.ctl(&["queue"]).contains("Mail queue is empty");
            if queue_empty && counts.iter().all(|&c| c >= n) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "mail did not arrive in 30 s: counts {counts:?}, queue empty: {queue_empty}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn outbox_attempts(&self, recipient: &str) -> Vec<(String, u32)> {
        let db =
            rusqlite::Connection::open(self.dir.path().join("state/rsvpd.sqlite3")).expect("db");
        let mut stmt = db
            .prepare("SELECT state, attempts FROM outbox WHERE recipient = ?1")
            .expect("prepare");
        stmt.query_map([recipient], |r| Ok((r.get(0)?, r.get(1)?)))
            .expect("query")
            .collect::<Result<_, _>>()
            .expect("rows")
    }
}

fn parse(raw: &[u8]) -> mail_parser::Message<'_> {
    mail_parser::MessageParser::default()
        .parse(raw)
        .expect("parses")
}

/// The text/calendar part, unfolded.
fn calendar_part(message: &mail_parser::Message<'_>) -> String {
    use mail_parser::MimeHeaders;
    let part = message
        .parts
        .iter()
        .find(|p| {
            p.content_type().is_some_and(|c| {
                c.ctype().eq_ignore_ascii_case("text")
                    && c.subtype()
                        .is_some_and(|s| s.eq_ignore_ascii_case("calendar"))
            })
        })
        .expect("a text/calendar part");
    String::from_utf8_lossy(part.contents())
        .replace("\r\n", "\n")
        .replace("\n ", "")
}

fn unfolded(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw)
        .replace("\r\n ", "")
        .replace("\r\n\t", "")
}

#[test]
fn thirty_families_each_get_exactly_one_personal_invitation() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 30, 6000);
    party
        .send()
        .success()
        .stdout(predicate::str::contains("queued 30 new invitations"))
        .stdout(predicate::str::contains(
            "delivered 38 messages, 0 deferred, 0 failed",
        ));
    let all = party.all_addresses();
    party.wait_for_mail(&all, 1);
    for (key, child, addresses) in &party.families {
        for address in addresses {
            let mailbox = party.mailbox(address);
            assert_eq!(mailbox.len(), 1, "{address} of {key}");
            let raw = &mailbox[0];
            let message = parse(raw);
            let mut to: Vec<String> = message
                .to()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.address())
                        .map(str::to_lowercase)
                        .collect()
                })
                .unwrap_or_default();
            to.sort();
            let mut expected = addresses.clone();
            expected.sort();
            assert_eq!(
                to, expected,
                "{key}: To must be exactly the family's contacts"
            );
            let text = message.body_text(0).expect("text part");
            assert!(
                text.contains(child.split(' ').next().unwrap_or(child)),
                "{key}: child named"
            );
            let all_text = unfolded(raw);
            let ics = calendar_part(&message);
            assert!(ics.contains("METHOD:REQUEST"), "{ics}");
            for a in addresses {
                assert!(
                    ics.lines().any(|l| l.starts_with("ATTENDEE")
                        && l.contains("RSVP=TRUE")
                        && l.to_lowercase().ends_with(&format!("mailto:{a}"))),
                    "{key}: .ics has an ATTENDEE for {a}: {ics}"
                );
            }
            assert_eq!(ics.matches("\nATTENDEE").count(), addresses.len(), "{ics}");
            for other in &all {
                if !addresses.iter().any(|a| a == other) {
                    assert!(
                        !all_text.contains(other),
                        "{key}'s invitation mentions {other}"
                    );
                }
            }
            let reply_to = message
                .reply_to()
                .and_then(|r| r.first())
                .and_then(|a| a.address())
                .expect("reply-to");
            assert!(reply_to.contains("+rsvp-"), "{reply_to}");
        }
    }
    let status = party.status();
    assert!(
        status["events"][0]["families"]
            .as_array()
            .expect("families")
            .iter()
            .all(|f| f["invitation"] == "sent")
    );
}

/// Count rows of the party's database, or 0 while it does not exist yet.
fn count(party: &Party, sql: &str) -> i64 {
    let path = party.dir.path().join("state/rsvpd.sqlite3");
    rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|db| db.query_row(sql, [], |r| r.get(0)))
        .unwrap_or(0)
}

#[test]
fn kill_9_while_sending_never_sends_twice_or_skips() {
    let Some(stack) = mailstack() else { return };
    // 300 a minute: one message every 200 ms, so a run takes a few seconds.
    let party = Party::new(stack, 12, 300);
    // Kill points: while invitations are being queued, then after 3 and 9
    // deliveries were committed. A kill right after a commit lands in the
    // rate-limit pause, outside the unavoidable window between the server's
    // 250 and the commit (see src/delivery.rs), so each family must get
    // exactly one message.
    let points = [
        "SELECT count(*) FROM invitations",
        "SELECT CASE WHEN count(*) >= 3 THEN 1 ELSE 0 END FROM outbox WHERE state = 'sent'",
        "SELECT CASE WHEN count(*) >= 9 THEN 1 ELSE 0 END FROM outbox WHERE state = 'sent'",
    ];
    for sql in points {
        let mut child = party.spawn(&["send"]);
        let deadline = Instant::now() + Duration::from_secs(30);
        while count(&party, sql) < 1 {
            assert!(Instant::now() < deadline, "kill point never reached: {sql}");
            assert!(
                child.try_wait().expect("wait").is_none(),
                "send finished before {sql}"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        child.kill().expect("kill -9");
        child.wait().expect("reap");
    }
    let sent_before = count(&party, "SELECT count(*) FROM outbox WHERE state = 'sent'");
    assert!(sent_before >= 9, "{sent_before}");
    party.send().success();
    let all = party.all_addresses();
    party.wait_for_mail(&all, 1);
    for address in &all {
        assert_eq!(party.mailbox(address).len(), 1, "{address}");
    }
    assert_eq!(count(&party, "SELECT count(*) FROM invitations"), 12);
}

#[test]
fn a_worker_stopped_mid_queue_records_what_it_had_in_flight_and_the_rest_goes_out_once() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 30, 60_000);
    party
        .rsvpd()
        .args(["send", "--queue-only", "-c"])
        .arg(party.config())
        .assert()
        .success();
    let total = count(&party, "SELECT count(*) FROM outbox");
    assert_eq!(total, 38);
    let worker = crate::daemon_imap::Daemon(party.spawn(&["run"]));
    // Stop it while deliveries are under way: several are in flight at once.
    let deadline = Instant::now() + Duration::from_secs(30);
    while count(&party, "SELECT count(*) FROM outbox WHERE state = 'sent'") < 4 {
        assert!(
            Instant::now() < deadline,
            "the worker never sent 4 messages"
        );
        std::thread::sleep(Duration::from_millis(1));
    }
    // SIGTERM; it must exit 0 within 5 s.
    crate::daemon_imap::stop(worker);
    // What the stopped worker handed over is recorded as sent, and only that.
    let sent = count(
        &party,
        "SELECT count(*) FROM outbox WHERE state = 'sent' AND kind = 'invitation'",
    );
    let all = party.all_addresses();
    let deadline = Instant::now() + Duration::from_secs(30);
    while !party.stack.ctl(&["queue"]).contains("Mail queue is empty") {
        assert!(Instant::now() < deadline, "Postfix's queue never drained");
        std::thread::sleep(Duration::from_millis(100));
    }
    let arrived: usize = all.iter().map(|a| party.mailbox(a).len()).sum();
    assert_eq!(arrived as i64, sent, "delivered vs recorded as sent");
    assert_eq!(
        count(
            &party,
            "SELECT count(*) FROM outbox WHERE claimed_by IS NOT NULL"
        ),
        0,
        "a delivery left claimed"
    );
    // The next sender delivers the rest, each once.
    party.send().success();
    party.wait_for_mail(&all, 1);
    for address in &all {
        assert_eq!(party.mailbox(address).len(), 1, "{address}");
    }
}

#[test]
fn a_deferral_is_retried_and_a_rejection_recorded_with_the_servers_words() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 3, 6000);
    let deferred = party.families[1].2[0].clone();
    let rejected = party.families[2].2[0].clone();
    party.stack.ctl(&["tempfail", &deferred]);
    party.stack.ctl(&["reject", &rejected]);
    party
        .send()
        .success()
        .stdout(predicate::str::contains(format!(
            "deferred invitation to {deferred}"
        )))
        .stdout(predicate::str::contains(format!(
            "FAILED invitation to {rejected}"
        )))
        .stdout(predicate::str::contains("550"));
    assert_eq!(
        party.outbox_attempts(&deferred),
        [("queued".to_string(), 1)]
    );
    let status = party.status();
    let families = status["events"][0]["families"]
        .as_array()
        .expect("families");
    assert_eq!(families[1]["invitation"], "queued");
    assert_eq!(families[2]["invitation"], "failed");
    assert_eq!(status["events"][0]["counts"]["unreachable"], 1);
    let reason = families[2]["unreachable_reason"].as_str().expect("reason");
    assert!(
        reason.contains("No such user here (mailstack test)"),
        "{reason}"
    );

    // The deferral lifts; the next run after the backoff delivers it.
    party.stack.ctl(&["clear", &deferred]);
    std::thread::sleep(Duration::from_millis(1100));
    party
        .send()
        .success()
        .stdout(predicate::str::contains(format!(
            "sent invitation to {deferred}"
        )));
    party.wait_for_mail(&[deferred.as_str()], 1);
    assert_eq!(party.mailbox(&deferred).len(), 1);
    assert_eq!(party.outbox_attempts(&deferred), [("sent".to_string(), 2)]);
    assert_eq!(
        party.status()["events"][0]["families"][1]["invitation"],
        "sent"
    );
}

#[test]
fn a_line_holding_a_single_dot_survives_delivery() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 1, 6000);
    let config = party.config();
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        text.replace(
            "details = \"Trampolines.\"",
            "details = \"\"\"\nBring:\n.\nsocks\n..\n\"\"\"",
        ),
    )
    .expect("write");
    party.send().success();
    let address = party.families[0].2[0].clone();
    party.wait_for_mail(&[address.as_str()], 1);
    let raw = &party.mailbox(&address)[0];
    let body = parse(raw).body_text(0).expect("text").into_owned();
    let lines: Vec<&str> = body.lines().map(str::trim_end).collect();
    let at = lines
        .iter()
        .position(|l| *l == "Bring:")
        .expect("details in the text part");
    assert_eq!(&lines[at..at + 4], ["Bring:", ".", "socks", ".."], "{body}");
}

#[test]
fn names_cannot_inject_headers() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 1, 6000);
    let address = party.families[0].2[0].clone();
    let roster = party.dir.path().join("roster.csv");
    // A quoted CSV field with a line break: refused before anything is sent.
    std::fs::write(
        &roster,
        format!(
            "family,child,contact_name,email\nX,Kid,\"Eve\r\nBcc: evil@families.test\",{address}\n"
        ),
    )
    .expect("roster");
    party.send().code(2).stderr(predicate::str::contains(
        "roster.csv:2: contact_name: must not contain line breaks",
    ));
    // Header-like text without line breaks is only a name.
    std::fs::write(
        &roster,
        format!(
            "family,child,contact_name,email\n\"X: Bcc\",\"Kid <b>Bcc: evil@families.test</b>\",\"Eve, \"\"Bcc: evil@families.test\"\"\",{address}\n"
        ),
    )
    .expect("roster");
    party.send().success();
    party.wait_for_mail(&[address.as_str()], 1);
    let raw = &party.mailbox(&address)[0];
    let message = parse(raw);
    assert!(message.header("Bcc").is_none());
    let header_end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .unwrap_or(raw.len());
    let headers = String::from_utf8_lossy(&raw[..header_end]);
    assert!(
        !headers
            .lines()
            .any(|l| l.to_ascii_lowercase().starts_with("bcc:")),
        "{headers}"
    );
    let to: Vec<&str> = message
        .to()
        .map(|a| a.iter().filter_map(|x| x.address()).collect())
        .unwrap_or_default();
    assert_eq!(to, [address.as_str()]);
    let html = message.body_html(0).expect("html").into_owned();
    assert!(!html.contains("<b>Bcc"), "HTML escaped: {html}");
}
