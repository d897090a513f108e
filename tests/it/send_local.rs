//! `rsvpd send` in local mode: the outbox folder as the transport.

use std::path::Path;

use crate::support::{edit, rsvpd};
use predicates::prelude::*;

fn scaffold() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    crate::support::init(dir.path());
    dir
}

fn outbox_files(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir.join("state/outbox"))
        .map(|rd| {
            rd.map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".eml"))
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn status(dir: &Path) -> serde_json::Value {
    let out = rsvpd()
        .args(["status", "--json", "-c"])
        .arg(dir.join("rsvpd.toml"))
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("json")
}

/// The first event's families, as `rsvpd status --json` lists them.
fn families(dir: &Path) -> Vec<serde_json::Value> {
    status(dir)["events"][0]["families"]
        .as_array()
        .cloned()
        .unwrap_or_default()
}

#[test]
fn send_invites_every_family_once_and_only_new_ones_later() {
    let dir = scaffold();
    let config = dir.path().join("rsvpd.toml");
    rsvpd()
        .args(["send", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("queued 25 new invitations"))
        .stdout(predicate::str::contains(
            "delivered 30 messages, 0 deferred, 0 failed",
        ));
    // One file per family (two-parent families get one message addressed to both).
    let files = outbox_files(dir.path());
    assert_eq!(files.len(), 25, "{files:?}");
    let s = status(dir.path());
    let families = s["events"][0]["families"].as_array().expect("families");
    assert!(families.iter().all(|f| f["invitation"] == "sent"), "{s}");

    // Nothing new: nothing queued, nothing rewritten.
    rsvpd()
        .args(["send", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("queued 0 new invitations"));
    assert_eq!(outbox_files(dir.path()), files);

    // A family joins the class: only it is invited.
    let roster = dir.path().join("roster.csv");
    let mut text = std::fs::read_to_string(&roster).expect("roster");
    text.push_str("Ito,Haruto Ito,Yui Ito,yui.ito@example.jp,\n");
    std::fs::write(&roster, text).expect("write");
    rsvpd()
        .args(["send", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("queued 1 new invitation\n"))
        .stdout(predicate::str::contains(
            "sent invitation to yui.ito@example.jp",
        ));
    assert_eq!(outbox_files(dir.path()).len(), 26);
}

#[test]
fn every_message_goes_only_to_its_own_family() {
    let dir = scaffold();
    rsvpd()
        .args(["send", "-c"])
        .arg(dir.path().join("rsvpd.toml"))
        .assert()
        .success();
    let roster = std::fs::read_to_string(dir.path().join("roster.csv")).expect("roster");
    let all: Vec<(String, String)> = roster
        .lines()
        .skip(1)
        .filter_map(|l| {
            let cols: Vec<&str> = l.split(',').collect();
            Some((cols.first()?.to_string(), cols.get(3)?.to_string()))
        })
        .collect();
    for name in outbox_files(dir.path()) {
        let raw = std::fs::read(dir.path().join("state/outbox").join(&name)).expect("read");
        let text = String::from_utf8_lossy(&raw).to_lowercase();
        let message = mail_parser::MessageParser::default()
            .parse(&raw)
            .expect("parses");
        let to: Vec<String> = message
            .to()
            .map(|a| {
                a.iter()
                    .filter_map(|x| x.address())
                    .map(|s| s.to_lowercase())
                    .collect()
            })
            .unwrap_or_default();
        assert!(!to.is_empty(), "{name}");
        let family = &all
            .iter()
            .find(|(_, email)| to.contains(email))
            .expect("a roster family")
            .0;
        for (other, email) in &all {
            if other != family {
                assert!(
                    !text.contains(email.as_str()),
                    "{name} mentions {email} of {other}"
                );
            }
        }
    }
}

#[test]
fn dry_run_and_preview_send_nothing() {
    let dir = scaffold();
    let config = dir.path().join("rsvpd.toml");
    rsvpd()
        .args(["send", "--dry-run", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "would invite Novak (Luka Novak) <ana.novak@example.org, ivan.novak@example.org>: ",
        ));
    let preview = dir.path().join("preview");
    rsvpd()
        .args(["send", "--preview"])
        .arg(&preview)
        .arg("-c")
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("25 invitations rendered"));
    assert!(preview.join("luka-8-Garcia.eml").is_file());
    let html = std::fs::read_to_string(preview.join("luka-8-Garcia.html")).expect("html");
    assert!(html.contains("Mireya"), "{html}");
    assert!(outbox_files(dir.path()).is_empty());
    let s = status(dir.path());
    assert_eq!(s["events"][0]["families"][0]["invitation"], "none");
}

#[test]
fn a_family_without_address_blocks_send_unless_allowed() {
    let dir = scaffold();
    let config = dir.path().join("rsvpd.toml");
    let roster = dir.path().join("roster.csv");
    let mut text = std::fs::read_to_string(&roster).expect("roster");
    text.push_str("Ito,Haruto Ito,,,\n");
    std::fs::write(&roster, text).expect("write");
    rsvpd()
        .args(["send", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "cannot invite this family by email: Ito (Haruto Ito)",
        ));
    assert!(outbox_files(dir.path()).is_empty());
    rsvpd()
        .args(["send", "--allow-unreachable", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "not invited (no address): Ito (Haruto Ito)",
        ));
    let s = status(dir.path());
    assert_eq!(s["events"][0]["counts"]["unreachable"], 1);
    assert_eq!(outbox_files(dir.path()).len(), 25);
}

#[test]
fn update_and_cancel_follow_the_invitation_thread() {
    let dir = scaffold();
    let config = dir.path().join("rsvpd.toml");
    rsvpd().args(["send", "-c"]).arg(&config).assert().success();
    rsvpd()
        .args(["send", "--update", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("nothing to update"));
    assert_eq!(outbox_files(dir.path()).len(), 25);

    let text = std::fs::read_to_string(&config).expect("config");
    std::fs::write(
        &config,
        text.replace("T15:00", "T16:00").replace("T18:00", "T19:00"),
    )
    .expect("write");
    rsvpd()
        .args(["send", "--update", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "queued the update (calendar sequence 1) for 25 families",
        ));
    let files = outbox_files(dir.path());
    assert_eq!(files.len(), 50);
    let update = files
        .iter()
        .find(|f| f.contains(".upd1@"))
        .expect("an update");
    let raw = std::fs::read(dir.path().join("state/outbox").join(update)).expect("read");
    let message = mail_parser::MessageParser::default()
        .parse(&raw)
        .expect("parses");
    let in_reply_to = message
        .in_reply_to()
        .as_text()
        .expect("in-reply-to")
        .to_string();
    assert!(in_reply_to.contains(".inv@"), "{in_reply_to}");
    let text = String::from_utf8_lossy(&raw).replace("\r\n ", "");
    assert!(text.contains("SEQUENCE:1"), "{text}");
    assert!(
        text.contains("DTSTART:20261212T150000Z"),
        "16:00 in Zagreb is 15:00 UTC: {text}"
    );

    rsvpd()
        .args(["send", "--cancel", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "queued the cancellation (calendar sequence 2)",
        ));
    let files = outbox_files(dir.path());
    let cancel = files
        .iter()
        .find(|f| f.contains(".cxl2@"))
        .expect("a cancellation");
    let raw = std::fs::read(dir.path().join("state/outbox").join(cancel)).expect("read");
    assert!(String::from_utf8_lossy(&raw).contains("METHOD:CANCEL"));
}

#[test]
fn an_invitation_that_cannot_be_composed_stops_the_run_with_nothing_queued() {
    let dir = scaffold();
    let config = dir.path().join("rsvpd.toml");
    edit(&config, |t| {
        t.replace("# templates = \"templates\"", "templates = \"templates\"")
    });
    // Fails for one family only, far down the roster.
    edit(&dir.path().join("templates/invitation.txt"), |t| {
        t + "{% if \"Ji-woo\" in family.children %}{{ 1 // 0 }}{% endif %}\n"
    });
    rsvpd()
        .args(["send", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(
            predicate::str::is_match(
                r"composing the invitation of Kim: rendering template invitation\.txt:\d+",
            )
            .expect("regex"),
        );
    assert!(outbox_files(dir.path()).is_empty());
    let families = families(dir.path());
    assert!(!families.is_empty());
    for f in &families {
        assert_eq!(f["invitation"], "none", "nothing queued: {f}");
    }
}

#[test]
fn queue_only_leaves_delivery_to_the_next_sender() {
    let dir = scaffold();
    let config = dir.path().join("rsvpd.toml");
    rsvpd()
        .args(["send", "--queue-only", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("queued 25 new invitations"))
        .stdout(predicate::str::contains("delivery is left to `rsvpd run`"))
        .stdout(predicate::str::contains("delivered").not());
    assert!(outbox_files(dir.path()).is_empty(), "nothing delivered yet");
    let families = families(dir.path());
    assert_eq!(families.len(), 25);
    assert!(
        families.iter().all(|f| f["invitation"] == "queued"),
        "{families:?}"
    );
    // A later run delivers the queue and queues nothing twice.
    rsvpd()
        .args(["send", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("queued 0 new invitations"))
        .stdout(predicate::str::contains("delivered 30 messages"));
    assert_eq!(outbox_files(dir.path()).len(), 25);
}
