//! SMTP submission: build lettre's async transport for an endpoint, with
//! STARTTLS, implicit TLS or (only on this machine) no TLS, credentials, a
//! timeout and the optional extra CA of [`TlsConfig`].
//!
//! I/O configuration only: what to send, and whether a failed send is
//! retried, is decided by the outbox (lettre's `Error::is_transient()` is
//! a 4xx reply, `is_permanent()` a 5xx one). Never sends a password
//! unencrypted to another machine.

use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::response::Response;
use lettre::{AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use super::endpoint::{AuthMechanism, Password, SecretSource, bare_host, is_security_allowed};
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
    /// AUTH password, or the OAuth2 access token for `Xoauth2`.
    pub password: Password,
    /// AUTH PLAIN/LOGIN with a password (default) or XOAUTH2 with a token.
    pub mechanism: AuthMechanism,
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
            mechanism: AuthMechanism::Password,
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
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
        .port(endpoint.port)
        .tls(tls_mode)
        .credentials(credentials)
        .timeout(Some(endpoint.timeout));
    if endpoint.mechanism == AuthMechanism::Xoauth2 {
        builder = builder.authentication(vec![Mechanism::Xoauth2]);
    }
    Ok(builder.build())
}

/// Builds a transport that connects without logging in: to see whether a
/// server is reachable and its TLS certificate valid, apart from the login.
pub fn build_unauthenticated(
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
    Ok(
        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(endpoint.port)
            .tls(tls_mode)
            .timeout(Some(endpoint.timeout))
            .build(),
    )
}

/// Whether an SMTP error means the server refused the credentials: a 530,
/// 534 or 535 reply, or (XOAUTH2) the server's error challenge, which lettre
/// reports as a client error.
pub fn is_login_rejected(e: &lettre::transport::smtp::Error) -> bool {
    let code = e.status().map(|c| c.to_string());
    matches!(code.as_deref(), Some("530" | "534" | "535"))
        || (e.is_client() && e.to_string().contains("challenge"))
}

/// A pooled SMTP transport whose secret comes from a [`SecretSource`]. With
/// a password it is a plain transport. With XOAUTH2 it rebuilds itself when
/// the token changes (a token file rewritten by another program, a cached
/// token past its age) and, when the server rejects the login, asks the
/// source for a fresh token and tries once more.
pub struct SmtpSender {
    // Boxed: the transport enum that holds it stays small.
    inner: Box<SenderState>,
}

struct SenderState {
    endpoint: SmtpEndpoint,
    tls: TlsConfig,
    source: SecretSource,
    current: tokio::sync::Mutex<AsyncSmtpTransport<Tokio1Executor>>,
    token: std::sync::Mutex<Password>,
}

impl std::fmt::Debug for SmtpSender {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpSender")
            .field("host", &self.inner.endpoint.host)
            .field("port", &self.inner.endpoint.port)
            .field("source", &self.inner.source)
            .finish()
    }
}

/// Why an [`SmtpSender`] could not be made.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SmtpSenderError {
    /// The password or token could not be read.
    #[error(transparent)]
    Secret(#[from] super::endpoint::SecretError),
    /// The transport could not be set up.
    #[error(transparent)]
    Setup(#[from] SmtpSetupError),
}

impl SmtpSender {
    /// Reads the secret now and builds the transport. `endpoint.password`
    /// and `endpoint.mechanism` are taken from `source`. Must be called
    /// inside a Tokio runtime; may block while a token command runs.
    pub fn new(
        mut endpoint: SmtpEndpoint,
        tls: TlsConfig,
        source: SecretSource,
    ) -> Result<Self, SmtpSenderError> {
        endpoint.password = source.read()?;
        endpoint.mechanism = source.mechanism();
        let transport = build_transport(&endpoint, &tls)?;
        Ok(Self {
            inner: Box::new(SenderState {
                token: std::sync::Mutex::new(endpoint.password.clone()),
                endpoint,
                tls,
                source,
                current: tokio::sync::Mutex::new(transport),
            }),
        })
    }

    /// Sends `raw` to the envelope's recipients, as
    /// [`AsyncTransport::send_raw`] does.
    pub async fn send_raw(
        &self,
        envelope: &Envelope,
        raw: &[u8],
    ) -> Result<Response, lettre::transport::smtp::Error> {
        if self.inner.endpoint.mechanism == AuthMechanism::Password {
            let transport = self.inner.current.lock().await.clone();
            return transport.send_raw(envelope, raw).await;
        }
        self.refresh().await;
        let transport = self.inner.current.lock().await.clone();
        match transport.send_raw(envelope, raw).await {
            Err(e) if is_login_rejected(&e) => {
                tracing::info!(host = %self.inner.endpoint.host, "smtp: token rejected: fetching a fresh one");
                self.inner.source.invalidate();
                self.refresh().await;
                let transport = self.inner.current.lock().await.clone();
                transport.send_raw(envelope, raw).await
            }
            other => other,
        }
    }

    /// Rebuilds the transport when the source has a different token. A
    /// source that fails keeps the old transport: the send then says why.
    async fn refresh(&self) {
        let token = match self.inner.source.fetch().await {
            Ok(token) => token,
            Err(e) => {
                tracing::warn!(host = %self.inner.endpoint.host, "smtp: reading the oauth2 token: {e}");
                return;
            }
        };
        let changed = match self.inner.token.lock() {
            Ok(mut current) if *current != token => {
                *current = token.clone();
                true
            }
            _ => false,
        };
        if !changed {
            return;
        }
        let mut endpoint = self.inner.endpoint.clone();
        endpoint.password = token;
        match build_transport(&endpoint, &self.inner.tls) {
            Ok(transport) => *self.inner.current.lock().await = transport,
            Err(e) => tracing::warn!(host = %self.inner.endpoint.host, "smtp: {e}"),
        }
    }
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
