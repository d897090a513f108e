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
    loop {
        let now = shared.clock.now();
        let mut wait = MAX_SLEEP;
        let mut queued = false;
        for (event, templates) in config.events.iter().zip(&templates) {
            let slug = &event.event.slug;
            match host::digest_if_due(&mut store, &config, event, templates, now, false) {
                Ok(outcome) => {
                    if let Some(date) = outcome.queued {
                        tracing::info!(event = %slug, %date, "digest queued");
                        queued = true;
                    }
                    if let Some(next) = outcome.next
                        && let Ok(until) = (next - now).to_std()
                    {
                        wait = wait.min(until.max(Duration::from_secs(1)));
                    }
                }
                Err(e) => tracing::error!(event = %slug, "digest: {e:#}"),
            }
            match host::due_reminders(&store, &config, event, now) {
                Ok(due) => {
                    for (_, family, ordinal) in due {
                        match host::queue_reminder(
                            &mut store, &config, event, templates, &family, ordinal, now,
                        ) {
                            Ok(true) => {
                                tracing::info!(event = %slug, family = %family, ordinal, "reminder queued");
                                queued = true;
                            }
                            Ok(false) => {}
                            Err(e) => {
                                tracing::error!(event = %slug, family = %family, "reminder: {e:#}")
                            }
                        }
                    }
                }
                Err(e) => tracing::error!(event = %slug, "reminders: {e:#}"),
            }
        }
        if config.service.is_some() {
            match service_parties(&mut store, &config, now) {
                Ok((any, next)) => {
                    queued |= any;
                    if let Some(until) = next {
                        wait = wait.min(until.max(Duration::from_secs(1)));
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

/// Digests and reminders of every sent service party, each under its own
/// host: whether anything was queued, and how long until the next digest.
fn service_parties(
    store: &mut Store,
    config: &crate::config::Config,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<(bool, Option<Duration>)> {
    let templates = crate::compose::TemplateSet::embedded();
    let mut queued = false;
    let mut wait: Option<Duration> = None;
    for run in super::service::sent_party_runs(store, config)? {
        let (party_config, event) = (&run.config, &run.event);
        let slug = &event.event.slug;
        if !run.digests_stopped {
            let outcome = host::digest_if_due(store, party_config, event, &templates, now, false)?;
            if let Some(date) = outcome.queued {
                tracing::info!(event = %slug, %date, "digest queued");
                queued = true;
            }
            if let Some(next) = outcome.next
                && let Ok(until) = (next - now).to_std()
            {
                wait = Some(wait.map_or(until, |w| w.min(until)));
            }
        }
        for (_, family, ordinal) in host::due_reminders(store, party_config, event, now)? {
            if host::queue_reminder(
                store,
                party_config,
                event,
                &templates,
                &family,
                ordinal,
                now,
            )? {
                tracing::info!(event = %slug, family = %family, ordinal, "reminder queued");
                queued = true;
            }
        }
    }
    Ok((queued, wait))
}
