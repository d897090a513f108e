//! Loading what every command needs: config, rosters, the store.

use std::path::Path;

use anyhow::Context as _;

use super::Failure;
use crate::clock::{Clock, SystemClock};
use crate::config::{Config, EventConfig};
use crate::roster::{self, Roster};
use crate::store::{Location, Store};

/// Read and validate the configuration; problems are bad input (exit 2).
pub fn load_config(path: &Path) -> Result<Config, Failure> {
    if !path.exists() {
        return Err(Failure::Input(anyhow::anyhow!(
            "{}: no such file (create one with `rsvpd init DIR`, or pass -c FILE)",
            path.display()
        )));
    }
    Config::load(path).map_err(|e| Failure::Input(e.into()))
}

/// Read and validate one event's roster; problems are bad input (exit 2).
pub fn load_roster(event: &EventConfig, allow_unreachable: bool) -> Result<Roster, Failure> {
    roster::load(&event.roster, event.allow_unreachable || allow_unreachable)
        .map_err(|e| Failure::Input(e.into()))
}

/// Open the store and bring every selected event's families in line with its roster.
pub fn open_synced(config: &Config, events: &[&EventConfig]) -> Result<Store, Failure> {
    let mut rosters = Vec::with_capacity(events.len());
    for event in events {
        // Unreachable families are stored (and shown) rather than refused here:
        // `check` and `send` are where they block.
        rosters.push(load_roster(event, true)?);
    }
    let location = Location::of(config);
    let mut store = Store::connect(&location).with_context(|| format!("opening {location}"))?;
    let now = SystemClock.now();
    for (event, roster) in events.iter().zip(&rosters) {
        store
            .sync_roster(&event.event, roster, now)
            .with_context(|| format!("importing the roster {}", event.roster.display()))?;
    }
    Ok(store)
}

/// The events a command works on.
pub fn select<'c>(config: &'c Config, slug: Option<&str>) -> Result<Vec<&'c EventConfig>, Failure> {
    config
        .select_events(slug)
        .map_err(|e| Failure::Input(anyhow::anyhow!(e)))
}

/// One event a command works on, with the configuration it runs under.
pub struct Selected {
    pub config: Config,
    pub event: EventConfig,
    /// A service party's host, who gets its digest.
    pub service_host: Option<String>,
    pub digests_stopped: bool,
}

/// Open the store and select the events a command works on: the configured
/// events, then (in service mode) every sent party, each under its host.
pub fn open_selected(
    config: &Config,
    slug: Option<&str>,
) -> Result<(Store, Vec<Selected>), Failure> {
    let configured = match slug {
        Some(s) if config.service.is_some() && config.events.iter().all(|e| e.event.slug != s) => {
            Vec::new()
        }
        _ => select(config, slug)?,
    };
    let store = open_synced(config, &configured)?;
    let mut selected: Vec<Selected> = configured
        .into_iter()
        .map(|e| Selected {
            config: config.clone(),
            event: e.clone(),
            service_host: None,
            digests_stopped: false,
        })
        .collect();
    if config.service.is_some() {
        let runs =
            crate::daemon::service::sent_party_runs(&store, config).map_err(Failure::Runtime)?;
        selected.extend(
            runs.into_iter()
                .filter(|r| slug.is_none_or(|s| r.event.event.slug == s))
                .map(|r| Selected {
                    config: r.config,
                    event: r.event,
                    service_host: Some(r.host_email),
                    digests_stopped: r.digests_stopped,
                }),
        );
        if let Some(s) = slug
            && selected.is_empty()
        {
            return Err(Failure::Input(anyhow::anyhow!(
                "no event or sent party {s:?} in {} (see `rsvpd status` for the slugs)",
                config.path.display()
            )));
        }
    }
    Ok((store, selected))
}

/// The event's templates; problems are bad input naming the file.
pub fn load_templates(event: &EventConfig) -> Result<crate::compose::TemplateSet, Failure> {
    crate::host::load_templates(event).map_err(Failure::Input)
}

/// The SMTP transport of a server-mode configuration; the password or
/// token is read now (and again later when a token must be refreshed),
/// never earlier.
pub fn smtp_transport(config: &Config) -> Result<crate::delivery::Transport, Failure> {
    let Some(smtp) = &config.mail.smtp else {
        return Err(Failure::Input(anyhow::anyhow!(
            "{}: mail.smtp: mode \"server\" needs a [mail.smtp] table",
            config.path.display()
        )));
    };
    crate::mail::tls::install_crypto_provider();
    let tls = crate::mail::tls::TlsConfig::with_extra_ca_file(smtp.ca_file.as_deref())
        .with_context(|| format!("loading the CA for {}", smtp.host))?;
    let endpoint = crate::mail::smtp::SmtpEndpoint::new(
        smtp.host.clone(),
        smtp.port,
        smtp.security,
        smtp.user.clone(),
        crate::mail::endpoint::Password::new(String::new()),
    );
    let source = crate::mail::endpoint::SecretSource::new(smtp.credential.clone());
    let sender = crate::mail::smtp::SmtpSender::new(endpoint, tls, source)
        .map_err(|e| secret_failure(config, "mail.smtp", e))?;
    Ok(crate::delivery::Transport::Smtp {
        transport: sender,
        per_minute: smtp.rate_per_minute,
        verp: config
            .mail
            .verp
            .then(|| crate::delivery::Verp::new(&config.mail.reply_address)),
    })
}

/// A missing password or bad setting is bad input (exit 2); a token command
/// that fails is a runtime failure (exit 1).
fn secret_failure(config: &Config, key: &str, e: crate::mail::smtp::SmtpSenderError) -> Failure {
    use crate::mail::endpoint::SecretError;
    use crate::mail::smtp::SmtpSenderError;
    let runtime = matches!(
        e,
        SmtpSenderError::Secret(SecretError::Command { .. } | SecretError::ReadFile { .. })
    );
    let e = anyhow::Error::new(e).context(format!("{}: {key}", config.path.display()));
    if runtime {
        Failure::Runtime(e)
    } else {
        Failure::Input(e)
    }
}
