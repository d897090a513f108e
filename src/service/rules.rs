//! The service's rules of trust: who may host, how much a host may send,
//! when an OK code holds, what counts as "OK", and a parent's "stop".
//!
//! Pure: counts and times come in from the store and the clock.

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use crate::digest::command::fold;

/// An OK code holds this long after its preview.
pub const CODE_LIFETIME: Duration = Duration::hours(48);

/// Polite replies to one stranger's address per day (the issue's "at most
/// one"), and to all strangers together, so forged senders cannot turn the
/// service into a source of backscatter.
pub const STRANGER_REPLIES_PER_ADDRESS: usize = 1;
pub const STRANGER_REPLIES_PER_DAY: usize = 50;

/// Notices to one host that a limit was reached, per day.
pub const LIMIT_NOTICES_PER_DAY: usize = 1;

/// Who may create parties: one address, or everyone at a domain (`*@domain`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostPattern {
    Address(String),
    Domain(String),
}

impl HostPattern {
    /// `dana@example.org` or `*@school.example`; `None` for anything else.
    pub fn parse(text: &str) -> Option<HostPattern> {
        let text = text.trim().to_ascii_lowercase();
        if let Some(domain) = text.strip_prefix("*@") {
            let probe = format!("x@{domain}");
            return crate::model::EmailAddress::parse(&probe)
                .map(|_| HostPattern::Domain(domain.to_owned()));
        }
        crate::model::EmailAddress::parse(&text).map(|a| HostPattern::Address(a.normalized()))
    }

    pub fn matches(&self, address: &str) -> bool {
        let address = address.trim().to_ascii_lowercase();
        match self {
            HostPattern::Address(a) => *a == address,
            HostPattern::Domain(d) => address
                .rsplit_once('@')
                .is_some_and(|(local, domain)| !local.is_empty() && domain == d),
        }
    }
}

/// Whether `address` may host parties.
pub fn is_allowed(patterns: &[HostPattern], address: &str) -> bool {
    patterns.iter().any(|p| p.matches(address))
}

/// The hard caps per host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Limits {
    /// New parties a host may start in 24 hours.
    pub parties_per_day: u32,
    /// Families on one party.
    pub families_per_party: u32,
    /// Messages to families a host's parties may send in 24 hours (one per
    /// address: an invitation to two parents is two).
    pub messages_per_day: u32,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            parties_per_day: 3,
            families_per_party: 60,
            messages_per_day: 400,
        }
    }
}

/// A cap that stops something, for the host to be told.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "limit", rename_all = "snake_case")]
pub enum LimitHit {
    PartiesPerDay {
        max: u32,
    },
    FamiliesPerParty {
        max: u32,
        given: usize,
    },
    MessagesPerDay {
        max: u32,
        sent: usize,
        wanted: usize,
    },
}

/// May a host whose parties sent `sent` messages in the last 24 hours send
/// `wanted` more?
pub fn check_messages(limits: &Limits, sent: usize, wanted: usize) -> Result<(), LimitHit> {
    if sent + wanted > limits.messages_per_day as usize {
        Err(LimitHit::MessagesPerDay {
            max: limits.messages_per_day,
            sent,
            wanted,
        })
    } else {
        Ok(())
    }
}

/// May a host who started `started` parties in the last 24 hours start one?
pub fn check_new_party(limits: &Limits, started: usize) -> Result<(), LimitHit> {
    if started >= limits.parties_per_day as usize {
        Err(LimitHit::PartiesPerDay {
            max: limits.parties_per_day,
        })
    } else {
        Ok(())
    }
}

/// What an OK code is worth now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeState {
    Valid,
    Expired,
    /// A newer preview replaced it: only the newest preview's code works.
    Superseded,
    /// It was used: the party was sent.
    Used,
}

/// The state of a code given its preview's record.
pub fn code_state(
    expires_at: DateTime<Utc>,
    superseded: bool,
    used: bool,
    now: DateTime<Utc>,
) -> CodeState {
    if used {
        CodeState::Used
    } else if superseded {
        CodeState::Superseded
    } else if now >= expires_at {
        CodeState::Expired
    } else {
        CodeState::Valid
    }
}

/// Whether the host's fresh text says OK: a short first line that starts
/// with "OK" ("OK", "ok!", "OK, send them", "Yes OK").
pub fn is_ok(fresh: &[(usize, String)]) -> bool {
    let Some((_, first)) = fresh.iter().find(|(_, l)| !l.trim().is_empty()) else {
        return false;
    };
    let folded = fold(first);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let ok = |w: &str| matches!(w, "ok" | "okay" | "okey" | "okidoki");
    match words.as_slice() {
        [] => false,
        [first, ..] if ok(first) => words.len() <= 6,
        [yes, second, ..] if matches!(*yes, "yes" | "si" | "oui" | "ja") && ok(second) => {
            words.len() <= 6
        }
        _ => false,
    }
}

/// Whether a parent's reply asks to get no more mail from the service:
/// "stop", "unsubscribe", "remove me", "darme de baja", "désabonner",
/// "abmelden" — in a short reply, never inside a longer answer ("we'll stop
/// by at 3").
pub fn is_opt_out(fresh_text: &str, subject: Option<&str>) -> bool {
    let subject = subject.map(fold).unwrap_or_default();
    let subject = subject.trim();
    if matches!(
        subject,
        "unsubscribe" | "stop" | "remove me" | "baja" | "desabonner" | "abmelden"
    ) {
        return true;
    }
    let folded = fold(fresh_text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let text = words.join(" ");
    let first_line = fold(
        fresh_text
            .lines()
            .find(|l| !l.trim().is_empty())
            .unwrap_or(""),
    );
    let first_line = first_line.trim().trim_end_matches(['.', '!']).trim();
    if matches!(first_line, "stop" | "stopp" | "arret" | "basta") {
        return true;
    }
    [
        "unsubscribe",
        "remove me",
        "take me off",
        "opt out",
        "stop emailing",
        "stop sending",
        "stop mailing",
        "no more emails",
        "darme de baja",
        "dar de baja",
        "darse de baja",
        "no mas correos",
        "no me escriban",
        "desabonner",
        "desinscrire",
        "desinscription",
        "ne plus recevoir",
        "abmelden",
        "abbestellen",
        "austragen",
        "keine mails mehr",
        "keine e mails mehr",
    ]
    .iter()
    .any(|phrase| text.contains(phrase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::message::numbered as fresh;

    #[test]
    fn host_patterns() {
        let patterns: Vec<HostPattern> = ["*@School.example", "dana@example.org"]
            .iter()
            .filter_map(|p| HostPattern::parse(p))
            .collect();
        assert!(is_allowed(&patterns, "teacher@school.example"));
        assert!(is_allowed(&patterns, "Dana@Example.org"));
        assert!(!is_allowed(&patterns, "eve@evil.example"));
        assert!(!is_allowed(&patterns, "x@sub.school.example"));
        assert!(!is_allowed(&patterns, "school.example"));
        assert_eq!(HostPattern::parse("*@"), None);
        assert_eq!(HostPattern::parse("not an address"), None);
    }

    #[test]
    fn caps() {
        let limits = Limits::default();
        assert!(check_messages(&limits, 390, 10).is_ok());
        assert_eq!(
            check_messages(&limits, 390, 11),
            Err(LimitHit::MessagesPerDay {
                max: 400,
                sent: 390,
                wanted: 11
            })
        );
        assert!(check_new_party(&limits, 2).is_ok());
        assert!(check_new_party(&limits, 3).is_err());
    }

    #[test]
    fn codes_expire_and_serve_once() {
        let made = DateTime::from_timestamp(1_800_000_000, 0).expect("time");
        let expires = made + CODE_LIFETIME;
        assert_eq!(code_state(expires, false, false, made), CodeState::Valid);
        assert_eq!(
            code_state(expires, false, false, expires),
            CodeState::Expired
        );
        assert_eq!(code_state(expires, false, true, made), CodeState::Used);
        assert_eq!(
            code_state(expires, true, false, made),
            CodeState::Superseded
        );
    }

    #[test]
    fn what_counts_as_ok() {
        for yes in [
            "OK",
            "ok!",
            "Ok, send them",
            "OK thanks!",
            "Yes OK",
            "okay\nDana",
        ] {
            assert!(is_ok(&fresh(yes)), "{yes:?}");
        }
        for no in [
            "",
            "Not OK: the time is wrong",
            "When: 16 Jan",
            "Looks ok to me but the date is wrong, it should be the 17th",
        ] {
            assert!(!is_ok(&fresh(no)), "{no:?}");
        }
    }

    #[test]
    fn a_parents_stop() {
        for stop in [
            "STOP",
            "Stop.",
            "Unsubscribe",
            "Please remove me from this list",
            "Darme de baja, gracias",
            "Bitte abmelden",
            "je veux me désabonner",
        ] {
            assert!(is_opt_out(stop, None), "{stop:?}");
        }
        assert!(is_opt_out("", Some("Unsubscribe")));
        for answer in [
            "We'll stop by at 3, yes!",
            "Yes! Can't wait. Stop me if I bring too much cake, we are 3 people and we will be bringing a present for Mia",
        ] {
            assert!(!is_opt_out(answer, None), "{answer:?}");
        }
    }
}
