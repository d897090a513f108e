//! Bounces and delay warnings made by the real Postfix, read by `rsvpd run`
//! through IMAP IDLE: one of two parents failing, a report stripped of
//! every address, a VERP envelope as the only clue, and a delay.

use std::path::PathBuf;
use std::time::Duration;

use crate::daemon_imap::{Party, stop, wait_until};
use crate::support::{PrivateStack, Stack, mailstack};

/// A party whose family F000 has `parents` (a mailbox each, or none for
/// `None`: mail to it bounces), and whose config says `verp`.
fn party(stack: Stack, parents: &[Option<&str>], verp: bool) -> Party {
    let mut party = Party::new(stack, 2, 0);
    let mut contacts = Vec::new();
    for (p, mailbox) in parents.iter().enumerate() {
        contacts.push(match mailbox {
            Some(prefix) => party.stack.fresh_user(prefix).0,
            None => format!("nobody-{p}-{}@families.test", std::process::id()),
        });
    }
    let mut roster = String::from("family,child,contact_name,email,language\n");
    for c in &contacts {
        roster.push_str(&format!("F000,Kid0,Parent of Kid0,{c},\n"));
    }
    let other = party.families[1].1[0].clone();
    roster.push_str(&format!("F001,Kid1,Parent of Kid1,{other},\n"));
    std::fs::write(party.dir.path().join("roster.csv"), roster).expect("roster");
    party.families = vec![("F000".into(), contacts), ("F001".into(), vec![other])];
    let config = std::fs::read_to_string(party.config()).expect("config");
    let config = config.replace(
        "retry_max_seconds = 4\n",
        &format!("retry_max_seconds = 4\nverp = {verp}\n"),
    );
    std::fs::write(party.config(), config).expect("config");
    party
}

/// Files in the host's INBOX (new and cur).
fn inbox_files(party: &Party) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for sub in ["new", "cur"] {
        if let Ok(entries) = std::fs::read_dir(party.maildir(&party.host).join(sub)) {
            out.extend(entries.flatten().map(|e| e.path()));
        }
    }
    out
}

/// Waits for Postfix's report for `address` in the host's INBOX, takes it
/// out (so the daemon never sees it) and returns it.
fn take_report(party: &Party, address: &str) -> String {
    let mut found = None;
    wait_until(
        &format!("Postfix's report for {address}"),
        Duration::from_secs(30),
        || {
            found = inbox_files(party).into_iter().find(|f| {
                std::fs::read_to_string(f).is_ok_and(|t| {
                    t.contains("multipart/report") && t.contains(&format!("; {address}"))
                })
            });
            found.is_some()
        },
    );
    let file = found.expect("report");
    let text = std::fs::read_to_string(&file).expect("read report");
    std::fs::remove_file(&file).expect("take the report out");
    text
}

/// The report without the headers Dovecot added on delivery and with every
/// mention of `address` gone from its notice and delivery status, as some
/// servers send them. The returned original stays as rsvpd sent it.
fn strip_addresses(report: &str, address: &str) -> String {
    let returned = ["message/rfc822", "text/rfc822-headers"]
        .iter()
        .filter_map(|t| report.find(t))
        .min()
        .and_then(|at| report[..at].rfind("\n--"))
        .unwrap_or(report.len());
    let (report, original) = report.split_at(returned);
    let mut text = report
        .lines()
        .filter(|l| !l.starts_with("Return-Path:") && !l.starts_with("Delivered-To:"))
        .filter(|l| !l.contains("-Recipient:"))
        .map(|l| l.replace(&format!("<{address}>"), "").replace(address, ""))
        .collect::<Vec<_>>()
        .join("\r\n");
    text.push_str(original);
    text
}

/// The report without its returned message (and so without any rsvpd
/// Message-ID): only the envelope is left to say whose it is.
fn strip_returned_message(report: &str) -> String {
    let boundary = report
        .split("boundary=\"")
        .nth(1)
        .and_then(|b| b.split('"').next())
        .expect("a multipart report")
        .to_string();
    let parts: Vec<&str> = report.split(&format!("--{boundary}")).collect();
    // preamble, notice, delivery-status, returned message, epilogue
    let kept: Vec<&str> = parts
        .iter()
        .filter(|p| !p.contains("message/rfc822") && !p.contains("text/rfc822-headers"))
        .copied()
        .collect();
    let text = kept.join(&format!("--{boundary}"));
    assert!(!text.contains("Message-ID: <rsvp"), "{text}");
    text
}

fn digest_preview(party: &Party) -> String {
    let out = party
        .rsvpd()
        .args(["digest", "-c"])
        .arg(party.config())
        .arg("--preview")
        .arg(party.dir.path().join("digest.html"))
        .assert()
        .success();
    String::from_utf8_lossy(&out.get_output().stdout).into_owned()
}

/// The section of the plain-text digest that starts with `heading`, its
/// wrapped lines joined with single spaces.
fn section(digest: &str, heading: &str) -> String {
    let start = digest
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading} in:\n{digest}"));
    let rest = &digest[start..];
    let end = rest[1..]
        .find("\n\n")
        .map_or(rest.len(), |e| e + 1)
        .min(rest.len());
    rest[..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn a_bounce_for_one_of_two_parents_leaves_the_other_reachable_and_the_digest_says_which() {
    let Some(stack) = mailstack() else { return };
    let party = party(stack, &[Some("mum"), None], false);
    let (good, bad) = (
        party.families[0].1[0].clone(),
        party.families[0].1[1].clone(),
    );
    party.send_invitations();
    let daemon = party.start();
    wait_until("the bounce for one parent", Duration::from_secs(60), || {
        party.family("F000")["problems"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    });
    let f = party.family("F000");
    assert_eq!(f["unreachable"], false, "{f}");
    assert_eq!(f["invitation"], "sent", "{f}");
    let problems = f["problems"].as_array().expect("problems");
    assert_eq!(problems.len(), 1, "{f}");
    assert_eq!(problems[0]["address"], bad.as_str());
    assert_eq!(problems[0]["delayed"], false);
    assert!(
        problems[0]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("5.1.1")),
        "the server's words: {f}"
    );
    stop(daemon);
    let status = party
        .rsvpd()
        .args(["status", "-c"])
        .arg(party.config())
        .assert()
        .success();
    let status = String::from_utf8_lossy(&status.get_output().stdout).into_owned();
    assert!(status.contains(&format!("↳ {bad} bounced: ")), "{status}");
    let digest = digest_preview(&party);
    let waiting = section(&digest, "NO ANSWER YET");
    assert!(
        waiting.contains(&format!(
            "mail to {bad} bounced (the family's other address still works)"
        )),
        "{digest}"
    );
    assert!(!waiting.contains(&format!("mail to {good}")), "{digest}");
    assert!(!digest.contains("COULD NOT REACH"), "{digest}");
}

#[test]
fn a_bounce_whose_dsn_is_stripped_of_addresses_still_puts_the_family_under_could_not_reach() {
    let Some(stack) = mailstack() else { return };
    let party = party(stack, &[Some("dad"), None], false);
    let bad = party.families[0].1[1].clone();
    party.send_invitations();
    let report = take_report(&party, &bad);
    let stripped = strip_addresses(&report, &bad);
    assert!(!stripped[..stripped.find("message/rfc822").expect("original")].contains(&bad));
    assert!(stripped.contains("Message-ID: <rsvp"), "{stripped}");
    party.deliver("", &party.host, &stripped);
    let daemon = party.start();
    wait_until("the stripped bounce", Duration::from_secs(60), || {
        party.family("F000")["unreachable"] == true
    });
    stop(daemon);
    let f = party.family("F000");
    assert_eq!(f["invitation"], "bounced", "{f}");
    let reason = f["unreachable_reason"].as_str().expect("reason");
    assert!(
        reason.starts_with("a message to this family bounced: ")
            && reason.contains("550 5.1.1")
            && reason.contains("User doesn't exist"),
        "{reason}"
    );
    // Nobody else is touched.
    assert_eq!(party.family("F001")["unreachable"], false);
    let digest = digest_preview(&party);
    let unreachable = section(&digest, "COULD NOT REACH");
    assert!(unreachable.contains("F000"), "{digest}");
    assert!(
        unreachable.contains("a message to this family bounced"),
        "{digest}"
    );
}

#[test]
fn a_verp_envelope_alone_names_the_parent_whose_mail_bounced() {
    let Some(stack) = mailstack() else { return };
    let party = party(stack, &[Some("mum"), None], true);
    let (good, bad) = (
        party.families[0].1[0].clone(),
        party.families[0].1[1].clone(),
    );
    party.send_invitations();
    let report = take_report(&party, &bad);
    // Postfix returned it to the envelope sender: the reply address with
    // the failed parent's tag.
    let (local, domain) = party.host.split_once('@').expect("host");
    let delivered_to = report
        .lines()
        .find_map(|l| l.strip_prefix("Delivered-To: "))
        .expect("Delivered-To")
        .trim()
        .to_string();
    let tag = rsvpd::compose::contact_tag(&bad);
    assert!(
        delivered_to.starts_with(&format!("{local}+rsvp-"))
            && delivered_to.ends_with(&format!("-{tag}@{domain}")),
        "{delivered_to}"
    );
    assert_ne!(tag, rsvpd::compose::contact_tag(&good));
    // Neither the address nor the original message is left: only the envelope.
    let bare = strip_returned_message(&strip_addresses(&report, &bad));
    assert!(!bare.contains(&bad));
    party.deliver("", &delivered_to, &bare);
    let daemon = party.start();
    wait_until("the VERP bounce", Duration::from_secs(60), || {
        party.family("F000")["problems"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    });
    stop(daemon);
    let f = party.family("F000");
    assert_eq!(f["unreachable"], false, "{f}");
    assert_eq!(f["problems"][0]["address"], bad.as_str(), "{f}");
    assert_eq!(f["problems"][0]["delayed"], false, "{f}");
    assert_eq!(f["problems"].as_array().map(Vec::len), Some(1), "{f}");
    let digest = digest_preview(&party);
    assert!(
        section(&digest, "NO ANSWER YET").contains(&format!("mail to {bad} bounced")),
        "{digest}"
    );
}

#[test]
fn a_delay_warning_shows_delayed_and_marks_nobody_unreachable() {
    let Some(private) = PrivateStack::start() else {
        return;
    };
    let stack = private.stack.clone();
    stack.ctl(&["delay-warning", "2"]);
    let party = party(stack.clone(), &[Some("mum"), Some("dad")], true);
    let slow = party.families[0].1[1].clone();
    let only = party.families[1].1[0].clone();
    stack.ctl(&["defer", &slow, "Mailbox busy, try again later"]);
    stack.ctl(&["defer", &only, "Mailbox busy, try again later"]);
    party.send_invitations();
    let daemon = party.start();
    let delayed = |key: &str| {
        party.family(key)["problems"]
            .as_array()
            .is_some_and(|p| p.iter().any(|p| p["delayed"] == true))
    };
    wait_until("both delay warnings", Duration::from_secs(60), || {
        delayed("F000") && delayed("F001")
    });
    stop(daemon);
    for (key, address) in [("F000", &slow), ("F001", &only)] {
        let f = party.family(key);
        assert_eq!(f["unreachable"], false, "{f}");
        assert_eq!(f["invitation"], "sent", "{f}");
        let problems = f["problems"].as_array().expect("problems");
        assert_eq!(problems.len(), 1, "{f}");
        assert_eq!(problems[0]["address"], address.as_str(), "{f}");
        assert!(
            problems[0]["reason"]
                .as_str()
                .is_some_and(|r| r.contains("Mailbox busy")),
            "{f}"
        );
    }
    let digest = digest_preview(&party);
    let waiting = section(&digest, "NO ANSWER YET");
    for address in [&slow, &only] {
        assert!(
            waiting.contains(&format!(
                "mail to {address} is delayed (the server is still trying)"
            )),
            "{digest}"
        );
    }
    assert!(!digest.contains("COULD NOT REACH"), "{digest}");
    // Once delivered, nothing more arrives about it: the invitations are in
    // the parents' mailboxes.
    stack.ctl(&["clear"]);
    wait_until("the deferred invitations", Duration::from_secs(30), || {
        !party.mailbox(&slow).is_empty() && !party.mailbox(&only).is_empty()
    });
    drop(private);
}

#[test]
fn a_server_refusing_verp_senders_gets_the_plain_sender_and_bounces_still_tie() {
    let Some(stack) = mailstack() else { return };
    let party = party(stack, &[Some("mum"), None], true);
    let (good, bad) = (
        party.families[0].1[0].clone(),
        party.families[0].1[1].clone(),
    );
    let (local, _) = party.host.split_once('@').expect("host");
    // Only this host's tagged senders: other tests share the stack.
    party.stack.ctl(&[
        "refuse-sender",
        &format!("^{local}\\+rsvp-[a-z0-9]+-[a-z0-9]{{4}}@"),
        "not owned by user",
    ]);
    party.send_invitations();
    let daemon = party.start();
    wait_until("the bounce", Duration::from_secs(60), || {
        party.family("F000")["problems"]
            .as_array()
            .is_some_and(|p| !p.is_empty())
    });
    stop(daemon);
    // Everyone got the invitation, sent with the plain sender.
    for address in [&good, &party.families[1].1[0]] {
        let mail = party.mailbox(address);
        assert_eq!(mail.len(), 1, "{address}");
        assert!(
            mail[0].contains(&format!("Return-Path: <{}>", party.host)),
            "{}",
            mail[0]
        );
    }
    let f = party.family("F000");
    assert_eq!(f["unreachable"], false, "{f}");
    assert_eq!(f["problems"][0]["address"], bad.as_str(), "{f}");
}
