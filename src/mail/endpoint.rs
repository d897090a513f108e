//! What IMAP and SMTP endpoints share: a password that never prints, and
//! the rule that an unencrypted connection may only go to this machine.
//!
//! Pure: no sockets, no name resolution ("localhost" is recognised by its
//! spelling, not looked up).

use std::fmt;
use std::net::IpAddr;

use crate::config::Security;

/// A mail account password. `Debug` prints `Password(***)`; there is no
/// `Display`, so it cannot end up in a log line or an error message by
/// accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Wraps a password read from the environment or a file.
    pub fn new(password: impl Into<String>) -> Self {
        Self(password.into())
    }

    /// The password itself, for the one place that sends it to a server.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(***)")
    }
}

/// Whether `host` names this machine: `localhost` (any case, optional
/// trailing dot), an address in 127.0.0.0/8, or `::1` (with or without
/// brackets).
pub fn is_loopback_host(host: &str) -> bool {
    let host = host.trim_end_matches('.');
    if host.eq_ignore_ascii_case("localhost") {
        return true;
    }
    let bare = host
        .strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host);
    bare.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The host as a socket library wants it: IPv6 literals without brackets.
pub fn bare_host(host: &str) -> &str {
    host.strip_prefix('[')
        .and_then(|h| h.strip_suffix(']'))
        .unwrap_or(host)
}

/// Whether `security` may be used for `host`: anything goes, except
/// sending credentials in the clear (`Security::None`) to another machine.
pub fn is_security_allowed(host: &str, security: Security) -> bool {
    security != Security::None || is_loopback_host(host)
}
