//! The outbox worker: hand queued messages to the transport and record what
//! happened, one recipient per delivery, a few deliveries at a time.
//!
//! Shell. What an outcome means (sent, retry when, give up) is decided by
//! [`crate::workflow`]; this module only moves bytes and records.
//!
//! Crash safety: a message is marked sent only after the server accepted
//! it. If rsvpd dies between the server's `250` and that commit, the next
//! run sends the same bytes again, with the same Message-ID, so the
//! recipient's mail client shows one message twice at worst; nothing is lost.

use std::time::Duration;

use lettre::Address;
use lettre::address::Envelope;

use crate::clock::Clock;
use crate::mail::local::Outbox;
use crate::store::{OutboxItem, Store};
use crate::workflow::{self, Decision, Outcome, RetryPolicy};

/// Where queued messages go.
pub enum Transport {
    /// `.eml` files in a folder; no rate limit.
    Local(Outbox),
    /// An SMTP server, at most `per_minute` messages a minute.
    Smtp {
        transport: crate::mail::smtp::SmtpSender,
        per_minute: u32,
        /// Per-delivery envelope senders, when configured.
        verp: Option<Verp>,
    },
}

/// VERP envelope senders: the family's reply address tagged per contact.
/// Once the server refuses one, rsvpd sends with the plain sender.
pub struct Verp {
    pattern: String,
    refused: std::sync::atomic::AtomicBool,
}

impl Verp {
    pub fn new(reply_pattern: &str) -> Verp {
        Verp {
            pattern: reply_pattern.to_string(),
            refused: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// The envelope sender for one delivery of a family's message.
    fn sender(&self, item: &OutboxItem) -> Option<String> {
        if self.refused.load(std::sync::atomic::Ordering::Relaxed) || item.invitation_id.is_none() {
            return None;
        }
        let token = crate::compose::parse_message_id_token(&item.message_id)?;
        crate::compose::verp_address(&self.pattern, &token, &item.recipient)
    }
}

/// Totals of one pass over the queue.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DrainReport {
    pub sent: usize,
    pub deferred: usize,
    pub failed: usize,
    /// When the earliest deferred message is due again (RFC 3339), if any.
    pub next_attempt_at: Option<String>,
}

impl Transport {
    fn interval(&self) -> Option<Duration> {
        match self {
            Transport::Local(_) => None,
            Transport::Smtp { per_minute, .. } => Some(workflow::send_interval(*per_minute)),
        }
    }

    /// Hand one message to one recipient.
    pub async fn deliver(&self, item: &OutboxItem) -> Outcome {
        match self {
            Transport::Local(outbox) => match outbox.deliver(&item.message_id, &item.raw) {
                Ok(_) => Outcome::Accepted,
                Err(e) => Outcome::Transient(format!("writing to {}: {e}", outbox.dir().display())),
            },
            Transport::Smtp {
                transport, verp, ..
            } => {
                if let Some(verp) = verp
                    && let Some(sender) = verp.sender(item)
                    && let Ok(envelope) = envelope(item, &sender)
                {
                    match transport.send_raw(&envelope, &item.raw).await {
                        Ok(_) => return Outcome::Accepted,
                        // Refused for good: maybe the sender. Try the plain one,
                        // and keep to it if that is accepted.
                        Err(e) if e.is_permanent() => {
                            let plain = self.send_plain(transport, item).await;
                            if plain == Outcome::Accepted {
                                tracing::warn!(
                                    "the server refused the VERP envelope sender ({}): sending with {} from now on",
                                    describe(&e),
                                    item.envelope_from
                                );
                                verp.refused
                                    .store(true, std::sync::atomic::Ordering::Relaxed);
                            }
                            return plain;
                        }
                        Err(e) if e.is_transient() => return classify(&e),
                        Err(_) => {}
                    }
                }
                self.send_plain(transport, item).await
            }
        }
    }

    /// Send with the configured envelope sender.
    async fn send_plain(
        &self,
        transport: &crate::mail::smtp::SmtpSender,
        item: &OutboxItem,
    ) -> Outcome {
        let envelope = match envelope(item, &item.envelope_from) {
            Ok(e) => e,
            Err(e) => return Outcome::Permanent(e),
        };
        match transport.send_raw(&envelope, &item.raw).await {
            Ok(_) => Outcome::Accepted,
            Err(e) if e.is_permanent() || e.is_transient() => classify(&e),
            // The server may have closed an open session while it sat
            // idle: the sender drops it, so retry once on a fresh one.
            Err(first) => match transport.send_raw(&envelope, &item.raw).await {
                Ok(_) => Outcome::Accepted,
                Err(e) if e.is_permanent() => classify(&e),
                Err(e) => {
                    Outcome::Transient(format!("{} (after: {})", describe(&e), describe(&first)))
                }
            },
        }
    }
}

fn envelope(item: &OutboxItem, sender: &str) -> Result<Envelope, String> {
    let from: Address = sender
        .parse()
        .map_err(|e| format!("invalid sender address {sender:?}: {e}"))?;
    let to: Address = item
        .recipient
        .parse()
        .map_err(|e| format!("invalid recipient address {:?}: {e}", item.recipient))?;
    Envelope::new(Some(from), vec![to]).map_err(|e| format!("invalid envelope: {e}"))
}

fn classify(e: &crate::mail::smtp::SendError) -> Outcome {
    if e.is_permanent() {
        Outcome::Permanent(describe(e))
    } else {
        Outcome::Transient(describe(e))
    }
}

/// The error with its causes, which carry the server's own words.
fn describe(e: &crate::mail::smtp::SendError) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// How long a worker's claim on a delivery lasts: another worker takes
/// it over after this if the first one died. Longer than [`DELIVERY_LIMIT`].
const CLAIM: chrono::Duration = chrono::Duration::seconds(30);
/// A delivery that takes longer is given up and retried later.
const DELIVERY_LIMIT: Duration = Duration::from_secs(20);

/// This process's name on the claims and leases it takes: host, PID and a
/// random part.
pub(crate) fn worker() -> &'static str {
    static WORKER: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    WORKER.get_or_init(|| {
        let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
            .map(|h| h.trim().to_string())
            .unwrap_or_default();
        let nonce = crate::clock::random_token_bytes()
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]));
        format!("{host}:{}:{nonce:08x}", std::process::id())
    })
}

/// Record a message the server accepted. The database may be restarting:
/// until this commits, a crash would send the message again, so keep
/// trying for a while rather than give the delivery back at once.
async fn record_sent(
    store: &mut Store,
    item: &OutboxItem,
    now: chrono::DateTime<chrono::Utc>,
    stop: &tokio::sync::watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let mut wait = Duration::from_millis(100);
    let deadline = tokio::time::Instant::now() + RECORD_PATIENCE;
    loop {
        match store.record_sent(item, now) {
            Ok(()) => return Ok(()),
            Err(e)
                if e.is_unavailable()
                    && !*stop.borrow()
                    && tokio::time::Instant::now() + wait < deadline =>
            {
                tracing::warn!(to = %item.recipient, "recording a sent message: {e}; trying again");
                tokio::time::sleep(wait).await;
                wait = (wait * 2).min(Duration::from_secs(2));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

/// How long [`record_sent`] keeps trying (less than [`CLAIM`]).
const RECORD_PATIENCE: Duration = Duration::from_secs(20);

/// Deliveries one SMTP worker keeps in flight, each on its own session
/// (the sender keeps as many open): the database's round trips and the
/// server's overlap instead of adding up. Local files go one at a time.
const IN_FLIGHT: usize = 4;

/// Deliver everything due now, honouring the rate limit, recording each
/// outcome in its own transaction. Returns when nothing more is due, or
/// soon after `stop` turns true: nothing new is claimed, and the
/// deliveries already under way finish and are recorded.
pub async fn drain(
    store: &mut Store,
    transport: &Transport,
    clock: &dyn Clock,
    policy: &RetryPolicy,
    stop: &mut tokio::sync::watch::Receiver<bool>,
    mut on_outcome: impl FnMut(&OutboxItem, &Decision),
) -> anyhow::Result<DrainReport> {
    use futures::StreamExt as _;

    let mut report = DrainReport::default();
    let interval = transport.interval();
    let room = match transport {
        Transport::Local(_) => 1,
        Transport::Smtp { .. } => IN_FLIGHT,
    };
    let mut next_slot: Option<tokio::time::Instant> = None;
    // Each delivery is tried at most once per pass, so a pass always ends.
    let mut attempted = std::collections::HashSet::new();
    let mut flying = futures::stream::FuturesUnordered::new();
    let mut claiming = true;
    // A database error stops the claiming; what is under way still
    // finishes and is recorded where possible, then the error is returned.
    let mut failure: Option<anyhow::Error> = None;
    loop {
        if *stop.borrow() {
            claiming = false;
        }
        let can_claim = claiming && flying.len() < room;
        let slot = next_slot.filter(|s| *s > tokio::time::Instant::now());
        if can_claim && slot.is_none() {
            let now = clock.now();
            let claimed = match store.claim_outbox(now, worker(), now + CLAIM) {
                Ok(claimed) => claimed,
                Err(e) => {
                    failure.get_or_insert(anyhow::Error::from(e).context("reading the outbox"));
                    claiming = false;
                    continue;
                }
            };
            match claimed {
                Some(item) if attempted.insert(item.id) => {
                    if let Some(interval) = interval {
                        next_slot = Some(tokio::time::Instant::now() + interval);
                    }
                    flying.push(async move {
                        let outcome =
                            match tokio::time::timeout(DELIVERY_LIMIT, transport.deliver(&item))
                                .await
                            {
                                Ok(outcome) => outcome,
                                Err(_) => Outcome::Transient(format!(
                                    "no answer from the mail server within {} s",
                                    DELIVERY_LIMIT.as_secs()
                                )),
                            };
                        (item, outcome)
                    });
                }
                Some(item) => {
                    if let Err(e) = store.release_outbox(&item) {
                        failure.get_or_insert(e.into());
                    }
                    claiming = false;
                }
                None => claiming = false,
            }
            continue;
        }
        // Wait for a delivery to finish, or (with room to claim) for the
        // rate limit's next slot, or for the stop signal.
        let finished = match (can_claim, slot) {
            (true, Some(slot)) => tokio::select! {
                done = flying.next(), if !flying.is_empty() => done,
                () = tokio::time::sleep_until(slot) => continue,
                _ = stop.changed() => {
                    claiming = false;
                    continue;
                }
            },
            _ => flying.next().await,
        };
        let Some((item, outcome)) = finished else {
            break;
        };
        let decision = workflow::after_delivery(policy, item.attempts, outcome);
        let now = clock.now();
        let recorded = match &decision {
            Decision::Sent => record_sent(store, &item, now, stop)
                .await
                .map(|()| report.sent += 1),
            Decision::RetryAfter { delay, error } => {
                let at =
                    now + chrono::Duration::from_std(*delay).unwrap_or(chrono::Duration::hours(1));
                store
                    .record_deferred(&item, error, at)
                    .map(|()| report.deferred += 1)
                    .map_err(Into::into)
            }
            Decision::Fail { error } => store
                .record_failed(&item, error)
                .map(|()| report.failed += 1)
                .map_err(Into::into),
        };
        match recorded {
            Ok(()) => on_outcome(&item, &decision),
            Err(e) => {
                failure.get_or_insert(e);
                claiming = false;
            }
        }
    }
    if let Some(e) = failure {
        return Err(e);
    }
    report.next_attempt_at = store.next_outbox_attempt()?;
    Ok(report)
}
