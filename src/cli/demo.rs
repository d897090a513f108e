//! `rsvpd demo`: the whole loop on the example class, in local mode, in
//! seconds: invitations out, example replies in, answers, digest, reminders
//! and an update when the party moves.

use std::path::{Path, PathBuf};

use anyhow::Context;
use clap::Parser;

use super::{Cli, Command, Failure, context};
use crate::clock::{Clock, SystemClock};
use crate::mail::local::Maildir;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Folder for the demo (created; default ./rsvpd-demo)
    #[arg(value_name = "DIR", default_value = "rsvpd-demo")]
    dir: PathBuf,
    /// Start over if DIR already holds a demo
    #[arg(long)]
    force: bool,
}

/// Example replies, written for the example class (see examples/replies/).
const REPLIES: &[(&str, &str)] = &[
    (
        "01-Novak-gmail.eml",
        include_str!("../../examples/replies/01-Novak-gmail.eml"),
    ),
    (
        "02-Garcia-spanish.eml",
        include_str!("../../examples/replies/02-Garcia-spanish.eml"),
    ),
    (
        "03-Chen-outlook.eml",
        include_str!("../../examples/replies/03-Chen-outlook.eml"),
    ),
    (
        "04-Schmidt-apple-german.eml",
        include_str!("../../examples/replies/04-Schmidt-apple-german.eml"),
    ),
    (
        "05-Haddad-iphone.eml",
        include_str!("../../examples/replies/05-Haddad-iphone.eml"),
    ),
    (
        "06-Murphy-maybe.eml",
        include_str!("../../examples/replies/06-Murphy-maybe.eml"),
    ),
    (
        "07-Rossi-italian.eml",
        include_str!("../../examples/replies/07-Rossi-italian.eml"),
    ),
    (
        "08-Dubois-french-html.eml",
        include_str!("../../examples/replies/08-Dubois-french-html.eml"),
    ),
    (
        "09-Sharma-hinglish.eml",
        include_str!("../../examples/replies/09-Sharma-hinglish.eml"),
    ),
    (
        "10-Brown-siblings.eml",
        include_str!("../../examples/replies/10-Brown-siblings.eml"),
    ),
    (
        "11-Okafor-calendar.eml",
        include_str!("../../examples/replies/11-Okafor-calendar.eml"),
    ),
    (
        "12-Johnson-question.eml",
        include_str!("../../examples/replies/12-Johnson-question.eml"),
    ),
    (
        "13-Andersson-out-of-office.eml",
        include_str!("../../examples/replies/13-Andersson-out-of-office.eml"),
    ),
    (
        "14-Mensah-bounce.eml",
        include_str!("../../examples/replies/14-Mensah-bounce.eml"),
    ),
    (
        "15-Yilmaz-turkish.eml",
        include_str!("../../examples/replies/15-Yilmaz-turkish.eml"),
    ),
];

/// Run another subcommand as the user would.
fn subcommand(args: &[&str]) -> Result<(), Failure> {
    let cli = Cli::try_parse_from(std::iter::once("rsvpd").chain(args.iter().copied()))
        .map_err(|e| Failure::Runtime(anyhow::anyhow!("demo: {e}")))?;
    match cli.command {
        Command::Send(a) => super::send::run(a),
        Command::Digest(a) => super::digest::run(a),
        Command::Remind(a) => super::remind::run(a),
        _ => Err(Failure::Runtime(anyhow::anyhow!(
            "demo: unexpected command"
        ))),
    }
}

pub fn run(args: Args) -> Result<(), Failure> {
    let dir = &args.dir;
    if dir.join("state").exists() {
        if !args.force {
            return Err(Failure::Input(anyhow::anyhow!(
                "{} already holds a demo; pass --force to start over, or name another folder",
                dir.display()
            )));
        }
        std::fs::remove_dir_all(dir.join("state"))
            .with_context(|| format!("clearing {}", dir.join("state").display()))?;
    }
    super::init::scaffold(dir, true)?;
    let config_path = dir.join("rsvpd.toml");
    let config_arg = config_path.to_string_lossy().into_owned();
    println!("== 1. Invitations: one per family, into the outbox folder");
    subcommand(&["send", "-c", &config_arg])?;

    println!(
        "\n== 2. Replies: {} example replies land in the inbox",
        REPLIES.len()
    );
    let config = context::load_config(&config_path)?;
    let events = context::select(&config, None)?;
    let mut store = context::open_synced(&config, &events)?;
    deliver_examples(&config, &store, &config.inbox_dir())?;
    let clock = SystemClock;
    let n = crate::daemon::maildir::process_once(&config, &clock, &mut store)
        .map_err(Failure::Runtime)?;
    println!("read {n} messages");
    super::send::finish(&config, &mut store, &clock)?;

    println!("\n== 3. Where everyone stands");
    let status = store
        .event_status(&events[0].event.slug)
        .context("reading the status")?;
    for f in &status.families {
        let answer = match (f.answer, f.unreachable) {
            (Some(a), _) => a.as_str().to_string(),
            (None, true) => format!(
                "could not reach ({})",
                f.unreachable_reason.as_deref().unwrap_or("")
            ),
            (None, false) => "-".to_string(),
        };
        let guests = match f.guests {
            Some(1) => ", 1 person".to_string(),
            Some(g) => format!(", {g} people"),
            None => String::new(),
        };
        println!("  {:10} {answer}{guests}", f.family);
    }
    drop(store);

    println!("\n== 4. The host's daily digest");
    let html = dir.join("digest.html");
    subcommand(&[
        "digest",
        "--preview",
        &html.to_string_lossy(),
        "-c",
        &config_arg,
    ])?;

    println!("\n== 5. Reminders: the Johnsons asked a question, the Nguyens have not answered");
    subcommand(&[
        "remind",
        "-c",
        &config_arg,
        "--family",
        "Johnson",
        "--family",
        "Nguyen",
    ])?;

    println!("\n== 6. The party starts an hour later: every family hears what changed");
    later_by_an_hour(&config_path)?;
    subcommand(&["send", "--update", "-c", &config_arg])?;

    println!("\nLook at:");
    println!(
        "  {}        the invitations, confirmations, reminders and updates (.eml)",
        config.outbox_dir().display()
    );
    println!("  {}   the digest as the host sees it", html.display());
    println!("  rsvpd status -c {}", config_path.display());
    Ok(())
}

/// Move the example party an hour later in its configuration file, as a
/// host would edit it.
fn later_by_an_hour(config_path: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(config_path)
        .with_context(|| format!("reading {}", config_path.display()))?;
    let mut moved = 0;
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            let Some((key, value)) = line.split_once('=') else {
                return line.to_owned();
            };
            let key = key.trim();
            let at = value.trim().trim_matches('"');
            match chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M") {
                Ok(at) if key == "start" || key == "end" => {
                    moved += 1;
                    let later = at + chrono::TimeDelta::hours(1);
                    format!("{key} = \"{}\"", later.format("%Y-%m-%dT%H:%M"))
                }
                _ => line.to_owned(),
            }
        })
        .collect();
    if moved != 2 {
        return Err(Failure::Runtime(anyhow::anyhow!(
            "demo: {} has no start and end to move",
            config_path.display()
        )));
    }
    std::fs::write(config_path, lines.join("\n") + "\n")
        .with_context(|| format!("writing {}", config_path.display()))?;
    Ok(())
}

/// Fill in each example reply with its family's real addresses and drop it in the inbox.
fn deliver_examples(
    config: &crate::config::Config,
    store: &crate::store::Store,
    inbox: &Path,
) -> Result<(), Failure> {
    let maildir =
        Maildir::create(inbox).with_context(|| format!("creating {}", inbox.display()))?;
    let slug = &config.events[0].event.slug;
    let invitations = store
        .sent_invitations(slug)
        .context("reading the invitations")?;
    let date = SystemClock.now().to_rfc2822();
    for (i, (name, template)) in REPLIES.iter().enumerate() {
        let family = name.split('-').nth(1).unwrap_or_default();
        let mut raw = template
            .replace("%HOST%", config.host.email.as_str())
            .replace("%DATE%", &date);
        if let Some(inv) = invitations.iter().find(|inv| inv.family.key == family) {
            let reply_to = crate::compose::reply_address(&config.mail.reply_address, &inv.token)
                .map_err(|e| Failure::Runtime(e.into()))?;
            let from = inv
                .family
                .contacts
                .first()
                .map(|c| c.email.to_string())
                .unwrap_or_default();
            raw = raw
                .replace("%FROM%", &from)
                .replace("%REPLY_TO%", reply_to.as_str())
                .replace("%INVITATION%", &inv.message_id);
        }
        maildir
            .deliver(
                &format!("demo-{i:02}-{name}"),
                raw.replace('\n', "\r\n").as_bytes(),
            )
            .with_context(|| format!("delivering {name}"))?;
    }
    Ok(())
}
