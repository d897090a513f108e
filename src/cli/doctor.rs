//! `rsvpd doctor`: check that the configured mail servers work for rsvpd,
//! one line per check, with a fix for each failure.
//!
//! Server mode: name and port reachable, TLS handshake and certificate,
//! login (and where its secret comes from), IMAP IDLE / MOVE / UIDPLUS, the
//! mailbox, SMTP AUTH, and the plus-address pattern: a probe sent through
//! the reply address must arrive in the mailbox with its token. Local mode
//! (and the state folder in both modes): the folders are writable.
//!
//! Shell. Never prints a secret. The probe is the only message it sends; it
//! goes from the host to the host, and is removed by UID afterwards (or
//! left, marked read, when the server cannot expunge one message alone).
//! Every network step has a deadline.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context as _;
use futures::TryStreamExt as _;
use lettre::AsyncTransport as _;

use super::{Failure, context, emit};
use crate::config::{Config, Credential, ImapConfig, Mode, Security, SmtpConfig};
use crate::mail::endpoint::{AuthMechanism, Password, SecretSource, bare_host};
use crate::mail::imap::{self, ImapEndpoint, ImapError, ImapSession, timed};
use crate::mail::smtp::{self, SmtpEndpoint};
use crate::mail::tls::TlsConfig;

/// Deadline for each network step.
const STEP: Duration = Duration::from_secs(15);

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Configuration file
    #[arg(
        short,
        long,
        value_name = "FILE",
        env = "RSVPD_CONFIG",
        default_value = "rsvpd.toml"
    )]
    config: PathBuf,
    /// How long to wait for the probe message to arrive
    #[arg(long, value_name = "SECONDS", default_value_t = 60)]
    probe_timeout: u64,
    /// Do not send the probe message (skips the plus-address check)
    #[arg(long)]
    no_probe: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Status {
    Ok,
    Warn,
    Fail,
    Skip,
}

/// Prints each check as it is made and remembers whether one failed.
struct Checklist {
    failed: usize,
    warned: usize,
    passed: usize,
}

impl Checklist {
    fn line(&mut self, status: Status, what: &str, fix: Option<&str>) -> Result<(), Failure> {
        let label = match status {
            Status::Ok => {
                self.passed += 1;
                "ok  "
            }
            Status::Warn => {
                self.warned += 1;
                "warn"
            }
            Status::Fail => {
                self.failed += 1;
                "FAIL"
            }
            Status::Skip => "skip",
        };
        let mut text = format!("  {label}  {what}\n");
        if let Some(fix) = fix {
            for (i, line) in fix.lines().enumerate() {
                let lead = if i == 0 { "fix: " } else { "     " };
                text.push_str(&format!("        {lead}{line}\n"));
            }
        }
        emit(&text)
    }

    fn ok(&mut self, what: &str) -> Result<(), Failure> {
        self.line(Status::Ok, what, None)
    }

    fn warn(&mut self, what: &str, fix: &str) -> Result<(), Failure> {
        self.line(Status::Warn, what, Some(fix))
    }

    fn fail(&mut self, what: &str, fix: &str) -> Result<(), Failure> {
        self.line(Status::Fail, what, Some(fix))
    }

    fn skip(&mut self, what: &str) -> Result<(), Failure> {
        self.line(Status::Skip, what, None)
    }
}

pub fn run(args: Args) -> Result<(), Failure> {
    let config = context::load_config(&args.config)?;
    let mode = match config.mail.mode {
        Mode::Local => "local",
        Mode::Server => "server",
    };
    emit(&format!(
        "rsvpd doctor: {} ({mode} mode)\n",
        config.path.display()
    ))?;
    let mut list = Checklist {
        failed: 0,
        warned: 0,
        passed: 0,
    };
    check_folder(&mut list, "state folder", &config.state_dir)?;
    match config.mail.mode {
        Mode::Local => {
            check_folder(&mut list, "outbox folder", &config.outbox_dir())?;
            check_maildir(&mut list, &config.inbox_dir())?;
        }
        Mode::Server => {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .context("starting the async runtime")?;
            runtime.block_on(check_server(&mut list, &config, &args))?;
        }
    }
    emit(&format!(
        "{} ok, {} warning{}, {} failed\n",
        list.passed,
        list.warned,
        if list.warned == 1 { "" } else { "s" },
        list.failed
    ))?;
    if list.failed > 0 {
        return Err(Failure::Runtime(anyhow::anyhow!(
            "{} check{} failed (see the fixes above)",
            list.failed,
            if list.failed == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

// ------------------------------------------------------------------ folders

/// Creates the folder if needed (as the daemon would) and writes and
/// removes a file in it.
fn try_write(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let bytes = crate::clock::random_token_bytes().unwrap_or_default();
    let probe = dir.join(format!(
        ".rsvpd-doctor-{}",
        crate::compose::encode_token(bytes)
    ));
    std::fs::write(&probe, b"probe\n")?;
    std::fs::remove_file(&probe)
}

fn check_folder(list: &mut Checklist, what: &str, dir: &Path) -> Result<(), Failure> {
    match try_write(dir) {
        Ok(()) => list.ok(&format!("{what} {} is writable", dir.display())),
        Err(e) => list.fail(
            &format!("{what} {} is not writable: {e}", dir.display()),
            "give the user that runs rsvpd write access to it (chown/chmod), or change state_dir;\n\
             under systemd, state_dir must be /var/lib/rsvpd (StateDirectory=rsvpd)",
        ),
    }
}

fn check_maildir(list: &mut Checklist, dir: &Path) -> Result<(), Failure> {
    let problems: Vec<String> = ["new", "cur", "tmp"]
        .iter()
        .filter_map(|sub| {
            try_write(&dir.join(sub))
                .err()
                .map(|e| format!("{sub}/: {e}"))
        })
        .collect();
    if problems.is_empty() {
        list.ok(&format!(
            "inbox Maildir {} (new, cur, tmp) is writable",
            dir.display()
        ))
    } else {
        list.fail(
            &format!(
                "inbox Maildir {} is not usable: {}",
                dir.display(),
                problems.join("; ")
            ),
            "the mail server delivers replies there and rsvpd moves them from new/ to cur/:\n\
             both need write access (same user or a shared group with g+w)",
        )
    }
}

// ------------------------------------------------------------------ server

struct ServerState {
    smtp: Option<lettre::AsyncSmtpTransport<lettre::Tokio1Executor>>,
    imap: Option<ImapSession>,
    uidplus: bool,
}

async fn check_server(list: &mut Checklist, config: &Config, args: &Args) -> Result<(), Failure> {
    crate::mail::tls::install_crypto_provider();
    let mut state = ServerState {
        smtp: None,
        imap: None,
        uidplus: false,
    };
    match &config.mail.smtp {
        Some(smtp) => state.smtp = check_smtp(list, smtp).await?,
        None => list.fail(
            "no [mail.smtp] table",
            "server mode needs [mail.smtp] and [mail.imap]",
        )?,
    }
    match &config.mail.imap {
        Some(imap) => check_imap(list, imap, &mut state).await?,
        None => list.fail(
            "no [mail.imap] table",
            "server mode needs [mail.smtp] and [mail.imap]",
        )?,
    }
    let what = format!("plus-address pattern {}", config.mail.reply_address);
    match (&state.smtp, state.imap.take()) {
        _ if args.no_probe => list.skip(&format!("{what} (--no-probe)"))?,
        (Some(transport), Some(mut session)) => {
            let mailbox = config
                .mail
                .imap
                .as_ref()
                .map_or("INBOX", |i| i.mailbox.as_str());
            probe(
                list,
                config,
                transport,
                &mut session,
                mailbox,
                state.uidplus,
                Duration::from_secs(args.probe_timeout),
            )
            .await?;
            let _ = timed("logging out", STEP, session.logout()).await;
        }
        (_, session) => {
            list.skip(&format!("{what} (needs a working SMTP login and mailbox)"))?;
            if let Some(mut session) = session {
                let _ = timed("logging out", STEP, session.logout()).await;
            }
        }
    }
    Ok(())
}

/// Where the secret comes from, and the fix when it cannot be read.
fn secret_fix(credential: &Credential, what: &str) -> String {
    match credential {
        Credential::PasswordEnv(name) => format!(
            "set {name} in rsvpd's environment (systemd: a {name}=... line in /etc/rsvpd/secrets.env, mode 0600);\n\
             it holds the {what} password, which never goes in rsvpd.toml"
        ),
        Credential::PasswordFile(_) => format!(
            "write the {what} password as the file's first line (mode 0600);\n\
             for $CREDENTIALS_DIRECTORY/NAME the unit needs LoadCredential=NAME:/path/to/file"
        ),
        Credential::TokenFile(_) => {
            "the file must hold a current OAuth2 access token on its first line;\n\
             keep it fresh with your token helper (tokens live about an hour), or use token_command"
                .to_owned()
        }
        Credential::TokenCommand(_) => {
            "run the command yourself as the user that runs rsvpd: it must print an access token;\n\
             a device-code helper must have been authorised once (see Microsoft 365 in the README)"
                .to_owned()
        }
    }
}

/// Reads the secret and reports where it came from.
async fn check_secret(
    list: &mut Checklist,
    what: &str,
    credential: &Credential,
) -> Result<Option<(Password, AuthMechanism)>, Failure> {
    let source = SecretSource::new(credential.clone());
    match source.fetch().await {
        Ok(secret) => {
            list.ok(&format!("{what} {}", credential.describe()))?;
            Ok(Some((secret, source.mechanism())))
        }
        Err(e) => {
            list.fail(
                &format!("{what} secret: {e}"),
                &secret_fix(credential, what),
            )?;
            Ok(None)
        }
    }
}

/// Name resolution and a TCP connection, as separate lines.
async fn check_reachable(
    list: &mut Checklist,
    what: &str,
    host: &str,
    port: u16,
    usual: &str,
) -> Result<bool, Failure> {
    let resolved =
        tokio::time::timeout(STEP, tokio::net::lookup_host((bare_host(host), port))).await;
    let addresses: Vec<std::net::SocketAddr> = match resolved {
        Ok(Ok(addresses)) => addresses.collect(),
        Ok(Err(e)) => {
            list.fail(
                &format!("{what} {host}: name does not resolve: {e}"),
                &format!("check the host's spelling in the configuration ({usual})"),
            )?;
            return Ok(false);
        }
        Err(_) => {
            list.fail(
                &format!("{what} {host}: name lookup took longer than {STEP:?}"),
                "check this machine's DNS resolver (/etc/resolv.conf)",
            )?;
            return Ok(false);
        }
    };
    let mut last_error = String::from("no address");
    for address in &addresses {
        match tokio::time::timeout(STEP, tokio::net::TcpStream::connect(address)).await {
            Ok(Ok(_)) => {
                list.ok(&format!("{what} {host}:{port} reachable ({address})"))?;
                return Ok(true);
            }
            Ok(Err(e)) => last_error = e.to_string(),
            Err(_) => last_error = format!("no answer within {STEP:?}"),
        }
    }
    list.fail(
        &format!("{what} {host}:{port} not reachable: {last_error}"),
        &format!(
            "check the port ({usual}) and that no firewall blocks it;\n\
             some networks and cloud hosts block outgoing mail ports"
        ),
    )?;
    Ok(false)
}

fn security_name(security: Security) -> &'static str {
    match security {
        Security::Starttls => "starttls",
        Security::Tls => "tls",
        Security::None => "none",
    }
}

const CERTIFICATE_FIX: &str = "the server's certificate could not be verified for this host name:\n\
     use the name on the certificate (not an IP address unless the certificate lists it);\n\
     for a self-hosted server with its own CA, set ca_file to that CA's PEM file;\n\
     check the machine's clock (an expired or not-yet-valid certificate fails too)";

/// The error with its causes, which carry the server's or TLS library's words.
fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        let next = s.to_string();
        if !text.contains(&next) {
            text.push_str(": ");
            text.push_str(&next);
        }
        source = s.source();
    }
    text
}

async fn check_smtp(
    list: &mut Checklist,
    smtp: &SmtpConfig,
) -> Result<Option<lettre::AsyncSmtpTransport<lettre::Tokio1Executor>>, Failure> {
    let secret = check_secret(list, "SMTP", &smtp.credential).await?;
    let usual = "587 with starttls, 465 with tls";
    if !check_reachable(list, "SMTP", &smtp.host, smtp.port, usual).await? {
        list.skip("SMTP TLS and login")?;
        return Ok(None);
    }
    let tls = match TlsConfig::with_extra_ca_file(smtp.ca_file.as_deref()) {
        Ok(tls) => tls,
        Err(e) => {
            list.fail(
                &format!("SMTP ca_file: {}", chain(&e)),
                "ca_file must be a readable PEM file with the CA certificate",
            )?;
            return Ok(None);
        }
    };
    let mut endpoint = SmtpEndpoint::new(
        smtp.host.clone(),
        smtp.port,
        smtp.security,
        smtp.user.clone(),
        Password::new(String::new()),
    );
    endpoint.timeout = STEP;
    let security = security_name(smtp.security);
    let greeting = smtp::build_unauthenticated(&endpoint, &tls)
        .map_err(|e| Failure::Input(anyhow::Error::new(e).context("mail.smtp")))?;
    match greeting.test_connection().await {
        Ok(_) if smtp.security == Security::None => {
            list.ok("SMTP greeting (no TLS: allowed only on this machine)")?
        }
        Ok(_) => list.ok(&format!(
            "SMTP TLS ({security}) handshake, certificate valid for {}",
            smtp.host
        ))?,
        Err(e) => {
            let detail = chain(&e);
            let fix = if e.is_tls() || detail.contains("ertificate") {
                CERTIFICATE_FIX.to_owned()
            } else if detail.contains("STARTTLS") || detail.contains("tls") {
                format!(
                    "the server did not do TLS as security = \"{security}\" expects:\n\
                     use starttls on port 587, tls on port 465"
                )
            } else {
                format!("the server did not answer as an SMTP server should ({usual})")
            };
            list.fail(&format!("SMTP TLS ({security}): {detail}"), &fix)?;
            list.skip("SMTP login")?;
            return Ok(None);
        }
    }
    let Some((secret, mechanism)) = secret else {
        list.skip("SMTP login (no secret)")?;
        return Ok(None);
    };
    endpoint.password = secret;
    endpoint.mechanism = mechanism;
    let transport = smtp::build_transport(&endpoint, &tls)
        .map_err(|e| Failure::Input(anyhow::Error::new(e).context("mail.smtp")))?;
    let mechanism_name = match mechanism {
        AuthMechanism::Password => "password",
        AuthMechanism::Xoauth2 => "XOAUTH2",
    };
    match transport.test_connection().await {
        Ok(_) => {
            list.ok(&format!(
                "SMTP AUTH as {} accepted ({mechanism_name})",
                smtp.user
            ))?;
            Ok(Some(transport))
        }
        Err(e) => {
            // lettre reports an XOAUTH2 refusal (the server's error
            // challenge) as a client error: say what it means.
            let detail = if mechanism == AuthMechanism::Xoauth2 && smtp::is_login_rejected(&e) {
                "the server refused the OAuth2 token".to_owned()
            } else {
                chain(&e)
            };
            let fix = login_fix("SMTP", &smtp.user, &smtp.credential, &detail);
            list.fail(
                &format!("SMTP AUTH as {} rejected: {detail}", smtp.user),
                &fix,
            )?;
            Ok(None)
        }
    }
}

/// The server's own words from async-imap's `code: .., info: Some("...")`.
fn server_text(reason: &str) -> String {
    reason
        .split_once("info: Some(\"")
        .and_then(|(_, rest)| rest.rsplit_once("\")"))
        .map_or_else(|| reason.to_owned(), |(text, _)| text.to_owned())
}

fn login_fix(what: &str, user: &str, credential: &Credential, detail: &str) -> String {
    let mut fix = match credential {
        Credential::PasswordEnv(_) | Credential::PasswordFile(_) => format!(
            "check the user name ({user}) and the password ({});\n\
             Gmail and Fastmail need an app password (not the account password);\n\
             Microsoft 365 is switching password logins off: use auth = \"xoauth2\"",
            credential.describe()
        ),
        Credential::TokenFile(_) | Credential::TokenCommand(_) => format!(
            "the server refused the OAuth2 token for {user}: it may have expired, be for another\n\
             account, or lack the scope ({what}: Microsoft 365 needs IMAP.AccessAsUser.All /\n\
             SMTP.Send; Google needs https://mail.google.com/); check {}",
            credential.describe()
        ),
    };
    if detail.contains("AUTH") && detail.contains("not") && what == "SMTP" {
        fix.push_str("\nthe server may not offer AUTH on this port: use the submission port (587)");
    }
    fix
}

async fn check_imap(
    list: &mut Checklist,
    imap_config: &ImapConfig,
    state: &mut ServerState,
) -> Result<(), Failure> {
    let secret = check_secret(list, "IMAP", &imap_config.credential).await?;
    let usual = "993 with tls, 143 with starttls";
    if !check_reachable(list, "IMAP", &imap_config.host, imap_config.port, usual).await? {
        list.skip("IMAP TLS, login, capabilities and mailbox")?;
        return Ok(());
    }
    let tls = match TlsConfig::with_extra_ca_file(imap_config.ca_file.as_deref()) {
        Ok(tls) => tls,
        Err(e) => {
            list.fail(
                &format!("IMAP ca_file: {}", chain(&e)),
                "ca_file must be a readable PEM file with the CA certificate",
            )?;
            return Ok(());
        }
    };
    let mut endpoint = ImapEndpoint::new(
        imap_config.host.clone(),
        imap_config.port,
        imap_config.security,
        imap_config.user.clone(),
        Password::new(String::new()),
    );
    endpoint.timeout = STEP;
    let security = security_name(imap_config.security);
    let client = match imap::connect(&endpoint, &tls).await {
        Ok(client) => {
            if imap_config.security == Security::None {
                list.ok("IMAP greeting (no TLS: allowed only on this machine)")?;
            } else {
                list.ok(&format!(
                    "IMAP TLS ({security}) handshake, certificate valid for {}",
                    imap_config.host
                ))?;
            }
            client
        }
        Err(e) => {
            let fix = match &e {
                ImapError::Certificate { .. } => CERTIFICATE_FIX.to_owned(),
                ImapError::StartTlsRefused(_) | ImapError::Tls { .. } => format!(
                    "the server did not do TLS as security = \"{security}\" expects:\n\
                     use tls on port 993, starttls on port 143"
                ),
                _ => format!("the server did not answer as an IMAP server should ({usual})"),
            };
            list.fail(&format!("IMAP TLS ({security}): {}", chain(&e)), &fix)?;
            list.skip("IMAP login, capabilities and mailbox")?;
            return Ok(());
        }
    };
    let Some((secret, mechanism)) = secret else {
        list.skip("IMAP login (no secret)")?;
        return Ok(());
    };
    endpoint.password = secret;
    endpoint.mechanism = mechanism;
    let mut session = match imap::login(client, &endpoint).await {
        Ok(session) => {
            list.ok(&format!("IMAP login as {} accepted", imap_config.user))?;
            session
        }
        Err(e) => {
            let detail = match &e {
                ImapError::LoginRejected { reason, .. } => server_text(reason),
                other => chain(other),
            };
            let fix = login_fix("IMAP", &imap_config.user, &imap_config.credential, &detail);
            list.fail(
                &format!("IMAP login as {} rejected: {detail}", imap_config.user),
                &fix,
            )?;
            list.skip("IMAP capabilities and mailbox")?;
            return Ok(());
        }
    };
    match timed("asking for capabilities", STEP, session.capabilities()).await {
        Ok(capabilities) => {
            let missing: Vec<&str> = ["IDLE", "MOVE", "UIDPLUS"]
                .into_iter()
                .filter(|c| !capabilities.has_str(*c))
                .collect();
            state.uidplus = capabilities.has_str("UIDPLUS");
            if missing.is_empty() {
                list.ok("IMAP capabilities IDLE, MOVE, UIDPLUS")?;
            } else {
                list.warn(
                    &format!("IMAP server lacks {}", missing.join(", ")),
                    &format!(
                        "rsvpd still works: without IDLE it polls every {} s (poll_seconds);\n\
                         without MOVE or UIDPLUS it leaves messages where they are",
                        imap_config.poll_seconds
                    ),
                )?;
            }
        }
        Err(e) => list.warn(
            &format!("IMAP capabilities: {}", chain(&e)),
            "the server did not list its capabilities; rsvpd will poll instead of IDLE",
        )?,
    }
    match timed(
        "selecting the mailbox",
        STEP,
        session.select(&imap_config.mailbox),
    )
    .await
    {
        Ok(mailbox) => {
            list.ok(&format!(
                "IMAP mailbox {:?} selectable ({} messages)",
                imap_config.mailbox, mailbox.exists
            ))?;
            state.imap = Some(session);
        }
        Err(e) => {
            list.fail(
                &format!("IMAP mailbox {:?}: {}", imap_config.mailbox, chain(&e)),
                "set mail.imap.mailbox to a folder that exists (\"INBOX\" is always there);\n\
                 other folder names are case-sensitive and may use '.' or '/' as separator",
            )?;
            let _ = timed("logging out", STEP, session.logout()).await;
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ probe

async fn probe(
    list: &mut Checklist,
    config: &Config,
    transport: &lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    session: &mut ImapSession,
    mailbox: &str,
    uidplus: bool,
    wait: Duration,
) -> Result<(), Failure> {
    let bytes = crate::clock::random_token_bytes()
        .map_err(|e| Failure::Runtime(anyhow::anyhow!("reading random bytes: {e}")))?;
    let token = crate::compose::encode_token(bytes);
    let pattern = &config.mail.reply_address;
    let to = crate::compose::reply_address(pattern, &token).map_err(|e| {
        Failure::Input(anyhow::anyhow!(
            "{}: mail.reply_address: {e}",
            config.path.display()
        ))
    })?;
    let from = config.mail.sender.as_ref().unwrap_or(&config.host.email);
    let message_id = format!("<doctor-{token}@{}>", from.domain());
    let message = lettre::Message::builder()
        .from(
            from.as_str()
                .parse()
                .context("the sender address for the probe")?,
        )
        .to(to
            .as_str()
            .parse()
            .context("the reply address for the probe")?)
        .subject(format!("rsvpd doctor probe {token}"))
        .message_id(Some(message_id.clone()))
        .body(
            "This message checks that replies to rsvpd's reply address reach this mailbox.\n\
             rsvpd doctor removes it; it is safe to delete.\n"
                .to_owned(),
        )
        .context("building the probe message")?;
    let what = format!("plus-address pattern: probe to {to}");
    let raw = message.formatted();
    let sent_at = Instant::now();
    // With VERP the probe goes out with a tagged envelope sender first, as
    // invitations do; refused, it goes with the plain one, as they would.
    let verp = config
        .mail
        .verp
        .then(|| crate::compose::verp_address(pattern, &token, to.as_str()))
        .flatten();
    let mut verp_sent = None;
    if let Some(sender) = verp {
        match send_probe(transport, &sender, to.as_str(), &raw).await {
            Ok(()) => verp_sent = Some(sender),
            Err(e) => list.warn(
                &format!("VERP envelope sender {sender} refused: {e}"),
                "rsvpd sends with the plain sender instead, and ties bounces by the\n\
                 Message-ID inside them; set mail.verp = false to stop trying",
            )?,
        }
    }
    if verp_sent.is_none()
        && let Err(e) = send_probe(transport, from.as_str(), to.as_str(), &raw).await
    {
        return list.fail(
            &format!("{what} refused: {e}"),
            "the server refused mail from the host to the reply address;\n\
             check that the provider allows plus-addressing (Microsoft 365: the tenant admin\n\
             must enable it) and that mail.sender is an address this login may send as",
        );
    }
    let search = format!("HEADER Message-ID \"{message_id}\"");
    let deadline = sent_at + wait;
    let uid = loop {
        // NOOP lets the server announce new messages before the search.
        let found = async {
            timed("polling", STEP, session.noop()).await?;
            timed("searching", STEP, session.uid_search(&search)).await
        }
        .await;
        match found {
            Ok(uids) => {
                if let Some(uid) = uids.into_iter().max() {
                    break uid;
                }
            }
            Err(e) => {
                return list.fail(
                    &format!("{what}: searching {mailbox}: {}", chain(&e)),
                    "the IMAP connection failed while waiting; run rsvpd doctor again",
                );
            }
        }
        if Instant::now() >= deadline {
            return list.fail(
                &format!("{what}: not in {mailbox} after {} s", wait.as_secs()),
                "mail to the reply address does not reach this mailbox:\n\
                 look for a bounce in the mailbox (plus-addressing switched off?) or a filter\n\
                 moving it elsewhere (spam folder); Microsoft 365 needs plus-addressing enabled by\n\
                 the tenant admin (Set-OrganizationConfig -DisablePlusAddressInRecipients $false)",
            );
        }
        // bounded by the deadline above
        tokio::time::sleep(Duration::from_millis(500)).await;
    };
    let elapsed = sent_at.elapsed();
    let headers = fetch_headers(session, uid).await;
    if let Some(sender) = &verp_sent {
        check_return_path(list, sender, &headers)?;
    }
    let envelope = crate::matching::read_envelope(&headers);
    let tokens = crate::matching::tokens_in_recipients(&envelope, pattern);
    if tokens.contains(&token) {
        list.ok(&format!(
            "{what} arrived in {mailbox} after {:.1} s with its token",
            elapsed.as_secs_f64()
        ))?;
    } else {
        list.warn(
            &format!(
                "{what} arrived in {mailbox} after {:.1} s, but its recipient headers lost the token",
                elapsed.as_secs_f64()
            ),
            "the server strips the +tag: replies will be matched through the thread\n\
             (the invitation's Message-ID) and the sender's address instead",
        )?;
    }
    cleanup(list, session, uid, mailbox, uidplus).await
}

/// Sends the probe with `sender` as its envelope sender; the error in the
/// server's words.
async fn send_probe(
    transport: &lettre::AsyncSmtpTransport<lettre::Tokio1Executor>,
    sender: &str,
    to: &str,
    raw: &[u8],
) -> Result<(), String> {
    let from = sender
        .parse()
        .map_err(|e| format!("envelope sender {sender:?}: {e}"))?;
    let to = to
        .parse()
        .map_err(|e| format!("reply address {to:?}: {e}"))?;
    let envelope =
        lettre::address::Envelope::new(Some(from), vec![to]).map_err(|e| e.to_string())?;
    transport
        .send_raw(&envelope, raw)
        .await
        .map(drop)
        .map_err(|e| chain(&e))
}

/// Whether the mailbox got the probe with its VERP envelope sender: some
/// providers replace it with the login's address, and their bounces then
/// carry no contact tag.
fn check_return_path(list: &mut Checklist, sender: &str, headers: &[u8]) -> Result<(), Failure> {
    let text = String::from_utf8_lossy(headers);
    let return_path = text.lines().find_map(|l| {
        let (name, value) = l.split_once(':')?;
        name.trim().eq_ignore_ascii_case("return-path").then(|| {
            value
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .to_string()
        })
    });
    match return_path {
        Some(rp) if rp.eq_ignore_ascii_case(sender) => list.ok(&format!(
            "VERP envelope sender {sender} accepted and kept: a bounce names the contact"
        )),
        Some(rp) => list.warn(
            &format!("VERP envelope sender {sender} replaced by the server with {rp:?}"),
            "bounces come back without the contact's tag; rsvpd ties them by the\n\
             Message-ID inside them instead; set mail.verp = false to send with the plain sender",
        ),
        None => list.warn(
            &format!("VERP envelope sender {sender}: the probe arrived without a Return-Path"),
            "rsvpd cannot tell whether bounces will come back to it; they are also tied\n\
             by the Message-ID inside them",
        ),
    }
}

async fn fetch_headers(session: &mut ImapSession, uid: u32) -> Vec<u8> {
    let fetched = timed("fetching the probe", STEP, async {
        session
            .uid_fetch(uid.to_string(), "(UID BODY.PEEK[HEADER])")
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await;
    fetched
        .ok()
        .and_then(|all| {
            all.iter()
                .find(|f| f.uid == Some(uid))
                .and_then(|f| f.header().map(<[u8]>::to_vec))
        })
        .unwrap_or_default()
}

/// Removes the probe by UID, or leaves it marked read when the server
/// cannot expunge one message alone (a plain EXPUNGE would also remove
/// the host's own messages marked deleted).
async fn cleanup(
    list: &mut Checklist,
    session: &mut ImapSession,
    uid: u32,
    mailbox: &str,
    uidplus: bool,
) -> Result<(), Failure> {
    let flags = if uidplus {
        "+FLAGS.SILENT (\\Seen \\Deleted)"
    } else {
        "+FLAGS.SILENT (\\Seen)"
    };
    let stored = timed("flagging the probe", STEP, async {
        session
            .uid_store(uid.to_string(), flags)
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await;
    if let Err(e) = stored {
        return list.warn(
            &format!("probe left in {mailbox} (UID {uid}): {}", chain(&e)),
            "delete the message \"rsvpd doctor probe\" by hand",
        );
    }
    if !uidplus {
        return list.warn(
            &format!("probe left in {mailbox}, marked read (UID {uid})"),
            "the server lacks UIDPLUS, so rsvpd does not expunge (that could remove other\n\
             deleted mail); delete the message \"rsvpd doctor probe\" by hand",
        );
    }
    let expunged = timed("expunging the probe", STEP, async {
        session
            .uid_expunge(uid.to_string())
            .await?
            .try_collect::<Vec<_>>()
            .await
    })
    .await;
    match expunged {
        Ok(_) => list.ok(&format!("probe removed from {mailbox}")),
        Err(e) => list.warn(
            &format!(
                "probe left in {mailbox}, marked deleted (UID {uid}): {}",
                chain(&e)
            ),
            "delete the message \"rsvpd doctor probe\" by hand",
        ),
    }
}
