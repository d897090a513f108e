//! `rsvpd run` in server mode against the real Postfix + Dovecot: replies
//! arrive over SMTP, the daemon sees them through IMAP IDLE.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::Command;

use crate::support::{PrivateStack, Stack, mailstack};

const PASSWORD_ENV: &str = "RSVPD_TEST_PASSWORD";

pub struct Party {
    pub dir: tempfile::TempDir,
    pub stack: Stack,
    pub host: String,
    pub host_password: String,
    /// (family key, contact addresses)
    pub families: Vec<(String, Vec<String>)>,
}

impl Party {
    /// `n` families with one parent each (the first with two); `missing`
    /// extra families whose address has no mailbox (their invitation bounces).
    pub fn new(stack: Stack, n: usize, missing: usize) -> Party {
        let (host, host_password) = stack.fresh_user("host");
        let mut roster = String::from("family,child,contact_name,email,language\n");
        let mut families = Vec::new();
        for i in 0..n + missing {
            let key = format!("F{i:03}");
            let mut addresses = Vec::new();
            let parents = if i == 0 { 2 } else { 1 };
            for p in 0..parents {
                let address = if i >= n {
                    format!("nobody-{i}-{}@families.test", std::process::id())
                } else {
                    stack.fresh_user(&format!("p{i}-{p}")).0
                };
                roster.push_str(&format!("{key},Kid{i},Parent {i}{p},{address},\n"));
                addresses.push(address);
            }
            families.push((key, addresses));
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
retry_max_seconds = 4

[mail.smtp]
host = "127.0.0.1"
port = {submission}
security = "starttls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
rate_per_minute = 6000
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
rsvp_by = "2026-12-05"
roster = "roster.csv"
allow_unreachable = true
"#,
            submission = stack.submission_port,
            imaps = stack.imaps_port,
            ca = stack.ca_cert.display(),
        );
        std::fs::write(dir.path().join("rsvpd.toml"), config).expect("config");
        Party {
            dir,
            stack,
            host,
            host_password,
            families,
        }
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("rsvpd.toml")
    }

    pub fn rsvpd(&self) -> Command {
        let mut cmd = Command::cargo_bin("rsvpd").expect("binary");
        cmd.env(PASSWORD_ENV, &self.host_password)
            .env_remove("RSVPD_CONFIG");
        cmd
    }

    pub fn send_invitations(&self) {
        self.rsvpd()
            .args(["send", "-c"])
            .arg(self.config())
            .assert()
            .success();
    }

    pub fn start(&self) -> Daemon {
        Daemon(
            Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
                .args(["run", "--log-format", "json", "-c"])
                .arg(self.config())
                .env(PASSWORD_ENV, &self.host_password)
                .env("RSVPD_LOG", "info")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn"),
        )
    }

    pub fn status(&self) -> serde_json::Value {
        let out = self
            .rsvpd()
            .args(["status", "--json", "-c"])
            .arg(self.config())
            .assert()
            .success();
        serde_json::from_slice(&out.get_output().stdout).expect("json")
    }

    pub fn family(&self, key: &str) -> serde_json::Value {
        self.status()["events"][0]["families"]
            .as_array()
            .expect("families")
            .iter()
            .find(|f| f["family"] == key)
            .cloned()
            .expect("family")
    }

    pub fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(
            self.dir.path().join("state/rsvpd.sqlite3"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .expect("db")
    }

    pub fn count(&self, sql: &str) -> i64 {
        self.db().query_row(sql, [], |r| r.get(0)).unwrap_or(0)
    }

    /// The invitation's Message-ID and reply address for a contact.
    pub fn invitation(&self, contact: &str) -> (String, String) {
        let db = self.db();
        let (token, message_id): (String, String) = db
            .query_row(
                "SELECT i.token, i.message_id FROM invitations i JOIN contacts c ON c.family_id = i.family_id
                 WHERE c.email = ?1",
                [contact],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .expect("invitation");
        let (local, domain) = self.host.split_once('@').expect("address");
        (message_id, format!("{local}+rsvp-{token}@{domain}"))
    }

    /// A plain-text reply from `contact`, to the family's reply address.
    pub fn reply(&self, contact: &str, n: usize, body: &str) -> String {
        let (id, reply_to) = self.invitation(contact);
        format!(
            "From: <{contact}>\r\nTo: <{reply_to}>\r\nSubject: Re: Class party\r\nMessage-ID: <r{n}-{}@families.test>\r\nIn-Reply-To: {id}\r\nReferences: {id}\r\nDate: Thu, 26 Nov 2026 10:00:{:02} +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
            std::process::id(),
            n % 60
        )
    }

    /// Inject a message over plain SMTP, as another server would.
    pub fn deliver(&self, from: &str, to: &str, raw: &str) {
        smtp_send(self.stack.smtp_port, from, to, raw);
    }

    pub fn maildir(&self, address: &str) -> PathBuf {
        let (local, domain) = address.split_once('@').expect("address");
        self.stack
            .dir
            .join("mail")
            .join(domain)
            .join(local)
            .join("Maildir")
    }

    /// Raw messages in a user's INBOX.
    pub fn mailbox(&self, address: &str) -> Vec<String> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            if let Ok(entries) = std::fs::read_dir(self.maildir(address).join(sub)) {
                for e in entries.flatten() {
                    out.push(
                        String::from_utf8_lossy(&std::fs::read(e.path()).expect("read"))
                            .into_owned(),
                    );
                }
            }
        }
        out
    }

    pub fn confirmations_to(&self, address: &str) -> usize {
        self.mailbox(address)
            .iter()
            .filter(|m| m.contains("Auto-Submitted: auto-replied"))
            .count()
    }
}

/// A minimal SMTP client: one message, no TLS, no AUTH (hosted domains).
///
/// Like a sending server, it tries again when the receiving one is not
/// ready: a connection closed before the greeting or a 4xx answer before
/// the message was handed over (Postfix's smtpd exits at once when it
/// cannot reach Dovecot's auth socket, e.g. while Dovecot restarts).
/// Once the message data was sent, any failure is a test failure.
pub fn smtp_send(port: u16, from: &str, to: &str, raw: &str) {
    let deadline = Instant::now() + Duration::from_secs(90);
    let mut pause = Duration::from_millis(100);
    loop {
        match smtp_attempt(port, from, to, raw) {
            Ok(()) => return,
            Err(why) => {
                assert!(
                    Instant::now() < deadline,
                    "SMTP to port {port} still failing after 90 s: {why}"
                );
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_secs(2));
            }
        }
    }
}

/// One SMTP session: `Err` (to try again) for a failure before the message
/// data was sent; panics on anything else.
fn smtp_attempt(port: u16, from: &str, to: &str, raw: &str) -> Result<(), String> {
    let stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| format!("connecting: {e}"))?;
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    let mut reader = BufReader::new(stream.try_clone().expect("clone"));
    let mut writer = stream;
    let mut expect = |code: &str| -> Result<(), String> {
        loop {
            let mut line = String::new();
            reader
                .read_line(&mut line)
                .map_err(|e| format!("reading (expected {code}): {e}"))?;
            if !line.starts_with(code) {
                return Err(format!("expected {code}, got {line:?}"));
            }
            if line.as_bytes().get(3) != Some(&b'-') {
                return Ok(());
            }
        }
    };
    let transient = |why: String| {
        // a 5xx is an answer, not an outage
        assert!(!why.contains("got \"5"), "SMTP refused: {why}");
        why
    };
    expect("220").map_err(transient)?;
    let mut say = |line: &str, code: &str, w: &mut TcpStream| -> Result<(), String> {
        w.write_all(line.as_bytes())
            .map_err(|e| format!("writing: {e}"))?;
        expect(code).map_err(transient)
    };
    say("EHLO test.local\r\n", "250", &mut writer)?;
    say(&format!("MAIL FROM:<{from}>\r\n"), "250", &mut writer)?;
    say(&format!("RCPT TO:<{to}>\r\n"), "250", &mut writer)?;
    say("DATA\r\n", "354", &mut writer)?;
    let mut data = String::new();
    for line in raw.replace("\r\n", "\n").lines() {
        if line.starts_with('.') {
            data.push('.');
        }
        data.push_str(line);
        data.push_str("\r\n");
    }
    data.push_str(".\r\n");
    if let Err(why) = say(&data, "250", &mut writer) {
        panic!("SMTP failed after the message data was sent: {why}");
    }
    // Wait for the server to close the session: its smtpd is then free for
    // the next message, and no fresh one is started (a fresh one cannot
    // start while Dovecot, its SASL backend, is down).
    if say("QUIT\r\n", "221", &mut writer).is_ok() {
        let mut rest = Vec::new();
        let _ = std::io::Read::read_to_end(&mut reader, &mut rest);
    }
    Ok(())
}

pub fn wait_until(what: &str, limit: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !ready() {
        assert!(
            Instant::now() < deadline,
            "timed out after {limit:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A running daemon; killed if the test ends without stopping it.
pub struct Daemon(pub Child);

impl Drop for Daemon {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

pub fn stop(mut daemon: Daemon) {
    let child = &mut daemon.0;
    let pid = child.id().to_string();
    let started = Instant::now();
    assert!(
        Process::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    let status = child.wait().expect("wait");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "stopping took {:?}",
        started.elapsed()
    );
    assert!(status.success(), "exit status {status}");
}

fn ics_reply(attendee: &str, host: &str, partstat: &str) -> String {
    format!(
        "From: <{attendee}>\r\nTo: <{host}>\r\nSubject: Accepted: Class party\r\nMessage-ID: <ics-{}-{partstat}@families.test>\r\nDate: Thu, 26 Nov 2026 10:00:00 +0000\r\nContent-Type: multipart/alternative; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{attendee} has responded to your invitation.\r\n--b\r\nContent-Type: text/calendar; charset=utf-8; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nPRODID:test\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:party@families.test\r\nATTENDEE;PARTSTAT={partstat}:mailto:{attendee}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n",
        std::process::id()
    )
}

#[test]
fn families_replying_every_way_get_the_right_answer_and_one_confirmation() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 24, 1);
    party.send_invitations();
    let child = party.start();
    let contact = |i: usize| party.families[i].1[0].clone();
    let mut expected: Vec<(usize, &str, Option<u64>)> = Vec::new();
    let texts: [(&str, &str, Option<u64>); 8] = [
        ("Yes! Both kids and me, so 3 of us.", "yes", Some(3)),
        ("No problem, we'll be there!", "yes", None),
        (
            "Sorry, we can't make it, we're away that weekend.",
            "no",
            None,
        ),
        (
            "Not sure we can make it yet, it depends on his football.",
            "maybe",
            None,
        ),
        ("Lo siento, no podemos ir.", "no", None),
        ("Oui, avec plaisir ! Nous serons deux.", "yes", Some(2)),
        ("👍", "yes", None),
        ("Is it OK if his little brother comes too?", "unclear", None),
    ];
    for i in 0..16 {
        let (body, answer, guests) = texts[i % texts.len()];
        let raw = party.reply(&contact(i), i, body);
        let (_, reply_to) = party.invitation(&contact(i));
        party.deliver(&contact(i), &reply_to, &raw);
        expected.push((i, answer, guests));
    }
    // HTML-only.
    {
        let (id, reply_to) = party.invitation(&contact(16));
        let raw = format!(
            "From: <{c}>\r\nTo: <{reply_to}>\r\nSubject: Re: Class party\r\nMessage-ID: <html-{p}@families.test>\r\nIn-Reply-To: {id}\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><div dir=\"ltr\">We would love to come, thank you!</div><blockquote class=\"gmail_quote\">Reply yes, no or maybe</blockquote></body></html>\r\n",
            c = contact(16),
            p = std::process::id()
        );
        party.deliver(&contact(16), &reply_to, &raw);
        expected.push((16, "yes", None));
    }
    // Calendar buttons: to the host's own address, linked by the sender.
    for (i, partstat, answer) in [
        (17, "ACCEPTED", "yes"),
        (18, "DECLINED", "no"),
        (19, "TENTATIVE", "maybe"),
    ] {
        party.deliver(
            &contact(i),
            &party.host,
            &ics_reply(&contact(i), &party.host, partstat),
        );
        expected.push((i, answer, None));
    }
    // An out-of-office reply is not an answer.
    {
        let (id, reply_to) = party.invitation(&contact(20));
        let raw = format!(
            "From: <{c}>\r\nTo: <{reply_to}>\r\nSubject: Automatic reply: Class party\r\nAuto-Submitted: auto-replied\r\nMessage-ID: <ooo-{p}@families.test>\r\nIn-Reply-To: {id}\r\n\r\nI am out of the office until Monday.\r\n",
            c = contact(20),
            p = std::process::id()
        );
        party.deliver(&contact(20), &reply_to, &raw);
    }
    let bounced = party.families[24].0.clone();
    // 21 messages from families and the bounce: polled in the database
    // (cheap), not with `rsvpd status` processes that would compete with
    // the daemon for the CPU; what they say is checked once, below.
    wait_until(
        "every message and the bounce recorded",
        Duration::from_secs(60),
        || party.count("SELECT count(*) FROM inbound_messages") >= 22,
    );
    // Then what they say, with a few `rsvpd status` runs at most: a
    // family's latest answer may still be settling when the count is reached.
    wait_until("every answer as expected", Duration::from_secs(30), || {
        let s = party.status();
        let families = s["events"][0]["families"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let ready = expected
            .iter()
            .all(|(i, answer, _)| families.get(*i).is_some_and(|f| f["answer"] == *answer));
        if !ready {
            std::thread::sleep(Duration::from_millis(500));
        }
        ready
    });
    let s = party.status();
    let families = s["events"][0]["families"]
        .as_array()
        .expect("families")
        .clone();
    for (i, answer, guests) in &expected {
        assert_eq!(families[*i]["answer"], *answer, "family {i}");
        if let Some(g) = guests {
            assert_eq!(families[*i]["guests"], *g, "family {i} guests");
        }
    }
    assert!(
        families[20]["answer"].is_null(),
        "an auto-reply is no answer"
    );
    assert!(
        families
            .iter()
            .any(|f| f["family"] == bounced.as_str() && f["invitation"] == "bounced"),
        "the bounced family"
    );
    assert_eq!(s["events"][0]["counts"]["unreachable"], 1);
    // Each parent who wrote a human reply gets exactly one confirmation.
    wait_until("confirmations", Duration::from_secs(60), || {
        expected
            .iter()
            .all(|(i, _, _)| party.confirmations_to(&contact(*i)) >= 1)
    });
    // Every mail the daemon sends goes through its outbox: once nothing is
    // left to send there, a second confirmation would be a second row.
    wait_until("the outbox to be sent", Duration::from_secs(60), || {
        party.count("SELECT count(*) FROM outbox WHERE state = 'queued'") == 0
    });
    for (i, _, _) in &expected {
        let rows = party
            .db()
            .query_row(
                "SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND recipient = ?1",
                [contact(*i)],
                |r| r.get::<_, i64>(0),
            )
            .expect("outbox");
        assert_eq!(rows, 1, "family {i}: confirmations queued");
        assert_eq!(party.confirmations_to(&contact(*i)), 1, "family {i}");
    }
    assert_eq!(
        party.confirmations_to(&contact(20)),
        0,
        "no confirmation to an auto-reply"
    );
    stop(child);
}

#[test]
fn replies_sent_while_dovecot_is_down_are_recorded_once_after() {
    // Stopping Dovecot would disturb every other test: use a stack of our own.
    let Some(private) = PrivateStack::start() else {
        return;
    };
    let party = Party::new(private.stack.clone(), 6, 0);
    party.send_invitations();
    let child = party.start();
    let first = party.families[1].1[0].clone();
    let raw = party.reply(&first, 1, "Yes, we'll come.");
    let (_, reply_to) = party.invitation(&first);
    party.deliver(&first, &reply_to, &raw);
    wait_until("the first answer", Duration::from_secs(30), || {
        party.family("F001")["answer"] == "yes"
    });
    // Its confirmation must be delivered before the outage, or it too
    // would wait in Postfix's queue.
    wait_until("the first confirmation", Duration::from_secs(30), || {
        party.confirmations_to(&first) == 1
    });
    // The daemon is in IDLE now; take the mailbox server away.
    party.stack.ctl(&["dovecot-stop"]);
    for i in 2..6 {
        let c = party.families[i].1[0].clone();
        let raw = party.reply(&c, i, "Sorry, we can't come.");
        let (_, reply_to) = party.invitation(&c);
        party.deliver(&c, &reply_to, &raw);
    }
    // Postfix tried each and keeps it queued for the mailbox server.
    wait_until(
        "Postfix to defer the replies",
        Duration::from_secs(30),
        || deferred_replies(&party.stack.ctl(&["queue"])) == 4,
    );
    party.stack.ctl(&["dovecot-start"]);
    party.stack.ctl(&["flush"]);
    wait_until("answers after the outage", Duration::from_secs(90), || {
        (2..6).all(|i| party.family(&format!("F{i:03}"))["answer"] == "no")
    });
    assert_eq!(party.count("SELECT count(*) FROM responses"), 5);
    assert_eq!(
        party.count("SELECT count(*) FROM (SELECT message_id FROM inbound_messages GROUP BY message_id HAVING count(*) > 1)"),
        0
    );
    stop(child);
}

/// Replies (to a `+rsvp-` address) in a `postqueue -p` listing that carry
/// a reason for their delay. Only the recipient lines count: a confirmation
/// queued just before the outage is *from* a `+rsvp-` address.
fn deferred_replies(queue: &str) -> usize {
    queue
        .split("\n\n")
        .filter(|entry| {
            let mut lines = entry.lines().skip_while(|l| l.starts_with('-'));
            let _sender = lines.next();
            let rest: Vec<&str> = lines.map(str::trim_start).collect();
            rest.iter().any(|l| l.starts_with('('))
                && rest
                    .iter()
                    .any(|l| !l.starts_with('(') && l.contains("+rsvp-"))
        })
        .count()
}

#[test]
fn kill_9_during_a_burst_of_100_replies_records_each_once() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 100, 0);
    party.send_invitations();
    for i in 0..100 {
        let c = party.families[i].1[0].clone();
        let raw = party.reply(
            &c,
            i,
            if i % 2 == 0 {
                "Yes, 2 of us."
            } else {
                "No, sorry."
            },
        );
        let (_, reply_to) = party.invitation(&c);
        party.deliver(&c, &reply_to, &raw);
    }
    wait_until(
        "the burst in the host's mailbox",
        Duration::from_secs(60),
        || party.mailbox(&party.host).len() >= 100,
    );
    let mut daemon = party.start();
    wait_until("some replies recorded", Duration::from_secs(60), || {
        party.count("SELECT count(*) FROM responses") >= 20
    });
    daemon.0.kill().expect("kill -9");
    daemon.0.wait().expect("reap");
    let recorded = party.count("SELECT count(*) FROM responses");
    assert!(
        recorded < 100,
        "the kill came too late to test anything ({recorded})"
    );
    let child = party.start();
    wait_until("every reply", Duration::from_secs(60), || {
        party.count("SELECT count(*) FROM responses") >= 100
    });
    wait_until("every confirmation", Duration::from_secs(60), || {
        party.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation' AND state = 'sent'")
            >= 100
    });
    stop(child);
    assert_eq!(party.count("SELECT count(*) FROM responses"), 100);
    assert_eq!(
        party.count("SELECT count(DISTINCT invitation_id) FROM responses"),
        100
    );
    assert_eq!(
        party.count("SELECT count(*) FROM outbox WHERE kind = 'confirmation'"),
        100
    );
    let s = party.status();
    assert_eq!(s["events"][0]["counts"]["yes"], 50);
    assert_eq!(s["events"][0]["counts"]["no"], 50);
    for i in 0..100 {
        let c = &party.families[i].1[0];
        assert_eq!(party.confirmations_to(c), 1, "{c}");
    }
}

#[test]
fn unrelated_mail_is_untouched_and_a_forged_reply_changes_nothing() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 3, 0);
    party.send_invitations();
    let parent = party.families[1].1[0].clone();
    let raw = party.reply(&parent, 1, "Yes, we'll be there!");
    let (_, reply_to) = party.invitation(&parent);
    party.deliver(&parent, &reply_to, &raw);
    party.deliver(
        "shop@families.test",
        &party.host,
        "From: <shop@families.test>\r\nTo: <HOST>\r\nSubject: Big sale\r\nMessage-ID: <sale@families.test>\r\n\r\nEverything must go.\r\n"
            .replace("HOST", &party.host)
            .as_str(),
    );
    wait_until("both in the mailbox", Duration::from_secs(30), || {
        party.mailbox(&party.host).len() >= 2
    });
    let before = maildir_state(&party.maildir(&party.host));
    let child = party.start();
    wait_until("the answer", Duration::from_secs(30), || {
        party.family("F001")["answer"] == "yes"
    });
    // Forged: the parent's address, no token, no thread, failing authentication.
    party.deliver(
        &parent,
        &party.host,
        &format!(
            "Authentication-Results: mx.families.test; dkim=fail header.d=families.test; spf=fail smtp.mailfrom={parent}\r\nFrom: <{parent}>\r\nTo: <{h}>\r\nSubject: change\r\nMessage-ID: <forged-{p}@evil.test>\r\n\r\nWe are not coming any more.\r\n",
            h = party.host,
            p = std::process::id()
        ),
    );
    wait_until(
        "the forged reply to be recorded",
        Duration::from_secs(30),
        || party.count("SELECT count(*) FROM responses WHERE source = 'suspect'") == 1,
    );
    stop(child);
    assert_eq!(
        party.family("F001")["answer"],
        "yes",
        "a forged reply changes nothing"
    );
    // The unrelated message: same folder, same flags (no \Seen added).
    let after = maildir_state(&party.maildir(&party.host));
    let sale = |state: &Vec<(String, String)>| {
        state
            .iter()
            .find(|(_, text)| text.contains("Big sale"))
            .map(|(name, _)| flags_of(name))
    };
    assert_eq!(sale(&before), sale(&after));
    assert!(
        !sale(&after).unwrap_or_default().contains('S'),
        "not marked read"
    );
    let kept = party
        .mailbox(&party.host)
        .into_iter()
        .filter(|m| !m.contains("Subject: RSVP digest"))
        .count();
    assert_eq!(kept, 3, "nothing moved out of the inbox");
}

/// (file name, contents) of every message in a Maildir's new/ and cur/.
fn maildir_state(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(entries) = std::fs::read_dir(dir.join(sub)) {
            for e in entries.flatten() {
                out.push((
                    e.file_name().to_string_lossy().into_owned(),
                    String::from_utf8_lossy(&std::fs::read(e.path()).expect("read")).into_owned(),
                ));
            }
        }
    }
    out
}

/// A Maildir file's flags (the letters after `:2,`).
fn flags_of(name: &str) -> String {
    name.split_once(":2,")
        .map(|(_, f)| f.to_string())
        .unwrap_or_default()
}

/// The count the text digest shows on a line such as "  yes    12".
fn digest_count(text: &str, label: &str) -> Option<u64> {
    text.lines().find_map(|l| {
        let l = l.trim();
        let rest = l.strip_prefix(label)?;
        let rest = rest.trim();
        (!rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()))
            .then(|| rest.parse().ok())
            .flatten()
    })
}

#[test]
fn the_hosts_mailbox_gets_one_digest_matching_status() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 6, 1);
    // Due every day at midnight: on start-up, after the inbox caught up.
    let text = std::fs::read_to_string(party.config()).expect("config");
    // [digest] must come before the [[event]] tables.
    let (head, tail) = text.split_once("[[event]]").expect("event");
    std::fs::write(
        party.config(),
        format!("{head}[digest]\ntime = \"00:00\"\n\n[[event]]{tail}"),
    )
    .expect("write");
    party.send_invitations();
    for (i, body) in [
        (1, "Yes, 2 of us!"),
        (2, "Sorry, we can't come."),
        (3, "Maybe, it depends on the weather."),
    ] {
        let c = party.families[i].1[0].clone();
        let raw = party.reply(&c, i, body);
        let (_, reply_to) = party.invitation(&c);
        party.deliver(&c, &reply_to, &raw);
    }
    // Replies and the bounce wait in the mailbox while rsvpd is down.
    wait_until(
        "replies and the bounce in the host's mailbox",
        Duration::from_secs(30),
        || party.mailbox(&party.host).len() >= 4,
    );
    let digests = || -> Vec<String> {
        party
            .mailbox(&party.host)
            .into_iter()
            .filter(|m| m.contains("Subject: RSVP digest"))
            .collect()
    };
    let daemon = party.start();
    wait_until(
        "the digest in the host's mailbox",
        Duration::from_secs(60),
        || !digests().is_empty(),
    );
    stop(daemon);
    let all = digests();
    assert_eq!(all.len(), 1);
    let message = mail_parser::MessageParser::default()
        .parse(all[0].as_bytes())
        .expect("parse");
    let text = message.body_text(0).expect("text").into_owned();
    let status = party.status();
    let counts = &status["events"][0]["counts"];
    assert_eq!(counts["yes"], 1, "{status}");
    assert_eq!(counts["unreachable"], 1, "{status}");
    for (label, key) in [
        ("yes", "yes"),
        ("maybe", "maybe"),
        ("no", "no"),
        ("unclear", "unclear"),
        ("no answer yet", "no_answer"),
        ("could not reach", "unreachable"),
    ] {
        assert_eq!(
            digest_count(&text, label).unwrap_or(0),
            counts[key].as_u64().unwrap_or(99),
            "{label} in:\n{text}"
        );
    }
    assert!(message.body_html(0).is_some(), "an HTML part too");
}

#[test]
fn handled_mail_moves_to_a_folder_when_asked_and_unrelated_mail_stays() {
    let Some(stack) = mailstack() else { return };
    let party = Party::new(stack, 2, 0);
    let text = std::fs::read_to_string(party.config()).expect("config");
    std::fs::write(
        party.config(),
        text.replace("[mail.imap]\n", "[mail.imap]\nmove_to = \"rsvpd\"\n"),
    )
    .expect("write");
    party
        .rsvpd()
        .args(["check", "-c"])
        .arg(party.config())
        .assert()
        .success();
    party.send_invitations();
    let parent = party.families[1].1[0].clone();
    let raw = party.reply(&parent, 1, "Yes please, 2 of us");
    let (_, reply_to) = party.invitation(&parent);
    party.deliver(&parent, &reply_to, &raw);
    party.deliver(
        "news@families.test",
        &party.host,
        &format!("From: <news@families.test>\r\nTo: <{}>\r\nSubject: Newsletter\r\nMessage-ID: <news@families.test>\r\n\r\nHello\r\n", party.host),
    );
    wait_until("both in the mailbox", Duration::from_secs(30), || {
        party.mailbox(&party.host).len() >= 2
    });
    let daemon = party.start();
    let moved = party.maildir(&party.host).join(".rsvpd");
    let in_folder = || -> usize {
        ["new", "cur"]
            .iter()
            .filter_map(|sub| std::fs::read_dir(moved.join(sub)).ok())
            .map(|rd| rd.count())
            .sum()
    };
    wait_until(
        "the reply in the rsvpd folder",
        Duration::from_secs(30),
        || in_folder() == 1,
    );
    stop(daemon);
    assert_eq!(party.family("F001")["answer"], "yes");
    let inbox = party.mailbox(&party.host);
    assert!(
        inbox.iter().any(|m| m.contains("Subject: Newsletter")),
        "unrelated mail stays in the inbox"
    );
    assert!(
        !inbox
            .iter()
            .any(|m| m.contains("2 of us") && !m.contains("Subject: RSVP digest")),
        "the reply moved out"
    );
}
