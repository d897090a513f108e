//! `rsvpd digest`: render the host's digest now, or send it now.

use std::path::PathBuf;

use anyhow::Context;

use super::{Failure, context};
use crate::clock::{Clock, SystemClock};
use crate::host;

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["preview", "send"])))]
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
    /// Print the plain-text digest and write the HTML one to FILE (default
    /// <state_dir>/digest-<event>.html); sends nothing
    #[arg(long, value_name = "FILE.html", num_args = 0..=1)]
    preview: Option<Option<PathBuf>>,
    /// Send today's digest now (at most one per day)
    #[arg(long)]
    send: bool,
}

pub fn run(args: Args) -> Result<(), Failure> {
    let config = context::load_config(&args.config)?;
    let (mut store, events) = context::open_selected(&config, args.event.as_deref())?;
    let clock = SystemClock;
    let mut out = String::new();
    for selected in &events {
        let (config, event) = (&selected.config, &selected.event);
        let templates = context::load_templates(event)?;
        let now = clock.now();
        if let Some(file) = &args.preview {
            store
                .expire_delays(now)
                .map_err(|e| Failure::Runtime(e.into()))?;
            let digest =
                host::build_digest(&store, config, event, now).map_err(Failure::Runtime)?;
            let rendered = crate::compose::digest::render_digest(
                &digest,
                &event.event.default_language,
                &templates,
            )
            .map_err(|e| Failure::Runtime(e.into()))?;
            let path = match file {
                Some(file) => file.clone(),
                None => config
                    .state_dir
                    .join(format!("digest-{}.html", event.event.slug)),
            };
            if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir)
                    .with_context(|| format!("creating {}", dir.display()))?;
            }
            std::fs::write(&path, &rendered.html)
                .with_context(|| format!("writing {}", path.display()))?;
            outln!(out, "Subject: {}\n", rendered.subject);
            outln!(out, "{}", rendered.text.replace("\r\n", "\n").trim_end());
            outln!(out, "\n(HTML version: {})", path.display());
        } else if selected.digests_stopped {
            outln!(
                out,
                "{}: no digest queued (the host asked for no more digests)",
                event.event.slug
            );
        } else {
            let outcome = host::digest_if_due(&mut store, config, event, &templates, now, true)
                .map_err(Failure::Runtime)?;
            match outcome.queued {
                Some(date) => outln!(out, "{}: digest for {date} queued", event.event.slug),
                None => outln!(out, "{}: no digest queued", event.event.slug),
            }
        }
    }
    super::emit(&out)?;
    if args.send {
        super::send::finish(&config, &mut store, &clock)?;
    }
    Ok(())
}
