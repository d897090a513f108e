//! The outbox task: deliver what is due, then sleep until the next retry,
//! new work, or shutdown.

use std::time::Duration;

use tokio::sync::watch;

use super::{Shared, pause};
use crate::delivery::{self, Transport};
use crate::store::Store;
use crate::workflow::Decision;

/// Longest sleep between two looks at the queue: `rsvpd receive` and
/// other workers queue mail from other processes, and one look is one
/// indexed query.
const MAX_IDLE: Duration = Duration::from_secs(2);

pub async fn run(
    shared: Shared,
    mut store: Store,
    transport: Transport,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let mut failures = 0u32;
    loop {
        let result = delivery::drain(
            &mut store,
            &transport,
            shared.clock.as_ref(),
            &shared.config.mail.retry,
            &mut shutdown,
            |item, decision| match decision {
                Decision::Sent => tracing::info!(kind = item.kind.as_str(), to = %item.recipient, "sent"),
                Decision::RetryAfter { delay, error } => tracing::warn!(
                    kind = item.kind.as_str(), to = %item.recipient, retry_in_s = delay.as_secs(), "deferred: {error}"
                ),
                Decision::Fail { error } => {
                    tracing::error!(kind = item.kind.as_str(), to = %item.recipient, "failed: {error}")
                }
            },
        )
        .await;
        let wait = match result {
            Ok(report) => {
                failures = 0;
                next_wait(&shared, report.next_attempt_at.as_deref())
            }
            Err(e) => {
                // The database itself failed: back off, try again.
                failures = failures.saturating_add(1);
                tracing::error!("outbox: {e:#}");
                Duration::from_secs(1u64 << failures.min(6))
            }
        };
        if *shutdown.borrow() {
            return Ok(());
        }
        tokio::select! {
            stopping = pause(wait, &mut shutdown) => if stopping { return Ok(()) },
            () = shared.outbox_wake.notified() => {}
        }
    }
}

fn next_wait(shared: &Shared, next_attempt_at: Option<&str>) -> Duration {
    let Some(at) = next_attempt_at.and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
    else {
        return MAX_IDLE;
    };
    let until = at.with_timezone(&chrono::Utc) - shared.clock.now();
    until
        .to_std()
        .unwrap_or(Duration::ZERO)
        .clamp(Duration::from_millis(100), MAX_IDLE)
}
