//! `rsvpd run`: the daemon a host leaves running.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context;

use super::{Failure, context};
use crate::clock::SystemClock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Readable lines (the default)
    Human,
    /// One JSON object per line, for journald and containers
    Json,
}

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
    /// How to write logs (to standard error)
    #[arg(long, value_enum, default_value = "human")]
    log_format: LogFormat,
}

pub fn run(args: Args) -> Result<(), Failure> {
    crate::reply::warm_up();
    let config = context::load_config(&args.config)?;
    let events = context::select(&config, None)?;
    // Import the rosters once at start; the daemon works from the store.
    drop(context::open_synced(&config, &events)?);
    init_logging(args.log_format);
    // One thread: the tasks mostly wait on the network and each handles its
    // events one at a time; every extra worker costs a stack and a malloc
    // arena in a process meant to idle for weeks.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let transport = super::send::transport(&config)?;
        let (stop, shutdown) = tokio::sync::watch::channel(false);
        tokio::spawn(async move {
            wait_for_signal().await;
            tracing::info!("stopping: finishing the work in hand");
            let _ = stop.send(true);
        });
        crate::daemon::run(Arc::new(config), Arc::new(SystemClock), transport, shutdown)
            .await
            .map_err(Failure::Runtime)
    })
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = term.recv() => {}
                    _ = tokio::signal::ctrl_c() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn init_logging(format: LogFormat) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("RSVPD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = match format {
        LogFormat::Json => builder.json().flatten_event(true).try_init(),
        LogFormat::Human => builder
            .with_ansi(std::io::stderr().is_terminal())
            .try_init(),
    };
}
