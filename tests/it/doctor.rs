//! `rsvpd doctor` against the real Postfix + Dovecot on 127.0.0.1 (all
//! green; a wrong password, a missing one and a wrong CA each give their
//! failing line and fix), in local mode, and XOAUTH2 against loopback fake
//! IMAP and SMTP servers that check the SASL exchange and accept only one
//! token (a token refresh after a rejected login included).

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use assert_cmd::Command;
use rsvpd::config::{Credential, Security};
use rsvpd::mail::endpoint::{Password, SecretSource};
use rsvpd::mail::imap::{ImapEndpoint, ImapError, connect_and_login, timed};
use rsvpd::mail::smtp::{SmtpEndpoint, SmtpSender};
use rsvpd::mail::tls::TlsConfig;

use crate::support::{self, Stack};

const PASSWORD_ENV: &str = "RSVPD_TEST_DOCTOR_PASSWORD";

const EVENT: &str = r#"
[[event]]
slug = "party"
title = "Class party"
start = "2026-12-12T15:00"
end = "2026-12-12T18:00"
location = "Jump Park"
rsvp_by = "2026-12-05"
roster = "roster.csv"
"#;

/// A server-mode configuration for a fresh host mailbox on the stack.
struct Setup {
    dir: tempfile::TempDir,
    host: String,
    password: String,
}

fn setup(stack: &Stack, ca_file: &Path) -> Setup {
    let (host, password) = stack.fresh_user("doctor");
    let (local, domain) = host.split_once('@').expect("address");
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("roster.csv"),
        "family,child,email\nNovak,Luka,ana@example.org\n",
    )
    .expect("roster");
    let config = format!(
        r#"
[host]
name = "Dana Host"
email = "{host}"
time_zone = "Europe/Zagreb"

[mail]
mode = "server"
reply_address = "{local}+rsvp-{{token}}@{domain}"

[mail.smtp]
host = "127.0.0.1"
port = {submission}
security = "starttls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
ca_file = "{ca}"

[mail.imap]
host = "127.0.0.1"
port = {imaps}
security = "tls"
user = "{host}"
password_env = "{PASSWORD_ENV}"
ca_file = "{ca}"
{EVENT}"#,
        submission = stack.submission_port,
        imaps = stack.imaps_port,
        ca = ca_file.display(),
    );
    std::fs::write(dir.path().join("rsvpd.toml"), config).expect("config");
    Setup {
        dir,
        host,
        password,
    }
}

/// Runs `rsvpd doctor` with `password` (or none) in the environment;
/// returns the exit code and standard output.
fn doctor(config: &Path, password: Option<&str>, extra: &[&str]) -> (i32, String) {
    let mut cmd = Command::cargo_bin("rsvpd").expect("binary");
    cmd.env_remove("RSVPD_CONFIG")
        .env_remove(PASSWORD_ENV)
        .args(["doctor", "--probe-timeout", "30", "-c"])
        .arg(config)
        .args(extra)
        .timeout(Duration::from_secs(120));
    if let Some(password) = password {
        cmd.env(PASSWORD_ENV, password);
    }
    let output = cmd.output().expect("rsvpd doctor runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    eprintln!("{stdout}{}", String::from_utf8_lossy(&output.stderr));
    (output.status.code().unwrap_or(-1), stdout)
}

/// The lines starting (after indentation) with `label`.
fn lines_with<'a>(stdout: &'a str, label: &str) -> Vec<&'a str> {
    stdout
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with(label))
        .collect()
}

#[test]
fn all_green_on_a_correct_config_and_the_probe_is_removed() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let s = setup(&stack, &stack.ca_cert);
    let (code, out) = doctor(&s.dir.path().join("rsvpd.toml"), Some(&s.password), &[]);
    assert_eq!(code, 0, "{out}");
    assert!(lines_with(&out, "FAIL").is_empty(), "{out}");
    assert!(lines_with(&out, "warn").is_empty(), "{out}");
    for expected in [
        "ok    state folder",
        "ok    SMTP 127.0.0.1:",
        "ok    SMTP TLS (starttls) handshake, certificate valid",
        &format!("ok    SMTP AUTH as {} accepted (password)", s.host),
        "ok    IMAP TLS (tls) handshake, certificate valid",
        &format!("ok    IMAP login as {} accepted", s.host),
        "ok    IMAP capabilities IDLE, MOVE, UIDPLUS",
        "ok    IMAP mailbox \"INBOX\" selectable (0 messages)",
        "ok    probe removed from INBOX",
        "ok    VERP envelope sender ",
    ] {
        assert_eq!(lines_with(&out, expected).len(), 1, "{expected}\n{out}");
    }
    let probe = lines_with(&out, "ok    plus-address pattern: probe to ");
    assert_eq!(probe.len(), 1, "{out}");
    assert!(probe[0].contains("arrived in INBOX") && probe[0].contains("with its token"));
    assert!(out.contains("0 failed"), "{out}");

    // The probe really is gone: the fresh mailbox is empty again.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let remaining = runtime.block_on(async {
        let endpoint = ImapEndpoint::new(
            &stack.host,
            stack.imaps_port,
            Security::Tls,
            &s.host,
            Password::new(s.password.as_str()),
        );
        let mut session = connect_and_login(&endpoint, &stack.tls())
            .await
            .expect("login");
        let mailbox = timed("select", Duration::from_secs(10), session.select("INBOX"))
            .await
            .expect("select");
        mailbox.exists
    });
    assert_eq!(remaining, 0, "the probe was left in the mailbox");
}

#[test]
fn a_server_refusing_verp_senders_is_a_warning_and_the_probe_goes_with_the_plain_one() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let s = setup(&stack, &stack.ca_cert);
    let (local, _) = s.host.split_once('@').expect("address");
    // Only this host's tagged senders: other tests share the stack.
    stack.ctl(&[
        "refuse-sender",
        &format!("^{local}\\+rsvp-[a-z0-9]+-[a-z0-9]{{4}}@"),
        "not owned by user",
    ]);
    let (code, out) = doctor(&s.dir.path().join("rsvpd.toml"), Some(&s.password), &[]);
    assert_eq!(code, 0, "{out}");
    let refused = lines_with(&out, "warn  VERP envelope sender ");
    assert_eq!(refused.len(), 1, "{out}");
    assert!(
        refused[0].contains("refused") && refused[0].contains("553"),
        "{out}"
    );
    assert!(out.contains("set mail.verp = false"), "{out}");
    let probe = lines_with(&out, "ok    plus-address pattern: probe to ");
    assert_eq!(probe.len(), 1, "{out}");
    assert!(lines_with(&out, "FAIL").is_empty(), "{out}");
}

#[test]
fn a_wrong_password_fails_both_logins_with_the_fix() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let s = setup(&stack, &stack.ca_cert);
    let (code, out) = doctor(
        &s.dir.path().join("rsvpd.toml"),
        Some("not-the-password"),
        &[],
    );
    assert_eq!(code, 1, "{out}");
    let fails = lines_with(&out, "FAIL");
    assert_eq!(fails.len(), 2, "{out}");
    assert!(
        fails[0].starts_with(&format!("FAIL  SMTP AUTH as {} rejected: ", s.host)),
        "{out}"
    );
    assert!(fails[0].contains("535"), "{out}");
    assert_eq!(
        fails[1],
        format!(
            "FAIL  IMAP login as {} rejected: [AUTHENTICATIONFAILED] Authentication failed.",
            s.host
        )
    );
    let fixes = lines_with(&out, "fix: check the user name");
    assert_eq!(fixes.len(), 2, "{out}");
    assert!(fixes[0].contains(&format!("password from ${PASSWORD_ENV}")));
    // TLS was fine; the probe needs a login.
    assert_eq!(lines_with(&out, "ok    SMTP TLS").len(), 1, "{out}");
    assert_eq!(lines_with(&out, "ok    IMAP TLS").len(), 1, "{out}");
    assert_eq!(lines_with(&out, "skip  plus-address pattern").len(), 1);
}

#[test]
fn a_missing_password_variable_is_named() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let s = setup(&stack, &stack.ca_cert);
    let (code, out) = doctor(&s.dir.path().join("rsvpd.toml"), None, &[]);
    assert_eq!(code, 1, "{out}");
    let expected = format!(
        "SMTP secret: the environment variable {PASSWORD_ENV} is not set (it holds the password)"
    );
    assert_eq!(
        lines_with(&out, &format!("FAIL  {expected}")).len(),
        1,
        "{out}"
    );
    assert!(out.contains(&format!("fix: set {PASSWORD_ENV} in rsvpd's environment")));
    // The connection checks still ran.
    assert_eq!(lines_with(&out, "ok    IMAP TLS").len(), 1, "{out}");
}

#[test]
fn a_wrong_ca_fails_tls_with_the_fix() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    // The server's own leaf certificate is not the CA that signed it.
    let leaf = stack.dir.join("tls/cert.pem");
    let s = setup(&stack, &leaf);
    let (code, out) = doctor(&s.dir.path().join("rsvpd.toml"), Some(&s.password), &[]);
    assert_eq!(code, 1, "{out}");
    let fails = lines_with(&out, "FAIL");
    assert_eq!(fails.len(), 2, "{out}");
    assert!(fails[0].starts_with("FAIL  SMTP TLS (starttls): "), "{out}");
    assert!(fails[1].starts_with("FAIL  IMAP TLS (tls): "), "{out}");
    assert!(fails.iter().all(|l| l.contains("UnknownIssuer")), "{out}");
    assert_eq!(
        lines_with(
            &out,
            "fix: the server's certificate could not be verified for this host name"
        )
        .len(),
        2,
        "{out}"
    );
    assert_eq!(
        lines_with(
            &out,
            "for a self-hosted server with its own CA, set ca_file"
        )
        .len(),
        2
    );
    assert_eq!(lines_with(&out, "skip  SMTP login").len(), 1, "{out}");
}

// ------------------------------------------------------------------ local mode

fn local_config(dir: &Path, state_dir: &str) -> PathBuf {
    std::fs::write(
        dir.join("roster.csv"),
        "family,child,email\nNovak,Luka,ana@example.org\n",
    )
    .expect("roster");
    let path = dir.join("rsvpd.toml");
    std::fs::write(
        &path,
        format!(
            "state_dir = \"{state_dir}\"\n[host]\nname = \"Dana\"\nemail = \"dana@example.org\"\ntime_zone = \"Europe/Zagreb\"\n\
             [mail]\nreply_address = \"dana+rsvp-{{token}}@example.org\"\n{EVENT}"
        ),
    )
    .expect("config");
    path
}

#[test]
fn local_mode_checks_the_folders() {
    let dir = tempfile::tempdir().expect("tempdir");
    let (code, out) = doctor(&local_config(dir.path(), "state"), None, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("(local mode)"), "{out}");
    assert_eq!(lines_with(&out, "ok    state folder").len(), 1, "{out}");
    assert_eq!(lines_with(&out, "ok    outbox folder").len(), 1, "{out}");
    assert_eq!(lines_with(&out, "ok    inbox Maildir").len(), 1, "{out}");
    assert!(dir.path().join("state/inbox/new").is_dir());

    // A state folder that cannot exist (its parent is a file) fails even
    // for root.
    std::fs::write(dir.path().join("blocker"), "a file").expect("file");
    let (code, out) = doctor(&local_config(dir.path(), "blocker/state"), None, &[]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(lines_with(&out, "FAIL  state folder").len(), 1, "{out}");
    assert_eq!(
        lines_with(&out, "fix: give the user that runs rsvpd write access").len(),
        2
    );
    assert_eq!(lines_with(&out, "FAIL  inbox Maildir").len(), 1, "{out}");
}

// ------------------------------------------------------------------ XOAUTH2

const USER: &str = "dana@example.org";

fn sasl(token: &str) -> String {
    format!("user={USER}\x01auth=Bearer {token}\x01\x01")
}

/// What the fake servers saw: every decoded XOAUTH2 response, and the
/// messages (DATA) accepted.
#[derive(Default)]
struct Seen {
    sasl: Vec<String>,
    data: Vec<String>,
}

/// A loopback server answering each connection with `serve` on its own
/// thread. Lives until the test process ends.
fn fake_server(
    accepted_token: &'static str,
    seen: Arc<Mutex<Seen>>,
    serve: fn(TcpStream, &str, &Mutex<Seen>) -> std::io::Result<()>,
) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().expect("address").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let seen = Arc::clone(&seen);
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(20)));
                let _ = serve(stream, accepted_token, &seen);
            });
        }
    });
    port
}

fn read_line(reader: &mut BufReader<TcpStream>) -> std::io::Result<Option<String>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    Ok(Some(line.trim_end_matches(['\r', '\n']).to_owned()))
}

/// Whether the base64 XOAUTH2 response names USER and `accepted_token`;
/// records what it decoded to.
fn check_sasl(encoded: &str, accepted_token: &str, seen: &Mutex<Seen>) -> bool {
    let decoded = String::from_utf8_lossy(&base64_decode(encoded)).into_owned();
    let ok = decoded == sasl(accepted_token);
    seen.lock().expect("lock").sasl.push(decoded);
    ok
}

/// RFC 7628's error challenge: `{"status":"401","schemes":"bearer"}`.
const ERROR_CHALLENGE: &str = "eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIn0=";

/// Enough SMTP for lettre: EHLO with AUTH XOAUTH2, AUTH, MAIL, RCPT, DATA.
fn serve_smtp(stream: TcpStream, accepted: &str, seen: &Mutex<Seen>) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    out.write_all(b"220 fake.test ESMTP\r\n")?;
    while let Some(line) = read_line(&mut reader)? {
        let upper = line.to_ascii_uppercase();
        if upper.starts_with("EHLO") {
            out.write_all(b"250-fake.test\r\n250-AUTH XOAUTH2\r\n250 8BITMIME\r\n")?;
        } else if let Some(encoded) = line.strip_prefix("AUTH XOAUTH2 ") {
            if check_sasl(encoded, accepted, seen) {
                out.write_all(b"235 2.7.0 accepted\r\n")?;
            } else {
                out.write_all(format!("334 {ERROR_CHALLENGE}\r\n").as_bytes())?;
                if read_line(&mut reader)?.is_some() {
                    out.write_all(b"535 5.7.8 token rejected\r\n")?;
                }
            }
        } else if upper == "DATA" {
            out.write_all(b"354 go on\r\n")?;
            let mut body = String::new();
            while let Some(l) = read_line(&mut reader)? {
                if l == "." {
                    break;
                }
                body.push_str(&l);
                body.push('\n');
            }
            seen.lock().expect("lock").data.push(body);
            out.write_all(b"250 2.0.0 queued\r\n")?;
        } else if upper == "QUIT" {
            out.write_all(b"221 bye\r\n")?;
            return Ok(());
        } else {
            out.write_all(b"250 ok\r\n")?;
        }
    }
    Ok(())
}

/// Enough IMAP for rsvpd: CAPABILITY, AUTHENTICATE XOAUTH2, SELECT, NOOP, LOGOUT.
fn serve_imap(stream: TcpStream, accepted: &str, seen: &Mutex<Seen>) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    out.write_all(b"* OK fake IMAP ready\r\n")?;
    while let Some(line) = read_line(&mut reader)? {
        let Some((tag, command)) = line.split_once(' ') else {
            continue;
        };
        let upper = command.to_ascii_uppercase();
        let reply = if upper == "CAPABILITY" {
            format!("* CAPABILITY IMAP4rev1 AUTH=XOAUTH2 IDLE MOVE UIDPLUS\r\n{tag} OK done\r\n")
        } else if upper == "AUTHENTICATE XOAUTH2" {
            out.write_all(b"+ \r\n")?;
            let response = read_line(&mut reader)?.unwrap_or_default();
            if check_sasl(&response, accepted, seen) {
                format!("{tag} OK authenticated\r\n")
            } else {
                out.write_all(format!("+ {ERROR_CHALLENGE}\r\n").as_bytes())?;
                let _ = read_line(&mut reader)?;
                format!("{tag} NO [AUTHENTICATIONFAILED] invalid token\r\n")
            }
        } else if upper.starts_with("SELECT") {
            format!("* 0 EXISTS\r\n* OK [UIDVALIDITY 7] ok\r\n{tag} OK [READ-WRITE] done\r\n")
        } else if upper == "LOGOUT" {
            out.write_all(format!("* BYE\r\n{tag} OK bye\r\n").as_bytes())?;
            return Ok(());
        } else if upper == "NOOP" {
            format!("{tag} OK done\r\n")
        } else {
            format!("{tag} BAD not in this fake\r\n")
        };
        out.write_all(reply.as_bytes())?;
    }
    Ok(())
}

fn base64_decode(text: &str) -> Vec<u8> {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    let mut buffer = 0u32;
    let mut bits = 0;
    for byte in text.bytes().filter(|b| *b != b'=') {
        let Some(value) = ALPHABET.iter().position(|a| *a == byte) else {
            return Vec::new();
        };
        buffer = (buffer << 6) | value as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
        }
    }
    out
}

fn xoauth2_config(dir: &Path, smtp_port: u16, imap_port: u16) -> PathBuf {
    std::fs::write(
        dir.join("roster.csv"),
        "family,child,email\nNovak,Luka,ana@example.org\n",
    )
    .expect("roster");
    let path = dir.join("rsvpd.toml");
    std::fs::write(
        &path,
        format!(
            r#"
[host]
name = "Dana"
email = "{USER}"
time_zone = "Europe/Zagreb"

[mail]
mode = "server"
reply_address = "dana+rsvp-{{token}}@example.org"

[mail.smtp]
host = "127.0.0.1"
port = {smtp_port}
security = "none"
user = "{USER}"
auth = "xoauth2"
token_file = "token.txt"

[mail.imap]
host = "127.0.0.1"
port = {imap_port}
security = "none"
user = "{USER}"
auth = "xoauth2"
token_command = "cat token.txt"
{EVENT}"#
        ),
    )
    .expect("config");
    path
}

#[test]
fn doctor_logs_in_with_xoauth2_and_names_a_refused_token() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let smtp_port = fake_server("good-token", Arc::clone(&seen), serve_smtp);
    let imap_port = fake_server("good-token", Arc::clone(&seen), serve_imap);
    let dir = tempfile::tempdir().expect("tempdir");
    let config = xoauth2_config(dir.path(), smtp_port, imap_port);

    std::fs::write(dir.path().join("token.txt"), "good-token\n").expect("token");
    // the token command runs in rsvpd's working directory
    let mut cmd = Command::cargo_bin("rsvpd").expect("binary");
    let output = cmd
        .current_dir(dir.path())
        .env_remove("RSVPD_CONFIG")
        .args(["doctor", "--no-probe", "-c"])
        .arg(&config)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("doctor runs");
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(output.status.code(), Some(0), "{out}");
    assert_eq!(
        lines_with(
            &out,
            &format!("ok    SMTP AUTH as {USER} accepted (XOAUTH2)")
        )
        .len(),
        1,
        "{out}"
    );
    assert_eq!(
        lines_with(&out, &format!("ok    IMAP login as {USER} accepted")).len(),
        1,
        "{out}"
    );
    assert_eq!(
        lines_with(&out, "ok    SMTP oauth2 token from ").len(),
        1,
        "{out}"
    );
    assert_eq!(
        lines_with(&out, "ok    IMAP oauth2 token from `cat token.txt`").len(),
        1
    );
    assert_eq!(
        lines_with(&out, "skip  plus-address pattern").len(),
        1,
        "{out}"
    );
    assert_eq!(
        seen.lock().expect("lock").sasl,
        [sasl("good-token"), sasl("good-token")],
        "one SMTP AUTH and one IMAP AUTHENTICATE, each with the exact SASL string"
    );

    std::fs::write(dir.path().join("token.txt"), "expired-token\n").expect("token");
    let output = Command::cargo_bin("rsvpd")
        .expect("binary")
        .current_dir(dir.path())
        .env_remove("RSVPD_CONFIG")
        .args(["doctor", "--no-probe", "-c"])
        .arg(&config)
        .timeout(Duration::from_secs(60))
        .output()
        .expect("doctor runs");
    let out = String::from_utf8_lossy(&output.stdout).into_owned();
    assert_eq!(output.status.code(), Some(1), "{out}");
    let fails = lines_with(&out, "FAIL");
    assert_eq!(
        fails,
        [
            format!("FAIL  SMTP AUTH as {USER} rejected: the server refused the OAuth2 token"),
            format!("FAIL  IMAP login as {USER} rejected: [AUTHENTICATIONFAILED] invalid token"),
        ],
        "{out}"
    );
    assert_eq!(
        lines_with(
            &out,
            &format!("fix: the server refused the OAuth2 token for {USER}")
        )
        .len(),
        2,
        "{out}"
    );
}

/// A token command that prints `token-N` on its N-th run.
fn counting_token_command(dir: &Path) -> Credential {
    let count = dir.join("runs");
    Credential::TokenCommand(format!(
        "echo run >> '{c}'; echo token-$(wc -l < '{c}' | tr -d ' ')",
        c = count.display()
    ))
}

#[tokio::test]
async fn smtp_fetches_a_fresh_token_when_the_server_refuses_one() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let port = fake_server("token-2", Arc::clone(&seen), serve_smtp);
    let dir = tempfile::tempdir().expect("tempdir");
    let source = SecretSource::new(counting_token_command(dir.path()));
    let mut endpoint = SmtpEndpoint::new(
        "127.0.0.1",
        port,
        Security::None,
        USER,
        Password::new(String::new()),
    );
    endpoint.timeout = Duration::from_secs(10);
    let sender = SmtpSender::new(endpoint, TlsConfig::webpki_roots().expect("tls"), source)
        .expect("sender with the first token");
    let envelope = lettre::address::Envelope::new(
        Some(USER.parse().expect("address")),
        vec!["ana@example.org".parse().expect("address")],
    )
    .expect("envelope");
    let raw = b"From: dana@example.org\r\nTo: ana@example.org\r\nSubject: hi\r\n\r\nrefreshed\r\n";
    sender
        .send_raw(&envelope, raw)
        .await
        .expect("sent after fetching a fresh token");
    let seen = seen.lock().expect("lock");
    assert_eq!(seen.sasl, [sasl("token-1"), sasl("token-2")]);
    assert_eq!(seen.data.len(), 1);
    assert!(seen.data[0].contains("refreshed"), "{:?}", seen.data);
}

#[tokio::test]
async fn imap_xoauth2_refusal_is_a_rejected_login_and_a_fresh_token_works() {
    let seen = Arc::new(Mutex::new(Seen::default()));
    let port = fake_server("token-2", Arc::clone(&seen), serve_imap);
    let dir = tempfile::tempdir().expect("tempdir");
    let source = SecretSource::new(counting_token_command(dir.path()));
    let mut endpoint = ImapEndpoint::new(
        "127.0.0.1",
        port,
        Security::None,
        USER,
        source.fetch().await.expect("first token"),
    );
    endpoint.mechanism = source.mechanism();
    endpoint.timeout = Duration::from_secs(10);
    let tls = TlsConfig::webpki_roots().expect("tls");
    match connect_and_login(&endpoint, &tls).await {
        Err(e @ ImapError::LoginRejected { .. }) => {
            assert!(e.is_permanent(), "{e}");
            assert!(e.to_string().contains("AUTHENTICATIONFAILED"), "{e}");
        }
        other => panic!("expected a rejected login, got {other:?}"),
    }
    // Cached until invalidated, as the watcher does after a rejection.
    assert_eq!(source.fetch().await.expect("cached").expose(), "token-1");
    source.invalidate();
    endpoint.password = source.fetch().await.expect("fresh token");
    let mut session = connect_and_login(&endpoint, &tls)
        .await
        .expect("login with the fresh token");
    timed("selecting", Duration::from_secs(5), session.select("INBOX"))
        .await
        .expect("select");
    assert_eq!(
        seen.lock().expect("lock").sasl,
        [sasl("token-1"), sasl("token-2")]
    );
}

// ------------------------------------------------------------------ XOAUTH2 against Dovecot

/// The stack's token introspection port, when it was started with
/// `MAILSTACK_OAUTH2=1` (Dovecot then checks XOAUTH2 tokens by asking
/// `http://127.0.0.1:PORT/introspect`, for IMAP and for Postfix's SMTP AUTH).
fn oauth2_port() -> Option<u16> {
    let location = std::env::var_os("RSVPD_MAILSTACK")?;
    let mut env_file = PathBuf::from(location);
    if env_file.is_dir() {
        env_file.push("mailstack.env");
    }
    let text = std::fs::read_to_string(env_file).ok()?;
    text.lines()
        .find_map(|l| l.strip_prefix("MAILSTACK_OAUTH2_PORT="))
        .and_then(|p| p.trim().parse().ok())
}

/// An RFC 7662 introspection endpoint on `port`: `tokens` maps each valid
/// token to its user; every token asked about is recorded.
fn introspection_server(port: u16, tokens: Vec<(String, String)>) -> Arc<Mutex<Vec<String>>> {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let listener = TcpListener::bind(("127.0.0.1", port))
        .unwrap_or_else(|e| panic!("binding the introspection port {port}: {e}"));
    let record = Arc::clone(&asked);
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
            let _ = answer_introspection(stream, &tokens, &record);
        }
    });
    asked
}

fn answer_introspection(
    stream: TcpStream,
    tokens: &[(String, String)],
    asked: &Mutex<Vec<String>>,
) -> std::io::Result<()> {
    let mut out = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    let mut length = 0usize;
    while let Some(line) = read_line(&mut reader)? {
        if line.is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0u8; length.min(64 * 1024)];
    std::io::Read::read_exact(&mut reader, &mut body)?;
    let body = String::from_utf8_lossy(&body);
    // token=...&client_id=...; tokens here are URL-safe as they are
    let token = body
        .split('&')
        .find_map(|pair| pair.strip_prefix("token="))
        .unwrap_or("")
        .to_owned();
    asked.lock().expect("lock").push(token.clone());
    let json = match tokens.iter().find(|(t, _)| *t == token) {
        Some((_, user)) => format!("{{\"active\": true, \"username\": \"{user}\"}}"),
        None => "{\"active\": false}".to_owned(),
    };
    out.write_all(
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{json}",
            json.len()
        )
        .as_bytes(),
    )
}

#[test]
fn dovecot_and_postfix_accept_xoauth2_and_a_refused_token_is_refreshed() {
    let Some(stack) = support::mailstack() else {
        return;
    };
    let Some(port) = oauth2_port() else {
        eprintln!("skipped: the mail stack was started without MAILSTACK_OAUTH2=1");
        return;
    };
    let s = setup(&stack, &stack.ca_cert);
    let nonce = format!("{:016x}", getrandom::u64().expect("random source"));
    let good = format!("good-{nonce}");
    let asked = introspection_server(
        port,
        vec![
            (good.clone(), s.host.clone()),
            // the counting command's second token (see below)
            (format!("count-{nonce}-2"), s.host.clone()),
        ],
    );
    let config_path = s.dir.path().join("rsvpd.toml");
    let token_file = s.dir.path().join("token.txt");
    let config = std::fs::read_to_string(&config_path)
        .expect("config")
        .replace(
            &format!("password_env = \"{PASSWORD_ENV}\""),
            &format!(
                "auth = \"xoauth2\"\ntoken_command = \"cat '{}'\"",
                token_file.display()
            ),
        );
    std::fs::write(&config_path, config).expect("config");

    // A valid token: every check green, the probe included.
    std::fs::write(&token_file, format!("{good}\n")).expect("token");
    let (code, out) = doctor(&config_path, None, &[]);
    assert_eq!(code, 0, "{out}");
    assert!(lines_with(&out, "FAIL").is_empty(), "{out}");
    assert_eq!(
        lines_with(
            &out,
            &format!("ok    SMTP AUTH as {} accepted (XOAUTH2)", s.host)
        )
        .len(),
        1,
        "{out}"
    );
    assert_eq!(
        lines_with(&out, &format!("ok    IMAP login as {} accepted", s.host)).len(),
        1,
        "{out}"
    );
    assert_eq!(
        lines_with(&out, "ok    probe removed from INBOX").len(),
        1,
        "{out}"
    );
    assert!(
        asked.lock().expect("lock").iter().all(|t| *t == good),
        "Dovecot asked about {:?}",
        asked.lock().expect("lock")
    );

    // An expired token: both logins fail with the OAuth2 fix.
    std::fs::write(&token_file, format!("expired-{nonce}\n")).expect("token");
    let (code, out) = doctor(&config_path, None, &[]);
    assert_eq!(code, 1, "{out}");
    assert_eq!(
        lines_with(&out, "FAIL"),
        [
            format!(
                "FAIL  SMTP AUTH as {} rejected: the server refused the OAuth2 token",
                s.host
            ),
            format!(
                "FAIL  IMAP login as {} rejected: [AUTHENTICATIONFAILED] Authentication failed.",
                s.host
            ),
        ],
        "{out}"
    );

    // The outbox's transport: the first token is refused, the command runs
    // again, and the message goes out with the second.
    asked.lock().expect("lock").clear();
    let runs = s.dir.path().join("runs");
    let source = SecretSource::new(Credential::TokenCommand(format!(
        "echo run >> '{r}'; echo count-{nonce}-$(wc -l < '{r}' | tr -d ' ')",
        r = runs.display()
    )));
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        let mut endpoint = SmtpEndpoint::new(
            &stack.host,
            stack.submission_port,
            Security::Starttls,
            &s.host,
            Password::new(String::new()),
        );
        endpoint.timeout = Duration::from_secs(10);
        let sender = SmtpSender::new(endpoint, stack.tls(), source).expect("sender");
        let envelope = lettre::address::Envelope::new(
            Some(s.host.parse().expect("address")),
            vec![s.host.parse().expect("address")],
        )
        .expect("envelope");
        let raw = format!(
            "From: {h}\r\nTo: {h}\r\nSubject: token refresh\r\nMessage-ID: <refresh-{nonce}@rsvpd.test>\r\n\r\nsent with a fresh token\r\n",
            h = s.host
        );
        sender
            .send_raw(&envelope, raw.as_bytes())
            .await
            .expect("accepted with the refreshed token");
    });
    assert_eq!(
        *asked.lock().expect("lock"),
        [format!("count-{nonce}-1"), format!("count-{nonce}-2")]
    );
}
