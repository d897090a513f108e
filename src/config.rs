//! `rsvpd.toml` → validated [`Config`]. (in progress)

use serde::Deserialize;

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
