//! Telling the host and nudging families: build and queue the daily digest,
//! queue due reminders, apply the host's commands sent by email.
//!
//! Shell glue between the store and the pure `digest` and `compose`
//! modules; used by the daemon's timers and by `rsvpd digest` / `remind`.
//! Each queued message is recorded with what it stands for in one
//! transaction, so a digest date or a reminder is never sent twice.

use anyhow::Context;
use chrono::{DateTime, NaiveDate, Utc};

use crate::clock::random_token_bytes;
use crate::compose::{
    self, HostMessageInput, InvitationInput, MessageKind, ReminderInput, TemplateSet,
};
use crate::config::{Config, EventConfig};
use crate::digest::{self, Digest, remind, schedule};
use crate::model::{Answer, EmailAddress};
use crate::store::{NewMessage, NewResponse, OutboxKind, Store};

/// The digest as of `now`, with what the store knows.
pub fn build_digest(
    store: &Store,
    config: &Config,
    event: &EventConfig,
    now: DateTime<Utc>,
) -> anyhow::Result<Digest> {
    let data = store
        .digest_data(&event.event.slug)
        .with_context(|| format!("reading the standing of {}", event.event.slug))?;
    Ok(digest::build(&digest::Input {
        event: event.event.clone(),
        host: config.host.clone(),
        now,
        options: digest::Options::default(),
        families: data.families,
        attention: data.attention,
        previous: data.previous,
    }))
}

fn fresh_token() -> anyhow::Result<String> {
    let bytes = random_token_bytes().map_err(|e| anyhow::anyhow!("reading random bytes: {e}"))?;
    Ok(compose::encode_token(bytes))
}

/// Compose the digest message to the host, with a fresh command token.
pub fn compose_digest(
    config: &Config,
    digest: &Digest,
    templates: &TemplateSet,
    language: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<(String, compose::Composed)> {
    let token = fresh_token()?;
    let reply_to = compose::reply_address(&config.mail.reply_address, &token)?;
    let message_id = compose::message_id(&token, MessageKind::Digest, config.host.email.domain())?;
    let composed = compose::digest(
        digest,
        language,
        &HostMessageInput {
            host: &config.host,
            reply_to: &reply_to,
            message_id: &message_id,
            in_reply_to: None,
            date: now,
            templates,
        },
    )?;
    Ok((token, composed))
}

fn to_host(config: &Config, kind: OutboxKind, composed: &compose::Composed) -> NewMessage {
    NewMessage {
        kind,
        message_id: composed.message_id.clone(),
        envelope_from: config.envelope_from(),
        recipients: vec![config.host.email.to_string()],
        raw: composed.raw.clone(),
        text: Some(composed.text.clone()),
    }
}

/// What the digest timer did for one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestOutcome {
    pub queued: Option<NaiveDate>,
    /// When the next digest is due (None: never again).
    pub next: Option<DateTime<Utc>>,
}

/// Queue today's digest if it is due (once per local date, DST-safe; a
/// digest missed while rsvpd was down goes out now). `force` sends one now
/// regardless of the schedule (still at most one per date).
pub fn digest_if_due(
    store: &mut Store,
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    now: DateTime<Utc>,
    force: bool,
) -> anyhow::Result<DigestOutcome> {
    let slug = &event.event.slug;
    let settings = schedule::Settings {
        time: config.digest.time,
        zone: config.host.time_zone,
        skip_unchanged: config.digest.skip_unchanged,
        stop_after_event: config.digest.stop_after_event,
    };
    store.expire_delays(now)?;
    let digest = build_digest(store, config, event, now)?;
    let last = store.last_digest_date(slug)?;
    let decision = schedule::decide(
        &settings,
        last,
        event.event.start.date(),
        digest.changed,
        now,
    );
    let due = if force {
        schedule::Due::Send(now.with_timezone(&config.host.time_zone).date_naive())
    } else {
        decision.due
    };
    let queued = match due {
        schedule::Due::NotYet => None,
        schedule::Due::Skip(date) => {
            store.record_digest(slug, date, &digest.snapshot, None, None, now)?;
            None
        }
        schedule::Due::Send(date) => {
            let (token, composed) = compose_digest(
                config,
                &digest,
                templates,
                &event.event.default_language,
                now,
            )?;
            let message = to_host(config, OutboxKind::Digest, &composed);
            if store.record_digest(
                slug,
                date,
                &digest.snapshot,
                Some(&token),
                Some(&message),
                now,
            )? {
                Some(date)
            } else if force {
                // Asked for by hand after today's went out: send it, and keep
                // today's record as the baseline for tomorrow's changes.
                store.record_extra_digest(slug, &token, &message, now)?;
                Some(date)
            } else {
                None
            }
        }
    };
    Ok(DigestOutcome {
        queued,
        next: decision.next,
    })
}

/// The event's reminder schedule: sent from the digest's time of day.
fn reminder_plan(config: &Config, event: &EventConfig, paused: bool) -> remind::Plan {
    remind::Plan {
        days_before: config.reminders.days_before.clone(),
        rsvp_by: event.event.rsvp_by,
        zone: config.host.time_zone,
        not_before: config.digest.time,
        paused,
    }
}

/// Reminders due now for `event`: (invitation id, family key, ordinal).
pub fn due_reminders(
    store: &Store,
    config: &Config,
    event: &EventConfig,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(i64, String, u32)>> {
    let slug = &event.event.slug;
    let plan = reminder_plan(config, event, store.reminders_paused(slug)?);
    let state = store.reminder_state(slug)?;
    let families: Vec<_> = state.iter().map(|(_, f)| f.clone()).collect();
    Ok(remind::due(&plan, &families, now)
        .into_iter()
        .filter_map(|due| {
            state
                .iter()
                .find(|(_, f)| f.key == due.key)
                .map(|(id, _)| (*id, due.key.clone(), due.ordinal))
        })
        .collect())
}

/// Compose and queue one reminder; false if it was sent before.
pub fn queue_reminder(
    store: &mut Store,
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    family_key: &str,
    ordinal: u32,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let slug = &event.event.slug;
    let Some(inv) = store
        .sent_invitations(slug)?
        .into_iter()
        .find(|i| i.family.key == family_key)
    else {
        return Ok(false);
    };
    let reply_to = compose::reply_address(&config.mail.reply_address, &inv.token)?;
    let message_id = compose::message_id(
        &inv.token,
        MessageKind::Reminder(ordinal),
        config.host.email.domain(),
    )?;
    let composed = compose::reminder(&ReminderInput {
        message: InvitationInput {
            host: &config.host,
            event: &event.event,
            family: &inv.family,
            reply_to: &reply_to,
            message_id: &message_id,
            date: now,
            templates,
        },
        invitation_message_id: &inv.message_id,
    })?;
    let message = NewMessage {
        kind: OutboxKind::Reminder,
        message_id: composed.message_id.clone(),
        envelope_from: config.envelope_from(),
        recipients: composed.to.clone(),
        raw: composed.raw.clone(),
        text: Some(composed.text.clone()),
    };
    Ok(store.record_reminder(inv.invitation_id, ordinal, &message, now)?)
}

/// Apply the host's commands (the fresh text of their email) to `event`,
/// and queue the confirmation to the host. Returns the confirmation text.
pub fn apply_host_commands(
    store: &mut Store,
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    text: &str,
    in_reply_to: Option<&str>,
    now: DateTime<Utc>,
) -> anyhow::Result<String> {
    use digest::command::{Command, FamilyNames, parse};
    let slug = &event.event.slug;
    let status = store.event_status(slug)?;
    let names: Vec<FamilyNames> = status
        .families
        .iter()
        .map(|f| FamilyNames {
            key: f.family.clone(),
            children: f.children.clone(),
        })
        .collect();
    let parsed = parse(text, &names);
    let mut applied = Vec::new();
    let invitations = store.sent_invitations(slug)?;
    for command in &parsed.commands {
        match command {
            Command::SetAnswer {
                family,
                answer,
                guests,
            } => {
                if let Some(inv) = invitations.iter().find(|i| &i.family.key == family) {
                    store.record_host_answer(
                        inv.invitation_id,
                        &NewResponse {
                            source: crate::model::ResponseSource::Host,
                            author: Some(config.host.email.to_string()),
                            answer: *answer,
                            guests: if *answer == Answer::No { None } else { *guests },
                            note: None,
                            quote: None,
                            children: None,
                            confidence: 1.0,
                            evidence: vec!["set by the host".into()],
                            answered_at: now,
                        },
                        now,
                    )?;
                    applied.push(command.clone());
                }
            }
            Command::Remind { family } => {
                let state = store.reminder_state(slug)?;
                let sent = state
                    .iter()
                    .find(|(_, f)| &f.key == family)
                    .map(|(_, f)| f.sent.clone())
                    .unwrap_or_default();
                let plan = reminder_plan(config, event, false);
                let ordinal = remind::manual_ordinal(&plan, &sent);
                queue_reminder(store, config, event, templates, family, ordinal, now)?;
                applied.push(command.clone());
            }
            Command::PauseReminders => {
                store.set_reminders_paused(slug, true)?;
                applied.push(command.clone());
            }
            Command::ResumeReminders => {
                store.set_reminders_paused(slug, false)?;
                applied.push(command.clone());
            }
        }
    }
    let confirmation = digest::command::confirmation(&applied, &parsed.errors, &names);
    let token = fresh_token()?;
    let reply_to: EmailAddress = compose::reply_address(&config.mail.reply_address, &token)?;
    let message_id = compose::message_id(
        &token,
        MessageKind::Confirmation(compose::confirmation_number(text)),
        config.host.email.domain(),
    )?;
    let composed = compose::host_confirmation(
        &confirmation,
        &event.event.title,
        &event.event.default_language,
        &HostMessageInput {
            host: &config.host,
            reply_to: &reply_to,
            message_id: &message_id,
            in_reply_to,
            date: now,
            templates,
        },
    )?;
    store.queue_message(
        &to_host(config, OutboxKind::Confirmation, &composed),
        None,
        now,
    )?;
    Ok(composed.text)
}

/// The event's templates: the embedded defaults, with the event's override
/// folder (if any) layered on top. Problems are bad input naming the file.
pub fn load_templates(event: &EventConfig) -> anyhow::Result<TemplateSet> {
    let Some(dir) = &event.templates else {
        return Ok(TemplateSet::embedded());
    };
    let mut sources = std::collections::BTreeMap::new();
    collect_templates(dir, dir, &mut sources)?;
    TemplateSet::from_sources(sources).map_err(|errors| {
        let lines: Vec<String> = errors
            .0
            .iter()
            .map(|e| {
                let path = dir.join(&e.file);
                match e.line {
                    Some(line) => format!("{}:{line}: {}", path.display(), e.message),
                    None => format!("{}: {}", path.display(), e.message),
                }
            })
            .collect();
        anyhow::anyhow!(lines.join("\n"))
    })
}

fn collect_templates(
    root: &std::path::Path,
    dir: &std::path::Path,
    out: &mut std::collections::BTreeMap<String, String>,
) -> anyhow::Result<()> {
    let entries = std::fs::read_dir(dir)
        .with_context(|| format!("reading templates folder {}", dir.display()))?;
    for entry in entries {
        let path = entry
            .with_context(|| format!("reading {}", dir.display()))?
            .path();
        if path.is_dir() {
            collect_templates(root, &path, out)?;
            continue;
        }
        let is_template = path.extension().is_some_and(|e| e == "txt" || e == "html");
        if !is_template {
            continue;
        }
        let name = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        out.insert(name, text);
    }
    Ok(())
}
