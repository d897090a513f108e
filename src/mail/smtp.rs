//! SMTP submission: build lettre's async transport for an endpoint, with
//! STARTTLS, implicit TLS or (only on this machine) no TLS, credentials, a
//! timeout and the optional extra CA of [`TlsConfig`].
//!
//! I/O configuration only: what to send, and whether a failed send is
//! retried, is decided by the outbox (lettre's `Error::is_transient()` is
//! a 4xx reply, `is_permanent()` a 5xx one). Never sends a password
//! unencrypted to another machine.

use std::time::Duration;

use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, Tokio1Executor};

use super::endpoint::{Password, bare_host, is_security_allowed};
use super::tls::TlsConfig;
use crate::config::Security;

/// How long one SMTP command may take when the endpoint does not say
/// otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Where and how to submit mail.
#[derive(Debug, Clone)]
pub struct SmtpEndpoint {
    /// Host name or IP address (IPv6 with or without brackets).
    pub host: String,
    /// TCP port: usually 587 for `Starttls`, 465 for `Tls`.
    pub port: u16,
    /// How the connection is protected. `None` only for a loopback host.
    pub security: Security,
    /// AUTH user name, often the full address.
    pub user: String,
    /// AUTH password.
    pub password: Password,
    /// Deadline for each SMTP command (and for connecting).
    pub timeout: Duration,
}

impl SmtpEndpoint {
    /// An endpoint with the default timeout.
    pub fn new(
        host: impl Into<String>,
        port: u16,
        security: Security,
        user: impl Into<String>,
        password: Password,
    ) -> Self {
        Self {
            host: host.into(),
            port,
            security,
            user: user.into(),
            password,
            timeout: DEFAULT_TIMEOUT,
        }
    }
}

/// Why no transport could be built. Always a configuration problem.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SmtpSetupError {
    /// `Security::None` for a host that is not this machine.
    #[error(
        "refusing to send to {host} without TLS: security \"none\" is allowed only for a loopback host"
    )]
    InsecureRefused {
        /// The host.
        host: String,
    },
    /// The TLS parameters (host name, extra CA) were not accepted.
    #[error("cannot set up tls for {host}")]
    Tls {
        /// The host.
        host: String,
        /// What lettre said.
        #[source]
        source: lettre::transport::smtp::Error,
    },
}

/// Builds a pooled transport for `endpoint`. Connects lazily, on the first
/// send. Must be called inside a Tokio runtime (the pool spawns a task).
pub fn build_transport(
    endpoint: &SmtpEndpoint,
    tls: &TlsConfig,
) -> Result<AsyncSmtpTransport<Tokio1Executor>, SmtpSetupError> {
    let host = bare_host(&endpoint.host);
    if !is_security_allowed(&endpoint.host, endpoint.security) {
        return Err(SmtpSetupError::InsecureRefused {
            host: endpoint.host.clone(),
        });
    }
    let tls_mode = match endpoint.security {
        Security::Starttls => Tls::Required(tls_parameters(host, tls)?),
        Security::Tls => Tls::Wrapper(tls_parameters(host, tls)?),
        Security::None => Tls::None,
    };
    let credentials =
        Credentials::new(endpoint.user.clone(), endpoint.password.expose().to_owned());
    Ok(
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(endpoint.port)
            .tls(tls_mode)
            .credentials(credentials)
            .timeout(Some(endpoint.timeout))
            .build(),
    )
}

/// Verification against the Mozilla roots plus the extra CA, if any.
fn tls_parameters(host: &str, tls: &TlsConfig) -> Result<TlsParameters, SmtpSetupError> {
    let error = |source| SmtpSetupError::Tls {
        host: host.to_owned(),
        source,
    };
    let mut builder = TlsParameters::builder(host.to_owned());
    if let Some(pem) = tls.extra_ca_pem() {
        builder = builder.add_root_certificate(Certificate::from_pem(pem).map_err(error)?);
    }
    builder.build_rustls().map_err(error)
}
