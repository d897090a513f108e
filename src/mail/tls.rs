//! TLS client settings shared by IMAP and SMTP: the Mozilla roots
//! (webpki-roots) plus, optionally, one extra CA file, for a self-hosted
//! server with its own certificate authority.
//!
//! rustls with the ring provider only. Never turns certificate or host name
//! verification off: a server that cannot be verified is not talked to.

use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Once};

use tokio_rustls::TlsConnector;
use tokio_rustls::rustls::pki_types::pem::PemObject;
use tokio_rustls::rustls::pki_types::{CertificateDer, InvalidDnsNameError, ServerName};
use tokio_rustls::rustls::{self, ClientConfig, RootCertStore};

use super::endpoint::bare_host;

/// Makes ring the process-wide rustls provider. Idempotent; a provider
/// installed earlier stays. Needed because two providers compiled into one
/// binary make rustls panic when asked for "the" default.
pub fn install_crypto_provider() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        // Err means a provider is installed already: keep it.
        let _ = rustls::crypto::ring::default_provider().install_default();
    });
}

/// Why the TLS settings could not be built. Always a configuration problem:
/// retrying does not help.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TlsError {
    /// The extra CA file could not be read.
    #[error("cannot read CA file {path}")]
    ReadCa {
        /// The file.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// The extra CA file is not PEM or holds no certificate.
    #[error("{origin}: no PEM certificate found ({reason})")]
    NoCertificate {
        /// The file (or "extra CA" for bytes).
        origin: String,
        /// What the PEM reader said.
        reason: String,
    },
    /// A certificate in the extra CA file was rejected as a trust anchor.
    #[error("{origin}: unusable CA certificate")]
    BadCertificate {
        /// The file (or "extra CA" for bytes).
        origin: String,
        /// What rustls said.
        #[source]
        source: rustls::Error,
    },
    /// rustls refused the protocol settings.
    #[error("cannot build the TLS client settings")]
    Settings(#[source] rustls::Error),
}

/// Verified TLS client settings, cheap to clone.
#[derive(Clone)]
pub struct TlsConfig {
    client: Arc<ClientConfig>,
    /// The extra CA as PEM: lettre builds its own rustls settings from it.
    extra_ca_pem: Option<Arc<[u8]>>,
    extra_ca_origin: Option<String>,
}

impl fmt::Debug for TlsConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsConfig")
            .field("roots", &"webpki-roots")
            .field("extra_ca", &self.extra_ca_origin)
            .finish()
    }
}

impl TlsConfig {
    /// The Mozilla roots only: right for any public mail provider.
    pub fn webpki_roots() -> Result<Self, TlsError> {
        Self::build(None)
    }

    /// The Mozilla roots plus every certificate in the PEM file `extra_ca`
    /// (when given).
    pub fn with_extra_ca_file(extra_ca: Option<&Path>) -> Result<Self, TlsError> {
        let Some(path) = extra_ca else {
            return Self::build(None);
        };
        let pem = std::fs::read(path).map_err(|source| TlsError::ReadCa {
            path: path.to_path_buf(),
            source,
        })?;
        Self::build(Some((pem, path.display().to_string())))
    }

    /// The Mozilla roots plus every certificate in `pem`.
    pub fn with_extra_ca_pem(pem: &[u8]) -> Result<Self, TlsError> {
        Self::build(Some((pem.to_vec(), "extra CA".to_owned())))
    }

    fn build(extra: Option<(Vec<u8>, String)>) -> Result<Self, TlsError> {
        install_crypto_provider();
        let mut roots = RootCertStore {
            roots: webpki_roots::TLS_SERVER_ROOTS.to_vec(),
        };
        if let Some((pem, origin)) = &extra {
            for cert in parse_certificates(pem, origin)? {
                roots.add(cert).map_err(|source| TlsError::BadCertificate {
                    origin: origin.clone(),
                    source,
                })?;
            }
        }
        let client =
            ClientConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
                .with_safe_default_protocol_versions()
                .map_err(TlsError::Settings)?
                .with_root_certificates(roots)
                .with_no_client_auth();
        let (extra_ca_pem, extra_ca_origin) = match extra {
            Some((pem, origin)) => (Some(Arc::from(pem)), Some(origin)),
            None => (None, None),
        };
        Ok(Self {
            client: Arc::new(client),
            extra_ca_pem,
            extra_ca_origin,
        })
    }

    /// The rustls settings (for IMAP).
    pub fn client_config(&self) -> Arc<ClientConfig> {
        Arc::clone(&self.client)
    }

    /// A connector for tokio streams using these settings.
    pub fn connector(&self) -> TlsConnector {
        TlsConnector::from(self.client_config())
    }

    /// The extra CA as PEM, if any (for SMTP: lettre takes PEM).
    pub fn extra_ca_pem(&self) -> Option<&[u8]> {
        self.extra_ca_pem.as_deref()
    }
}

fn parse_certificates(pem: &[u8], origin: &str) -> Result<Vec<CertificateDer<'static>>, TlsError> {
    let certs = CertificateDer::pem_slice_iter(pem)
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| TlsError::NoCertificate {
            origin: origin.to_owned(),
            reason: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(TlsError::NoCertificate {
            origin: origin.to_owned(),
            reason: "no CERTIFICATE section".to_owned(),
        });
    }
    Ok(certs)
}

/// The name a server's certificate must match: a DNS name or an IP address
/// (IPv6 with or without brackets).
pub fn server_name(host: &str) -> Result<ServerName<'static>, InvalidDnsNameError> {
    ServerName::try_from(bare_host(host).to_owned())
}
