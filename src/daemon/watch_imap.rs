//! Server mode's inbox: an IMAP mailbox watched with IDLE.
//!
//! Log in, SELECT, check UIDVALIDITY, fetch every UID above the checkpoint
//! with `BODY.PEEK[]` (the host's mail keeps its `\Seen` state), handle each
//! message (the checkpoint advances in the same transaction), then IDLE.
//! IDLE is re-issued every few minutes, and every command has a deadline,
//! so a silently dead connection is noticed. Any error: reconnect with
//! capped, jittered backoff and catch up by UID.

use std::time::Duration;

use anyhow::Context;
use async_imap::extensions::idle::IdleResponse;
use async_imap::types::UnsolicitedResponse;
use futures::StreamExt;
use tokio::sync::watch;

use super::{Shared, inbox, pause};
use crate::mail::endpoint::SecretSource;
use crate::mail::imap::{ImapEndpoint, ImapError, ImapSession, connect_and_login, timed};
use crate::mail::tls::TlsConfig;
use crate::store::{InboundKind, Source, Store};

/// Re-issue IDLE this often: NAT boxes and providers drop idle connections
/// long before RFC 2177's 29 minutes.
const IDLE_PERIOD: Duration = Duration::from_secs(5 * 60);
/// Deadline for one IMAP command.
const COMMAND_TIMEOUT: Duration = Duration::from_secs(60);
/// Deadline for a whole catch-up fetch (thousands of messages).
const FETCH_TIMEOUT: Duration = Duration::from_secs(30 * 60);
const BACKOFF_MAX: Duration = Duration::from_secs(300);
/// async-imap keeps this many unsolicited responses and drops the rest.
const UNSOLICITED_CAPACITY: usize = 100;

enum Exit {
    Shutdown,
}

pub async fn run(
    shared: Shared,
    mut store: Store,
    mut shutdown: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let Some(imap) = shared.config.mail.imap.clone() else {
        anyhow::bail!("{}: mail.imap is missing", shared.config.path.display());
    };
    // Read the secret once up front so a missing one stops the daemon at
    // start; later reads pick up a rotated password or a fresh token.
    let source = SecretSource::new(imap.credential.clone());
    let password = source
        .fetch()
        .await
        .with_context(|| format!("{}: mail.imap", shared.config.path.display()))?;
    let mut endpoint = ImapEndpoint::new(
        imap.host.clone(),
        imap.port,
        imap.security,
        imap.user.clone(),
        password,
    );
    endpoint.mechanism = source.mechanism();
    let tls = TlsConfig::with_extra_ca_file(imap.ca_file.as_deref())
        .with_context(|| format!("loading the CA for {}", imap.host))?;
    let mut failures = 0u32;
    loop {
        if failures > 0 {
            match source.fetch().await {
                Ok(secret) => endpoint.password = secret,
                Err(e) => tracing::warn!(host = %imap.host, "imap: reading the secret: {e}"),
            }
        }
        match watch_once(
            &shared,
            &mut store,
            &endpoint,
            &tls,
            &imap.mailbox,
            imap.poll_seconds,
            &mut shutdown,
            &mut failures,
        )
        .await
        {
            Ok(Exit::Shutdown) => return Ok(()),
            Err(e) => {
                if e.downcast_ref::<ImapError>()
                    .is_some_and(|e| matches!(e, ImapError::LoginRejected { .. }))
                {
                    // an expired token: the next attempt runs the token command again
                    source.invalidate();
                }
                failures = failures.saturating_add(1);
                let wait = backoff(failures);
                tracing::warn!(host = %imap.host, retry_in_ms = wait.as_millis() as u64, "imap: {e:#}");
                if pause(wait, &mut shutdown).await {
                    return Ok(());
                }
            }
        }
    }
}

/// Capped exponential backoff with jitter, so many clients don't reconnect in step.
fn backoff(failures: u32) -> Duration {
    let base = Duration::from_millis(500)
        .saturating_mul(1u32 << failures.min(10))
        .min(BACKOFF_MAX);
    let jitter = crate::clock::random_token_bytes().map_or(0, |b| u64::from(b[0]));
    base.mul_f64(0.75 + (jitter as f64 / 255.0) * 0.5)
}

#[allow(clippy::too_many_arguments)]
async fn watch_once(
    shared: &Shared,
    store: &mut Store,
    endpoint: &ImapEndpoint,
    tls: &TlsConfig,
    mailbox: &str,
    poll_seconds: u64,
    shutdown: &mut watch::Receiver<bool>,
    failures: &mut u32,
) -> anyhow::Result<Exit> {
    let mut session = connect_and_login(endpoint, tls).await?;
    let capabilities = timed("capabilities", COMMAND_TIMEOUT, session.capabilities()).await?;
    let has_idle = capabilities.has_str("IDLE");
    let move_to = shared
        .config
        .mail
        .imap
        .as_ref()
        .and_then(|i| i.move_to.as_deref());
    tracing::info!(host = %endpoint.host, mailbox, idle = has_idle, "imap: logged in");
    loop {
        let selected = timed(
            "selecting the mailbox",
            COMMAND_TIMEOUT,
            session.select(mailbox),
        )
        .await?;
        let uid_validity = selected.uid_validity.unwrap_or(0);
        let last_uid = match store.checkpoint(mailbox)? {
            Some((validity, last)) if validity == uid_validity => last,
            previous => {
                if previous.is_some() {
                    tracing::warn!(
                        mailbox,
                        uid_validity,
                        "imap: UIDVALIDITY changed: rescanning (duplicates are skipped by Message-ID)"
                    );
                }
                store.reset_checkpoint(mailbox, uid_validity, shared.clock.now())?;
                0
            }
        };
        let handled =
            catch_up(shared, store, &mut session, mailbox, uid_validity, last_uid).await?;
        if let Some(folder) = move_to
            && !handled.is_empty()
        {
            move_handled(&mut session, &capabilities, folder, &handled).await?;
        }
        // Connected and caught up: the next failure starts a fresh backoff.
        *failures = 0;
        shared.inbox_ready.send_replace(true);
        if *shutdown.borrow() {
            logout(session).await;
            return Ok(Exit::Shutdown);
        }
        // Mail that arrived during the catch-up was announced in the
        // responses to it; IDLE would not announce it again.
        if announced_new_mail(&mut session) {
            continue;
        }
        if has_idle {
            let mut idle = session.idle();
            timed("starting idle", COMMAND_TIMEOUT, idle.init()).await?;
            let (wait, stop) = idle.wait_with_timeout(IDLE_PERIOD);
            let stopping = tokio::select! {
                response = wait => {
                    match response.context("waiting in idle")? {
                        IdleResponse::NewData(_) => tracing::debug!("imap: new data"),
                        IdleResponse::Timeout => tracing::debug!("imap: re-issuing idle"),
                        IdleResponse::ManualInterrupt => {}
                    }
                    false
                }
                _ = shutdown.changed() => true,
            };
            drop(stop);
            session = timed("ending idle", COMMAND_TIMEOUT, idle.done()).await?;
            // the next round fetches whatever was announced meanwhile
            announced_new_mail(&mut session);
            if stopping {
                logout(session).await;
                return Ok(Exit::Shutdown);
            }
        } else {
            if pause(Duration::from_secs(poll_seconds), shutdown).await {
                logout(session).await;
                return Ok(Exit::Shutdown);
            }
            timed("noop", COMMAND_TIMEOUT, session.noop()).await?;
        }
    }
}

/// Whether the server announced new messages (EXISTS, RECENT) outside the
/// responses that were read for them, e.g. during a FETCH or just before
/// IDLE took over. A full channel may have dropped one: then say yes.
fn announced_new_mail(session: &mut ImapSession) -> bool {
    let mut new_mail = false;
    let mut n = 0usize;
    while let Ok(response) = session.unsolicited_responses.try_recv() {
        n += 1;
        new_mail |= matches!(
            response,
            UnsolicitedResponse::Exists(_) | UnsolicitedResponse::Recent(_)
        );
    }
    new_mail || n >= UNSOLICITED_CAPACITY
}

/// Move handled RSVP mail to `folder` (created if missing), with MOVE when
/// the server has it. A crash before this leaves the mail where it was.
async fn move_handled(
    session: &mut ImapSession,
    capabilities: &async_imap::types::Capabilities,
    folder: &str,
    uids: &[u32],
) -> anyhow::Result<()> {
    let set = uids
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(",");
    // Creating an existing folder fails harmlessly.
    let _ = timed(
        "creating the folder",
        COMMAND_TIMEOUT,
        session.create(folder),
    )
    .await;
    if capabilities.has_str("MOVE") {
        timed(
            "moving handled mail",
            COMMAND_TIMEOUT,
            session.uid_mv(&set, folder),
        )
        .await?;
    } else {
        timed(
            "copying handled mail",
            COMMAND_TIMEOUT,
            session.uid_copy(&set, folder),
        )
        .await?;
        {
            let updates = timed(
                "flagging moved mail",
                COMMAND_TIMEOUT,
                session.uid_store(&set, "+FLAGS.SILENT (\\Deleted)"),
            )
            .await?;
            let _: Vec<_> = updates.collect().await;
        }
        if capabilities.has_str("UIDPLUS") {
            let expunged = timed(
                "expunging moved mail",
                COMMAND_TIMEOUT,
                session.uid_expunge(&set),
            )
            .await?;
            let _: Vec<_> = expunged.collect().await;
        }
    }
    tracing::info!(folder, n = uids.len(), "imap: moved handled mail");
    Ok(())
}

/// Handle every message above `last_uid`, in UID order as the server
/// streams them; returns the UIDs of RSVP mail (not unrelated mail).
async fn catch_up(
    shared: &Shared,
    store: &mut Store,
    session: &mut ImapSession,
    mailbox: &str,
    uid_validity: u32,
    last_uid: u32,
) -> anyhow::Result<Vec<u32>> {
    let query = format!("{}:*", last_uid.saturating_add(1));
    let work = async {
        let mut stream = session
            .uid_fetch(&query, "(UID INTERNALDATE BODY.PEEK[])")
            .await
            .context("fetching new messages")?;
        let mut n = 0usize;
        let mut queued = false;
        let mut rsvp = Vec::new();
        while let Some(fetched) = stream.next().await {
            let fetched = fetched.context("reading a fetched message")?;
            let Some(uid) = fetched.uid else { continue };
            // `N:*` returns the last message even when it is below N.
            if uid <= last_uid {
                continue;
            }
            let raw = fetched.body().unwrap_or_default();
            let received = fetched
                .internal_date()
                .map(|d| d.with_timezone(&chrono::Utc))
                .unwrap_or_else(|| shared.clock.now());
            let source = Source {
                mailbox: mailbox.to_string(),
                uid_validity: Some(uid_validity),
                uid: Some(uid),
            };
            let handled = inbox::handle(
                store,
                &shared.config,
                raw,
                source,
                received,
                shared.clock.now(),
            )
            .with_context(|| format!("handling UID {uid} of {mailbox}"))?;
            if handled.kind != InboundKind::Unrelated {
                tracing::info!(
                    uid,
                    kind = handled.kind.as_str(),
                    family = handled.family.as_deref().unwrap_or("-"),
                    answer = handled.answer.map_or("-", |a| a.as_str()),
                    "handled"
                );
            }
            queued |= handled.confirmed;
            if handled.kind != InboundKind::Unrelated {
                rsvp.push(uid);
            }
            n += 1;
        }
        anyhow::Ok((n, queued, rsvp))
    };
    let (n, queued, rsvp) = tokio::time::timeout(FETCH_TIMEOUT, work)
        .await
        .map_err(|_| {
            anyhow::anyhow!("fetching new messages took longer than {FETCH_TIMEOUT:?}")
        })??;
    if n > 0 {
        tracing::debug!(mailbox, n, "imap: caught up");
    }
    if queued {
        shared.outbox_wake.notify_one();
    }
    Ok(rsvp)
}

async fn logout(mut session: ImapSession) {
    if let Err(e) = timed("logging out", Duration::from_secs(2), session.logout()).await {
        tracing::debug!("imap: logout: {e}");
    }
}
