//! Service mode on the real Postfix + Dovecot: hosts write to the service
//! address over SMTP, `rsvpd run` watches the service's INBOX by IMAP IDLE
//! and sends through submission.

use std::path::PathBuf;
use std::process::{Command as Process, Stdio};
use std::time::Duration;

use crate::daemon_imap::{Daemon, smtp_send, stop, wait_until};
use crate::support::{Stack, mailstack};

const PASSWORD_ENV: &str = "RSVPD_TEST_PASSWORD";
const WAIT: Duration = Duration::from_secs(60);

struct Service {
    dir: tempfile::TempDir,
    stack: Stack,
    address: String,
    password: String,
}

impl Service {
    fn new(stack: Stack, hosts: &[String]) -> Service {
        let (address, password) = stack.fresh_user("party");
        let dir = tempfile::tempdir().expect("tempdir");
        let (local, domain) = address.split_once('@').expect("address");
        let hosts: Vec<String> = hosts.iter().map(|h| format!("\"{h}\"")).collect();
        let config = format!(
            r#"
[host]
name = "School parties"
email = "{address}"
time_zone = "Europe/Zagreb"

[mail]
mode = "server"
reply_address = "{local}+rsvp-{{token}}@{domain}"
sender = "{address}"
confirmations = false
retry_initial_seconds = 1
retry_max_seconds = 4

[mail.smtp]
host = "127.0.0.1"
port = {submission}
security = "starttls"
user = "{address}"
password_env = "{PASSWORD_ENV}"
rate_per_minute = 6000
ca_file = "{ca}"

[mail.imap]
host = "127.0.0.1"
port = {imaps}
security = "tls"
user = "{address}"
password_env = "{PASSWORD_ENV}"
ca_file = "{ca}"

[service]
address = "{address}"
hosts = [{hosts}]
"#,
            hosts = hosts.join(", "),
            submission = stack.submission_port,
            imaps = stack.imaps_port,
            ca = stack.ca_cert.display(),
        );
        std::fs::write(dir.path().join("rsvpd.toml"), config).expect("config");
        Service {
            dir,
            stack,
            address,
            password,
        }
    }

    fn start(&self) -> Daemon {
        Daemon(
            Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
                .args(["run", "-c"])
                .arg(self.dir.path().join("rsvpd.toml"))
                .env(PASSWORD_ENV, &self.password)
                .env("RSVPD_LOG", "info")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .expect("spawn"),
        )
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

    /// The messages in a user's INBOX, parsed: (subject, reply-to, text).
    fn inbox(&self, address: &str) -> Vec<(String, String, String)> {
        let mut out = Vec::new();
        for sub in ["new", "cur"] {
            let Ok(entries) = std::fs::read_dir(self.maildir(address).join(sub)) else {
                continue;
            };
            for e in entries.flatten() {
                let raw = std::fs::read(e.path()).expect("read");
                let m = mail_parser::MessageParser::default()
                    .parse(&raw)
                    .expect("parse");
                out.push((
                    m.subject().unwrap_or_default().to_owned(),
                    m.reply_to()
                        .and_then(|r| r.first())
                        .and_then(|a| a.address())
                        .unwrap_or_default()
                        .to_owned(),
                    m.body_text(0).unwrap_or_default().into_owned(),
                ));
            }
        }
        out
    }

    /// Wait for the message to `address` whose subject starts with `subject`.
    fn wait_for(&self, address: &str, subject: &str) -> (String, String, String) {
        let mut found = None;
        wait_until(&format!("\"{subject}\" to {address}"), WAIT, || {
            found = self
                .inbox(address)
                .into_iter()
                .find(|(s, _, _)| s.starts_with(subject));
            found.is_some()
        });
        found.expect("found")
    }

    fn write(&self, from: &str, to: &str, n: &str, auth: &str, body: &str) {
        let raw = format!(
            "{auth}From: <{from}>\r\nTo: <{to}>\r\nSubject: party\r\nMessage-ID: <{n}-{}@families.test>\r\nDate: Fri, 04 Dec 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n",
            std::process::id()
        );
        smtp_send(self.stack.smtp_port, from, to, &raw);
    }
}

fn form(title: &str, parents: &[String]) -> String {
    let mut body = format!(
        "Party: {title}\nWhen: 2027-01-16 15:00-17:00\nWhere: Mill Park, Oak Lane 3\nReply by: 2027-01-11\n\n"
    );
    for (i, p) in parents.iter().enumerate() {
        body.push_str(&format!("Kid{i} Family{i}, {p}\n"));
    }
    body
}

#[test]
/// Also: a forged OK and a stranger send nothing, a used code sends nothing
/// twice, and a parent's stop holds for another host's party.
fn three_hosts_create_parties_at_once_by_email_and_send_them() {
    let Some(stack) = mailstack() else { return };
    let hosts: Vec<String> = (0..3)
        .map(|i| stack.fresh_user(&format!("host{i}")).0)
        .collect();
    let parents: Vec<Vec<String>> = (0..3)
        .map(|h| {
            (0..2)
                .map(|p| stack.fresh_user(&format!("h{h}p{p}")).0)
                .collect()
        })
        .collect();
    let (stranger, _) = stack.fresh_user("stranger");
    let service = Service::new(stack, &hosts);
    let daemon = service.start();

    // All three write at once, and a stranger too.
    for (i, host) in hosts.iter().enumerate() {
        service.write(host, &service.address, &format!("new{i}"), "", "new party");
    }
    service.write(
        &stranger,
        &service.address,
        "stranger",
        "",
        &form("Spam", &parents[0]),
    );
    let forms: Vec<_> = hosts
        .iter()
        .map(|h| service.wait_for(h, "Your party: fill in"))
        .collect();
    for (_, _, text) in &forms {
        for line in ["Party:", "When:", "Where:", "Reply by:"] {
            assert!(text.contains(line), "{line} in {text}");
        }
    }
    // The filled forms, at once.
    for (i, host) in hosts.iter().enumerate() {
        let body = form(&format!("Party {i}"), &parents[i]);
        service.write(host, &forms[i].1, &format!("form{i}"), "", &body);
    }
    let previews: Vec<_> = hosts
        .iter()
        .map(|h| service.wait_for(h, "Preview: reply OK"))
        .collect();
    for (i, (_, _, text)) in previews.iter().enumerate() {
        assert!(text.contains("2 families, 2 addresses"), "{text}");
        assert!(text.contains(&format!("Party {i}")), "{text}");
    }
    assert!(
        parents
            .iter()
            .flatten()
            .all(|p| service.inbox(p).is_empty()),
        "nobody is mailed before the OK"
    );

    // The second host's OK is forged: it fails DKIM and SPF.
    let forged =
        "Authentication-Results: mx.families.test; dkim=fail header.d=families.test; spf=fail\r\n";
    service.write(&hosts[1], &previews[1].1, "forged", forged, "OK");
    service.wait_for(&hosts[1], "Nothing was sent");
    // Then every host's real OK.
    for (i, host) in hosts.iter().enumerate() {
        service.write(host, &previews[i].1, &format!("ok{i}"), "", "OK");
    }
    for (i, host) in hosts.iter().enumerate() {
        service.wait_for(host, "Sent:");
        for parent in &parents[i] {
            let (subject, _, text) = service.wait_for(parent, "");
            assert!(
                text.contains(&format!("Party {i}")) || subject.contains(&format!("Party {i}")),
                "{subject}\n{text}"
            );
        }
    }
    // The stranger got one polite reply and invited nobody.
    let to_stranger = service.inbox(&stranger);
    assert_eq!(to_stranger.len(), 1, "{to_stranger:?}");
    for p in parents.iter().flatten() {
        assert_eq!(service.inbox(p).len(), 1, "one invitation to {p}");
    }

    // The third host's OK again: the code was used, nothing is sent twice.
    service.write(&hosts[2], &previews[2].1, "ok-again", "", "OK");
    service.wait_for(&hosts[2], "Nothing was sent");

    // A parent of the first party asks for no more mail.
    let quitter = &parents[0][0];
    let (_, invitation_reply_to, _) = service.inbox(quitter).remove(0);
    service.write(
        quitter,
        &invitation_reply_to,
        "unsubscribe",
        "",
        "unsubscribe",
    );
    let db = service.dir.path().join("state/rsvpd.sqlite3");
    wait_until("the parent's stop", WAIT, || {
        rusqlite::Connection::open(&db)
            .and_then(|c| {
                c.query_row("SELECT COUNT(*) FROM service_opt_outs", [], |r| {
                    r.get::<_, i64>(0)
                })
            })
            .unwrap_or(0)
            == 1
    });
    // The second host invites that parent to another party: left out.
    let newcomer = service.stack.fresh_user("newcomer").0;
    service.write(&hosts[1], &service.address, "second", "", "new party");
    let mut second_form = None;
    wait_until("the second form", WAIT, || {
        second_form = service
            .inbox(&hosts[1])
            .into_iter()
            .find(|(s, r, _)| s.starts_with("Your party: fill in") && *r != forms[1].1);
        second_form.is_some()
    });
    let (_, form_reply_to, _) = second_form.expect("form");
    let body = form("Second party", &[quitter.clone(), newcomer.clone()]);
    service.write(&hosts[1], &form_reply_to, "second-form", "", &body);
    let mut second = None;
    wait_until("the second preview", WAIT, || {
        second = service
            .inbox(&hosts[1])
            .into_iter()
            .find(|(s, _, t)| s.starts_with("Preview") && t.contains("Second party"));
        second.is_some()
    });
    let (_, code, text) = second.expect("preview");
    assert!(text.contains("asked never to get mail"), "{text}");
    service.write(&hosts[1], &code, "second-ok", "", "OK");
    service.wait_for(&newcomer, "");
    assert_eq!(service.inbox(quitter).len(), 1, "no mail after stop");
    stop(daemon);
}

impl Service {
    /// Run an rsvpd command against the service's configuration.
    fn rsvpd(&self, args: &[&str]) -> std::process::Output {
        Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
            .args(args)
            .arg("-c")
            .arg(self.dir.path().join("rsvpd.toml"))
            .env(PASSWORD_ENV, &self.password)
            .output()
            .expect("rsvpd")
    }

    /// Each family's answer across every party, by family name, as
    /// `rsvpd status --json` reports it.
    fn answers(&self) -> Vec<(String, Option<String>)> {
        let out = self.rsvpd(&["status", "--json"]);
        assert!(out.status.success(), "{out:?}");
        let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        let mut answers = Vec::new();
        for event in json["events"].as_array().expect("events") {
            for f in event["families"].as_array().expect("families") {
                answers.push((
                    f["family"].as_str().unwrap_or_default().to_owned(),
                    f["answer"].as_str().map(str::to_owned),
                ));
            }
        }
        answers
    }

    /// Everything from "new party" to the invitations, for one host.
    fn create_party(&self, host: &str, n: &str, body: &str) {
        self.write(host, &self.address, &format!("{n}-new"), "", "new party");
        let form = self.wait_for(host, "Your party: fill in");
        self.write(host, &form.1, &format!("{n}-form"), "", body);
        let preview = self.wait_for(host, "Preview: reply OK");
        self.write(host, &preview.1, &format!("{n}-ok"), "", "OK");
        self.wait_for(host, "Sent:");
    }
}

fn answer_of(answers: &[(String, Option<String>)], family: &str) -> Option<String> {
    answers
        .iter()
        .find(|(f, _)| f == family)
        .and_then(|(_, a)| a.clone())
}

#[test]
/// Parents answer, `rsvpd digest --send` gives each host a digest of their
/// own party only, and a host corrects an answer and moves the time by
/// replying to it: that host's families are told, the other's are not.
fn each_host_gets_their_own_digest_and_corrects_an_answer_and_moves_the_time() {
    let Some(stack) = mailstack() else { return };
    let hosts: Vec<String> = (0..2)
        .map(|i| stack.fresh_user(&format!("dhost{i}")).0)
        .collect();
    let parents: Vec<String> = (0..4)
        .map(|i| stack.fresh_user(&format!("dparent{i}")).0)
        .collect();
    let service = Service::new(stack, &hosts);
    let daemon = service.start();
    let head =
        "When: 2027-01-16 15:00-17:00\nWhere: Mill Park, Oak Lane 3\nReply by: 2027-01-11\n\n";
    service.create_party(
        &hosts[0],
        "ash",
        &format!(
            "Party: Ana's party\n{head}Ana Ash, {}\nBen Birch, {}\n",
            parents[0], parents[1]
        ),
    );
    service.create_party(
        &hosts[1],
        "cedar",
        &format!(
            "Party: Cleo's party\n{head}Cleo Cedar, {}\nDev Dogwood, {}\n",
            parents[2], parents[3]
        ),
    );
    let invitations: Vec<_> = parents.iter().map(|p| service.wait_for(p, "")).collect();

    // Ana's parent says yes, Cleo's says no.
    service.write(
        &parents[0],
        &invitations[0].1,
        "ana-yes",
        "",
        "Yes, Ana will be there!",
    );
    service.write(
        &parents[2],
        &invitations[2].1,
        "cleo-no",
        "",
        "Sorry, Cleo can't come, we'll be away that weekend.",
    );
    wait_until("both answers recorded", WAIT, || {
        let a = service.answers();
        answer_of(&a, "Ash").as_deref() == Some("yes")
            && answer_of(&a, "Cedar").as_deref() == Some("no")
    });
    stop(daemon);

    // The operator sends today's digests now: one per host, their own party.
    let out = service.rsvpd(&["digest", "--send"]);
    assert!(out.status.success(), "{out:?}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout.matches("queued").count(), 2, "{stdout}");
    let digest = |host: &str| {
        let mut found = None;
        wait_until(&format!("the digest to {host}"), WAIT, || {
            found = service
                .inbox(host)
                .into_iter()
                .find(|(s, _, _)| s.to_lowercase().contains("digest"));
            found.is_some()
        });
        found.expect("digest")
    };
    let (_, digest_reply_to, text) = digest(&hosts[0]);
    for name in ["Ana", "Ben"] {
        assert!(text.contains(name), "{name} in\n{text}");
    }
    for name in ["Cleo", "Dev"] {
        assert!(!text.contains(name), "{name} not in\n{text}");
    }
    let (_, _, other) = digest(&hosts[1]);
    for name in ["Cleo", "Dev"] {
        assert!(other.contains(name), "{name} in\n{other}");
    }
    for name in ["Ana", "Ben"] {
        assert!(!other.contains(name), "{name} not in\n{other}");
    }

    // The first host corrects Ben's answer and moves the time.
    let daemon = service.start();
    service.write(
        &hosts[0],
        &digest_reply_to,
        "correct",
        "",
        "Ben: yes 2\nchange time: 2027-01-16 16:00-18:00",
    );
    wait_until("Ben's corrected answer", WAIT, || {
        answer_of(&service.answers(), "Birch").as_deref() == Some("yes")
    });
    for parent in &parents[..2] {
        wait_until(&format!("the update to {parent}"), WAIT, || {
            service.inbox(parent).len() == 2
        });
        let update = service
            .inbox(parent)
            .into_iter()
            .find(|(_, _, t)| *t != invitations[0].2 && *t != invitations[1].2)
            .expect("update");
        assert!(
            ["16:00", "4:00", "4 pm", "4pm"]
                .iter()
                .any(|t| update.2.contains(t)),
            "the new time in\n{}",
            update.2
        );
    }
    let mut confirmation = None;
    wait_until("the host's confirmation", WAIT, || {
        confirmation = service
            .inbox(&hosts[0])
            .into_iter()
            .find(|(_, _, t)| t.contains("new time"));
        confirmation.is_some()
    });
    stop(daemon);
    // The other host's families heard nothing more, and their answers stand.
    for parent in &parents[2..] {
        assert_eq!(service.inbox(parent).len(), 1, "{parent}");
    }
    let answers = service.answers();
    assert_eq!(answer_of(&answers, "Cedar").as_deref(), Some("no"));
    assert_eq!(answer_of(&answers, "Dogwood"), None);

    // An OK after its code expired (48 hours, here moved into the past)
    // invites nobody.
    let daemon = service.start();
    let late = service.stack.fresh_user("late").0;
    service.write(&hosts[1], &service.address, "late-new", "", "new party");
    let forms_of = || -> Vec<String> {
        service
            .inbox(&hosts[1])
            .into_iter()
            .filter(|(s, _, _)| s.starts_with("Your party: fill in"))
            .map(|(_, r, _)| r)
            .collect()
    };
    wait_until("the late party's form", WAIT, || forms_of().len() == 2);
    let db =
        rusqlite::Connection::open(service.dir.path().join("state/rsvpd.sqlite3")).expect("db");
    let first_party: String = db
        .query_row(
            "SELECT token FROM service_parties WHERE state = 'sent' AND host_id = \
             (SELECT id FROM service_hosts WHERE email = ?1)",
            [hosts[1].to_lowercase()],
            |r| r.get(0),
        )
        .expect("first party");
    let reply_to = forms_of()
        .into_iter()
        .find(|r| !r.contains(&first_party))
        .expect("the new form's address");
    service.write(
        &hosts[1],
        &reply_to,
        "late-form",
        "",
        &format!("Party: Late party\n{head}Lea Larch, {late}\n"),
    );
    let mut preview = None;
    wait_until("the late preview", WAIT, || {
        preview = service
            .inbox(&hosts[1])
            .into_iter()
            .find(|(s, _, t)| s.starts_with("Preview") && t.contains("Late party"));
        preview.is_some()
    });
    let (_, code, _) = preview.expect("preview");
    let moved = db
        .execute(
            "UPDATE service_previews SET expires_at = '2026-01-01T00:00:00.000Z' WHERE used_at IS NULL",
            [],
        )
        .expect("expire");
    assert_eq!(moved, 1);
    service.write(&hosts[1], &code, "late-ok", "", "OK");
    let mut refusal = None;
    wait_until("the answer to the late OK", WAIT, || {
        refusal = service
            .inbox(&hosts[1])
            .into_iter()
            .find(|(s, _, t)| s.starts_with("Nothing was sent") && t.contains("expired"));
        refusal.is_some()
    });
    stop(daemon);
    assert!(service.inbox(&late).is_empty(), "nobody invited");
}
