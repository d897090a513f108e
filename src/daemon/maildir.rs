//! Local mode's inbox: the Maildir `<state_dir>/inbox/`. Handled RSVP mail
//! moves from `new/` to `cur/` (unread); mail about nothing rsvpd knows is
//! left where it is.

use std::collections::HashSet;
use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;

use super::inbox;
use super::{Shared, pause};
use crate::clock::Clock;
use crate::config::Config;
use crate::mail::local::Maildir;
use crate::store::{InboundKind, Source, Store};

/// How often `new/` is listed: a directory read, cheap enough to do often.
const POLL: Duration = Duration::from_millis(500);

pub async fn run(
    shared: Shared,
    mut store: Store,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let root = shared.config.inbox_dir();
    let maildir =
        Maildir::create(&root).with_context(|| format!("creating the inbox {}", root.display()))?;
    tracing::info!(inbox = %root.display(), "watching the local inbox");
    let mut left_alone: HashSet<PathBuf> = HashSet::new();
    loop {
        let paths = maildir
            .list_new()
            .with_context(|| format!("listing {}", root.join("new").display()))?;
        let paths: Vec<PathBuf> = paths
            .into_iter()
            .filter(|p| !left_alone.contains(p))
            .collect();
        for path in paths {
            if *shutdown.borrow() {
                return Ok(());
            }
            if handle_file(
                &shared.config,
                shared.clock.as_ref(),
                &mut store,
                &maildir,
                &path,
            )? {
                shared.outbox_wake.notify_one();
            }
            if path.exists() {
                left_alone.insert(path);
            }
        }
        shared.inbox_ready.send_replace(true);
        if pause(POLL, &mut shutdown).await {
            return Ok(());
        }
    }
}

/// Handle every message waiting in `new/` once (the demo, tests); returns how many.
pub fn process_once(
    config: &Config,
    clock: &dyn Clock,
    store: &mut Store,
) -> anyhow::Result<usize> {
    let root = config.inbox_dir();
    let maildir =
        Maildir::create(&root).with_context(|| format!("creating the inbox {}", root.display()))?;
    let paths = maildir
        .list_new()
        .with_context(|| format!("listing {}", root.join("new").display()))?;
    for path in &paths {
        handle_file(config, clock, store, &maildir, path)?;
    }
    Ok(paths.len())
}

/// Handle one file; true if a confirmation was queued.
pub fn handle_file(
    config: &Config,
    clock: &dyn Clock,
    store: &mut Store,
    maildir: &Maildir,
    path: &std::path::Path,
) -> anyhow::Result<bool> {
    let raw = match std::fs::read(path) {
        Ok(raw) => raw,
        // Another process (the host's mail client) took it meanwhile.
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
    };
    let received = std::fs::metadata(path)
        .and_then(|m| m.modified())
        .map(chrono::DateTime::<chrono::Utc>::from)
        .unwrap_or_else(|_| clock.now());
    let source = Source {
        mailbox: maildir.root().display().to_string(),
        uid_validity: None,
        uid: None,
    };
    let handled = inbox::handle(store, config, &raw, source, received, clock.now())
        .with_context(|| format!("handling {}", path.display()))?;
    tracing::info!(
        file = %path.display(),
        kind = handled.kind.as_str(),
        family = handled.family.as_deref().unwrap_or("-"),
        answer = handled.answer.map_or("-", |a| a.as_str()),
        "handled"
    );
    if handled.kind != InboundKind::Unrelated {
        maildir
            .mark_handled(path)
            .with_context(|| format!("moving {} to cur/", path.display()))?;
    }
    Ok(handled.confirmed)
}
