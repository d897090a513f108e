//! `rsvpd remind`: send the reminders that are due now.

use std::path::PathBuf;

use super::{Failure, context};
use crate::clock::{Clock, SystemClock};
use crate::host;

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
    /// Only this event
    #[arg(long, value_name = "SLUG")]
    event: Option<String>,
    /// Show who would get a reminder now; send nothing
    #[arg(long)]
    dry_run: bool,
}

pub fn run(args: Args) -> Result<(), Failure> {
    let config = context::load_config(&args.config)?;
    let (mut store, events) = context::open_selected(&config, args.event.as_deref())?;
    let clock = SystemClock;
    let mut out = String::new();
    let mut queued = 0;
    for selected in &events {
        let event = &selected.event;
        let templates = context::load_templates(event)?;
        let now = clock.now();
        let due =
            host::due_reminders(&store, &selected.config, event, now).map_err(Failure::Runtime)?;
        if due.is_empty() {
            outln!(
                out,
                "{}: no reminder is due (families with no answer get one {} day(s) before {})",
                event.event.slug,
                config
                    .reminders
                    .days_before
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
                event.event.rsvp_by
            );
        }
        for (_, family, ordinal) in due {
            if args.dry_run {
                outln!(
                    out,
                    "{}: would remind {family} (reminder {ordinal})",
                    event.event.slug
                );
            } else if host::queue_reminder(
                &mut store,
                &selected.config,
                event,
                &templates,
                &family,
                ordinal,
                now,
            )
            .map_err(Failure::Runtime)?
            {
                outln!(
                    out,
                    "{}: reminder {ordinal} queued for {family}",
                    event.event.slug
                );
                queued += 1;
            }
        }
    }
    super::emit(&out)?;
    if queued > 0 {
        super::send::finish(&config, &mut store, &clock)?;
    }
    Ok(())
}
