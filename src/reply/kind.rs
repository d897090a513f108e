//! What kind of mail this is: a bounce (RFC 3464 and the common
//! non-standard forms), an automatic reply (RFC 3834 headers, subjects, read
//! receipts), or a calendar reply (iTIP `METHOD:REPLY`).
//!
//! Must never look at the fresh text's answer words (that is `classify`);
//! the body heuristics for header-less out-of-office replies live in
//! `mod.rs`, where both are known.

use std::sync::LazyLock;

use regex::Regex;

use super::cues::Cues;
use super::parse::Parsed;
use crate::model::Answer;

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

/// Evidence that a message is an automatic reply, from headers or subject.
pub fn auto_reply_header_evidence(p: &Parsed, cues: &Cues) -> Option<String> {
    for (name, value) in &p.headers {
        let v = value.trim().to_ascii_lowercase();
        let hit = match name.as_str() {
            "auto-submitted" => !v.is_empty() && v != "no",
            "x-autoreply" | "x-autorespond" | "x-autoresponder" | "x-autogenerated" => true,
            "precedence" => matches!(v.as_str(), "auto_reply" | "bulk" | "junk"),
            "x-auto-reply" | "x-mail-autoreply" | "x-autoreply-from" => true,
            _ => false,
        };
        if hit {
            return Some(format!("header {name}: {}", value.trim()));
        }
    }
    if p.has_disposition_notification || p.report_type.contains("disposition-notification") {
        return Some("read receipt (disposition-notification)".into());
    }
    let subject = cues
        .normalize(&strip_reply_prefixes(&p.subject, cues))
        .padded;
    for s in &cues.lines.auto_subject {
        if subject.starts_with(s.as_str()) {
            return Some(format!("subject starts with \"{}\"", s.trim()));
        }
    }
    None
}

/// The subject without leading `Re:`, `AW:`, `RE :` prefixes.
pub fn strip_reply_prefixes(subject: &str, cues: &Cues) -> String {
    let mut s = subject.trim();
    for _ in 0..8 {
        let Some((head, rest)) = s.split_once([':', '：']) else {
            break;
        };
        let head_norm = cues.normalize(head).tokens.join(" ");
        let is_prefix = head.chars().count() <= 12
            && (cues.lines.reply_prefix.contains(&head_norm)
                || head_norm
                    .trim_end_matches(|c: char| c.is_ascii_digit())
                    .is_empty()
                || cues.lines.reply_prefix.contains(
                    head_norm.trim_end_matches(|c: char| c.is_ascii_digit() || c == ' '),
                ));
        if !is_prefix || head_norm.is_empty() {
            break;
        }
        s = rest.trim();
    }
    s.to_string()
}

/// An iTIP reply: the answer from `PARTSTAT`, and the attendee's comment.
#[derive(Debug, Clone, PartialEq)]
pub struct CalendarReply {
    pub answer: Answer,
    pub partstat: String,
    pub comment: Option<String>,
}

/// Read `METHOD:REPLY` / `PARTSTAT` from a text/calendar body.
pub fn calendar_reply(ics: &str) -> Option<CalendarReply> {
    // Unfold (RFC 5545 §3.1): a line starting with space or tab continues.
    let mut unfolded = String::with_capacity(ics.len());
    for line in ics.replace("\r\n", "\n").split('\n') {
        if let Some(rest) = line.strip_prefix([' ', '\t']) {
            unfolded.push_str(rest);
        } else {
            unfolded.push('\n');
            unfolded.push_str(line);
        }
    }
    let mut method = None;
    let mut partstat = None;
    let mut comment = None;
    for line in unfolded.lines().take(5000) {
        let upper = line.to_ascii_uppercase();
        if let Some(m) = upper.strip_prefix("METHOD:") {
            method = Some(m.trim().to_string());
        } else if upper.starts_with("ATTENDEE") && partstat.is_none() {
            if let Some(i) = upper.find("PARTSTAT=") {
                let rest = &upper[i + "PARTSTAT=".len()..];
                let v: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                    .collect();
                partstat = Some(v);
            }
        } else if upper.starts_with("COMMENT")
            && comment.is_none()
            && let Some((_, v)) = line.split_once(':')
        {
            let v = v
                .replace("\\n", "\n")
                .replace("\\,", ",")
                .replace("\\;", ";");
            if !v.trim().is_empty() {
                comment = Some(v.trim().to_string());
            }
        }
    }
    if method.as_deref().is_some_and(|m| m != "REPLY") {
        return None;
    }
    let partstat = partstat?;
    let answer = match partstat.as_str() {
        "ACCEPTED" => Answer::Yes,
        "DECLINED" => Answer::No,
        "TENTATIVE" => Answer::Maybe,
        _ => return None,
    };
    Some(CalendarReply {
        answer,
        partstat,
        comment,
    })
}

/// The language of a calendar reply's localized subject prefix
/// ("Zugesagt: …" is German).
pub fn calendar_subject_language(subject: &str, cues: &Cues) -> Option<&'static str> {
    let s = strip_reply_prefixes(subject, cues);
    let (head, _) = s.split_once([':', '：'])?;
    let head = cues.normalize(head).tokens.join(" ");
    let mask = cues.lines.calendar_langs.get(&head)?;
    cues.language_of(*mask)
}

/// "Accepted: …" style subjects, localized.
pub fn calendar_subject(subject: &str, cues: &Cues) -> Option<(Answer, String)> {
    let s = strip_reply_prefixes(subject, cues);
    let (head, _) = s.split_once([':', '：'])?;
    let head = cues.normalize(head).tokens.join(" ");
    if head.is_empty() {
        return None;
    }
    let l = &cues.lines;
    // Longest lists first: "tentatively accepted" before "accepted".
    if l.calendar_maybe.contains(&head) {
        return Some((Answer::Maybe, head));
    }
    if l.calendar_no.contains(&head) {
        return Some((Answer::No, head));
    }
    if l.calendar_yes.contains(&head) {
        return Some((Answer::Yes, head));
    }
    None
}
