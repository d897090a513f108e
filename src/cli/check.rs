//! `rsvpd check`: validate config, rosters and templates; print a summary.

use std::path::PathBuf;

use super::{Failure, context};
use crate::config::Mode;

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
    /// Accept families with no contact address (they stay visible in status)
    #[arg(long)]
    allow_unreachable: bool,
}

pub fn run(args: Args) -> Result<(), Failure> {
    let config = context::load_config(&args.config)?;
    let mut problems: Vec<String> = Vec::new();
    let mut lines = Vec::new();
    lines.push(format!(
        "{}: ok ({} mode, host {} <{}>, state in {})",
        config.path.display(),
        match config.mail.mode {
            Mode::Local => "local",
            Mode::Server => "server",
        },
        config.host.name,
        config.host.email,
        config.state_dir.display()
    ));
    if config.mail.mode == Mode::Server {
        let endpoints = [
            config
                .mail
                .smtp
                .as_ref()
                .map(|s| ("SMTP", &s.credential, &s.host, s.port)),
            config
                .mail
                .imap
                .as_ref()
                .map(|s| ("IMAP", &s.credential, &s.host, s.port)),
        ];
        for (what, credential, host, port) in endpoints.into_iter().flatten() {
            let set = match credential {
                crate::config::Credential::PasswordEnv(env) => {
                    std::env::var_os(env).is_some_and(|v| !v.is_empty())
                }
                _ => true,
            };
            lines.push(format!(
                "  {what} {host}:{port}: {}{}",
                credential.describe(),
                if set {
                    ""
                } else {
                    " (not set in this environment)"
                }
            ));
        }
    }
    for event_config in &config.events {
        let e = &event_config.event;
        lines.push(format!(
            "event {} \"{}\": {} to {} ({}), RSVP by {}",
            e.slug,
            e.title,
            e.start.format("%a %-d %b %Y %H:%M"),
            e.end.format("%H:%M"),
            e.time_zone,
            e.rsvp_by.format("%a %-d %b %Y")
        ));
        match context::load_templates(event_config) {
            Err(Failure::Input(e)) => problems.push(format!("{e:#}")),
            Err(other) => return Err(other),
            Ok(templates) => {
                if let Some(dir) = &event_config.templates {
                    lines.push(format!(
                        "  templates from {} ok (languages: {})",
                        dir.display(),
                        templates.languages().join(", ")
                    ));
                }
            }
        }
        match context::load_roster(event_config, args.allow_unreachable) {
            Err(Failure::Input(e)) => problems.push(format!("{e:#}")),
            Err(other) => return Err(other),
            Ok(roster) => {
                let two_parents = roster
                    .families
                    .iter()
                    .filter(|f| f.contacts.len() > 1)
                    .count();
                let siblings = roster
                    .families
                    .iter()
                    .filter(|f| f.children.len() > 1)
                    .count();
                let unreachable: Vec<&str> = roster.unreachable().map(|f| f.key.as_str()).collect();
                lines.push(format!(
                    "  {}: {} families, {} children, {} addresses ({} with two contacts, {} with siblings)",
                    event_config.roster.display(),
                    roster.families.len(),
                    roster.n_children(),
                    roster.n_contacts(),
                    two_parents,
                    siblings
                ));
                if !unreachable.is_empty() {
                    lines.push(format!(
                        "  cannot be reached by email (allowed): {}",
                        unreachable.join(", ")
                    ));
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(Failure::Input(anyhow::anyhow!(problems.join("\n"))));
    }
    super::emit(&(lines.join("\n") + "\n"))
}
