//! One inbox watcher per mailbox when several workers share a database:
//! the worker holding the mailbox's lease watches it and renews the lease;
//! the others wait and take over when it stops renewing (it died, or lost
//! its database connection). A clean stop hands the lease over at once.
//!
//! Two watchers overlapping for a moment (a renewal lost in transit)
//! record nothing twice: a message is recorded once by its Message-ID.

use std::time::Duration;

use tokio::sync::watch;

use super::{Shared, pause, watch_inbox};
use crate::config::Mode;
use crate::delivery::worker;
use crate::store::{Location, Store};

/// How long a lease lasts without renewal: a standby takes over within
/// this plus [`RENEW`] of the holder's death.
const TTL: chrono::Duration = chrono::Duration::seconds(20);
/// How often the holder renews and a standby tries to take over.
const RENEW: Duration = Duration::from_secs(5);

/// The lease's name: the mailbox itself, however many workers watch it.
fn lease_name(shared: &Shared) -> String {
    let config = &shared.config;
    match (&config.mail.mode, &config.mail.imap) {
        (Mode::Server, Some(imap)) => format!(
            "inbox:imap:{}:{}:{}:{}",
            imap.host, imap.port, imap.user, imap.mailbox
        ),
        _ => format!("inbox:maildir:{}", config.inbox_dir().display()),
    }
}

pub async fn watch_inbox_leased(
    shared: Shared,
    location: Location,
    mut lease_store: Store,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let name = lease_name(&shared);
    let holder = worker();
    let renew = |store: &mut Store| {
        let now = shared.clock.now();
        store.acquire_lease(&name, holder, now, now + TTL)
    };
    loop {
        let mut announced = false;
        loop {
            match renew(&mut lease_store) {
                Ok(true) => break,
                Ok(false) => {
                    if !announced {
                        tracing::info!(lease = %name, "another worker watches the inbox: standing by");
                        announced = true;
                    }
                    // The digest need not wait for a catch-up made elsewhere.
                    shared.inbox_ready.send_replace(true);
                }
                Err(e) => tracing::warn!(lease = %name, "inbox lease: {e}"),
            }
            if pause(RENEW, &mut shutdown).await {
                return Ok(());
            }
        }
        let store = match Store::connect(&location) {
            Ok(store) => store,
            Err(e) => {
                tracing::warn!("opening {location} for the inbox watcher: {e}");
                if pause(RENEW, &mut shutdown).await {
                    return Ok(());
                }
                continue;
            }
        };
        tracing::info!(lease = %name, "watching the inbox for every worker");
        let watcher = watch_inbox(shared.clone(), store, shutdown.clone());
        tokio::pin!(watcher);
        let lost = loop {
            tokio::select! {
                result = &mut watcher => {
                    if let Err(e) = lease_store.release_lease(&name, holder) {
                        tracing::warn!(lease = %name, "releasing the inbox lease: {e}");
                    }
                    return result;
                }
                () = tokio::time::sleep(RENEW) => match renew(&mut lease_store) {
                    Ok(true) => {}
                    Ok(false) => break "another worker took it over".to_string(),
                    Err(e) => break format!("it could not be renewed: {e}"),
                },
            }
        };
        // Dropping the watcher between two awaits: every message it
        // handled is committed, the others are handled by the next holder.
        tracing::warn!(lease = %name, "stopped watching the inbox: {lost}");
    }
}
