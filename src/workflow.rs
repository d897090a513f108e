//! Decisions about state transitions, as plain functions of plain data.
//!
//! Pure: the outbox worker asks here what a delivery outcome means and when
//! to try again; it never decides on its own.

pub mod ask;

use std::time::Duration;

/// How to retry temporary delivery failures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Wait after the first failure; doubled after each further one.
    pub initial: Duration,
    /// Longest wait between two attempts.
    pub max: Duration,
    /// Attempts after which a temporary failure counts as permanent.
    pub max_attempts: u32,
}

impl Default for RetryPolicy {
    /// 1 min, 2, 4, … capped at 1 h; give up after 60 attempts (about two and a half days).
    fn default() -> Self {
        RetryPolicy {
            initial: Duration::from_secs(60),
            max: Duration::from_secs(3600),
            max_attempts: 60,
        }
    }
}

/// What happened when a message was handed to the transport.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    Accepted,
    /// 4xx, a dropped connection, a timeout: worth trying again.
    Transient(String),
    /// 5xx: the server's words, recorded for the host.
    Permanent(String),
}

/// What to record for an outcome.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Decision {
    Sent,
    RetryAfter { delay: Duration, error: String },
    Fail { error: String },
}

/// Decide what a delivery outcome means after `attempts_before` earlier attempts.
pub fn after_delivery(policy: &RetryPolicy, attempts_before: u32, outcome: Outcome) -> Decision {
    match outcome {
        Outcome::Accepted => Decision::Sent,
        Outcome::Permanent(error) => Decision::Fail { error },
        Outcome::Transient(error) if attempts_before + 1 >= policy.max_attempts => Decision::Fail {
            error: format!("gave up after {} attempts: {error}", attempts_before + 1),
        },
        Outcome::Transient(error) => Decision::RetryAfter {
            delay: backoff(policy, attempts_before),
            error,
        },
    }
}

/// Capped exponential backoff: `initial * 2^attempts_before`, at most `max`.
pub fn backoff(policy: &RetryPolicy, attempts_before: u32) -> Duration {
    let factor = 1u32
        .checked_shl(attempts_before.min(30))
        .unwrap_or(u32::MAX);
    policy.initial.saturating_mul(factor).min(policy.max)
}

/// Even spacing that never exceeds `per_minute` messages in any minute.
pub fn send_interval(per_minute: u32) -> Duration {
    Duration::from_secs(60) / per_minute.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let p = RetryPolicy::default();
        let waits: Vec<u64> = (0..8).map(|a| backoff(&p, a).as_secs()).collect();
        assert_eq!(waits, [60, 120, 240, 480, 960, 1920, 3600, 3600]);
        assert_eq!(backoff(&p, u32::MAX).as_secs(), 3600);
    }

    #[test]
    fn outcomes_map_to_decisions() {
        let p = RetryPolicy {
            max_attempts: 3,
            ..RetryPolicy::default()
        };
        assert_eq!(after_delivery(&p, 0, Outcome::Accepted), Decision::Sent);
        assert_eq!(
            after_delivery(&p, 0, Outcome::Permanent("550 no such user".into())),
            Decision::Fail {
                error: "550 no such user".into()
            }
        );
        assert_eq!(
            after_delivery(&p, 1, Outcome::Transient("450 try later".into())),
            Decision::RetryAfter {
                delay: Duration::from_secs(120),
                error: "450 try later".into()
            }
        );
        assert_eq!(
            after_delivery(&p, 2, Outcome::Transient("450 try later".into())),
            Decision::Fail {
                error: "gave up after 3 attempts: 450 try later".into()
            }
        );
    }

    fn reply(matched: MatchedBy) -> InboundFacts {
        InboundFacts {
            kind: crate::reply::Kind::Human,
            matched: Some(matched),
            authentication: crate::matching::Authentication::Unknown,
            auto_submitted: false,
            confirmations_enabled: true,
            confirmations_last_hour: 0,
            thanks_after_answer: false,
        }
    }

    #[test]
    fn inbound_plans() {
        use crate::matching::Authentication;
        use crate::model::ResponseSource;
        use crate::reply::Kind;
        let plain = plan_inbound(&reply(MatchedBy::Token));
        assert_eq!(plain.response, Some(ResponseSource::Reply));
        assert!(plain.confirm && !plain.bounce);
        // A thank-you after an answer is recorded but not answered.
        let thanks = plan_inbound(&InboundFacts {
            thanks_after_answer: true,
            ..reply(MatchedBy::Token)
        });
        assert_eq!(thanks.response, Some(ResponseSource::Reply));
        assert!(!thanks.confirm);
        // Robots are never answered, and a family gets at most 3 an hour.
        for facts in [
            InboundFacts {
                auto_submitted: true,
                ..reply(MatchedBy::Token)
            },
            InboundFacts {
                confirmations_last_hour: MAX_CONFIRMATIONS_PER_HOUR,
                ..reply(MatchedBy::Token)
            },
            InboundFacts {
                confirmations_enabled: false,
                ..reply(MatchedBy::Token)
            },
        ] {
            assert!(!plan_inbound(&facts).confirm, "{facts:?}");
        }
        // A sender-only match that fails authentication is only a suspect.
        let forged = plan_inbound(&InboundFacts {
            authentication: Authentication::Fail,
            ..reply(MatchedBy::Sender)
        });
        assert_eq!(forged.response, Some(ResponseSource::Suspect));
        assert!(!forged.confirm);
        let bounce = plan_inbound(&InboundFacts {
            kind: Kind::Bounce,
            ..reply(MatchedBy::Thread)
        });
        assert!(bounce.bounce && bounce.response.is_none() && !bounce.confirm);
        let unrelated = plan_inbound(&InboundFacts {
            matched: None,
            ..reply(MatchedBy::Token)
        });
        assert_eq!(
            unrelated,
            InboundPlan {
                response: None,
                bounce: false,
                confirm: false
            }
        );
    }

    #[test]
    fn rate_limit_spacing() {
        assert_eq!(send_interval(30), Duration::from_secs(2));
        assert_eq!(send_interval(0), Duration::from_secs(60));
        assert_eq!(send_interval(120), Duration::from_millis(500));
    }
}

/// How an inbound message was linked to a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchedBy {
    /// The family's reply token in a recipient address.
    Token,
    /// An invitation's Message-ID in In-Reply-To/References.
    Thread,
    /// Only the sender's address is on the roster.
    Sender,
}

impl MatchedBy {
    pub fn as_str(self) -> &'static str {
        match self {
            MatchedBy::Token => "token",
            MatchedBy::Thread => "thread",
            MatchedBy::Sender => "sender",
        }
    }
}

/// At most this many confirmations per family per hour, so two robots
/// answering each other can never loop.
pub const MAX_CONFIRMATIONS_PER_HOUR: usize = 3;

/// What is known about one inbound message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InboundFacts {
    pub kind: crate::reply::Kind,
    pub matched: Option<MatchedBy>,
    /// The receiving server's verdict on the sender.
    pub authentication: crate::matching::Authentication,
    /// The message says it was sent by software (Auto-Submitted, Precedence…).
    pub auto_submitted: bool,
    pub confirmations_enabled: bool,
    pub confirmations_last_hour: usize,
    /// The reply only says thank you and the family has already answered:
    /// a confirmation would only answer a thank-you.
    pub thanks_after_answer: bool,
}

/// What to do with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InboundPlan {
    /// Record the answer, and whether it may become the current one.
    pub response: Option<crate::model::ResponseSource>,
    /// Mark the failed recipients unreachable.
    pub bounce: bool,
    /// Send the parent a confirmation.
    pub confirm: bool,
}

/// Decide what an inbound message changes.
pub fn plan_inbound(facts: &InboundFacts) -> InboundPlan {
    use crate::matching::Authentication;
    use crate::model::ResponseSource;
    use crate::reply::Kind;
    let none = InboundPlan {
        response: None,
        bounce: false,
        confirm: false,
    };
    match (facts.kind, facts.matched) {
        (Kind::Bounce, _) => InboundPlan {
            bounce: true,
            ..none
        },
        (Kind::AutoReply, _) | (Kind::Human, None) => none,
        (Kind::Human, Some(MatchedBy::Sender)) if facts.authentication == Authentication::Fail => {
            InboundPlan {
                response: Some(ResponseSource::Suspect),
                ..none
            }
        }
        (Kind::Human, Some(_)) => InboundPlan {
            response: Some(ResponseSource::Reply),
            bounce: false,
            confirm: facts.confirmations_enabled
                && !facts.auto_submitted
                && !facts.thanks_after_answer
                && facts.confirmations_last_hour < MAX_CONFIRMATIONS_PER_HOUR,
        },
    }
}
