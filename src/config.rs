//! `rsvpd.toml` → validated [`Config`].
//!
//! Pure apart from [`Config::load`], which reads the one file. Every problem is
//! collected (not just the first) and reported as `file:line: key: message`.
//! Secrets are never in the file: it names where each one is (an environment
//! variable, a file such as a systemd credential, or a command printing an
//! OAuth2 access token), and the value is read only when a connection is made.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use chrono_tz::Tz;
use serde::Deserialize;
use toml::Spanned;

pub use crate::diagnostic::{Problem, Problems};
use crate::model::{EmailAddress, Event, EventText, Host};
use crate::service::rules::{HostPattern, Limits};
use crate::workflow::RetryPolicy;

/// How a mail connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// Plain connection upgraded with STARTTLS (SMTP 587, IMAP 143).
    Starttls,
    /// TLS from the first byte (SMTPS 465, IMAPS 993).
    Tls,
    /// No encryption: accepted only for a loopback host.
    None,
}

/// Where mail goes and comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Outbound `.eml` files in `<state_dir>/outbox/`, inbound Maildir `<state_dir>/inbox/`.
    Local,
    /// SMTP out, IMAP in.
    Server,
}

/// How rsvpd logs in to a mail server, and where the secret comes from.
/// Only the location is configured; the secret is read at connection time
/// (see `mail::endpoint::SecretSource`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A password in this environment variable (`password_env`).
    PasswordEnv(String),
    /// A password in this file (`password_file`), e.g. a systemd credential
    /// `$CREDENTIALS_DIRECTORY/smtp-password` (kept unexpanded here).
    PasswordFile(PathBuf),
    /// `auth = "xoauth2"`: an OAuth2 access token in this file, re-read at
    /// every login (`token_file`).
    TokenFile(PathBuf),
    /// `auth = "xoauth2"`: a shell command printing an access token
    /// (`token_command`), cached and re-run when a login is rejected.
    TokenCommand(String),
}

impl Credential {
    /// Whether this is an OAuth2 (XOAUTH2) login rather than a password.
    pub fn is_xoauth2(&self) -> bool {
        matches!(self, Credential::TokenFile(_) | Credential::TokenCommand(_))
    }

    /// Where the secret comes from, for people (never the secret itself).
    pub fn describe(&self) -> String {
        match self {
            Credential::PasswordEnv(name) => format!("password from ${name}"),
            Credential::PasswordFile(path) => format!("password from {}", path.display()),
            Credential::TokenFile(path) => format!("oauth2 token from {}", path.display()),
            Credential::TokenCommand(command) => format!("oauth2 token from `{command}`"),
        }
    }
}

/// The login mechanism named by `auth`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
enum AuthKind {
    Password,
    Xoauth2,
}

/// The validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    /// The file it was read from.
    pub path: PathBuf,
    pub state_dir: PathBuf,
    pub host: Host,
    pub mail: Mail,
    pub digest: Digest,
    pub reminders: Reminders,
    pub events: Vec<EventConfig>,
    /// `[store]`: a PostgreSQL database; `None` is the SQLite file in
    /// `state_dir` (the default).
    pub store: Option<StoreConfig>,
    /// Hosting for many hosts by email; `None` in single-host mode.
    pub service: Option<Service>,
}

/// A PostgreSQL database shared by several workers.
#[derive(Debug, Clone)]
pub struct StoreConfig {
    /// `postgres://user@host:port/database`, with `?sslmode=…` if needed;
    /// never a password.
    pub url: String,
    /// Where the password comes from (`password_env` or `password_file`);
    /// `None` when the server needs none (peer or certificate login).
    pub credential: Option<Credential>,
    /// Extra CA certificate (PEM) to trust for the server's certificate.
    pub ca_file: Option<PathBuf>,
}

/// `[service]`: hosts write to `address` and run their parties by email.
#[derive(Debug, Clone)]
pub struct Service {
    /// Where hosts write ("party@school.example").
    pub address: EmailAddress,
    /// Who may host: addresses and `*@domain` patterns.
    pub hosts: Vec<HostPattern>,
    /// Hard caps per host (defaults: 3 parties a day, 60 families a
    /// party, 400 messages a day).
    pub limits: Limits,
}

#[derive(Debug, Clone)]
pub struct Mail {
    pub mode: Mode,
    /// Reply address with a `{token}` placeholder, e.g. `dana+rsvp-{token}@example.org`.
    pub reply_address: String,
    /// SMTP envelope sender (MAIL FROM) when the login may only send as
    /// another address; the From header stays the host.
    pub sender: Option<EmailAddress>,
    /// Send each parent a short confirmation of what was understood.
    pub confirmations: bool,
    /// Send each delivery with its own envelope sender (VERP): the family's
    /// reply address tagged per contact, so bounces name who failed. Off by
    /// default when `sender` is set; rsvpd falls back to the plain sender
    /// when the server refuses it.
    pub verp: bool,
    /// How temporary delivery failures are retried.
    pub retry: RetryPolicy,
    pub smtp: Option<SmtpConfig>,
    pub imap: Option<ImapConfig>,
}

#[derive(Debug, Clone)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: String,
    /// Where the password or access token comes from.
    pub credential: Credential,
    /// Messages per minute; 30 is safe for Google Workspace and Microsoft 365.
    pub rate_per_minute: u32,
    /// Extra CA certificate (PEM) to trust, for a self-hosted server.
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct ImapConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub user: String,
    /// Where the password or access token comes from.
    pub credential: Credential,
    pub mailbox: String,
    /// Move handled RSVP mail (replies, auto-replies, bounces) to this
    /// folder; `None` (the default) leaves it in the mailbox.
    pub move_to: Option<String>,
    /// Seconds between polls when the server lacks IDLE.
    pub poll_seconds: u64,
    pub ca_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct Digest {
    /// Local time (host's zone) at which the daily digest goes out.
    pub time: NaiveTime,
    pub skip_unchanged: bool,
    pub stop_after_event: bool,
}

#[derive(Debug, Clone)]
pub struct Reminders {
    /// Days before the RSVP-by date on which families with no answer get a reminder.
    pub days_before: Vec<u32>,
}

#[derive(Debug, Clone)]
pub struct EventConfig {
    pub event: Event,
    pub roster: PathBuf,
    pub templates: Option<PathBuf>,
    /// Invite even when some families have no deliverable address.
    pub allow_unreachable: bool,
}

/// Every problem found in a configuration file.
pub type ConfigError = Problems;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    state_dir: Option<Spanned<String>>,
    host: Spanned<RawHost>,
    mail: Option<Spanned<RawMail>>,
    #[serde(default)]
    digest: Option<RawDigest>,
    #[serde(default)]
    reminders: Option<RawReminders>,
    #[serde(default, rename = "event")]
    events: Vec<Spanned<RawEvent>>,
    service: Option<Spanned<RawService>>,
    store: Option<RawStore>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawService {
    address: Spanned<String>,
    hosts: Spanned<Vec<String>>,
    parties_per_day: Option<Spanned<u32>>,
    families_per_party: Option<Spanned<u32>>,
    messages_per_day: Option<Spanned<u32>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStore {
    url: Spanned<String>,
    password_env: Option<Spanned<String>>,
    password_file: Option<Spanned<String>>,
    ca_file: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHost {
    name: Spanned<String>,
    email: Spanned<String>,
    time_zone: Spanned<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMail {
    mode: Option<Mode>,
    reply_address: Spanned<String>,
    sender: Option<Spanned<String>>,
    confirmations: Option<bool>,
    verp: Option<bool>,
    retry_initial_seconds: Option<Spanned<u64>>,
    retry_max_seconds: Option<Spanned<u64>>,
    smtp: Option<Spanned<RawEndpoint>>,
    imap: Option<Spanned<RawEndpoint>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEndpoint {
    host: Spanned<String>,
    port: Option<u16>,
    security: Option<Spanned<Security>>,
    user: String,
    auth: Option<Spanned<AuthKind>>,
    password_env: Option<Spanned<String>>,
    password_file: Option<Spanned<String>>,
    token_file: Option<Spanned<String>>,
    token_command: Option<Spanned<String>>,
    rate_per_minute: Option<Spanned<u32>>,
    mailbox: Option<String>,
    move_to: Option<String>,
    poll_seconds: Option<Spanned<u64>>,
    ca_file: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDigest {
    time: Option<Spanned<String>>,
    skip_unchanged: Option<bool>,
    stop_after_event: Option<bool>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawReminders {
    days_before: Vec<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    slug: Spanned<String>,
    title: String,
    start: Spanned<String>,
    end: Spanned<String>,
    time_zone: Option<Spanned<String>>,
    location: String,
    #[serde(default)]
    details: String,
    rsvp_by: Spanned<String>,
    roster: String,
    templates: Option<String>,
    language: Option<Spanned<String>>,
    allow_unreachable: Option<bool>,
    map_url: Option<Spanned<String>>,
    /// `[event.translations.es]`: the title and details in other languages.
    #[serde(default)]
    translations: BTreeMap<String, Spanned<RawEventText>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEventText {
    title: Option<String>,
    details: Option<String>,
}

/// Collects problems with their line numbers while validating.
struct Diagnostics<'a> {
    file: &'a Path,
    source: &'a str,
    problems: Vec<Problem>,
}

impl Diagnostics<'_> {
    fn push(&mut self, span: Range<usize>, key: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            file: self.file.to_path_buf(),
            line: line_of(self.source, span.start) as u64,
            key: key.to_string(),
            message: message.into(),
        });
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    let offset = offset.min(source.len());
    source.as_bytes()[..offset]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// The dotted key a parse error points at: the nearest `[table]` above the
/// offending line plus the `key =` on it.
fn key_at(source: &str, offset: usize) -> String {
    let offset = offset.min(source.len());
    let line_start = source[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = source[line_start..].lines().next().unwrap_or("");
    let key = line
        .split_once('=')
        .map(|(k, _)| k.trim().to_string())
        .filter(|k| !k.is_empty() && !k.starts_with('['));
    let table = source[..line_start]
        .lines()
        .rev()
        .find_map(|l| {
            let l = l.trim();
            l.starts_with('[')
                .then(|| l.trim_matches(|c| c == '[' || c == ']').trim().to_string())
        })
        .filter(|t| !t.is_empty());
    match (table, key) {
        (Some(t), Some(k)) => format!("{t}.{k}"),
        (Some(t), None) => t,
        (None, Some(k)) => k,
        (None, None) => String::new(),
    }
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_matches(|c| c == '[' || c == ']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn parse_local_datetime(s: &str) -> Option<NaiveDateTime> {
    [
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%d %H:%M:%S",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(s, f).ok())
}

const DEFAULT_LANGUAGE: &str = "en";

impl Config {
    /// Read and validate a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let source = std::fs::read_to_string(path).map_err(|e| ConfigError {
            problems: vec![Problem {
                file: path.to_path_buf(),
                line: 0,
                key: String::new(),
                message: format!("cannot read: {e}"),
            }],
        })?;
        Config::parse(path, &source)
    }

    /// The state folder alone, read from the keys before the file's first
    /// table without validating the rest: `rsvpd receive` needs only this
    /// to hand a message to a running worker, and a file with a thousand
    /// events takes milliseconds to validate. `None` when that part does
    /// not parse (a value running past it, say): then load the whole file.
    pub fn state_dir_of(path: &Path) -> Option<PathBuf> {
        state_dir_in(path, &std::fs::read_to_string(path).ok()?)
    }

    /// Validate configuration text; `path` names it in errors and anchors relative paths.
    pub fn parse(path: &Path, source: &str) -> Result<Config, ConfigError> {
        let raw: RawConfig = toml::from_str(source).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            ConfigError {
                problems: vec![Problem {
                    file: path.to_path_buf(),
                    line: line_of(source, offset) as u64,
                    key: key_at(source, offset),
                    message: e.message().trim().to_string(),
                }],
            }
        })?;
        let mut d = Diagnostics {
            file: path,
            source,
            problems: Vec::new(),
        };
        let base = path.parent().unwrap_or(Path::new("."));
        let resolve = |p: &str| -> PathBuf {
            let p = Path::new(p);
            if p.is_absolute() {
                p.to_path_buf()
            } else {
                base.join(p)
            }
        };

        let state_dir = raw
            .state_dir
            .as_ref()
            .map_or_else(|| resolve("state"), |s| resolve(s.get_ref()));

        let host_span = raw.host.span();
        let rh = raw.host.into_inner();
        let time_zone = match rh.time_zone.get_ref().parse::<Tz>() {
            Ok(tz) => tz,
            Err(_) => {
                d.push(
                    rh.time_zone.span(),
                    "host.time_zone",
                    format!(
                        "unknown time zone {:?} (use an IANA name such as \"Europe/Zagreb\")",
                        rh.time_zone.get_ref()
                    ),
                );
                Tz::UTC
            }
        };
        let host_email = EmailAddress::parse(rh.email.get_ref());
        if host_email.is_none() {
            d.push(
                rh.email.span(),
                "host.email",
                format!("{:?} is not a valid email address", rh.email.get_ref()),
            );
        }
        if rh.name.get_ref().trim().is_empty() {
            d.push(rh.name.span(), "host.name", "must not be empty");
        }
        check_header_safe(&mut d, &rh.name, "host.name");

        let mail = match raw.mail {
            None => {
                d.push(
                    host_span.end..host_span.end,
                    "mail",
                    "missing [mail] table (at least `reply_address`)",
                );
                None
            }
            Some(m) => validate_mail(&mut d, m.into_inner(), &resolve),
        };

        let digest = match raw.digest {
            None => Digest {
                time: NaiveTime::from_hms_opt(7, 30, 0).unwrap_or_default(),
                skip_unchanged: false,
                stop_after_event: true,
            },
            Some(rd) => Digest {
                time: match &rd.time {
                    None => NaiveTime::from_hms_opt(7, 30, 0).unwrap_or_default(),
                    Some(t) => {
                        NaiveTime::parse_from_str(t.get_ref(), "%H:%M").unwrap_or_else(|_| {
                            d.push(
                                t.span(),
                                "digest.time",
                                format!("{:?} is not a time like \"07:30\"", t.get_ref()),
                            );
                            NaiveTime::default()
                        })
                    }
                },
                skip_unchanged: rd.skip_unchanged.unwrap_or(false),
                stop_after_event: rd.stop_after_event.unwrap_or(true),
            },
        };
        let reminders = Reminders {
            days_before: raw.reminders.map_or_else(|| vec![3], |r| r.days_before),
        };

        let service = raw
            .service
            .map(|s| validate_service(&mut d, s.into_inner()));
        let mut events = Vec::new();
        if raw.events.is_empty() && service.is_none() {
            d.push(
                0..0,
                "event",
                "no [[event]] defined: add at least one party",
            );
        }
        for (i, spanned) in raw.events.into_iter().enumerate() {
            let re = spanned.into_inner();
            let key = |k: &str| format!("event[{i}].{k}");
            let slug = re.slug.get_ref().clone();
            if slug.is_empty()
                || !slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                d.push(
                    re.slug.span(),
                    &key("slug"),
                    format!("{slug:?} must be lowercase letters, digits and '-'"),
                );
            }
            if events.iter().any(|e: &EventConfig| e.event.slug == slug) {
                d.push(
                    re.slug.span(),
                    &key("slug"),
                    format!("{slug:?} is used twice"),
                );
            }
            let zone = match &re.time_zone {
                None => time_zone,
                Some(z) => z.get_ref().parse::<Tz>().unwrap_or_else(|_| {
                    d.push(
                        z.span(),
                        &key("time_zone"),
                        format!("unknown time zone {:?}", z.get_ref()),
                    );
                    time_zone
                }),
            };
            let mut datetime = |v: &Spanned<String>, k: &str| {
                parse_local_datetime(v.get_ref()).or_else(|| {
                    d.push(
                        v.span(),
                        &key(k),
                        format!(
                            "{:?} is not a local date and time like \"2026-12-12T15:00\"",
                            v.get_ref()
                        ),
                    );
                    None
                })
            };
            let start = datetime(&re.start, "start");
            let end = datetime(&re.end, "end");
            if let (Some(s), Some(e)) = (start, end)
                && e <= s
            {
                d.push(re.end.span(), &key("end"), "must be after start");
            }
            let rsvp_by = NaiveDate::parse_from_str(re.rsvp_by.get_ref(), "%Y-%m-%d")
                .map_err(|_| {
                    d.push(
                        re.rsvp_by.span(),
                        &key("rsvp_by"),
                        format!(
                            "{:?} is not a date like \"2026-12-05\"",
                            re.rsvp_by.get_ref()
                        ),
                    )
                })
                .ok();
            if let (Some(s), Some(r)) = (start, rsvp_by)
                && r > s.date()
            {
                d.push(
                    re.rsvp_by.span(),
                    &key("rsvp_by"),
                    "is after the event starts",
                );
            }
            let language = match &re.language {
                None => DEFAULT_LANGUAGE.to_string(),
                Some(l) => {
                    let lang = l.get_ref().trim().to_ascii_lowercase();
                    if lang.len() < 2 || !lang.chars().all(|c| c.is_ascii_alphabetic() || c == '-')
                    {
                        d.push(
                            l.span(),
                            &key("language"),
                            format!("{lang:?} is not a language code like \"en\""),
                        );
                    }
                    lang
                }
            };
            let mut translations = BTreeMap::new();
            for (tag, text) in re.translations {
                let lang = tag.trim().to_ascii_lowercase();
                if lang.len() < 2 || !lang.chars().all(|c| c.is_ascii_alphabetic() || c == '-') {
                    d.push(
                        text.span(),
                        &key("translations"),
                        format!("{tag:?} is not a language code like \"es\""),
                    );
                    continue;
                }
                let text = text.into_inner();
                translations.insert(
                    lang,
                    EventText {
                        title: text.title,
                        details: text.details,
                    },
                );
            }
            let map_url = re.map_url.and_then(|u| {
                let url = u.get_ref().trim().to_owned();
                let ok = (url.starts_with("https://")
                    || url.starts_with("http://")
                    || url.starts_with("geo:"))
                    && !url.chars().any(|c| {
                        c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>'
                    });
                if !ok {
                    d.push(
                        u.span(),
                        &key("map_url"),
                        format!("{url:?} is not a link (https://… or geo:…)"),
                    );
                }
                ok.then_some(url)
            });
            if let (Some(start), Some(end), Some(rsvp_by)) = (start, end, rsvp_by) {
                events.push(EventConfig {
                    event: Event {
                        slug,
                        title: re.title,
                        start,
                        end,
                        time_zone: zone,
                        location: re.location,
                        details: re.details,
                        rsvp_by,
                        default_language: language,
                        translations,
                        map_url,
                    },
                    roster: resolve(&re.roster),
                    templates: re.templates.as_deref().map(resolve),
                    allow_unreachable: re.allow_unreachable.unwrap_or(false),
                });
            }
        }

        let store = raw.store.map(|rs| validate_store(&mut d, rs, &resolve));

        if !d.problems.is_empty() {
            return Err(ConfigError {
                problems: d.problems,
            });
        }
        match (host_email, mail) {
            (Some(email), Some(mail)) => Ok(Config {
                path: path.to_path_buf(),
                state_dir,
                host: Host {
                    name: rh.name.into_inner(),
                    email,
                    time_zone,
                },
                mail,
                digest,
                reminders,
                events,
                service: service.flatten(),
                store,
            }),
            // Unreachable: a missing value always pushed a problem above.
            _ => Err(ConfigError {
                problems: vec![Problem {
                    file: path.to_path_buf(),
                    line: 0,
                    key: String::new(),
                    message: "invalid configuration".into(),
                }],
            }),
        }
    }

    /// The event with this slug, or the only one when `slug` is `None`.
    pub fn select_events(&self, slug: Option<&str>) -> Result<Vec<&EventConfig>, String> {
        match slug {
            None => Ok(self.events.iter().collect()),
            Some(s) => match self.events.iter().find(|e| e.event.slug == s) {
                Some(e) => Ok(vec![e]),
                None => Err(format!(
                    "no event {s:?} in {} (events: {})",
                    self.path.display(),
                    self.events
                        .iter()
                        .map(|e| e.event.slug.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            },
        }
    }

    /// The SMTP envelope sender (MAIL FROM): `mail.sender`, else the host.
    pub fn envelope_from(&self) -> String {
        self.mail
            .sender
            .as_ref()
            .unwrap_or(&self.host.email)
            .to_string()
    }

    pub fn database_path(&self) -> PathBuf {
        self.state_dir.join("rsvpd.sqlite3")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.state_dir.join("outbox")
    }

    pub fn inbox_dir(&self) -> PathBuf {
        self.state_dir.join("inbox")
    }
}

fn check_header_safe(d: &mut Diagnostics<'_>, value: &Spanned<String>, key: &str) {
    if value.get_ref().chars().any(|c| c.is_control()) {
        d.push(
            value.span(),
            key,
            "must not contain line breaks or control characters",
        );
    }
}

fn validate_service(d: &mut Diagnostics<'_>, rs: RawService) -> Option<Service> {
    let address = EmailAddress::parse(rs.address.get_ref());
    if address.is_none() {
        d.push(
            rs.address.span(),
            "service.address",
            format!("{:?} is not a valid email address", rs.address.get_ref()),
        );
    }
    let mut hosts = Vec::new();
    for text in rs.hosts.get_ref() {
        match HostPattern::parse(text) {
            Some(p) => hosts.push(p),
            None => d.push(
                rs.hosts.span(),
                "service.hosts",
                format!("{text:?} is neither an address nor a pattern like \"*@school.example\""),
            ),
        }
    }
    if rs.hosts.get_ref().is_empty() {
        d.push(
            rs.hosts.span(),
            "service.hosts",
            "lists nobody: add the addresses or \"*@domain\" patterns that may host parties",
        );
    }
    let defaults = Limits::default();
    let mut limit = |v: &Option<Spanned<u32>>, key: &str, default: u32| match v {
        None => default,
        Some(n) if *n.get_ref() == 0 => {
            d.push(n.span(), key, "must be at least 1");
            default
        }
        Some(n) => *n.get_ref(),
    };
    let limits = Limits {
        parties_per_day: limit(
            &rs.parties_per_day,
            "service.parties_per_day",
            defaults.parties_per_day,
        ),
        families_per_party: limit(
            &rs.families_per_party,
            "service.families_per_party",
            defaults.families_per_party,
        ),
        messages_per_day: limit(
            &rs.messages_per_day,
            "service.messages_per_day",
            defaults.messages_per_day,
        ),
    };
    Some(Service {
        address: address?,
        hosts,
        limits,
    })
}

fn validate_mail(
    d: &mut Diagnostics<'_>,
    rm: RawMail,
    resolve: &dyn Fn(&str) -> PathBuf,
) -> Option<Mail> {
    let mode = rm.mode.unwrap_or(Mode::Local);
    let pattern = rm.reply_address.get_ref();
    let sample = pattern.replace("{token}", "abcdefghijklmnopqrstuvwxyz");
    if pattern.matches("{token}").count() != 1 {
        d.push(
            rm.reply_address.span(),
            "mail.reply_address",
            format!("{pattern:?} must contain `{{token}}` exactly once, e.g. \"dana+rsvp-{{token}}@example.org\""),
        );
    } else if EmailAddress::parse(&sample).is_none() {
        d.push(
            rm.reply_address.span(),
            "mail.reply_address",
            format!("{pattern:?} does not make a valid email address"),
        );
    }
    let sender = rm.sender.as_ref().and_then(|s| {
        let parsed = EmailAddress::parse(s.get_ref());
        if parsed.is_none() {
            d.push(
                s.span(),
                "mail.sender",
                format!("{:?} is not a valid email address", s.get_ref()),
            );
        }
        parsed
    });
    let mut endpoint = |raw: Option<Spanned<RawEndpoint>>,
                        name: &str,
                        default_port: fn(Security) -> u16| {
        let raw = raw?;
        let table_span = raw.span();
        let raw = raw.into_inner();
        let key = |k: &str| format!("mail.{name}.{k}");
        let security = raw
            .security
            .as_ref()
            .map_or(Security::Tls, |s| *s.get_ref());
        let host = raw.host.get_ref().trim().to_string();
        if host.is_empty() {
            d.push(raw.host.span(), &key("host"), "must not be empty");
        }
        if security == Security::None && !is_loopback(&host) {
            let span = raw.security.as_ref().map_or(raw.host.span(), |s| s.span());
            d.push(
                span,
                &key("security"),
                format!("\"none\" sends passwords and mail unencrypted; it is allowed only for a loopback host, not {host:?}"),
            );
        }
        let credential = validate_credential(d, &raw, table_span, &key, resolve);
        if let Some(r) = &raw.rate_per_minute
            && *r.get_ref() == 0
        {
            d.push(r.span(), &key("rate_per_minute"), "must be at least 1");
        }
        if let Some(p) = &raw.poll_seconds
            && *p.get_ref() == 0
        {
            d.push(p.span(), &key("poll_seconds"), "must be at least 1");
        }
        Some((raw, host, security, default_port, credential))
    };
    let smtp = endpoint(rm.smtp, "smtp", |s| match s {
        Security::Starttls => 587,
        Security::Tls => 465,
        Security::None => 25,
    })
    .map(|(raw, host, security, port, credential)| SmtpConfig {
        port: raw.port.unwrap_or(port(security)),
        host,
        security,
        user: raw.user,
        credential,
        rate_per_minute: raw.rate_per_minute.map_or(30, |r| r.into_inner()),
        ca_file: raw.ca_file.as_deref().map(resolve),
    });
    let imap = endpoint(rm.imap, "imap", |s| match s {
        Security::Tls => 993,
        Security::Starttls | Security::None => 143,
    })
    .map(|(raw, host, security, port, credential)| ImapConfig {
        port: raw.port.unwrap_or(port(security)),
        host,
        security,
        user: raw.user,
        credential,
        mailbox: raw.mailbox.unwrap_or_else(|| "INBOX".into()),
        move_to: raw.move_to.filter(|m| !m.trim().is_empty()),
        poll_seconds: raw.poll_seconds.map_or(60, |p| p.into_inner()),
        ca_file: raw.ca_file.as_deref().map(resolve),
    });
    if mode == Mode::Server && (smtp.is_none() || imap.is_none()) {
        d.push(
            rm.reply_address.span(),
            "mail.mode",
            "mode \"server\" needs both [mail.smtp] and [mail.imap]",
        );
    }
    let mut retry = RetryPolicy::default();
    if let Some(initial) = &rm.retry_initial_seconds {
        if *initial.get_ref() == 0 {
            d.push(
                initial.span(),
                "mail.retry_initial_seconds",
                "must be at least 1",
            );
        }
        retry.initial = std::time::Duration::from_secs(*initial.get_ref());
    }
    if let Some(max) = &rm.retry_max_seconds {
        if *max.get_ref() < retry.initial.as_secs() {
            d.push(
                max.span(),
                "mail.retry_max_seconds",
                "must not be less than retry_initial_seconds",
            );
        }
        retry.max = std::time::Duration::from_secs(*max.get_ref());
    }
    let verp = rm.verp.unwrap_or(sender.is_none());
    Some(Mail {
        mode,
        reply_address: rm.reply_address.into_inner(),
        sender,
        confirmations: rm.confirmations.unwrap_or(true),
        verp,
        retry,
        smtp,
        imap,
    })
}

/// Where an endpoint's secret comes from: exactly one of `password_env` /
/// `password_file` (auth "password", the default) or `token_file` /
/// `token_command` (auth "xoauth2"). Problems are pushed; a placeholder is
/// returned so that validation goes on.
fn validate_credential(
    d: &mut Diagnostics<'_>,
    raw: &RawEndpoint,
    table_span: Range<usize>,
    key: &dyn Fn(&str) -> String,
    resolve: &dyn Fn(&str) -> PathBuf,
) -> Credential {
    let auth = raw
        .auth
        .as_ref()
        .map_or(AuthKind::Password, |a| *a.get_ref());
    let (wanted, unwanted, auth_name) = match auth {
        AuthKind::Password => (
            [
                ("password_env", &raw.password_env),
                ("password_file", &raw.password_file),
            ],
            [
                ("token_file", &raw.token_file),
                ("token_command", &raw.token_command),
            ],
            "password",
        ),
        AuthKind::Xoauth2 => (
            [
                ("token_file", &raw.token_file),
                ("token_command", &raw.token_command),
            ],
            [
                ("password_env", &raw.password_env),
                ("password_file", &raw.password_file),
            ],
            "xoauth2",
        ),
    };
    for (name, value) in unwanted {
        if let Some(v) = value {
            d.push(
                v.span(),
                &key(name),
                format!("is not used with auth = \"{auth_name}\" (remove it, or change auth)"),
            );
        }
    }
    let given: Vec<(&str, &Spanned<String>)> = wanted
        .iter()
        .filter_map(|(name, value)| value.as_ref().map(|v| (*name, v)))
        .collect();
    let placeholder = Credential::PasswordEnv(String::new());
    let (name, value) = match given.as_slice() {
        [] => {
            let span = raw.auth.as_ref().map_or(table_span, |a| a.span());
            let hint = match auth {
                AuthKind::Password => {
                    "needs password_env (the NAME of an environment variable) or password_file"
                }
                AuthKind::Xoauth2 => "with auth = \"xoauth2\" needs token_file or token_command",
            };
            d.push(span, &key("auth"), hint);
            return placeholder;
        }
        [one] => *one,
        [_, (second, value), ..] => {
            d.push(
                value.span(),
                &key(second),
                format!("give only one of {} and {second}", given[0].0),
            );
            return placeholder;
        }
    };
    let text = value.get_ref();
    match name {
        "password_env" => {
            if text.is_empty() || !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                d.push(
                    value.span(),
                    &key(name),
                    format!("{text:?} must be the NAME of an environment variable (the password itself never goes in this file)"),
                );
            }
            Credential::PasswordEnv(text.clone())
        }
        "token_command" => {
            if text.trim().is_empty() || text.contains(['\n', '\r']) {
                d.push(
                    value.span(),
                    &key(name),
                    "must be one non-empty command line",
                );
            }
            Credential::TokenCommand(text.clone())
        }
        _ => {
            if text.trim().is_empty() {
                d.push(value.span(), &key(name), "must not be empty");
            }
            // `$CREDENTIALS_DIRECTORY/...` is expanded when the secret is
            // read: systemd sets it only for the running service.
            let path = if text.starts_with('$') {
                PathBuf::from(text)
            } else {
                resolve(text)
            };
            if name == "password_file" {
                Credential::PasswordFile(path)
            } else {
                Credential::TokenFile(path)
            }
        }
    }
}

/// `[store]`: a `postgres://` URL without a password, and TLS towards any
/// server that is not on this machine.
fn validate_store(
    d: &mut Diagnostics<'_>,
    raw: RawStore,
    resolve: &dyn Fn(&str) -> PathBuf,
) -> StoreConfig {
    let url = raw.url.get_ref();
    let span = raw.url.span();
    match url
        .strip_prefix("postgres://")
        .or_else(|| url.strip_prefix("postgresql://"))
    {
        None => d.push(
            span.clone(),
            "store.url",
            format!(
                "{url:?} is not a postgres://user@host:port/database URL (without [store], rsvpd keeps its SQLite database in state_dir)"
            ),
        ),
        Some(rest) => {
            let (authority, query) = match rest.split_once('?') {
                Some((a, q)) => (a, q),
                None => (rest, ""),
            };
            let authority = authority.split('/').next().unwrap_or("");
            let (userinfo, hosts) = authority.rsplit_once('@').unwrap_or(("", authority));
            if userinfo.contains(':') {
                d.push(
                    span.clone(),
                    "store.url",
                    "holds a password: the password never goes in this file (use password_env or password_file)",
                );
            }
            let param = |name: &str| {
                query
                    .split('&')
                    .find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='))
            };
            if param("password").is_some() {
                d.push(
                    span.clone(),
                    "store.url",
                    "holds a password: the password never goes in this file (use password_env or password_file)",
                );
            }
            // A socket folder (host=/run/postgresql) or no host at all is this machine.
            let host_param = param("host");
            let remote = match host_param {
                Some(h) => !h.starts_with('/') && !h.starts_with("%2F") && !is_loopback(h),
                None => hosts.split(',').any(|h| {
                    let name = match h.rsplit_once(':') {
                        Some((name, port)) if port.chars().all(|c| c.is_ascii_digit()) => name,
                        _ => h,
                    };
                    !name.is_empty() && !is_loopback(name)
                }),
            };
            match param("sslmode") {
                None | Some("prefer" | "require") => {}
                Some("disable") if remote => d.push(
                    span.clone(),
                    "store.url",
                    "sslmode=disable sends the password and every reply unencrypted to another machine: remove it (rsvpd requires TLS towards a remote server)",
                ),
                Some("disable") => {}
                Some(other) => d.push(
                    span.clone(),
                    "store.url",
                    format!("sslmode={other} is not supported (use require, or leave it out)"),
                ),
            }
        }
    }
    let credential = match (&raw.password_env, &raw.password_file) {
        (Some(_), Some(file)) => {
            d.push(
                file.span(),
                "store.password_file",
                "give only one of password_env and password_file",
            );
            None
        }
        (Some(env), None) => {
            let name = env.get_ref();
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                d.push(
                    env.span(),
                    "store.password_env",
                    format!("{name:?} must be the NAME of an environment variable (the password itself never goes in this file)"),
                );
            }
            Some(Credential::PasswordEnv(name.clone()))
        }
        (None, Some(file)) => {
            let text = file.get_ref();
            if text.trim().is_empty() {
                d.push(file.span(), "store.password_file", "must not be empty");
            }
            Some(Credential::PasswordFile(if text.starts_with('$') {
                PathBuf::from(text)
            } else {
                resolve(text)
            }))
        }
        (None, None) => None,
    };
    StoreConfig {
        url: url.clone(),
        credential,
        ca_file: raw.ca_file.as_deref().map(resolve),
    }
}

/// [`Config::state_dir_of`] on the file's text.
fn state_dir_in(path: &Path, source: &str) -> Option<PathBuf> {
    #[derive(Deserialize)]
    struct TopLevel {
        state_dir: Option<String>,
    }
    // TOML puts every top-level key before the first table header; a cut
    // inside a multi-line value leaves it unterminated, so it fails.
    let end = std::iter::once(0)
        .chain(source.match_indices('\n').map(|(i, _)| i + 1))
        .find(|&i| source[i..].trim_start().starts_with('['))
        .unwrap_or(source.len());
    let top: TopLevel = toml::from_str(&source[..end]).ok()?;
    let base = path.parent().unwrap_or(Path::new("."));
    Some(base.join(top.state_dir.as_deref().unwrap_or("state")))
}

#[cfg(test)]
mod tests;
