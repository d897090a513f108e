//! `rsvpd receive`: one message on standard input, as Postfix's pipe(8)
//! transport, procmail or fetchmail deliver it. It is matched, understood
//! and recorded in one transaction, exactly as the inbox watcher does, and
//! its confirmation is queued for the daemon's outbox worker. When a worker
//! (`rsvpd run`) listens on the receive socket, the message is handed to it
//! and it does the same (`daemon::receiver`); otherwise this process does.
//!
//! Exit codes follow sysexits(3), which mail transfer agents read: 0 when
//! the message is recorded (or was already: same Message-ID), and 75
//! (EX_TEMPFAIL) for anything else, so the message stays in the MTA's queue
//! and is offered again. A reply is never bounced back to a parent because
//! the database was down or the configuration being edited.

use std::io::Read as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;

use crate::clock::{Clock, SystemClock};
use crate::daemon::inbox;
use crate::daemon::receiver::{self, MAILBOX, MAX_MESSAGE};
use crate::store::{Location, Recorded, Source, Store};

/// EX_TEMPFAIL: try again later.
pub const TEMPFAIL: u8 = 75;

/// How long a running worker may take to record a handed-over message
/// (it may be waiting for the database) before this process does it.
#[cfg(unix)]
const ANSWER_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(60);

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Configuration file
    #[arg(
        short,
        long,
        value_name = "FILE",
        env = "RSVPD_CONFIG",
        default_value = "rsvpd.toml"
    )]
    config: PathBuf,
}

pub fn run(args: Args) -> ExitCode {
    match receive(&args) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            // pipe(8) puts this text in the queue's deferral reason.
            for line in format!("{e:#}").lines() {
                eprintln!("rsvpd: {line}");
            }
            ExitCode::from(TEMPFAIL)
        }
    }
}

fn receive(args: &Args) -> anyhow::Result<Recorded> {
    let mut raw = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_MESSAGE + 1)
        .read_to_end(&mut raw)
        .context("reading the message from standard input")?;
    anyhow::ensure!(
        raw.len() as u64 <= MAX_MESSAGE,
        "the message is larger than {} MB",
        MAX_MESSAGE >> 20
    );
    anyhow::ensure!(!raw.is_empty(), "standard input held no message");
    // A running worker needs only the socket's place; the whole file is
    // validated when this process records the message itself.
    #[cfg(unix)]
    let tried =
        crate::config::Config::state_dir_of(&args.config).map(|dir| receiver::socket_in(&dir));
    #[cfg(unix)]
    if let Some(answer) = tried.as_deref().and_then(|socket| hand_over(socket, &raw)) {
        return answer;
    }
    let config = crate::config::Config::load(&args.config)
        .with_context(|| format!("reading {}", args.config.display()))?;
    #[cfg(unix)]
    {
        let socket = receiver::socket_path(&config);
        if tried.as_deref() != Some(socket.as_path())
            && let Some(answer) = hand_over(&socket, &raw)
        {
            return answer;
        }
    }
    let location = Location::of(&config);
    let mut store = Store::connect(&location).with_context(|| format!("opening {location}"))?;
    let now = SystemClock.now();
    let source = Source {
        mailbox: MAILBOX.into(),
        uid_validity: None,
        uid: None,
    };
    let handled = inbox::handle(&mut store, &config, &raw, source, now, now)?;
    Ok(handled.recorded)
}

/// Hand the message to the worker listening on `path`: its answer, or
/// `None` when no worker took it (none listens, or it stopped before it
/// answered), and this process records it itself.
#[cfg(unix)]
fn hand_over(path: &std::path::Path, raw: &[u8]) -> Option<anyhow::Result<Recorded>> {
    use std::io::Write as _;
    use std::os::unix::net::UnixStream;
    let mut stream = UnixStream::connect(path).ok()?;
    stream.set_write_timeout(Some(ANSWER_TIMEOUT)).ok()?;
    stream.set_read_timeout(Some(ANSWER_TIMEOUT)).ok()?;
    stream.write_all(raw).ok()?;
    stream.shutdown(std::net::Shutdown::Write).ok()?;
    let mut answer = String::new();
    stream.take(64 * 1024).read_to_string(&mut answer).ok()?;
    match answer.trim_end().split_once(' ') {
        Some(("0", "recorded")) => Some(Ok(Recorded::New)),
        Some(("0", "duplicate")) => Some(Ok(Recorded::Duplicate)),
        Some(("75", why)) => Some(Err(anyhow::anyhow!("{why}"))),
        _ => None,
    }
}
