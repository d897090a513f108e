//! Bounces: whether a message reports a delivery failure, which recipients
//! failed, and the server's own words about why.
//!
//! Pure, and never fails on input from strangers: a report it cannot read
//! names no recipient. Reads standard delivery-status reports (RFC 3464) and
//! the common non-standard forms; never looks at answer words.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::Cues;
use super::parse::Parsed;

/// A delivery failure with the recipients that failed.
#[derive(Debug, Clone, PartialEq)]
pub struct Bounce {
    pub recipients: Vec<String>,
    pub evidence: String,
}

/// Detect a bounce. Standard reports first, then MAILER-DAEMON style.
pub fn detect_bounce(p: &Parsed, cues: &Cues) -> Option<Bounce> {
    if let Some(ds) = &p.delivery_status {
        return Some(Bounce {
            recipients: dsn_recipients(ds),
            evidence: "delivery-status report (RFC 3464)".into(),
        });
    }
    if p.content_type == "multipart/report" && p.report_type.contains("delivery-status") {
        return Some(Bounce {
            recipients: text_recipients(p.text.as_deref().unwrap_or_default()),
            evidence: "multipart/report; report-type=delivery-status".into(),
        });
    }
    if let Some(failed) = p.header("x-failed-recipients") {
        let recipients = ADDRESS
            .find_iter(failed)
            .map(|m| m.as_str().to_ascii_lowercase())
            .collect();
        return Some(Bounce {
            recipients,
            evidence: "X-Failed-Recipients header".into(),
        });
    }
    let local = p.from_address.split('@').next().unwrap_or_default();
    let daemon_sender = matches!(local, "mailer-daemon" | "postmaster" | "mail-daemon")
        || p.from_name.to_ascii_lowercase().contains("mail delivery")
        || p.from_name.to_ascii_lowercase().contains("mailer-daemon");
    let subject = cues.normalize(&p.subject).padded;
    let bounce_subject = cues
        .lines
        .bounce_subject
        .iter()
        .any(|s| subject.contains(s.as_str()));
    let body = p.text.as_deref().unwrap_or_default();
    // The failure-text regex runs only on mail that already looks like a bounce.
    let failure_text = || FAILURE_TEXT.is_match(body);
    if (daemon_sender && (bounce_subject || failure_text())) || (bounce_subject && failure_text()) {
        return Some(Bounce {
            recipients: text_recipients(body),
            evidence: if daemon_sender {
                format!("non-standard bounce from {}", p.from_address)
            } else {
                "non-standard bounce (subject and failure text)".into()
            },
        });
    }
    None
}

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-=']{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24}")
        .expect("literal regex compiles")
});

static FAILURE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(could not be delivered|couldn't be delivered|wasn't delivered|was not delivered|undeliverable|delivery (has )?failed|permanent (error|failure)|address(\(es\))? failed|user unknown|no such user|mailbox (unavailable|full)|does not exist|recipient address rejected|\b[45]\.\d{1,3}\.\d{1,3}\b|delivery to the following recipients? failed|unzustellbar|non recapitabile|no se (ha )?pod(ido|ía) entregar)",
    )
    .expect("literal regex compiles")
});

/// Lines in a bounce that name a failed recipient.
static RECIPIENT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^\s*<?([A-Za-z0-9._%+\-=']{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24})>?(?::|\s*$|\s+\(|\s+host\b)|RCPT TO:\s*<([^>\s]{3,300})>|(?:delivered to|message to|delivery to|wasn't delivered to|not be delivered to)\s+<?([A-Za-z0-9._%+\-=']{1,64}@[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,24})",
    )
    .expect("literal regex compiles")
});

/// Failed recipients from a `message/delivery-status` body.
pub fn dsn_recipients(ds: &str) -> Vec<String> {
    let mut failed = Vec::new();
    let mut all = Vec::new();
    for block in ds.replace("\r\n", "\n").split("\n\n").take(MAX_DSN_BLOCKS) {
        let mut recipient = None;
        let mut action = String::new();
        for line in block.lines() {
            let Some((name, value)) = line.split_once(':') else {
                continue;
            };
            let name = name.trim().to_ascii_lowercase();
            let value = value.trim();
            match name.as_str() {
                "final-recipient" => {
                    let addr = value.rsplit(';').next().unwrap_or(value).trim();
                    recipient = Some(addr.trim_matches(['<', '>']).to_ascii_lowercase());
                }
                "original-recipient" if recipient.is_none() => {
                    let addr = value.rsplit(';').next().unwrap_or(value).trim();
                    recipient = Some(addr.trim_matches(['<', '>']).to_ascii_lowercase());
                }
                "action" => action = value.to_ascii_lowercase(),
                _ => {}
            }
        }
        if let Some(r) = recipient.filter(|r| r.contains('@')) {
            if action.starts_with("failed") && !failed.contains(&r) {
                failed.push(r.clone());
            }
            if !all.contains(&r) {
                all.push(r);
            }
        }
    }
    if failed.is_empty() {
        // Without an Action field every named recipient is reported; a delay
        // notice (Action: delayed) reports none as failed.
        let any_action = ds.to_ascii_lowercase().contains("action:");
        if !any_action {
            return all;
        }
    }
    failed
}

const MAX_DSN_BLOCKS: usize = 100;

/// Failed recipients named in the human-readable part of a bounce, read
/// only up to where the returned original begins.
pub fn text_recipients(body: &str) -> Vec<String> {
    let mut end = body.len();
    for marker in [
        "------ This is a copy",
        "----- Original message",
        "------ Original message",
        "Return-Path:",
        "Received: from",
        "-----Original Message-----",
    ] {
        if let Some(i) = body.find(marker) {
            end = end.min(i);
        }
    }
    let mut out: Vec<String> = Vec::new();
    for caps in RECIPIENT_LINE.captures_iter(&body[..end]).take(50) {
        let m = caps.get(1).or_else(|| caps.get(2)).or_else(|| caps.get(3));
        if let Some(m) = m {
            let a = m.as_str().trim_matches(['<', '>']).to_ascii_lowercase();
            if a.contains('@') && !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// The server's own words from a delivery-status report (`Diagnostic-Code`,
/// else `Status`), for telling the host why a family could not be reached.
pub fn bounce_reason(raw: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(256 * 1024)]);
    let mut lines = text.lines().peekable();
    let mut status = None;
    while let Some(line) = lines.next() {
        let lower = line.to_ascii_lowercase();
        if lower.starts_with("diagnostic-code:") {
            let mut value = line["diagnostic-code:".len()..].trim().to_string();
            // Folded continuation lines.
            while let Some(next) = lines.peek() {
                if next.starts_with(' ') || next.starts_with('\t') {
                    value.push(' ');
                    value.push_str(next.trim());
                    lines.next();
                } else {
                    break;
                }
            }
            let value = value
                .split_once(';')
                .map_or(value.as_str(), |(kind, rest)| {
                    if kind.len() <= 10 {
                        rest
                    } else {
                        value.as_str()
                    }
                })
                .trim()
                .to_string();
            if !value.is_empty() {
                return Some(value.chars().take(300).collect());
            }
        } else if lower.starts_with("status:") && status.is_none() {
            status = Some(format!("status {}", line["status:".len()..].trim()));
        }
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bounce_reasons_are_the_servers_words() {
        let dsn = b"Content-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@b.c\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <a@b.c>:\r\n    Recipient address rejected: User unknown\r\n";
        assert_eq!(
            bounce_reason(dsn).as_deref(),
            Some("550 5.1.1 <a@b.c>: Recipient address rejected: User unknown")
        );
        assert_eq!(
            bounce_reason(b"Status: 4.4.1\r\n").as_deref(),
            Some("status 4.4.1")
        );
        assert_eq!(bounce_reason(b"nothing here"), None);
    }
}
