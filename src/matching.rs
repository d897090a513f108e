//! Which family an inbound message is about: the envelope facts that link a
//! reply to its invitation, read from the raw bytes.
//!
//! Pure. The shell looks the candidates up in the store, in this order of
//! trust: a reply token in a recipient address, an invitation Message-ID in
//! the thread headers, the sender's address on the roster. Never fails:
//! a message it cannot read has no candidates.

use chrono::{DateTime, Utc};
use mail_parser::{HeaderValue, MessageParser};

use crate::compose;

/// What the headers say about where a message belongs.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Envelope {
    pub message_id: Option<String>,
    /// The sender's bare address, lowercased.
    pub from: Option<String>,
    pub subject: Option<String>,
    /// To, Cc, Delivered-To, X-Original-To: where a reply token can be.
    pub recipients: Vec<String>,
    /// Message-IDs from In-Reply-To and References.
    pub thread: Vec<String>,
    /// The message's own Date header.
    pub date: Option<DateTime<Utc>>,
    /// Set by the sender's software: never answer it automatically (RFC 3834).
    pub auto_submitted: bool,
    pub authentication: Authentication,
}

/// What the receiving server's `Authentication-Results` say about the sender.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Authentication {
    /// No such header: nothing is known.
    #[default]
    Unknown,
    /// DKIM or SPF passed.
    Pass,
    /// The header is there and neither DKIM nor SPF passed.
    Fail,
}

/// Read the envelope facts of a raw message.
/// What identifies a message across copies (a second folder, a UIDVALIDITY
/// rescan, a crash before a Maildir move): its Message-ID, or for mail
/// without one a digest of its bytes, so that a copy is still seen as one.
pub fn identity(envelope: &Envelope, raw: &[u8]) -> String {
    if let Some(id) = &envelope.message_id {
        return id.clone();
    }
    let digest = ring::digest::digest(&ring::digest::SHA256, raw);
    let hex: String = digest.as_ref().iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256.{hex}@rsvpd.invalid")
}

pub fn read_envelope(raw: &[u8]) -> Envelope {
    let Some(message) = MessageParser::default().parse_headers(raw) else {
        return Envelope::default();
    };
    let mut recipients = Vec::new();
    for address in message.to().into_iter().chain(message.cc()) {
        recipients.extend(
            address
                .iter()
                .filter_map(|a| a.address())
                .map(str::to_ascii_lowercase),
        );
    }
    for name in ["Delivered-To", "X-Original-To"] {
        for value in message.header_values(name) {
            if let Some(text) = header_text(value) {
                let bare = text
                    .trim()
                    .trim_matches(|c| c == '<' || c == '>')
                    .to_ascii_lowercase();
                if !bare.is_empty() {
                    recipients.push(bare);
                }
            }
        }
    }
    recipients.dedup();
    let mut thread = Vec::new();
    for value in [message.in_reply_to(), message.references()] {
        match value {
            HeaderValue::Text(t) => thread.push(t.to_string()),
            HeaderValue::TextList(list) => thread.extend(list.iter().map(|t| t.to_string())),
            _ => {}
        }
    }
    let auto_submitted = message
        .header_raw("Auto-Submitted")
        .is_some_and(|v| !v.trim().eq_ignore_ascii_case("no"))
        || message.header_raw("X-Autoreply").is_some()
        || message.header_raw("X-Autorespond").is_some()
        || message.header_raw("Precedence").is_some_and(|v| {
            let v = v.trim().to_ascii_lowercase();
            v == "bulk" || v == "junk" || v == "list" || v == "auto_reply"
        });
    // Only the topmost Authentication-Results counts: the receiving server
    // adds its own on top; below it a sender may have written anything.
    let authentication = authentication(
        message
            .header_values("Authentication-Results")
            .filter_map(header_text)
            .take(1),
    );
    Envelope {
        message_id: message.message_id().map(str::to_string),
        from: message
            .from()
            .and_then(|a| a.first())
            .and_then(|a| a.address())
            .map(str::to_ascii_lowercase),
        subject: message.subject().map(str::to_string),
        recipients,
        thread,
        date: message
            .date()
            .and_then(|d| DateTime::from_timestamp(d.to_timestamp(), 0)),
        auto_submitted,
        authentication,
    }
}

fn header_text<'a>(value: &'a HeaderValue<'a>) -> Option<&'a str> {
    match value {
        HeaderValue::Text(t) => Some(t.as_ref()),
        _ => None,
    }
}

/// `dkim=pass` or `spf=pass` is a pass; a header with neither is a fail; no
/// header at all is unknown.
fn authentication<'a>(headers: impl Iterator<Item = &'a str>) -> Authentication {
    let mut seen = false;
    for header in headers {
        seen = true;
        let lower = header.to_ascii_lowercase();
        let passes = |method: &str| {
            lower
                .split(|c: char| c == ';' || c.is_whitespace())
                .any(|piece| piece == format!("{method}=pass"))
        };
        if passes("dkim") || passes("spf") {
            return Authentication::Pass;
        }
    }
    if seen {
        Authentication::Fail
    } else {
        Authentication::Unknown
    }
}

/// Reply tokens found in the recipients (plus-addressing) for a reply-address pattern.
pub fn tokens_in_recipients(envelope: &Envelope, pattern: &str) -> Vec<String> {
    let mut tokens: Vec<String> = envelope
        .recipients
        .iter()
        .filter_map(|r| compose::token_from_address(pattern, r))
        .collect();
    tokens.dedup();
    tokens
}

/// The token and contact tag of a VERP envelope sender among the
/// recipients (where a bounce to it arrives).
pub fn verp_in_recipients(envelope: &Envelope, pattern: &str) -> Option<(String, String)> {
    envelope
        .recipients
        .iter()
        .find_map(|r| compose::verp_from_address(pattern, r))
}

/// Reply tokens carried by the Message-IDs of the thread headers.
pub fn tokens_in_thread(envelope: &Envelope) -> Vec<String> {
    let mut tokens: Vec<String> = envelope
        .thread
        .iter()
        .filter_map(|id| compose::parse_message_id_token(id))
        .collect();
    tokens.dedup();
    tokens
}

/// The time a reply was written, for "the latest answer wins": its Date
/// header, unless that is missing or implausibly far from when the server
/// received it (then the server's time).
pub fn answered_at(date: Option<DateTime<Utc>>, received: DateTime<Utc>) -> DateTime<Utc> {
    match date {
        Some(d) if (d - received).num_hours().abs() <= 24 => d,
        _ => received,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mail_without_a_message_id_is_named_by_its_bytes() {
        let with = b"Message-ID: <x@y>\r\nFrom: a@b.c\r\n\r\nYes\r\n";
        assert_eq!(identity(&read_envelope(with), with), "x@y");
        let without = b"From: a@b.c\r\n\r\nYes\r\n";
        let other = b"From: a@b.c\r\n\r\nNo\r\n";
        let id = identity(&read_envelope(without), without);
        assert_eq!(id, identity(&read_envelope(without), without));
        assert_ne!(id, identity(&read_envelope(other), other));
        assert!(
            id.starts_with("sha256.") && id.ends_with("@rsvpd.invalid"),
            "{id}"
        );
        assert_eq!(id.len(), "sha256.".len() + 64 + "@rsvpd.invalid".len());
    }

    const PATTERN: &str = "dana+rsvp-{token}@example.org";
    const TOKEN: &str = "a4dqobyha4dqobyha4dqobyha4";

    fn raw(headers: &str) -> Vec<u8> {
        format!("{headers}\r\n\r\nbody\r\n").into_bytes()
    }

    #[test]
    fn finds_the_token_in_any_recipient_header() {
        let e = read_envelope(&raw(&format!(
            "From: Ana <Ana@Example.com>\r\nTo: Dana <dana@example.org>\r\nDelivered-To: dana+rsvp-{}@example.org\r\nMessage-ID: <x@y>",
            TOKEN.to_uppercase()
        )));
        assert_eq!(e.from.as_deref(), Some("ana@example.com"));
        assert_eq!(tokens_in_recipients(&e, PATTERN), [TOKEN]);
        assert_eq!(e.message_id.as_deref(), Some("x@y"));
    }

    #[test]
    fn finds_the_token_in_the_thread() {
        let e = read_envelope(&raw(&format!(
            "From: a@b.c\r\nTo: dana@example.org\r\nIn-Reply-To: <rsvp.{TOKEN}.inv@example.org>\r\nReferences: <other@x> <rsvp.{TOKEN}.inv@example.org>"
        )));
        assert!(tokens_in_recipients(&e, PATTERN).is_empty());
        assert_eq!(tokens_in_thread(&e), [TOKEN]);
    }

    #[test]
    fn reads_authentication_results() {
        let pass = read_envelope(&raw(
            "From: a@b.c\r\nAuthentication-Results: mx.example.org; dkim=pass header.d=b.c; spf=fail",
        ));
        assert_eq!(pass.authentication, Authentication::Pass);
        let fail = read_envelope(&raw(
            "From: a@b.c\r\nAuthentication-Results: mx.example.org;\r\n dkim=fail header.d=b.c;\r\n spf=softfail smtp.mailfrom=b.c",
        ));
        assert_eq!(fail.authentication, Authentication::Fail);
        assert_eq!(
            read_envelope(&raw("From: a@b.c")).authentication,
            Authentication::Unknown
        );
    }

    #[test]
    fn only_the_receiving_servers_verdict_counts() {
        let forged_below = read_envelope(&raw(
            "Authentication-Results: mx.example.org; dkim=fail; spf=fail\r\nAuthentication-Results: evil; dkim=pass\r\nFrom: a@b.c",
        ));
        assert_eq!(forged_below.authentication, Authentication::Fail);
    }

    #[test]
    fn auto_submitted_mail_is_flagged() {
        assert!(read_envelope(&raw("From: a@b.c\r\nAuto-Submitted: auto-replied")).auto_submitted);
        assert!(read_envelope(&raw("From: a@b.c\r\nPrecedence: bulk")).auto_submitted);
        assert!(!read_envelope(&raw("From: a@b.c\r\nAuto-Submitted: no")).auto_submitted);
    }

    #[test]
    fn garbage_has_no_candidates() {
        let e = read_envelope(b"\xff\xfe\x00garbage");
        assert!(tokens_in_recipients(&e, PATTERN).is_empty() && tokens_in_thread(&e).is_empty());
    }

    #[test]
    fn answer_time_prefers_the_date_header_when_plausible() {
        let received = DateTime::from_timestamp(1_800_000_000, 0).expect("time");
        let earlier = received - chrono::Duration::minutes(5);
        assert_eq!(answered_at(Some(earlier), received), earlier);
        let forged = received + chrono::Duration::days(30);
        assert_eq!(answered_at(Some(forged), received), received);
        assert_eq!(answered_at(None, received), received);
    }
}
