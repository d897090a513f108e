//! `rsvpd send`: queue one invitation per family that has none, then deliver
//! the queue.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};

use anyhow::Context;

use super::{Failure, context};
use crate::clock::{Clock, SystemClock, random_token_bytes};
use crate::compose::{self, InvitationInput, MessageKind, TemplateSet};
use crate::config::{Config, EventConfig, Mode};
use crate::delivery::{self, Transport};
use crate::mail::local::Outbox;
use crate::model::Family;
use crate::store::{NewMessage, OutboxKind, Store};
use crate::workflow::Decision;

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
    /// Print who would get an invitation and its subject; send nothing
    #[arg(long, conflicts_with = "preview")]
    dry_run: bool,
    /// Render every family's invitation into DIR (.eml and .html) to look at; send nothing
    #[arg(long, value_name = "DIR")]
    preview: Option<PathBuf>,
    /// Invite the others even if some families have no deliverable address
    #[arg(long)]
    allow_unreachable: bool,
    /// Tell every invited family that the time or place changed (same thread, new calendar SEQUENCE)
    #[arg(long, conflicts_with_all = ["cancel", "preview"])]
    update: bool,
    /// Tell every invited family that the party is cancelled (calendar METHOD:CANCEL)
    #[arg(long, conflicts_with = "preview")]
    cancel: bool,
    /// Queue only: leave delivery to the `rsvpd run` workers
    #[arg(long, conflicts_with_all = ["dry_run", "preview"])]
    queue_only: bool,
}

/// One invitation ready to queue.
struct Rendered {
    family_id: i64,
    family: Family,
    token: String,
    composed: compose::Composed,
}

pub fn run(args: Args) -> Result<(), Failure> {
    let config = context::load_config(&args.config)?;
    let events = context::select(&config, args.event.as_deref())?;
    let mut store = context::open_synced(&config, &events)?;
    let clock = SystemClock;
    let mut out = String::new();

    if args.update || args.cancel {
        for event in &events {
            let templates = context::load_templates(event)?;
            let line = announce(
                &config,
                event,
                &templates,
                &mut store,
                args.cancel,
                args.dry_run,
                &clock,
            )?;
            outln!(out, "{line}");
        }
        if args.dry_run {
            return super::emit(&out);
        }
        super::emit(&std::mem::take(&mut out))?;
        return finish_or_leave(args.queue_only, &config, &mut store, &clock);
    }

    // Every invitation is rendered once before any is queued, so a family
    // whose invitation cannot be composed stops the run with nothing
    // queued; only who to invite is kept, and each invitation is rendered
    // again as it is queued, so memory does not grow with the roster.
    let mut to_queue = Vec::new();
    let mut templates_of = Vec::with_capacity(events.len());
    for (i, event) in events.iter().enumerate() {
        templates_of.push(context::load_templates(event)?);
        let templates = &templates_of[i];
        let pending = store
            .families_without_invitation(&event.event.slug)
            .context("reading the families to invite")?;
        let (reachable, unreachable): (Vec<_>, Vec<_>) = pending
            .into_iter()
            .partition(|p| !p.family.contacts.is_empty());
        let allowed = args.allow_unreachable || event.allow_unreachable;
        if !unreachable.is_empty() && !allowed {
            let names: Vec<String> = unreachable
                .iter()
                .map(|p| describe_family(&p.family))
                .collect();
            return Err(Failure::Input(anyhow::anyhow!(
                "{}: cannot invite {} by email: {}\nadd an address to {}, or pass --allow-unreachable to invite the others (they stay listed in `rsvpd status` as could not reach)",
                event.event.slug,
                if names.len() == 1 {
                    "this family"
                } else {
                    "these families"
                },
                names.join("; "),
                event.roster.display()
            )));
        }
        for p in &unreachable {
            outln!(
                out,
                "{}: not invited (no address): {}",
                event.event.slug,
                describe_family(&p.family)
            );
        }
        if let Some(dir) = &args.preview {
            let everyone = all_families(&store, &event.event.slug)?;
            let n = preview(&config, event, templates, &everyone, dir, clock.now())?;
            outln!(
                out,
                "{}: {n} invitations rendered into {}",
                event.event.slug,
                dir.display()
            );
            continue;
        }
        for p in reachable {
            let rendered = render(
                &config,
                event,
                templates,
                p.family_id,
                p.family,
                clock.now(),
            )?;
            if args.dry_run {
                outln!(
                    out,
                    "{}: would invite {} <{}>: {}",
                    event.event.slug,
                    describe_family(&rendered.family),
                    rendered.composed.to.join(", "),
                    rendered.composed.subject
                );
            } else {
                to_queue.push((i, rendered.family_id, rendered.family));
            }
        }
    }
    if args.dry_run || args.preview.is_some() {
        return super::emit(&out);
    }

    let mut queued = 0;
    for (i, family_id, family) in to_queue {
        let r = render(
            &config,
            events[i],
            &templates_of[i],
            family_id,
            family,
            clock.now(),
        )?;
        let message = NewMessage {
            kind: OutboxKind::Invitation,
            message_id: r.composed.message_id,
            envelope_from: config.envelope_from(),
            recipients: r.composed.to,
            raw: r.composed.raw,
            text: Some(r.composed.text),
        };
        if store
            .queue_invitation(r.family_id, &r.token, &message, clock.now())
            .with_context(|| format!("queueing the invitation of {}", r.family.key))?
            .is_some()
        {
            queued += 1;
        }
    }
    for event in &events {
        store
            .record_first_announcement(&event.event)
            .context("recording what the invitations said")?;
    }
    outln!(
        out,
        "queued {queued} new invitation{}",
        if queued == 1 { "" } else { "s" }
    );
    super::emit(&out)?;
    finish_or_leave(args.queue_only, &config, &mut store, &clock)
}

/// Deliver now, or (`--queue-only`) say who will.
fn finish_or_leave(
    queue_only: bool,
    config: &Config,
    store: &mut Store,
    clock: &SystemClock,
) -> Result<(), Failure> {
    if queue_only {
        return super::emit("delivery is left to `rsvpd run`\n");
    }
    finish(config, store, clock)
}

/// Deliver the queue and say how it went.
pub(crate) fn finish(
    config: &Config,
    store: &mut Store,
    clock: &SystemClock,
) -> Result<(), Failure> {
    let mut out = String::new();
    let report = deliver(config, store, clock)?;
    outln!(
        out,
        "delivered {} message{}, {} deferred, {} failed",
        report.sent,
        if report.sent == 1 { "" } else { "s" },
        report.deferred,
        report.failed
    );
    if let Some(at) = &report.next_attempt_at {
        outln!(
            out,
            "next attempt for deferred messages at {at}: run `rsvpd send` again, or leave `rsvpd run` running"
        );
    }
    if report.failed > 0 {
        outln!(
            out,
            "families that could not be reached are listed by `rsvpd status`"
        );
    }
    super::emit(&out)
}

/// Queue an update or a cancellation for every invited family of `event`.
fn announce(
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    store: &mut Store,
    cancel: bool,
    dry_run: bool,
    clock: &SystemClock,
) -> Result<String, Failure> {
    let slug = &event.event.slug;
    let Some((announced, sequence)) = store.announced(slug).context("reading the event")? else {
        return Ok(format!(
            "{slug}: no invitation has gone out yet: nothing to update"
        ));
    };
    let previous = announced.apply_to(&event.event);
    if !cancel && previous == event.event {
        return Ok(format!(
            "{slug}: the event is as announced (time, place, details): nothing to update; edit {} first",
            config.path.display()
        ));
    }
    let sequence = sequence + 1;
    let invitations = store
        .sent_invitations(slug)
        .context("reading the invitations")?;
    let now = clock.now();
    let mut messages = Vec::with_capacity(invitations.len());
    for inv in &invitations {
        let reply_to =
            compose::reply_address(&config.mail.reply_address, &inv.token).map_err(|e| {
                Failure::Input(anyhow::anyhow!(
                    "{}: mail.reply_address: {e}",
                    config.path.display()
                ))
            })?;
        let kind = if cancel {
            MessageKind::Cancel(sequence)
        } else {
            MessageKind::Update(sequence)
        };
        let message_id = compose::message_id(&inv.token, kind, config.host.email.domain())
            .map_err(|e| Failure::Runtime(e.into()))?;
        let input = compose::FollowUpInput {
            message: InvitationInput {
                host: &config.host,
                event: &event.event,
                family: &inv.family,
                reply_to: &reply_to,
                message_id: &message_id,
                date: now,
                templates,
            },
            sequence,
            invitation_message_id: &inv.message_id,
            previous_event: Some(&previous),
            standing: store
                .current_answer(inv.invitation_id)
                .context("reading a family's answer")?
                .0,
        };
        let composed = if cancel {
            compose::cancel(&input)
        } else {
            compose::update(&input)
        }
        .map_err(|e| {
            Failure::Input(
                anyhow::Error::new(e)
                    .context(format!("composing the message to {}", inv.family.key)),
            )
        })?;
        messages.push((
            inv.invitation_id,
            NewMessage {
                kind: if cancel {
                    OutboxKind::Cancel
                } else {
                    OutboxKind::Update
                },
                message_id: composed.message_id.clone(),
                envelope_from: config.envelope_from(),
                recipients: composed.to.clone(),
                raw: composed.raw.clone(),
                text: Some(composed.text.clone()),
            },
        ));
    }
    let what = if cancel { "cancellation" } else { "update" };
    if dry_run {
        return Ok(format!(
            "{slug}: would send the {what} (calendar sequence {sequence}) to {} families",
            messages.len()
        ));
    }
    store
        .queue_announcement(&event.event, sequence, cancel, &messages, now)
        .context("queueing the announcement")?;
    Ok(format!(
        "{slug}: queued the {what} (calendar sequence {sequence}) for {} families",
        messages.len()
    ))
}

/// Deliver everything due, with a progress bar on a terminal.
fn deliver(
    config: &Config,
    store: &mut Store,
    clock: &SystemClock,
) -> Result<delivery::DrainReport, Failure> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .context("starting the async runtime")?;
    runtime.block_on(async {
        let transport = transport(config)?;
        let total = store.outbox_counts().context("reading the outbox")?.queued as u64;
        let bar = std::io::stdout().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(total);
            if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
            {
                bar.set_style(style);
            }
            bar
        });
        // Nothing stops a one-off send but the end of the queue (or kill).
        let (_keep, mut stop) = tokio::sync::watch::channel(false);
        let report = delivery::drain(
            store,
            &transport,
            clock,
            &config.mail.retry,
            &mut stop,
            |item: &crate::store::OutboxItem, decision: &Decision| {
                let line = match decision {
                    Decision::Sent => format!("sent {} to {}", item.kind.as_str(), item.recipient),
                    Decision::RetryAfter { delay, error } => format!(
                        "deferred {} to {} (retry in {}s): {error}",
                        item.kind.as_str(),
                        item.recipient,
                        delay.as_secs()
                    ),
                    Decision::Fail { error } => {
                        format!(
                            "FAILED {} to {}: {error}",
                            item.kind.as_str(),
                            item.recipient
                        )
                    }
                };
                match &bar {
                    Some(bar) => {
                        bar.inc(1);
                        if matches!(decision, Decision::Sent) {
                            bar.set_message(line);
                        } else {
                            bar.println(line);
                        }
                    }
                    None => println!("{line}"),
                }
            },
        )
        .await
        .map_err(Failure::Runtime)?;
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        Ok(report)
    })
}

/// The transport the configuration asks for.
pub(crate) fn transport(config: &Config) -> Result<Transport, Failure> {
    match config.mail.mode {
        Mode::Local => {
            let dir = config.outbox_dir();
            let outbox =
                Outbox::create(&dir).with_context(|| format!("creating {}", dir.display()))?;
            Ok(Transport::Local(outbox))
        }
        Mode::Server => context::smtp_transport(config),
    }
}

fn render(
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    family_id: i64,
    family: Family,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Rendered, Failure> {
    let bytes = random_token_bytes()
        .map_err(|e| Failure::Runtime(anyhow::anyhow!("reading random bytes: {e}")))?;
    let token = compose::encode_token(bytes);
    let reply_to = compose::reply_address(&config.mail.reply_address, &token).map_err(|e| {
        Failure::Input(anyhow::anyhow!(
            "{}: mail.reply_address: {e}",
            config.path.display()
        ))
    })?;
    let message_id =
        compose::message_id(&token, MessageKind::Invitation, config.host.email.domain())
            .map_err(|e| Failure::Runtime(e.into()))?;
    let composed = compose::invitation(&InvitationInput {
        host: &config.host,
        event: &event.event,
        family: &family,
        reply_to: &reply_to,
        message_id: &message_id,
        date: now,
        templates,
    })
    .map_err(|e| {
        Failure::Input(
            anyhow::Error::new(e).context(format!("composing the invitation of {}", family.key)),
        )
    })?;
    Ok(Rendered {
        family_id,
        family,
        token,
        composed,
    })
}

/// Every family on the roster, invited or not, with its live contacts.
fn all_families(store: &Store, slug: &str) -> Result<Vec<(i64, Family)>, Failure> {
    Ok(store
        .roster_families(slug)
        .context("reading the roster")?
        .into_iter()
        .filter(|(_, f)| !f.contacts.is_empty())
        .collect())
}

fn preview(
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    families: &[(i64, Family)],
    dir: &Path,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<usize, Failure> {
    std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    for (id, family) in families {
        let r = render(config, event, templates, *id, family.clone(), now)?;
        let stem = dir.join(format!("{}-{}", event.event.slug, file_stem(&family.key)));
        let eml = stem.with_extension("eml");
        std::fs::write(&eml, &r.composed.raw)
            .with_context(|| format!("writing {}", eml.display()))?;
        let html = stem.with_extension("html");
        std::fs::write(&html, &r.composed.html)
            .with_context(|| format!("writing {}", html.display()))?;
    }
    Ok(families.len())
}

fn file_stem(key: &str) -> String {
    key.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn describe_family(f: &Family) -> String {
    if f.children.is_empty() {
        f.key.clone()
    } else {
        format!("{} ({})", f.key, f.children.join(", "))
    }
}
