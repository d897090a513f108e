//! The long-running daemon: the outbox worker, the inbox watcher and the
//! timers (digest, reminders) as tokio tasks under one supervisor, with
//! injected shutdown.
//!
//! Shell. Each task owns its own database connection (SQLite in WAL mode
//! serialises the writes) and handles its events one at a time; a state
//! change is always one committed transaction, so stopping between two
//! events loses nothing. The store is synchronous: its calls are short and
//! are made between awaits, never across one.

pub mod inbox;
mod lease;
pub mod maildir;
mod outbox;
pub mod receiver;
pub mod service;
mod timers;
mod watch_imap;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::{Notify, watch};

use crate::clock::Clock;
use crate::config::{Config, Mode};
use crate::delivery::Transport;
use crate::store::{Location, Store};

/// Everything the tasks share.
#[derive(Clone)]
pub struct Shared {
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock>,
    /// Wakes the outbox worker when something was queued.
    pub outbox_wake: Arc<Notify>,
    /// Turns true once the inbox watcher has caught up with the mail that
    /// arrived while rsvpd was down, so a digest sent at start-up counts it.
    pub inbox_ready: Arc<watch::Sender<bool>>,
}

/// How long a task may take to finish once asked to stop.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(4);

/// Run until `shutdown` turns true; then let every task finish the
/// transaction in hand and return.
pub async fn run(
    config: Arc<Config>,
    clock: Arc<dyn Clock>,
    transport: Transport,
    shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let shared = Shared {
        config: config.clone(),
        clock,
        outbox_wake: Arc::new(Notify::new()),
        inbox_ready: Arc::new(watch::channel(false).0),
    };
    let location = Location::of(&config);
    let open = |what: &str| {
        Store::connect(&location).with_context(|| format!("opening {location} for the {what}"))
    };
    let outbox_store = open("outbox worker")?;
    let timer_store = open("timers")?;

    let mut tasks = tokio::task::JoinSet::new();
    tasks.spawn(timers::run(shared.clone(), timer_store, shutdown.clone()));
    tasks.spawn(outbox::run(
        shared.clone(),
        outbox_store,
        transport,
        shutdown.clone(),
    ));
    let inbox_store = open("inbox watcher")?;
    if inbox_store.is_shared() {
        // Several workers may share this database: one watches the inbox.
        let lease_store = open("inbox lease")?;
        tasks.spawn(lease::watch_inbox_leased(
            shared.clone(),
            location.clone(),
            lease_store,
            shutdown.clone(),
        ));
        drop(inbox_store);
    } else {
        tasks.spawn(watch_inbox(shared.clone(), inbox_store, shutdown.clone()));
    }
    // `rsvpd receive` hands its message to this worker when it can.
    tasks.spawn(receiver::run(
        shared.clone(),
        location.clone(),
        shutdown.clone(),
    ));
    tracing::info!(mode = ?config.mail.mode, "rsvpd is running");

    let mut shutdown_seen = shutdown.clone();
    let mut failure = None;
    loop {
        tokio::select! {
            joined = tasks.join_next() => match joined {
                None => break,
                Some(Ok(Ok(()))) => {}
                Some(Ok(Err(e))) => {
                    tracing::error!("{e:#}");
                    failure = Some(e);
                    break;
                }
                Some(Err(e)) => {
                    tracing::error!("a task failed: {e}");
                    failure = Some(anyhow::anyhow!("a task failed: {e}"));
                    break;
                }
            },
            _ = shutdown_seen.changed() => break,
        }
    }
    // Give the tasks their grace period, then stop whatever is left.
    let deadline = tokio::time::sleep(SHUTDOWN_GRACE);
    tokio::pin!(deadline);
    while !tasks.is_empty() {
        tokio::select! {
            _ = tasks.join_next() => {}
            () = &mut deadline => {
                tracing::warn!("tasks still busy after {SHUTDOWN_GRACE:?}: stopping them");
                tasks.abort_all();
                break;
            }
        }
    }
    tracing::info!("rsvpd stopped");
    match failure {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The inbox watcher of the configured mode, until shutdown.
pub(crate) fn watch_inbox(
    shared: Shared,
    store: Store,
    shutdown: watch::Receiver<bool>,
) -> std::pin::Pin<Box<dyn Future<Output = anyhow::Result<()>> + Send>> {
    match shared.config.mail.mode {
        Mode::Local => Box::pin(maildir::run(shared, store, shutdown)),
        Mode::Server => Box::pin(watch_imap::run(shared, store, shutdown)),
    }
}

/// Sleep for `duration`, or less if shutdown comes first. True if shutting down.
pub(crate) async fn pause(duration: Duration, shutdown: &mut watch::Receiver<bool>) -> bool {
    if *shutdown.borrow() {
        return true;
    }
    tokio::select! {
        () = tokio::time::sleep(duration) => *shutdown.borrow(),
        _ = shutdown.changed() => true,
    }
}
