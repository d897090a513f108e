//! The mail connection code against the real Postfix + Dovecot stack:
//! submission (STARTTLS + AUTH) and SMTPS deliver, IMAPS / STARTTLS / plain
//! loopback log in with the stack's CA verified, IDLE reports new mail, and
//! the errors say whether to retry. Plus the rule that `Security::None` is
//! refused for any host but this machine (no stack needed).

use std::time::{Duration, Instant};

use async_imap::extensions::idle::IdleResponse;
use async_imap::imap_proto::{MailboxDatum, Response};
use futures::TryStreamExt;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use rsvpd::config::Credential;
use rsvpd::config::Security;
use rsvpd::mail::endpoint::SecretSource;
use rsvpd::mail::endpoint::{Password, is_loopback_host};
use rsvpd::mail::imap::{ImapEndpoint, ImapError, ImapSession, connect_and_login, timed};
use rsvpd::mail::smtp::{SmtpEndpoint, SmtpSender, SmtpSetupError, build_transport};
use rsvpd::mail::tls::{TlsConfig, TlsError};

use crate::support::{self, Stack};

/// Per-step timeout for the connections in these tests.
const STEP: Duration = Duration::from_secs(10);
/// How long delivery, or an IDLE push, may take (Dovecot pushes after ~0.5 s).
const DELIVERY: Duration = Duration::from_secs(10);

fn imap_endpoint(
    stack: &Stack,
    port: u16,
    security: Security,
    user: &str,
    pw: &str,
) -> ImapEndpoint {
    let mut endpoint = ImapEndpoint::new(&stack.host, port, security, user, Password::new(pw));
    endpoint.timeout = STEP;
    endpoint
}

fn smtp_transport(
    stack: &Stack,
    port: u16,
    security: Security,
    user: &str,
    pw: &str,
) -> AsyncSmtpTransport<Tokio1Executor> {
    let mut endpoint = SmtpEndpoint::new(&stack.host, port, security, user, Password::new(pw));
    endpoint.timeout = STEP;
    build_transport(&endpoint, &stack.tls()).expect("transport for the stack")
}

/// A small message with a unique Message-ID; returns it and that id.
fn message(from: &str, to: &str, subject: &str) -> (Message, String) {
    let id = format!(
        "<{:016x}@rsvpd.test>",
        getrandom::u64().expect("random source")
    );
    let msg = Message::builder()
        .from(from.parse().expect("sender address"))
        .to(to.parse().expect("recipient address"))
        .subject(subject)
        .message_id(Some(id.clone()))
        .body(format!("{subject}: hello from the smoke test\n"))
        .expect("message");
    (msg, id)
}

/// Waits until the selected mailbox holds the message with `message_id`;
/// returns its UID.
async fn wait_for_message(session: &mut ImapSession, message_id: &str) -> u32 {
    let deadline = Instant::now() + DELIVERY;
    let query = format!("HEADER Message-ID \"{message_id}\"");
    loop {
        // NOOP lets the server announce new messages (EXISTS); a SEARCH
        // only sees messages the session has been told about.
        timed("polling", STEP, session.noop()).await.expect("NOOP");
        let uids = timed("searching", STEP, session.uid_search(&query))
            .await
            .expect("UID SEARCH");
        if let Some(uid) = uids.into_iter().max() {
            return uid;
        }
        assert!(
            Instant::now() < deadline,
            "{message_id} not delivered within {DELIVERY:?}"
        );
        // polls the server, bounded by the deadline above
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The raw message with `uid`, fetched without setting \Seen, and its flags.
async fn fetch(session: &mut ImapSession, uid: u32) -> (Vec<u8>, Vec<String>) {
    let fetches: Vec<_> = timed("fetching", STEP, async {
        session
            .uid_fetch(uid.to_string(), "(FLAGS BODY.PEEK[])")
            .await?
            .try_collect()
            .await
    })
    .await
    .expect("UID FETCH");
    let fetch = fetches
        .iter()
        .find(|f| f.uid == Some(uid))
        .expect("the fetched message");
    let flags = fetch.flags().map(|f| format!("{f:?}")).collect();
    (fetch.body().expect("a body").to_vec(), flags)
}

#[tokio::test]
async fn submission_delivers_to_imaps_and_idle_reports_the_next_message() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let (sender, sender_pw) = stack.fresh_user("sender");
    let (rcpt, rcpt_pw) = stack.fresh_user("smoke");
    let smtp = smtp_transport(
        &stack,
        stack.submission_port,
        Security::Starttls,
        &sender,
        &sender_pw,
    );

    let (first, first_id) = message(&sender, &rcpt, "first message");
    let reply = smtp
        .send(first)
        .await
        .expect("submission accepts the first message");
    assert!(reply.is_positive(), "submission answered {reply:?}");

    let endpoint = imap_endpoint(&stack, stack.imaps_port, Security::Tls, &rcpt, &rcpt_pw);
    let mut session = connect_and_login(&endpoint, &stack.tls())
        .await
        .expect("IMAPS login with the stack's CA verified");
    timed("selecting", STEP, session.select("INBOX"))
        .await
        .expect("SELECT INBOX");
    let uid = wait_for_message(&mut session, &first_id).await;
    let (raw, flags) = fetch(&mut session, uid).await;
    let text = String::from_utf8_lossy(&raw);
    assert!(text.contains("Subject: first message"), "fetched {text}");
    assert!(
        text.contains(&format!("Delivered-To: {rcpt}")),
        "fetched {text}"
    );
    assert!(
        !flags.iter().any(|f| f.contains("Seen")),
        "BODY.PEEK[] must not set \\Seen: {flags:?}"
    );

    // IDLE, then deliver a second message: the server must push EXISTS.
    let mut idle = session.idle();
    timed("starting idle", STEP, idle.init())
        .await
        .expect("IDLE accepted");
    let (second, second_id) = message(&sender, &rcpt, "second message");
    smtp.send(second)
        .await
        .expect("submission accepts the second message");
    let sent_at = Instant::now();
    let deadline = sent_at + DELIVERY;
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        assert!(!remaining.is_zero(), "no EXISTS push within {DELIVERY:?}");
        // `_stop` must stay alive while waiting: dropping it ends the wait.
        let (wait, _stop) = idle.wait_with_timeout(remaining);
        match wait.await.expect("waiting in IDLE") {
            IdleResponse::NewData(data) => {
                if let Response::MailboxData(MailboxDatum::Exists(n)) = data.parsed()
                    && *n >= 2
                {
                    break;
                }
            }
            other => panic!("IDLE ended without EXISTS: {other:?}"),
        }
    }
    eprintln!("IDLE push {:?} after the SMTP reply", sent_at.elapsed());
    let mut session = timed("ending idle", STEP, idle.done()).await.expect("DONE");
    let uid = wait_for_message(&mut session, &second_id).await;
    let (raw, _) = fetch(&mut session, uid).await;
    assert!(String::from_utf8_lossy(&raw).contains("Subject: second message"));
    timed("logging out", STEP, session.logout())
        .await
        .expect("LOGOUT");
}

/// `user`'s INBOX, selected, over plain IMAP (allowed on loopback).
async fn plain_inbox(stack: &Stack, user: &str, pw: &str) -> ImapSession {
    let endpoint = imap_endpoint(stack, stack.imap_port, Security::None, user, pw);
    let mut session = connect_and_login(&endpoint, &stack.tls())
        .await
        .expect("plain IMAP login on loopback");
    timed("selecting", STEP, session.select("INBOX"))
        .await
        .expect("SELECT INBOX");
    session
}

/// rsvpd's own sender (sessions it opens itself, with `TCP_NODELAY`) over
/// each kind of protection: several messages in a row on one session, a
/// 450 that closes the session, and a fresh session once it is lifted.
#[tokio::test]
async fn the_sender_delivers_over_smtps_starttls_and_plain_and_recovers_from_a_450() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let (from, from_pw) = stack.fresh_user("sender");
    let (rcpt, rcpt_pw) = stack.fresh_user("tempfail");
    let dir = tempfile::tempdir().expect("temp dir");
    let pw_file = dir.path().join("smtp-password");
    std::fs::write(&pw_file, &from_pw).expect("password file");
    let sender = |port, security| {
        let mut endpoint = SmtpEndpoint::new(&stack.host, port, security, &from, Password::new(""));
        endpoint.timeout = STEP;
        let source = SecretSource::new(Credential::PasswordFile(pw_file.clone()));
        SmtpSender::new(endpoint, stack.tls(), source).expect("sender for the stack")
    };
    let envelope = lettre::address::Envelope::new(
        Some(from.parse().expect("sender address")),
        vec![rcpt.parse().expect("recipient address")],
    )
    .expect("envelope");
    let mut ids = Vec::new();
    for (port, security, name) in [
        (stack.smtps_port, Security::Tls, "smtps"),
        (stack.submission_port, Security::Starttls, "starttls"),
        (stack.smtp_port, Security::None, "plain"),
    ] {
        let sender = sender(port, security);
        for n in 1..=3 {
            let (msg, id) = message(&from, &rcpt, &format!("{name} message {n}"));
            sender
                .send_raw(&envelope, &msg.formatted())
                .await
                .unwrap_or_else(|e| panic!("{name} message {n}: {e:?}"));
            ids.push(id);
        }
    }

    // Postfix reads a changed map in new sessions only: the 450 comes on a
    // fresh one, and the lifted map is seen only if that session is dropped.
    let submission = sender(stack.submission_port, Security::Starttls);
    stack.ctl(&["tempfail", &rcpt]);
    let (msg, _) = message(&from, &rcpt, "during tempfail");
    let error = submission
        .send_raw(&envelope, &msg.formatted())
        .await
        .expect_err("RCPT must get a 450");
    assert!(error.is_transient(), "a 450 is transient: {error:?}");
    assert!(!error.is_permanent());
    stack.ctl(&["clear", "--no-flush", &rcpt]);
    for n in 1..=2 {
        let (msg, id) = message(&from, &rcpt, &format!("after tempfail {n}"));
        submission
            .send_raw(&envelope, &msg.formatted())
            .await
            .unwrap_or_else(|e| panic!("after tempfail {n}, on a fresh session: {e:?}"));
        ids.push(id);
    }

    let mut session = plain_inbox(&stack, &rcpt, &rcpt_pw).await;
    for id in &ids {
        wait_for_message(&mut session, id).await;
    }
    let all = timed("searching", STEP, session.uid_search("ALL"))
        .await
        .expect("UID SEARCH ALL");
    assert_eq!(
        all.len(),
        ids.len(),
        "each message once, the refused one never"
    );
    timed("logging out", STEP, session.logout())
        .await
        .expect("LOGOUT");
}

#[tokio::test]
async fn smtps_reports_a_450_as_transient_and_delivers_once_lifted() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let (sender, sender_pw) = stack.fresh_user("sender");
    let (rcpt, rcpt_pw) = stack.fresh_user("tempfail");
    let smtps = smtp_transport(&stack, stack.smtps_port, Security::Tls, &sender, &sender_pw);

    stack.ctl(&["tempfail", &rcpt]);
    let (msg, _) = message(&sender, &rcpt, "during tempfail");
    let error = smtps.send(msg).await.expect_err("RCPT must get a 450");
    assert!(error.is_transient(), "a 450 is transient: {error:?}");
    assert!(!error.is_permanent());

    stack.ctl(&["clear", "--no-flush", &rcpt]);
    let (msg, over_smtps) = message(&sender, &rcpt, "after tempfail, over smtps");
    smtps.send(msg).await.expect("accepted once lifted");
    // no TLS at all is fine on loopback
    let plain = smtp_transport(&stack, stack.smtp_port, Security::None, &sender, &sender_pw);
    let (msg, over_plain) = message(&sender, &rcpt, "after tempfail, over plain smtp");
    plain.send(msg).await.expect("plain SMTP on loopback");

    let mut session = plain_inbox(&stack, &rcpt, &rcpt_pw).await;
    wait_for_message(&mut session, &over_smtps).await;
    wait_for_message(&mut session, &over_plain).await;
    timed("logging out", STEP, session.logout())
        .await
        .expect("LOGOUT");
}

#[tokio::test]
async fn imap_starttls_logs_in_and_errors_say_whether_to_retry() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let (user, pw) = stack.fresh_user("starttls");

    let endpoint = imap_endpoint(&stack, stack.imap_port, Security::Starttls, &user, &pw);
    let mut session = connect_and_login(&endpoint, &stack.tls())
        .await
        .expect("STARTTLS login with the stack's CA verified");
    let inbox = timed("selecting", STEP, session.select("INBOX"))
        .await
        .expect("SELECT INBOX");
    assert_eq!(inbox.exists, 0, "a fresh user has an empty INBOX");
    timed("logging out", STEP, session.logout())
        .await
        .expect("LOGOUT");

    let wrong = imap_endpoint(&stack, stack.imaps_port, Security::Tls, &user, "wrong");
    let error = connect_and_login(&wrong, &stack.tls())
        .await
        .expect_err("wrong password");
    assert!(
        matches!(error, ImapError::LoginRejected { .. }),
        "{error:?}"
    );
    assert!(error.is_permanent());

    let mut session = connect_and_login(&endpoint, &stack.tls())
        .await
        .expect("STARTTLS login again");
    let error = timed("selecting", STEP, session.select("No such folder"))
        .await
        .expect_err("a folder that does not exist");
    assert!(matches!(error, ImapError::Refused { .. }), "{error:?}");
    assert!(error.is_permanent(), "{error}");
    timed("logging out", STEP, session.logout())
        .await
        .expect("LOGOUT");

    // Without the stack's CA the certificate cannot be verified.
    let public_roots_only = TlsConfig::webpki_roots().expect("webpki roots");
    let error = connect_and_login(&endpoint, &public_roots_only)
        .await
        .expect_err("untrusted certificate");
    assert!(matches!(error, ImapError::Certificate { .. }), "{error:?}");
    assert!(error.is_permanent());

    // Nothing listens on port 1 of this machine.
    let closed = imap_endpoint(&stack, 1, Security::Tls, &user, &pw);
    let error = connect_and_login(&closed, &stack.tls())
        .await
        .expect_err("connection refused");
    assert!(matches!(error, ImapError::Connect { .. }), "{error:?}");
    assert!(error.is_transient());
}

#[tokio::test]
async fn security_none_is_refused_for_a_host_that_is_not_loopback() {
    let tls = TlsConfig::webpki_roots().expect("webpki roots");
    for host in [
        "mail.example.org",
        "192.0.2.10",
        "[2001:db8::1]",
        "localhost.example.org",
    ] {
        let imap = ImapEndpoint::new(host, 143, Security::None, "u", Password::new("secret-pw"));
        let started = Instant::now();
        let error = connect_and_login(&imap, &tls)
            .await
            .expect_err("plain IMAP to a remote host");
        assert!(
            matches!(error, ImapError::InsecureRefused { .. }),
            "{host}: {error:?}"
        );
        assert!(error.is_permanent());
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "refused before any network I/O"
        );
        assert!(!format!("{imap:?} {error}").contains("secret-pw"));

        let smtp = SmtpEndpoint::new(host, 25, Security::None, "u", Password::new("secret-pw"));
        let error = build_transport(&smtp, &tls).expect_err("plain SMTP to a remote host");
        assert!(
            matches!(error, SmtpSetupError::InsecureRefused { .. }),
            "{host}: {error:?}"
        );
        assert!(!format!("{smtp:?} {error}").contains("secret-pw"));
    }
    // The same settings are fine for this machine.
    for host in ["127.0.0.1", "localhost", "[::1]"] {
        let smtp = SmtpEndpoint::new(host, 25, Security::None, "u", Password::new("pw"));
        build_transport(&smtp, &tls).expect("plain SMTP to loopback");
    }
}

#[test]
fn loopback_hosts_are_recognised_by_spelling() {
    for host in [
        "localhost",
        "LocalHost",
        "localhost.",
        "127.0.0.1",
        "127.1.2.3",
        "::1",
        "[::1]",
    ] {
        assert!(is_loopback_host(host), "{host} is loopback");
    }
    for host in [
        "",
        "example.org",
        "localhost.example.org",
        "mylocalhost",
        "10.0.0.1",
        "128.0.0.1",
        "::2",
        "[::]",
        "0.0.0.0",
    ] {
        assert!(!is_loopback_host(host), "{host} is not loopback");
    }
}

#[test]
fn extra_ca_file_errors_name_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.pem");
    let error = TlsConfig::with_extra_ca_file(Some(&missing)).expect_err("missing file");
    assert!(matches!(error, TlsError::ReadCa { .. }), "{error:?}");
    assert!(error.to_string().contains("missing.pem"), "{error}");

    let not_pem = dir.path().join("not.pem");
    std::fs::write(&not_pem, "this is not a certificate\n").expect("write");
    let error = TlsConfig::with_extra_ca_file(Some(&not_pem)).expect_err("no certificate");
    assert!(matches!(error, TlsError::NoCertificate { .. }), "{error:?}");
    assert!(error.to_string().contains("not.pem"), "{error}");

    TlsConfig::with_extra_ca_file(None).expect("no extra CA is fine");
}

#[test]
fn imap_refusals_with_rfc5530_try_again_codes_are_transient() {
    // texts as Dovecot sends them, wrapped the way async-imap reports them
    let refusal = |info: &str| format!("code: None, info: Some({info:?})");
    let auth_backend_down = ImapError::LoginRejected {
        user: "u".to_owned(),
        reason: refusal("[UNAVAILABLE] Temporary authentication failure. [host:2026-11-26]"),
    };
    assert!(auth_backend_down.is_transient());
    let wrong_password = ImapError::LoginRejected {
        user: "u".to_owned(),
        reason: refusal("[AUTHENTICATIONFAILED] Authentication failed."),
    };
    assert!(wrong_password.is_permanent());
    let locked = ImapError::Refused {
        step: "selecting",
        reason: refusal("[INUSE] Mailbox is locked, try again later"),
    };
    assert!(locked.is_transient());
    let missing = ImapError::Refused {
        step: "selecting",
        reason: refusal("[NONEXISTENT] Mailbox doesn't exist: Nope"),
    };
    assert!(missing.is_permanent());
}
