//! The command line: parse, dispatch, print errors with context, map exit codes.
//!
//! Exit codes: 0 ok, 1 runtime failure, 2 bad usage or bad input
//! (`receive` speaks sysexits(3) to mail transfer agents instead).

/// `writeln!` into a `String` buffer (which cannot fail).
macro_rules! outln {
    ($out:expr) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out);
    }};
    ($out:expr, $($arg:tt)*) => {{
        use std::fmt::Write as _;
        let _ = writeln!($out, $($arg)*);
    }};
}

mod check;
mod classify;
mod context;
mod demo;
mod digest;
mod doctor;
mod init;
mod receive;
mod remind;
mod run;
mod send;
mod status;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Invite a whole class by email; understand the replies; tell the host.
#[derive(Debug, Parser)]
#[command(
    name = "rsvpd",
    version,
    about,
    long_about = None,
    after_help = "Getting started: `rsvpd demo` shows the whole loop. For your party: \
                  `rsvpd init DIR`, edit DIR/rsvpd.toml and DIR/roster.csv, `rsvpd check`, \
                  `rsvpd send`, then leave `rsvpd run` running. Exit codes: 0 ok, \
                  1 something failed while running, 2 bad usage or bad input."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The whole loop on an example class, in local mode, in seconds
    Demo(demo::Args),
    /// Create an example class party (config, roster, templates) to start from
    Init(init::Args),
    /// Validate the configuration, rosters and templates, and summarise them
    Check(check::Args),
    /// Check the mail servers, login, TLS and the reply address; print fixes
    Doctor(doctor::Args),
    /// Invite every family that has no invitation yet, then deliver the queue
    Send(send::Args),
    /// Run the daemon: deliver, watch the inbox, record answers, digest, reminders
    Run(run::Args),
    /// Record one message read on standard input (Postfix pipe, procmail);
    /// exit 0 when recorded, 75 to have it offered again later
    Receive(receive::Args),
    /// Show each family's invitation and answer
    Status(status::Args),
    /// Render the host's digest now (--preview), or send it now (--send)
    Digest(digest::Args),
    /// Send the reminders that are due now (--dry-run: show who would get one)
    Remind(remind::Args),
    /// Read one raw reply and print what rsvpd understands from it
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

/// Write a command's output to stdout. A closed pipe (`rsvpd status | head`)
/// is not an error.
pub(crate) fn emit(text: &str) -> Result<(), Failure> {
    use std::io::Write as _;
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure::Runtime(
            anyhow::Error::new(e).context("writing to standard output"),
        )),
        _ => Ok(()),
    }
}

/// Print an error, one `rsvpd: ` line per problem.
fn report(e: &anyhow::Error) {
    for line in format!("{e:#}").lines() {
        eprintln!("rsvpd: {line}");
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        // Speaks sysexits(3) to a mail transfer agent, not 0/1/2.
        Command::Receive(args) => return receive::run(args),
        Command::Init(args) => init::run(args),
        Command::Check(args) => check::run(args),
        Command::Send(args) => send::run(args),
        Command::Run(args) => run::run(args),
        Command::Digest(args) => digest::run(args),
        Command::Remind(args) => remind::run(args),
        Command::Demo(args) => demo::run(args),
        Command::Status(args) => status::run(args),
        Command::Doctor(args) => doctor::run(args),
        Command::Classify(args) => classify::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Input(e)) => {
            report(&e);
            ExitCode::from(2)
        }
        Err(Failure::Runtime(e)) => {
            report(&e);
            ExitCode::from(1)
        }
    }
}
