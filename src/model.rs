//! Domain types shared by the core and the shell: plain data, no I/O.

use std::collections::BTreeMap;
use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// An email address that passed [`EmailAddress::parse`]: `local@domain`, no
/// spaces, no control characters, domain lowercased.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Parse a bare address (no display name). `None` when it is malformed.
    pub fn parse(raw: &str) -> Option<EmailAddress> {
        let raw = raw.trim();
        let (local, domain) = raw.rsplit_once('@')?;
        let local_ok = !local.is_empty()
            && local.len() <= 64
            && !local.starts_with('.')
            && !local.ends_with('.')
            && !local.contains("..")
            && local
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "!#$%&'*+-/=?^_`{|}~.".contains(c));
        let labels: Vec<&str> = domain.split('.').collect();
        let domain_ok = domain.len() <= 253
            && labels.len() >= 2
            && labels.iter().all(|label| {
                !label.is_empty()
                    && label.len() <= 63
                    && !label.starts_with('-')
                    && !label.ends_with('-')
                    && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            });
        if !(local_ok && domain_ok) {
            return None;
        }
        Some(EmailAddress(format!(
            "{local}@{}",
            domain.to_ascii_lowercase()
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn domain(&self) -> &str {
        self.0.rsplit_once('@').map_or("", |(_, d)| d)
    }

    /// The address for comparisons: the whole address lowercased.
    pub fn normalized(&self) -> String {
        self.0.to_ascii_lowercase()
    }
}

impl fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A family's answer. The current answer is the latest one that is not `Unclear`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Yes,
    No,
    Maybe,
    Unclear,
}

impl Answer {
    pub fn as_str(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::Maybe => "maybe",
            Answer::Unclear => "unclear",
        }
    }

    pub fn parse(s: &str) -> Option<Answer> {
        match s {
            "yes" => Some(Answer::Yes),
            "no" => Some(Answer::No),
            "maybe" => Some(Answer::Maybe),
            "unclear" => Some(Answer::Unclear),
            _ => None,
        }
    }
}

/// Who a response is from, and whether it may change the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseSource {
    /// A family's reply.
    Reply,
    /// The host's correction: outranks replies until the family writes again.
    Host,
    /// Matched only by a sender address that failed authentication: shown to
    /// the host, never the current answer.
    Suspect,
}

impl ResponseSource {
    pub fn as_str(self) -> &'static str {
        match self {
            ResponseSource::Reply => "reply",
            ResponseSource::Host => "host",
            ResponseSource::Suspect => "suspect",
        }
    }
}

/// The host: the parent who invites, and to whom replies and digests go.
#[derive(Debug, Clone, PartialEq)]
pub struct Host {
    pub name: String,
    pub email: EmailAddress,
    pub time_zone: Tz,
}

/// One party. Times are local to `time_zone` (the host's unless overridden).
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub slug: String,
    pub title: String,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub time_zone: Tz,
    pub location: String,
    pub details: String,
    pub rsvp_by: NaiveDate,
    /// Language of a family's messages when the roster names none (e.g. `en`).
    pub default_language: String,
    /// The title and details in other languages, by language tag (`es`).
    pub translations: BTreeMap<String, EventText>,
    /// A map link the host chose; otherwise messages link a maps search.
    pub map_url: Option<String>,
}

/// An event's title and details in one language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EventText {
    pub title: Option<String>,
    pub details: Option<String>,
}

/// One address of a family: usually a parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Contact {
    pub name: String,
    pub email: EmailAddress,
}

/// One roster entry: children invited together, reached through their contacts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Family {
    /// Stable key from the roster's `family` column.
    pub key: String,
    pub children: Vec<String>,
    pub contacts: Vec<Contact>,
    /// Preferred language (e.g. `es`), when the roster names one.
    pub language: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_plain_and_plus_addresses() {
        let a = EmailAddress::parse(" Dana+rsvp@Example.ORG ").expect("valid");
        assert_eq!(a.as_str(), "Dana+rsvp@example.org");
        assert_eq!(a.domain(), "example.org");
    }

    #[test]
    fn rejects_malformed_addresses() {
        for bad in [
            "",
            "dana",
            "dana@",
            "@example.org",
            "dana@example",
            "da na@example.org",
            "dana@exa_mple.org",
            "dana..x@example.org",
            "dana@example..org",
            "dana@-example.org",
            "dana\r\nBcc: x@y.z@example.org",
            "dana@example.org>",
        ] {
            assert!(
                EmailAddress::parse(bad).is_none(),
                "{bad:?} should be rejected"
            );
        }
    }
}
