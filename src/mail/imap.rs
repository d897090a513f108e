//! IMAP connections: reach a server over implicit TLS, STARTTLS or (only on
//! this machine) plain TCP, verify its certificate, log in, and hand back an
//! `async_imap` session.
//!
//! I/O only, and only up to the logged-in session: which mailbox to watch
//! and what a message means is decided elsewhere. Never sends a password
//! unencrypted to another machine; never waits on the network without a
//! deadline.

use std::future::Future;
use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use async_imap::imap_proto::{Response, Status};
use async_imap::{Client, Session};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;
use tokio_rustls::rustls;

use super::endpoint::{AuthMechanism, Password, bare_host, is_security_allowed, xoauth2_response};
use super::tls::{TlsConfig, server_name};
use crate::config::Security;

/// How long one step (connect, handshake, greeting, command) may take when
/// the endpoint does not say otherwise.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);

/// Where and how to log in to an IMAP server.
#[derive(Debug, Clone)]
pub struct ImapEndpoint {
    /// Host name or IP address (IPv6 with or without brackets).
    pub host: String,
    /// TCP port: usually 993 for `Tls`, 143 for `Starttls`.
    pub port: u16,
    /// How the connection is protected. `None` only for a loopback host.
    pub security: Security,
    /// Login name, often the full address.
    pub user: String,
    /// Login password, or the OAuth2 access token for `Xoauth2`.
    pub password: Password,
    /// LOGIN with a password (default) or AUTHENTICATE XOAUTH2 with a token.
    pub mechanism: AuthMechanism,
    /// Deadline for each step of connecting and logging in.
    pub timeout: Duration,
}

impl ImapEndpoint {
    /// An endpoint with the default per-step timeout.
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

/// SASL XOAUTH2 for `AUTHENTICATE`: the initial response on the server's
/// first (empty) challenge; an empty answer to the error challenge a server
/// sends when it rejects the token (RFC 7628 style), after which it says NO.
struct Xoauth2<'a> {
    user: &'a str,
    token: &'a Password,
    sent: bool,
}

impl async_imap::Authenticator for Xoauth2<'_> {
    type Response = Vec<u8>;

    fn process(&mut self, _challenge: &[u8]) -> Vec<u8> {
        if self.sent {
            return Vec::new();
        }
        self.sent = true;
        xoauth2_response(self.user, self.token).into_bytes()
    }
}

/// The byte stream under a session: TLS, or plain TCP on loopback.
#[derive(Debug)]
pub enum ImapStream {
    /// Unencrypted (loopback only).
    Plain(TcpStream),
    /// TLS, from the first byte or after STARTTLS.
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for ImapStream {
    fn poll_read(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ImapStream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            ImapStream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for ImapStream {
    fn poll_write(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            ImapStream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            ImapStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ImapStream::Plain(s) => Pin::new(s).poll_flush(cx),
            ImapStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            ImapStream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            ImapStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// A logged-in IMAP session.
pub type ImapSession = Session<ImapStream>;

/// Why connecting or logging in failed. [`ImapError::is_transient`] says
/// whether trying again later can help.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImapError {
    /// `Security::None` for a host that is not this machine.
    #[error(
        "refusing to log in to {host} without TLS: security \"none\" is allowed only for a loopback host"
    )]
    InsecureRefused {
        /// The host.
        host: String,
    },
    /// The host is neither a valid DNS name nor an IP address.
    #[error("invalid host name {host:?}")]
    InvalidHost {
        /// The host.
        host: String,
    },
    /// No TCP connection (refused, unreachable, name not found).
    #[error("cannot connect to {host}:{port}")]
    Connect {
        /// The host.
        host: String,
        /// The port.
        port: u16,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// A step took longer than the endpoint's timeout.
    #[error("timed out after {after:?} {step}")]
    Timeout {
        /// What was going on ("connecting", "logging in", ...).
        step: &'static str,
        /// The deadline that passed.
        after: Duration,
    },
    /// The server's certificate is not valid for the host (or not trusted).
    #[error("certificate of {host} rejected")]
    Certificate {
        /// The host.
        host: String,
        /// What rustls found wrong.
        #[source]
        source: rustls::Error,
    },
    /// The TLS handshake failed for another reason.
    #[error("tls handshake with {host} failed")]
    Tls {
        /// The host.
        host: String,
        /// Why.
        #[source]
        source: io::Error,
    },
    /// The server greeted with BYE or closed the connection at once.
    #[error("server refused the connection: {reason}")]
    Greeting {
        /// The server's text, if any.
        reason: String,
    },
    /// The server does not offer or refused STARTTLS.
    #[error("server refused starttls")]
    StartTlsRefused(#[source] async_imap::error::Error),
    /// The server rejected the login: wrong user name or password, or
    /// plaintext login disabled (permanent), or its authentication backend
    /// is down (`[UNAVAILABLE]`, transient).
    #[error("login as {user} rejected: {reason}")]
    LoginRejected {
        /// The user.
        user: String,
        /// The server's text.
        reason: String,
    },
    /// The server answered a command with NO or BAD.
    #[error("server refused {step}: {reason}")]
    Refused {
        /// What was going on.
        step: &'static str,
        /// The server's answer.
        reason: String,
    },
    /// Any other protocol or connection failure.
    #[error("imap {step} failed")]
    Protocol {
        /// What was going on.
        step: &'static str,
        /// Why.
        #[source]
        source: async_imap::error::Error,
    },
}

impl ImapError {
    /// Whether the same attempt may succeed later (network trouble, a busy
    /// or restarting server). `false` means a person has to fix something:
    /// the password, the host, the security setting, the certificate.
    pub fn is_transient(&self) -> bool {
        match self {
            ImapError::LoginRejected { reason, .. } | ImapError::Refused { reason, .. } => {
                is_temporary_refusal(reason)
            }
            ImapError::InsecureRefused { .. }
            | ImapError::InvalidHost { .. }
            | ImapError::Certificate { .. }
            | ImapError::StartTlsRefused(_) => false,
            ImapError::Connect { .. }
            | ImapError::Timeout { .. }
            | ImapError::Tls { .. }
            | ImapError::Greeting { .. }
            | ImapError::Protocol { .. } => true,
        }
    }

    /// The opposite of [`ImapError::is_transient`].
    pub fn is_permanent(&self) -> bool {
        !self.is_transient()
    }
}

/// Whether a NO/BAD answer carries an RFC 5530 response code that means
/// "try again later" (the server is busy, down for maintenance, or hit a
/// limit), rather than "this will never work".
fn is_temporary_refusal(reason: &str) -> bool {
    ["[UNAVAILABLE", "[INUSE", "[LIMIT", "[SERVERBUG"]
        .iter()
        .any(|code| reason.to_ascii_uppercase().contains(code))
}

/// Runs one IMAP step with a deadline, naming the step in the error.
pub async fn timed<T>(
    step: &'static str,
    limit: Duration,
    fut: impl Future<Output = Result<T, async_imap::error::Error>>,
) -> Result<T, ImapError> {
    match tokio::time::timeout(limit, fut).await {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(async_imap::error::Error::No(reason) | async_imap::error::Error::Bad(reason))) => {
            Err(ImapError::Refused { step, reason })
        }
        Ok(Err(source)) => Err(ImapError::Protocol { step, source }),
        Err(_) => Err(ImapError::Timeout { step, after: limit }),
    }
}

/// Connects to `endpoint` as its `security` says, verifies the server's
/// certificate with `tls`, reads the greeting and logs in.
pub async fn connect_and_login(
    endpoint: &ImapEndpoint,
    tls: &TlsConfig,
) -> Result<ImapSession, ImapError> {
    let client = connect(endpoint, tls).await?;
    login(client, endpoint).await
}

/// Connects to `endpoint` as its `security` says, verifies the server's
/// certificate with `tls` and reads the greeting: everything before the
/// login.
pub async fn connect(
    endpoint: &ImapEndpoint,
    tls: &TlsConfig,
) -> Result<Client<ImapStream>, ImapError> {
    let host = endpoint.host.as_str();
    if !is_security_allowed(host, endpoint.security) {
        return Err(ImapError::InsecureRefused {
            host: host.to_owned(),
        });
    }
    let limit = endpoint.timeout;
    let tcp =
        match tokio::time::timeout(limit, TcpStream::connect((bare_host(host), endpoint.port)))
            .await
        {
            Ok(Ok(tcp)) => tcp,
            Ok(Err(source)) => {
                return Err(ImapError::Connect {
                    host: host.to_owned(),
                    port: endpoint.port,
                    source,
                });
            }
            Err(_) => {
                return Err(ImapError::Timeout {
                    step: "connecting",
                    after: limit,
                });
            }
        };

    let client = match endpoint.security {
        Security::Tls => {
            let stream = handshake(tcp, host, tls, limit).await?;
            let mut client = Client::new(stream);
            read_greeting(&mut client, limit).await?;
            client
        }
        Security::Starttls => {
            let mut client = Client::new(tcp);
            read_greeting(&mut client, limit).await?;
            match tokio::time::timeout(limit, client.run_command_and_check_ok("STARTTLS", None))
                .await
            {
                Ok(Ok(())) => {}
                Ok(Err(
                    source @ (async_imap::error::Error::No(_) | async_imap::error::Error::Bad(_)),
                )) => return Err(ImapError::StartTlsRefused(source)),
                Ok(Err(source)) => {
                    return Err(ImapError::Protocol {
                        step: "starting tls",
                        source,
                    });
                }
                Err(_) => {
                    return Err(ImapError::Timeout {
                        step: "starting tls",
                        after: limit,
                    });
                }
            }
            let tcp = client.into_inner();
            // No greeting after STARTTLS (RFC 3501 6.2.1): the next command
            // is ours.
            Client::new(handshake(tcp, host, tls, limit).await?)
        }
        Security::None => {
            let mut client = Client::new(ImapStream::Plain(tcp));
            read_greeting(&mut client, limit).await?;
            client
        }
    };

    Ok(client)
}

/// Logs in on a connected client with the endpoint's user and mechanism.
pub async fn login(
    client: Client<ImapStream>,
    endpoint: &ImapEndpoint,
) -> Result<ImapSession, ImapError> {
    let limit = endpoint.timeout;
    let login = async {
        match endpoint.mechanism {
            AuthMechanism::Password => {
                client
                    .login(&endpoint.user, endpoint.password.expose())
                    .await
            }
            AuthMechanism::Xoauth2 => {
                let authenticator = Xoauth2 {
                    user: &endpoint.user,
                    token: &endpoint.password,
                    sent: false,
                };
                client.authenticate("XOAUTH2", authenticator).await
            }
        }
    };
    match tokio::time::timeout(limit, login).await {
        Ok(Ok(session)) => Ok(session),
        Ok(Err((
            async_imap::error::Error::No(reason) | async_imap::error::Error::Bad(reason),
            _,
        ))) => Err(ImapError::LoginRejected {
            user: endpoint.user.clone(),
            reason,
        }),
        Ok(Err((source, _))) => Err(ImapError::Protocol {
            step: "logging in",
            source,
        }),
        Err(_) => Err(ImapError::Timeout {
            step: "logging in",
            after: limit,
        }),
    }
}

async fn handshake(
    tcp: TcpStream,
    host: &str,
    tls: &TlsConfig,
    limit: Duration,
) -> Result<ImapStream, ImapError> {
    let name = server_name(host).map_err(|_| ImapError::InvalidHost {
        host: host.to_owned(),
    })?;
    match tokio::time::timeout(limit, tls.connector().connect(name, tcp)).await {
        Ok(Ok(stream)) => Ok(ImapStream::Tls(Box::new(stream))),
        Ok(Err(source)) => Err(tls_error(host, source)),
        Err(_) => Err(ImapError::Timeout {
            step: "in the tls handshake",
            after: limit,
        }),
    }
}

/// A certificate problem is permanent; anything else in the handshake
/// (reset, EOF) may be passing.
fn tls_error(host: &str, source: io::Error) -> ImapError {
    let certificate_error = source
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        .filter(|e| {
            matches!(
                e,
                rustls::Error::InvalidCertificate(_) | rustls::Error::NoCertificatesPresented
            )
        })
        .cloned();
    match certificate_error {
        Some(source) => ImapError::Certificate {
            host: host.to_owned(),
            source,
        },
        None => ImapError::Tls {
            host: host.to_owned(),
            source,
        },
    }
}

async fn read_greeting<T>(client: &mut Client<T>, limit: Duration) -> Result<(), ImapError>
where
    T: AsyncRead + AsyncWrite + Unpin + std::fmt::Debug + Send,
{
    let greeting = match tokio::time::timeout(limit, client.read_response()).await {
        Ok(Ok(Some(greeting))) => greeting,
        Ok(Ok(None)) => {
            return Err(ImapError::Greeting {
                reason: "connection closed before the greeting".to_owned(),
            });
        }
        Ok(Err(source)) => {
            return Err(ImapError::Protocol {
                step: "reading the greeting",
                source: source.into(),
            });
        }
        Err(_) => {
            return Err(ImapError::Timeout {
                step: "waiting for the greeting",
                after: limit,
            });
        }
    };
    match greeting.parsed() {
        Response::Data {
            status: Status::Ok | Status::PreAuth,
            ..
        } => Ok(()),
        Response::Data {
            status: Status::Bye,
            outcome,
        } => Err(ImapError::Greeting {
            reason: outcome
                .information
                .as_deref()
                .unwrap_or("BYE without text")
                .to_owned(),
        }),
        other => Err(ImapError::Greeting {
            reason: format!("unexpected greeting {other:?}"),
        }),
    }
}
