//! `rsvpd status`: per-event counts and a per-family table.

use std::path::PathBuf;

use anyhow::Context;
use serde::Serialize;

use super::{Failure, context};
use crate::store::EventStatus;

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
    /// Print one JSON object (stable shape: keys are added, never renamed)
    #[arg(long)]
    json: bool,
}

#[derive(Serialize)]
struct Report<'a> {
    events: &'a [EventStatus],
}

pub fn run(args: Args) -> Result<(), Failure> {
    let config = context::load_config(&args.config)?;
    let (store, events) = context::open_selected(&config, args.event.as_deref())?;
    let mut statuses = Vec::with_capacity(events.len());
    for e in events.iter().map(|s| &s.event) {
        statuses.push(
            store
                .event_status(&e.event.slug)
                .with_context(|| format!("reading the status of {}", e.event.slug))?,
        );
    }
    if args.json {
        let json = serde_json::to_string_pretty(&Report { events: &statuses })
            .context("encoding the status")?;
        return super::emit(&(json + "\n"));
    }
    let mut out = String::new();
    for (e, s) in events.iter().zip(&statuses) {
        let title = match &e.service_host {
            Some(host) => format!("{} (hosted by {host})", e.event.event.title),
            None => e.event.event.title.clone(),
        };
        print_table(&mut out, &title, s);
    }
    super::emit(&out)
}

fn print_table(out: &mut String, title: &str, s: &EventStatus) {
    let c = &s.counts;
    outln!(out, "{}  {}", s.slug, title);
    outln!(
        out,
        "  yes {} · maybe {} · no {} · unclear {} · no answer {} · could not reach {}",
        c.yes,
        c.maybe,
        c.no,
        c.unclear,
        c.no_answer,
        c.unreachable
    );
    outln!(out);
    let width = s
        .families
        .iter()
        .map(|f| f.family.chars().count())
        .max()
        .unwrap_or(6)
        .max(6);
    let child_width = s
        .families
        .iter()
        .map(|f| f.children.join(", ").chars().count())
        .max()
        .unwrap_or(8)
        .clamp(8, 40);
    outln!(
        out,
        "  {:width$}  {:child_width$}  {:10}  {:8}  GUESTS",
        "FAMILY",
        "CHILDREN",
        "INVITATION",
        "ANSWER"
    );
    for f in &s.families {
        let answer = match (f.answer, f.unreachable) {
            (Some(a), _) => a.as_str(),
            (None, true) => "unreachable",
            (None, false) => "-",
        };
        let children: String = f.children.join(", ").chars().take(child_width).collect();
        outln!(
            out,
            "  {:width$}  {:child_width$}  {:10}  {:8}  {}",
            f.family,
            children,
            f.invitation.as_str(),
            answer,
            f.guests.map_or_else(|| "-".to_string(), |g| g.to_string())
        );
        if let Some(reason) = &f.unreachable_reason {
            outln!(out, "  {:width$}  ↳ {reason}", "");
        }
        for p in &f.problems {
            let what = if p.delayed { "delayed" } else { "bounced" };
            outln!(out, "  {:width$}  ↳ {} {what}: {}", "", p.address, p.reason);
        }
    }
    outln!(out);
}
