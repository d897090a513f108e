//! SMTP submission: build lettre's async transport for an endpoint, with
//! STARTTLS, implicit TLS or (only on this machine) no TLS, credentials, a
//! timeout and the optional extra CA of [`TlsConfig`].
//!
//! I/O configuration only: what to send, and whether a failed send is
//! retried, is decided by the outbox (lettre's `Error::is_transient()` is
//! a 4xx reply, `is_permanent()` a 5xx one). Never sends a password
//! unencrypted to another machine.

use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS, Mechanism};
use lettre::transport::smtp::client::{
    AsyncSmtpConnection, AsyncTokioStream, Certificate, Tls, TlsParameters,
};
use lettre::transport::smtp::extension::ClientId;
use lettre::transport::smtp::response::Response;
use lettre::{AsyncSmtpTransport, Tokio1Executor};
use tokio::net::TcpStream;

use super::endpoint::{AuthMechanism, Password, SecretSource, bare_host, is_security_allowed};
use super::tls::{TlsConfig, server_name};
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
    /// The host is not a valid TLS server name.
    #[error("cannot use {host} as a tls server name")]
    InvalidHost {
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
    let host = allowed_host(endpoint)?;
    let tls_mode = lettre_tls(endpoint.security, host, tls)?;
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
    let host = allowed_host(endpoint)?;
    let tls_mode = lettre_tls(endpoint.security, host, tls)?;
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

/// Why a message could not be handed to the server.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SendError {
    /// The server answered with an error, or the session broke.
    #[error(transparent)]
    Smtp(#[from] lettre::transport::smtp::Error),
    /// No TCP connection could be made.
    #[error("connecting to {host}:{port}")]
    Connect {
        /// The host.
        host: String,
        /// The port.
        port: u16,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The implicit-TLS handshake failed (port 465).
    #[error("tls handshake with {host}")]
    Tls {
        /// The host.
        host: String,
        /// What rustls said.
        #[source]
        source: std::io::Error,
    },
    /// The server took longer than the endpoint's timeout.
    #[error("{host} did not answer within {} s", .after.as_secs())]
    Timeout {
        /// The host.
        host: String,
        /// The timeout.
        after: Duration,
    },
}

impl SendError {
    /// A 5xx reply: sending the same message again will fail again.
    pub fn is_permanent(&self) -> bool {
        matches!(self, SendError::Smtp(e) if e.is_permanent())
    }

    /// A 4xx reply: the server asks to try again later.
    pub fn is_transient(&self) -> bool {
        matches!(self, SendError::Smtp(e) if e.is_transient())
    }

    /// Whether the server refused the credentials.
    pub fn is_login_rejected(&self) -> bool {
        matches!(self, SendError::Smtp(e) if is_login_rejected(e))
    }
}

/// How long an open session may sit unused before it is closed rather than
/// reused: servers drop idle clients (Postfix after 300 s, others sooner).
const IDLE_LIMIT: Duration = Duration::from_secs(60);
/// A session idle for longer is checked with NOOP before it is reused; one
/// used just now is not, so a run of messages costs no extra round trip.
const CHECK_AFTER: Duration = Duration::from_secs(5);
/// Open sessions kept for reuse, for callers that send concurrently.
const MAX_IDLE: usize = 4;

/// SMTP submission over sessions this sender opens itself, so each socket
/// has `TCP_NODELAY`: lettre writes a message's end-of-data `.` as a second
/// small write, which Nagle holds back until the server's delayed ACK
/// (about 40 ms a message, 23 messages/s at most on one session).
///
/// The secret comes from a [`SecretSource`]. With XOAUTH2, new sessions use
/// the source's current token (a token file rewritten by another program, a
/// cached token past its age) and, when the server rejects the login, the
/// sender asks the source for a fresh token and tries once more.
pub struct SmtpSender {
    // Boxed: the transport enum that holds it stays small.
    inner: Box<SenderState>,
}

struct SenderState {
    endpoint: SmtpEndpoint,
    tls: TlsConfig,
    /// For STARTTLS (lettre upgrades the session itself).
    starttls: Option<TlsParameters>,
    hello: ClientId,
    source: SecretSource,
    token: std::sync::Mutex<Password>,
    idle: std::sync::Mutex<Vec<Session>>,
}

/// An open, authenticated session and when it was last used.
struct Session {
    conn: AsyncSmtpConnection,
    since: Instant,
}

/// A TLS stream in the form lettre's session takes over.
#[derive(Debug)]
struct ImplicitTls(tokio_rustls::client::TlsStream<TcpStream>);

impl AsyncTokioStream for ImplicitTls {
    fn peer_addr(&self) -> std::io::Result<std::net::SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

impl tokio::io::AsyncRead for ImplicitTls {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl tokio::io::AsyncWrite for ImplicitTls {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
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
    /// Reads the secret now and checks the settings; connects on the first
    /// send. `endpoint.password` and `endpoint.mechanism` are taken from
    /// `source`. May block while a token command runs.
    pub fn new(
        mut endpoint: SmtpEndpoint,
        tls: TlsConfig,
        source: SecretSource,
    ) -> Result<Self, SmtpSenderError> {
        let host = allowed_host(&endpoint)?.to_owned();
        let starttls = match endpoint.security {
            Security::Starttls => Some(tls_parameters(&host, &tls)?),
            Security::Tls => {
                server_name(&host)
                    .map_err(|_| SmtpSetupError::InvalidHost { host: host.clone() })?;
                None
            }
            Security::None => None,
        };
        endpoint.password = source.read()?;
        endpoint.mechanism = source.mechanism();
        Ok(Self {
            inner: Box::new(SenderState {
                token: std::sync::Mutex::new(endpoint.password.clone()),
                endpoint,
                tls,
                starttls,
                hello: ClientId::default(),
                source,
                idle: std::sync::Mutex::new(Vec::new()),
            }),
        })
    }

    /// Sends `raw` to the envelope's recipients, on an open session when
    /// there is one. A session that failed is closed, never reused.
    pub async fn send_raw(&self, envelope: &Envelope, raw: &[u8]) -> Result<Response, SendError> {
        if self.inner.endpoint.mechanism == AuthMechanism::Password {
            return self.send_once(envelope, raw).await;
        }
        self.refresh().await;
        match self.send_once(envelope, raw).await {
            Err(e) if e.is_login_rejected() => {
                tracing::info!(host = %self.inner.endpoint.host, "smtp: token rejected: fetching a fresh one");
                self.inner.source.invalidate();
                self.refresh().await;
                self.send_once(envelope, raw).await
            }
            other => other,
        }
    }

    /// One attempt, within the endpoint's timeout. The session is taken
    /// out of the idle list for the attempt, so a send cut short (timeout,
    /// cancelled future) drops it instead of leaving it mid-transaction.
    async fn send_once(&self, envelope: &Envelope, raw: &[u8]) -> Result<Response, SendError> {
        let endpoint = &self.inner.endpoint;
        let attempt = async {
            let mut session = match self.reuse().await {
                Some(session) => session,
                None => self.open().await?,
            };
            let result = session.conn.send(envelope, raw).await;
            if !session.conn.has_broken() {
                session.since = Instant::now();
                self.park(session);
            }
            result.map_err(SendError::from)
        };
        tokio::time::timeout(endpoint.timeout, attempt)
            .await
            .unwrap_or_else(|_| {
                Err(SendError::Timeout {
                    host: endpoint.host.clone(),
                    after: endpoint.timeout,
                })
            })
    }

    /// An idle session still fit for use, if any. Bounded by [`MAX_IDLE`].
    async fn reuse(&self) -> Option<Session> {
        loop {
            let mut session = self.inner.idle.lock().ok()?.pop()?;
            let idle = session.since.elapsed();
            if idle > IDLE_LIMIT {
                session.conn.abort().await;
                continue;
            }
            if idle < CHECK_AFTER || session.conn.test_connected().await {
                return Some(session);
            }
            session.conn.abort().await;
        }
    }

    fn park(&self, session: Session) {
        if let Ok(mut idle) = self.inner.idle.lock()
            && idle.len() < MAX_IDLE
        {
            idle.push(session);
        }
    }

    /// Connects, greets, protects and logs in.
    async fn open(&self) -> Result<Session, SendError> {
        let state = &self.inner;
        let endpoint = &state.endpoint;
        let host = bare_host(&endpoint.host);
        let tcp = TcpStream::connect((host, endpoint.port))
            .await
            .map_err(|source| SendError::Connect {
                host: endpoint.host.clone(),
                port: endpoint.port,
                source,
            })?;
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(host = %endpoint.host, "smtp: setting TCP_NODELAY: {e}");
        }
        let mut conn = match endpoint.security {
            Security::Tls => {
                let name = server_name(host).map_err(|e| SendError::Tls {
                    host: endpoint.host.clone(),
                    source: std::io::Error::other(e),
                })?;
                let stream = state
                    .tls
                    .connector()
                    .connect(name, tcp)
                    .await
                    .map_err(|source| SendError::Tls {
                        host: endpoint.host.clone(),
                        source,
                    })?;
                AsyncSmtpConnection::connect_with_transport(
                    Box::new(ImplicitTls(stream)),
                    &state.hello,
                )
                .await?
            }
            Security::Starttls | Security::None => {
                let mut conn =
                    AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &state.hello)
                        .await?;
                if let Some(params) = &state.starttls {
                    conn.starttls(params.clone(), &state.hello).await?;
                }
                conn
            }
        };
        let password = match state.token.lock() {
            Ok(token) => token.expose().to_owned(),
            Err(_) => endpoint.password.expose().to_owned(),
        };
        let credentials = Credentials::new(endpoint.user.clone(), password);
        let mechanisms: &[Mechanism] = match endpoint.mechanism {
            AuthMechanism::Xoauth2 => &[Mechanism::Xoauth2],
            AuthMechanism::Password => DEFAULT_MECHANISMS,
        };
        conn.auth(mechanisms, &credentials).await?;
        Ok(Session {
            conn,
            since: Instant::now(),
        })
    }

    /// Takes the source's token. When it changed, open sessions (logged in
    /// with the old one) are closed so that new ones use it. A source that
    /// fails keeps the old token: the send then says why.
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
                *current = token;
                true
            }
            _ => false,
        };
        if changed && let Ok(mut idle) = self.inner.idle.lock() {
            idle.clear();
        }
    }
}

/// The bare host name, unless the endpoint would send without TLS to
/// another machine.
fn allowed_host(endpoint: &SmtpEndpoint) -> Result<&str, SmtpSetupError> {
    if !is_security_allowed(&endpoint.host, endpoint.security) {
        return Err(SmtpSetupError::InsecureRefused {
            host: endpoint.host.clone(),
        });
    }
    Ok(bare_host(&endpoint.host))
}

/// lettre's TLS mode for `security`.
fn lettre_tls(security: Security, host: &str, tls: &TlsConfig) -> Result<Tls, SmtpSetupError> {
    Ok(match security {
        Security::Starttls => Tls::Required(tls_parameters(host, tls)?),
        Security::Tls => Tls::Wrapper(tls_parameters(host, tls)?),
        Security::None => Tls::None,
    })
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
