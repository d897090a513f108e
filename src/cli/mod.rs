//! The command line: parse, dispatch, print errors with context, map exit codes.
//!
//! Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad input.

mod classify;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Invite a whole class by email; understand the replies; tell the host.
#[derive(Debug, Parser)]
#[command(name = "rsvpd", version, about, long_about = None)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read one raw reply and print what rsvpd understands from it, as JSON
    Classify(classify::Args),
}

/// An error with the exit code it should produce.
#[derive(Debug)]
pub enum Failure {
    /// Bad usage or bad input (exit 2).
    Input(anyhow::Error),
    /// Something failed while running (exit 1).
    Runtime(anyhow::Error),
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Self {
        Failure::Runtime(e)
    }
}

/// Where a command reads its configuration from by default.
pub fn default_config_path() -> PathBuf {
    PathBuf::from("rsvpd.toml")
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Classify(args) => classify::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(e)) => {
            eprintln!("rsvpd: {e:#}");
            ExitCode::from(2)
        }
        Err(Failure::Runtime(e)) => {
            eprintln!("rsvpd: {e:#}");
            ExitCode::from(1)
        }
    }
}
