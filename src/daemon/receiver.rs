//! The receive socket: a running worker records the messages that
//! `rsvpd receive` hands it, so each delivery skips the reply engine's
//! start-up and the database login.
//!
//! `<state_dir>/receive.sock`, owner only. One exchange per connection: the
//! client writes the raw message and shuts its side down; the worker
//! records it in one transaction, exactly as `rsvpd receive` would, and
//! answers one line: `0 recorded`, `0 duplicate`, or `75 <why>` (the store
//! failed: the client exits 75 and the MTA retries). Without an answer the
//! client records the message itself; a copy that was committed meanwhile
//! is then a duplicate of its Message-ID and changes nothing.
//!
//! Messages are handled one at a time, like every task's events. Only one
//! worker per state folder listens; another one looks again every few
//! seconds and takes over when the socket stops answering.

#[cfg(unix)]
use std::path::Path;
use std::path::PathBuf;
use std::time::Duration;

#[cfg(unix)]
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
#[cfg(unix)]
use tokio::net::{UnixListener, UnixStream};
use tokio::sync::watch;

use super::{Shared, inbox};
use crate::store::{Location, Recorded, Source, Store};

/// Larger messages are not replies (Postfix's own default limit is 10 MB).
pub const MAX_MESSAGE: u64 = 64 * 1024 * 1024;
/// What `Source.mailbox` says for messages delivered by `rsvpd receive`.
pub const MAILBOX: &str = "receive";
/// A client that sends nothing for this long is dropped.
#[cfg(unix)]
const READ_TIMEOUT: Duration = Duration::from_secs(10);
/// How often a worker that does not listen checks whether it should.
#[cfg(unix)]
const LOOK_AGAIN: Duration = Duration::from_secs(5);
/// Unix socket paths are limited to 107 bytes.
#[cfg(unix)]
const MAX_SOCKET_PATH: usize = 107;

/// Where `rsvpd run` listens and `rsvpd receive` connects.
pub fn socket_path(config: &crate::config::Config) -> PathBuf {
    socket_in(&config.state_dir)
}

/// The receive socket in a state folder.
pub fn socket_in(state_dir: &std::path::Path) -> PathBuf {
    state_dir.join("receive.sock")
}

/// Listen until shutdown. Never fails the daemon: without the socket,
/// `rsvpd receive` records by itself.
#[cfg(not(unix))]
pub async fn run(
    _shared: Shared,
    _location: Location,
    _shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    Ok(())
}

/// Listen until shutdown. Never fails the daemon: without the socket,
/// `rsvpd receive` records by itself.
#[cfg(unix)]
pub async fn run(
    shared: Shared,
    location: Location,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let path = socket_path(&shared.config);
    if path.as_os_str().len() > MAX_SOCKET_PATH {
        tracing::warn!(
            path = %path.display(),
            "receive: the socket path is longer than 107 bytes: rsvpd receive records by itself"
        );
        return Ok(());
    }
    let listener = loop {
        match bind(&path).await {
            Ok(Some(listener)) => break listener,
            Ok(None) => {}
            Err(e) => tracing::warn!(path = %path.display(), "receive: {e:#}"),
        }
        if super::pause(LOOK_AGAIN, &mut shutdown).await {
            return Ok(());
        }
    };
    tracing::info!(path = %path.display(), "receive: listening");
    let mut store = None;
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(e) => {
                    tracing::warn!("receive: accepting: {e}");
                    continue;
                }
            },
            _ = shutdown.changed() => break,
        };
        if let Err(e) = exchange(&shared, &location, &mut store, stream).await {
            tracing::debug!("receive: {e:#}");
        }
    }
    // Only ours: a later worker may have taken over the path.
    let _ = std::fs::remove_file(&path);
    Ok(())
}

/// The listener, or `None` while another process answers on `path`.
#[cfg(unix)]
async fn bind(path: &Path) -> anyhow::Result<Option<UnixListener>> {
    use anyhow::Context as _;
    if UnixStream::connect(path).await.is_ok() {
        return Ok(None);
    }
    // Left by a worker that died: nobody answers on it.
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(e).with_context(|| format!("removing {}", path.display())),
    }
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    let listener =
        UnixListener::bind(path).with_context(|| format!("listening on {}", path.display()))?;
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
            .with_context(|| format!("restricting {}", path.display()))?;
    }
    Ok(Some(listener))
}

/// One message in, one answer out.
#[cfg(unix)]
async fn exchange(
    shared: &Shared,
    location: &Location,
    store: &mut Option<Store>,
    mut stream: UnixStream,
) -> anyhow::Result<()> {
    let mut raw = Vec::new();
    let mut limited = (&mut stream).take(MAX_MESSAGE + 1);
    tokio::time::timeout(READ_TIMEOUT, limited.read_to_end(&mut raw))
        .await
        .map_err(|_| anyhow::anyhow!("the client sent no message within {READ_TIMEOUT:?}"))??;
    let answer = if raw.is_empty() || raw.len() as u64 > MAX_MESSAGE {
        // `rsvpd receive` checks both before it connects
        "75 not a message\n".to_string()
    } else {
        match record(shared, location, store, &raw) {
            Ok(Recorded::New) => {
                tracing::info!("receive: recorded a handed-over message");
                "0 recorded\n".into()
            }
            Ok(Recorded::Duplicate) => {
                tracing::info!("receive: a handed-over message was already recorded");
                "0 duplicate\n".into()
            }
            Err(e) => {
                tracing::warn!("receive: {e:#}");
                format!("75 {}\n", format!("{e:#}").replace('\n', "; "))
            }
        }
    };
    stream.write_all(answer.as_bytes()).await?;
    stream.shutdown().await?;
    Ok(())
}

/// Record `raw` in one transaction, as `rsvpd receive` does by itself.
pub fn record(
    shared: &Shared,
    location: &Location,
    store: &mut Option<Store>,
    raw: &[u8],
) -> anyhow::Result<Recorded> {
    use anyhow::Context as _;
    let store = match store {
        Some(store) => store,
        None => {
            store.insert(Store::connect(location).with_context(|| format!("opening {location}"))?)
        }
    };
    let now = shared.clock.now();
    let source = Source {
        mailbox: MAILBOX.into(),
        uid_validity: None,
        uid: None,
    };
    let handled = inbox::handle(store, &shared.config, raw, source, now, now)?;
    if handled.confirmed {
        shared.outbox_wake.notify_one();
    }
    Ok(handled.recorded)
}
