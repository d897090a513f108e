//! The timer task: the daily digest and the reminders, at their local times.

use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;

use super::{Shared, pause};
use crate::host;
use crate::store::Store;

/// Look again at least this often (reminders, a digest due after a clock jump).
const MAX_SLEEP: Duration = Duration::from_secs(600);
/// Longest wait for the inbox's first catch-up before the first digest check.
const INBOX_WAIT: Duration = Duration::from_secs(120);

pub async fn run(
    shared: Shared,
    mut store: Store,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let config = shared.config.clone();
    let mut templates = Vec::with_capacity(config.events.len());
    for event in &config.events {
        templates.push(
            host::load_templates(event)
                .with_context(|| format!("loading the templates of {}", event.event.slug))?,
        );
    }
    // A digest due at start-up should count the mail that came in meanwhile:
    // wait for the inbox watcher's first catch-up (not forever: the mail
    // server may be down).
    let mut ready = shared.inbox_ready.subscribe();
    tokio::select! {
        _ = ready.wait_for(|r| *r) => {}
        () = tokio::time::sleep(INBOX_WAIT) => tracing::warn!("inbox not caught up after {INBOX_WAIT:?}: checking the digest anyway"),
        _ = shutdown.changed() => return Ok(()),
    }
    let embedded = crate::compose::TemplateSet::embedded();
    loop {
        let now = shared.clock.now();
        let mut wait = MAX_SLEEP;
        let mut queued = false;
        let mut note = |(any, next): (bool, Option<Duration>)| {
            queued |= any;
            if let Some(until) = next {
                wait = wait.min(until.max(Duration::from_secs(1)));
            }
        };
        for (event, templates) in config.events.iter().zip(&templates) {
            note(event_due(&mut store, &config, event, templates, true, now));
            // The store calls block the runtime's one thread: let replies
            // being handed over be recorded between two events' digests.
            tokio::task::yield_now().await;
        }
        if config.service.is_some() {
            // Each sent party under its own host.
            match super::service::sent_party_runs(&store, &config) {
                Ok(runs) => {
                    for run in runs {
                        let digests = !run.digests_stopped;
                        note(event_due(
                            &mut store,
                            &run.config,
                            &run.event,
                            &embedded,
                            digests,
                            now,
                        ));
                        tokio::task::yield_now().await;
                    }
                }
                Err(e) => tracing::error!("service parties: {e:#}"),
            }
        }
        if queued {
            shared.outbox_wake.notify_one();
        }
        if pause(wait, &mut shutdown).await {
            return Ok(());
        }
    }
}

/// Queue the event's digest (when `digests`) and reminders that are due:
/// whether anything was queued, and how long until its next digest. Errors
/// are logged, so one event's trouble never stops another's.
fn event_due(
    store: &mut Store,
    config: &crate::config::Config,
    event: &crate::config::EventConfig,
    templates: &crate::compose::TemplateSet,
    digests: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> (bool, Option<Duration>) {
    let slug = &event.event.slug;
    let mut queued = false;
    let mut wait = None;
    if digests {
        match host::digest_if_due(store, config, event, templates, now, false) {
            Ok(outcome) => {
                if let Some(date) = outcome.queued {
                    tracing::info!(event = %slug, %date, "digest queued");
                    queued = true;
                }
                wait = outcome.next.and_then(|next| (next - now).to_std().ok());
            }
            Err(e) => tracing::error!(event = %slug, "digest: {e:#}"),
        }
    }
    match host::due_reminders(store, config, event, now) {
        Ok(due) => {
            for (_, family, ordinal) in due {
                match host::queue_reminder(store, config, event, templates, &family, ordinal, now) {
                    Ok(true) => {
                        tracing::info!(event = %slug, family = %family, ordinal, "reminder queued");
                        queued = true;
                    }
                    Ok(false) => {}
                    Err(e) => tracing::error!(event = %slug, family = %family, "reminder: {e:#}"),
                }
            }
        }
        Err(e) => tracing::error!(event = %slug, "reminders: {e:#}"),
    }
    (queued, wait)
}
