//! `rsvpd run` in local mode: replies dropped into the inbox Maildir.

use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use crate::support::rsvpd;

/// An example class with its invitations in the outbox.
pub(crate) fn invited() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    crate::support::init(dir.path());
    rsvpd()
        .args(["send", "-c"])
        .arg(dir.path().join("rsvpd.toml"))
        .assert()
        .success();
    dir
}

/// The invitation a family got: (Message-ID, Reply-To address, a contact).
pub(crate) fn invitation_of(dir: &Path, contact: &str) -> (String, String) {
    for entry in std::fs::read_dir(dir.join("state/outbox")).expect("outbox") {
        let path = entry.expect("entry").path();
        // A running daemon may be writing another message (".NAME.tmp-PID").
        if path.extension().is_none_or(|e| e != "eml") {
            continue;
        }
        let raw = std::fs::read(&path).expect("read");
        let message = mail_parser::MessageParser::default()
            .parse(&raw)
            .expect("parse");
        let to_contact = message
            .to()
            .is_some_and(|t| t.iter().any(|a| a.address() == Some(contact)));
        if to_contact && message.in_reply_to().is_empty() {
            let id = message.message_id().expect("message id").to_string();
            let reply_to = message
                .reply_to()
                .and_then(|r| r.first())
                .and_then(|a| a.address())
                .expect("reply-to")
                .to_string();
            return (id, reply_to);
        }
    }
    panic!("no invitation to {contact}");
}

fn deliver(dir: &Path, name: &str, raw: &str) {
    let inbox = dir.join("state/inbox");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(inbox.join(sub)).expect("maildir");
    }
    let tmp = inbox.join("tmp").join(name);
    std::fs::write(&tmp, raw.replace('\n', "\r\n")).expect("write");
    std::fs::rename(&tmp, inbox.join("new").join(name)).expect("rename");
}

pub(crate) fn reply(dir: &Path, contact: &str, n: u32, body: &str) -> String {
    let (id, reply_to) = invitation_of(dir, contact);
    format!(
        "From: <{contact}>\nTo: <{reply_to}>\nSubject: Re: invitation\nMessage-ID: <reply-{n}@mail.example.com>\nIn-Reply-To: <{id}>\nDate: Thu, 26 Nov 2026 10:0{n}:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
}

fn start(dir: &Path) -> Child {
    Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
        .args(["run", "-c"])
        .arg(dir.join("rsvpd.toml"))
        .env("RSVPD_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn")
}

fn status(dir: &Path) -> serde_json::Value {
    let out = rsvpd()
        .args(["status", "--json", "-c"])
        .arg(dir.join("rsvpd.toml"))
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("json")
}

fn family<'a>(status: &'a serde_json::Value, key: &str) -> &'a serde_json::Value {
    status["events"][0]["families"]
        .as_array()
        .expect("families")
        .iter()
        .find(|f| f["family"] == key)
        .expect("family")
}

/// The host's next digest as text; its HTML goes to digest.html.
fn digest_preview(d: &Path) -> String {
    let out = rsvpd()
        .args(["digest", "--preview"])
        .arg(d.join("digest.html"))
        .arg("-c")
        .arg(d.join("rsvpd.toml"))
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).to_string()
}

fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn stop(mut child: Child) {
    let pid = child.id().to_string();
    let started = Instant::now();
    let ok = Process::new("kill")
        .args(["-TERM", &pid])
        .status()
        .expect("kill");
    assert!(ok.success());
    let status = child.wait().expect("wait");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?} to stop",
        started.elapsed()
    );
    assert!(status.success(), "exit status {status}");
}

fn confirmations(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir.join("state/outbox"))
        .expect("outbox")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.to_string_lossy().contains(".ack"))
        .collect()
}

#[test]
fn replies_in_the_inbox_become_answers_and_confirmations() {
    let dir = invited();
    let d = dir.path();
    deliver(
        d,
        "1.a",
        &reply(
            d,
            "ana.novak@example.org",
            1,
            "No problem, we'll be there! Luka and I.",
        ),
    );
    deliver(
        d,
        "2.b",
        &reply(
            d,
            "lucia.garcia@example.com",
            2,
            "Lo siento, no podemos ir.",
        ),
    );
    // The other parent changes the answer later.
    deliver(
        d,
        "3.c",
        &reply(
            d,
            "ivan.novak@example.org",
            3,
            "Sorry, change of plan: we can't come after all.",
        ),
    );
    // Unrelated mail stays where it is.
    deliver(
        d,
        "4.d",
        "From: <shop@example.net>\nTo: <dana@example.org>\nSubject: Sale\nMessage-ID: <sale@example.net>\n\nBig sale!\n",
    );
    let child = start(d);
    wait_until("answers", || {
        let s = status(d);
        family(&s, "Garcia")["answer"] == "no" && family(&s, "Novak")["answer"] == "no"
    });
    let s = status(d);
    assert_eq!(s["events"][0]["counts"]["no"], 2);
    wait_until("confirmations", || confirmations(d).len() == 3);
    stop(child);
    assert!(
        d.join("state/inbox/new/4.d").exists(),
        "unrelated mail must stay in new/"
    );
    assert!(!d.join("state/inbox/new/1.a").exists());
    assert!(
        d.join("state/inbox/cur/1.a:2,").exists(),
        "handled mail moves to cur/, unread"
    );
    let garcia = confirmations(d)
        .into_iter()
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .find(|t| t.contains("lucia.garcia@example.com"))
        .expect("a confirmation to Lucía");
    assert!(garcia.contains("Auto-Submitted: auto-replied"), "{garcia}");
    assert!(
        garcia.contains("Gracias por avisar"),
        "in Spanish: {garcia}"
    );

    // Restarting handles nothing twice.
    let child = start(d);
    deliver(
        d,
        "5.e",
        &reply(d, "wei.chen@example.com", 5, "yes! 3 of us"),
    );
    wait_until("Chen's answer", || {
        family(&status(d), "Chen")["answer"] == "yes"
    });
    stop(child);
    assert_eq!(family(&status(d), "Chen")["guests"], 3);
    assert_eq!(confirmations(d).len(), 4);
}

#[test]
fn auto_replies_and_bounces_are_not_answers() {
    let dir = invited();
    let d = dir.path();
    let (id, reply_to) = invitation_of(d, "wei.chen@example.com");
    deliver(
        d,
        "1.ooo",
        &format!(
            "From: <wei.chen@example.com>\nTo: <{reply_to}>\nSubject: Out of office\nAuto-Submitted: auto-replied\nMessage-ID: <ooo@example.com>\nIn-Reply-To: <{id}>\n\nI am away until Monday.\n"
        ),
    );
    let (id, _) = invitation_of(d, "karin.andersson@example.se");
    deliver(
        d,
        "2.bounce",
        &format!(
            "From: MAILER-DAEMON@example.org (Mail Delivery System)\nTo: <dana@example.org>\nSubject: Undelivered Mail Returned to Sender\nMessage-ID: <bounce@example.org>\nAuto-Submitted: auto-replied\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n--B\nContent-Type: text/plain\n\nI'm sorry to have to inform you that your message could not be delivered.\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\nFinal-Recipient: rfc822; karin.andersson@example.se\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <karin.andersson@example.se>: Recipient address rejected: User unknown\n\n--B\nContent-Type: text/rfc822-headers\n\nMessage-ID: <{id}>\nTo: karin.andersson@example.se\nSubject: You're invited\n\n--B--\n"
        ),
    );
    let child = start(d);
    wait_until("the bounce", || {
        family(&status(d), "Andersson")["invitation"] == "bounced"
    });
    stop(child);
    let s = status(d);
    assert!(family(&s, "Chen")["answer"].is_null());
    assert_eq!(s["events"][0]["counts"]["unreachable"], 1);
    assert!(confirmations(d).is_empty(), "robots get no confirmation");
}

#[test]
fn a_thank_you_after_an_answer_is_not_answered_and_a_question_keeps_the_answer() {
    let dir = invited();
    let d = dir.path();
    let child = start(d);
    let chen = |s: &serde_json::Value| family(s, "Chen").clone();
    deliver(
        d,
        "1.yes",
        &reply(d, "wei.chen@example.com", 1, "Yes, 2 of us!"),
    );
    wait_until("the yes", || chen(&status(d))["answer"] == "yes");
    wait_until("its confirmation", || confirmations(d).len() == 1);

    // "Thanks!" to the confirmation: recorded, answered by nobody.
    deliver(
        d,
        "2.thanks",
        &reply(d, "wei.chen@example.com", 2, "Thanks so much! 😊"),
    );
    wait_until("the thank-you moved to cur/", || {
        !d.join("state/inbox/new/2.thanks").exists()
    });
    // A question afterwards: the host will answer; the family still counts as yes.
    deliver(
        d,
        "3.question",
        &reply(
            d,
            "wei.chen@example.com",
            3,
            "Can Mei's little brother come too?",
        ),
    );
    wait_until("the question's confirmation", || {
        confirmations(d).len() == 2
    });
    stop(child);

    let s = status(d);
    assert_eq!(chen(&s)["answer"], "yes", "{s}");
    assert_eq!(chen(&s)["guests"], 2, "{s}");
    let texts: Vec<String> = confirmations(d)
        .into_iter()
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    assert_eq!(texts.len(), 2, "one for the yes, one for the question");
    let question = texts
        .iter()
        .find(|t| t.contains("reply-3@mail.example.com"))
        .expect("the question's confirmation is in its thread");
    assert!(question.contains("read it myself"), "{question}");
    assert!(
        question.contains("I still have you down as: Mei is coming, with one adult."),
        "{question}"
    );
    assert!(
        !texts.iter().any(|t| t.contains("reply-2@mail.example.com")),
        "the thank-you got a confirmation"
    );

    // The digest shows the host the question, not the thank-you.
    let digest = digest_preview(d);
    let eyes = digest
        .split("NEEDS YOUR EYES")
        .nth(1)
        .expect("a needs-your-eyes section");
    assert!(eyes.contains("little brother"), "{digest}");
    assert!(!eyes.contains("Thanks so much"), "{digest}");
}

#[test]
fn a_reply_without_a_message_id_counts_once_however_many_copies() {
    let dir = invited();
    let d = dir.path();
    // The same reply twice in new/ (a crash before the move, a second
    // delivery), with no Message-ID to tell the copies apart.
    let raw: String = reply(d, "wei.chen@example.com", 1, "Yes, 2 of us!")
        .lines()
        .filter(|l| !l.starts_with("Message-ID:"))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(!raw.contains("Message-ID"));
    deliver(d, "1.first", &raw);
    deliver(d, "1.second", &raw);
    let child = start(d);
    wait_until("both copies handled", || {
        std::fs::read_dir(d.join("state/inbox/new"))
            .expect("new/")
            .next()
            .is_none()
    });
    wait_until("the confirmation", || !confirmations(d).is_empty());
    stop(child);
    assert_eq!(family(&status(d), "Chen")["answer"], "yes");
    assert_eq!(confirmations(d).len(), 1, "one reply, one confirmation");
}

#[test]
fn an_unclear_reply_is_asked_about_and_the_parents_yes_settles_it() {
    let dir = invited();
    let d = dir.path();
    // Today's digest goes out as the daemon starts, before any reply, so the
    // host's next digest holds both replies whatever the time of day.
    let config = d.join("rsvpd.toml");
    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        text.replace("time = \"07:30\"", "time = \"00:00\""),
    )
    .expect("write");
    let child = start(d);
    wait_until("today's digest", || {
        std::fs::read_dir(d.join("state/outbox"))
            .expect("outbox")
            .any(|e| {
                e.expect("entry")
                    .file_name()
                    .to_string_lossy()
                    .contains(".dig@")
            })
    });
    let chen = |s: &serde_json::Value| family(s, "Chen").clone();
    deliver(
        d,
        "1.unclear",
        &reply(
            d,
            "wei.chen@example.com",
            1,
            "Mei has been talking about it all week!",
        ),
    );
    wait_until("the confirmation asking back", || {
        confirmations(d).len() == 1
    });
    let asked = std::fs::read_to_string(&confirmations(d)[0]).expect("read");
    let asked_text = asked.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        asked_text.contains("Just to be sure: is Mei coming? Reply yes or no."),
        "{asked}"
    );
    assert_ne!(chen(&status(d))["answer"], "yes");

    // The parent answers the question with a plain "yes".
    deliver(d, "2.yes", &reply(d, "wei.chen@example.com", 2, "Yes"));
    wait_until("the yes", || chen(&status(d))["answer"] == "yes");
    wait_until("its confirmation", || confirmations(d).len() == 2);
    stop(child);

    let texts: Vec<String> = confirmations(d)
        .into_iter()
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect();
    let second = texts
        .iter()
        .find(|t| t.contains("reply-2@mail.example.com"))
        .expect("the yes's confirmation");
    assert!(!second.contains("Just to be sure"), "asked once: {second}");

    // The host sees the first reply as settled by the parent, not to read.
    let digest = digest_preview(d);
    let settled = digest
        .split("SETTLED BY THE PARENT (1)")
        .nth(1)
        .unwrap_or_else(|| panic!("a settled-by-the-parent section: {digest}"));
    assert!(settled.contains("talking about it all week"), "{digest}");
    assert!(
        settled.contains("asked again, their answer: yes"),
        "{digest}"
    );
    assert!(!digest.contains("NEEDS YOUR EYES"), "{digest}");
    let html = std::fs::read_to_string(d.join("digest.html")).expect("html");
    assert!(html.contains("Settled by the parent (1)"), "{html}");
}
