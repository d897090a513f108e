//! Mail to the service address: strangers, a host's form and class list,
//! the preview and its OK, and the commands to a sent party.
//!
//! Shell glue: the decisions are `service`'s (pure); this looks things up,
//! composes and records. Each message is one transaction with everything it
//! changes and the answer to the host, as for digest commands.

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};

use super::inbox::Handled;
use crate::clock::random_token_bytes;
use crate::compose::{self, HostMessageInput, InvitationInput, MessageKind, TemplateSet};
use crate::config::{Config, EventConfig, Service};
use crate::matching::{self, Authentication, Envelope};
use crate::model::{EmailAddress, Family, Host};
use crate::roster::Roster;
use crate::service::command::{self, Command};
use crate::service::date::{self, Language};
use crate::service::letter::{self, Done, Letter, NotDone};
use crate::service::message::{self, HostMessage};
use crate::service::preview::{self, Party, Settings};
use crate::service::roster::{self as class_list, Entry};
use crate::service::rules;
use crate::store::{
    InboundKind, InboundRecord, NewMessage, OutboxKind, PartyRecord, PartyState, PreviewRecord,
    Recorded, Store,
};
use crate::workflow::MatchedBy;

/// The reply-address pattern of the service's own mail: `party+{token}@…`.
pub fn reply_pattern(service: &Service) -> String {
    let address = service.address.as_str();
    match address.rsplit_once('@') {
        Some((local, domain)) => format!("{local}+{{token}}@{domain}"),
        None => address.to_owned(),
    }
}

enum Target {
    Preview(Box<PreviewRecord>, Box<PartyRecord>),
    Party(Box<PartyRecord>),
    New,
}

/// Handle `raw` if it is mail to the service; `None` leaves it to the
/// single-host paths (replies of families, digest commands).
pub fn handle(
    store: &mut Store,
    config: &Config,
    raw: &[u8],
    envelope: &Envelope,
    record: InboundRecord,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<Handled>> {
    let Some(service) = &config.service else {
        return Ok(None);
    };
    let pattern = reply_pattern(service);
    let mut target = None;
    for token in matching::tokens_in_recipients(envelope, &pattern)
        .into_iter()
        .chain(matching::tokens_in_thread(envelope))
    {
        if let Some(preview) = store.preview_by_code(&token)?
            && let Some(party) = store.party_of_preview(&preview)?
        {
            target = Some(Target::Preview(Box::new(preview), Box::new(party)));
            break;
        }
        if let Some(party) = store.party_by_token(&token)? {
            target = Some(Target::Party(Box::new(party)));
            break;
        }
    }
    let to_service = envelope
        .recipients
        .iter()
        .any(|r| r.eq_ignore_ascii_case(service.address.as_str()));
    let target = match target {
        Some(t) => t,
        None if to_service => Target::New,
        None => return Ok(None),
    };
    let mut desk = Desk {
        config,
        service,
        envelope,
        record,
        now,
    };
    desk.record.kind = InboundKind::HostCommand;
    let handled = desk.handle(store, raw, target)?;
    Ok(Some(handled))
}

struct Desk<'a> {
    config: &'a Config,
    service: &'a Service,
    envelope: &'a Envelope,
    record: InboundRecord,
    now: DateTime<Utc>,
}

/// What one message leads to, recorded together.
enum Outcome {
    /// Nothing to send back.
    Ignore(&'static str),
    /// A letter back to the sender, in the thread of `token`.
    Reply { letter: Letter, token: String },
}

fn fresh_token() -> anyhow::Result<String> {
    let bytes = random_token_bytes().map_err(|e| anyhow::anyhow!("reading random bytes: {e}"))?;
    Ok(compose::encode_token(bytes))
}

impl Desk<'_> {
    fn handle(&mut self, store: &mut Store, raw: &[u8], target: Target) -> anyhow::Result<Handled> {
        let from = self.envelope.from.clone().unwrap_or_default();
        let allowed = !from.is_empty() && rules::is_allowed(&self.service.hosts, &from);
        let mut handled = Handled {
            kind: InboundKind::HostCommand,
            recorded: Recorded::Duplicate,
            family: None,
            matched_by: Some(MatchedBy::Token),
            answer: None,
            guests: None,
            confirmed: false,
        };
        let message =
            std::panic::catch_unwind(|| message::read(raw)).unwrap_or_else(|_| message::read(b""));
        let record = self.record.clone();
        let outcome = store.atomically(|store| {
            let recorded = store.record_inbound(&record, self.now)?;
            if recorded != Recorded::New {
                return anyhow::Ok((recorded, Outcome::Ignore("a copy")));
            }
            let outcome = if !allowed {
                self.stranger(store, &from, message.answer_language(None))?
            } else {
                match &target {
                    // A host's token, code or reply never touches another host's party.
                    Target::Preview(_, party) | Target::Party(party)
                        if !party.host_email.eq_ignore_ascii_case(&from) =>
                    {
                        Outcome::Ignore("mail about another host's party: ignored")
                    }
                    Target::Preview(preview, party) if rules::is_ok(&message.fresh) => {
                        self.ok(store, preview, party, &message)?
                    }
                    Target::Preview(_, party) | Target::Party(party)
                        if party.state == PartyState::Draft =>
                    {
                        self.draft(store, party, &message)?
                    }
                    Target::Preview(_, party) | Target::Party(party) => {
                        self.commands(store, party, &message)?
                    }
                    Target::New => self.new_party(store, &from, &message)?,
                }
            };
            if let Outcome::Reply { letter, token } = &outcome {
                let queued = self.letter(letter, token, &from)?;
                store.queue_message(&queued, None, self.now)?;
            }
            anyhow::Ok((recorded, outcome))
        })?;
        handled.recorded = outcome.0;
        handled.confirmed = matches!(outcome.1, Outcome::Reply { .. });
        if let Outcome::Ignore(why) = outcome.1 {
            tracing::info!(from = %from, "service: {why}");
        }
        Ok(handled)
    }

    fn letter(&self, letter: &Letter, token: &str, to: &str) -> anyhow::Result<NewMessage> {
        letter_message(
            self.config,
            self.service,
            letter,
            token,
            to,
            self.envelope,
            self.now,
        )
    }

    /// Someone who may not host: one polite reply a day at most, and none
    /// to automatic or forged mail.
    fn stranger(
        &self,
        store: &mut Store,
        from: &str,
        language: Language,
    ) -> anyhow::Result<Outcome> {
        if from.is_empty()
            || self.envelope.auto_submitted
            || self.envelope.authentication == Authentication::Fail
        {
            return Ok(Outcome::Ignore("mail from a stranger: no reply"));
        }
        let (to_them, to_all) =
            store.notices_since(from, "stranger", self.now - Duration::days(1))?;
        if to_them >= rules::STRANGER_REPLIES_PER_ADDRESS
            || to_all >= rules::STRANGER_REPLIES_PER_DAY
        {
            return Ok(Outcome::Ignore(
                "mail from a stranger: already answered today",
            ));
        }
        store.record_notice(from, "stranger", self.now)?;
        Ok(Outcome::Reply {
            letter: letter::stranger(self.service.address.as_str(), language),
            token: fresh_token()?,
        })
    }

    fn new_party(
        &self,
        store: &mut Store,
        from: &str,
        message: &HostMessage,
    ) -> anyhow::Result<Outcome> {
        let started = store.parties_started_since(from, self.now - Duration::days(1))?;
        if let Err(hit) = rules::check_new_party(&self.service.limits, started) {
            store.log_command(from, None, "refused", 0, Some("parties per day"), self.now)?;
            return Ok(Outcome::Reply {
                letter: letter::limit(hit, message.answer_language(None)),
                token: fresh_token()?,
            });
        }
        let name = message.display_name.clone().unwrap_or_default();
        let token = fresh_token()?;
        let id = store.start_party(from, &name, &token, self.now)?;
        let party = store
            .party_by_token(&token)?
            .with_context(|| format!("reading party {id}"))?;
        self.draft(store, &party, message)
    }

    /// The host's form or class list for a party not sent yet: the form
    /// when nothing is known yet, else a preview.
    fn draft(
        &self,
        store: &mut Store,
        party: &PartyRecord,
        message: &HostMessage,
    ) -> anyhow::Result<Outcome> {
        let (draft, _given) = party.draft.with(message);
        store.save_draft(party.id, &draft)?;
        let language = message.answer_language(draft.fields.language.as_deref());
        if draft.fields.is_empty() && draft.roster.is_none() {
            return Ok(Outcome::Reply {
                letter: letter::form(language),
                token: party.token.clone(),
            });
        }
        let opted_out = store.opted_out()?;
        let languages = TemplateSet::embedded().languages();
        let host_name = message
            .display_name
            .clone()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| party.host_email.clone());
        let zone = self.config.host.time_zone;
        let settings = Settings {
            today: self.now.with_timezone(&zone).date_naive(),
            zone,
            default_language: language.code(),
            languages: &languages,
            limits: self.service.limits,
            opted_out: &opted_out,
            host_name: &host_name,
        };
        let preview = preview::build(&draft, &settings);
        let invitation = match &preview.party {
            Some(p) => self.sample_invitation(p, &party.host_email, &preview.families),
            None => None,
        };
        let letter = letter::preview(&preview, invitation.as_deref(), language);
        let token = match (&preview.party, preview.is_ready()) {
            (Some(p), true) => {
                let code = fresh_token()?;
                store.record_preview(
                    party.id,
                    &code,
                    p,
                    &preview.families,
                    self.now + rules::CODE_LIFETIME,
                    self.now,
                )?;
                code
            }
            _ => {
                store.supersede_previews(party.id)?;
                party.token.clone()
            }
        };
        Ok(Outcome::Reply { letter, token })
    }

    /// The invitation text the first family with an address would get.
    fn sample_invitation(
        &self,
        party: &Party,
        host_email: &str,
        families: &[Entry],
    ) -> Option<String> {
        let family = families
            .iter()
            .map(Entry::family)
            .find(|f| !f.contacts.is_empty())?;
        let (config, event) = party_config(self.config, party, host_email, "preview")?;
        let token = compose::encode_token([7; 16]);
        let reply_to = compose::reply_address(&config.mail.reply_address, &token).ok()?;
        let message_id =
            compose::message_id(&token, MessageKind::Invitation, config.host.email.domain())
                .ok()?;
        let templates = TemplateSet::embedded();
        compose::invitation(&InvitationInput {
            host: &config.host,
            event: &event.event,
            family: &family,
            reply_to: &reply_to,
            message_id: &message_id,
            date: self.now,
            templates: &templates,
        })
        .ok()
        .map(|c| c.text)
    }

    /// "OK" to a preview: sends it, if the code holds and the sender is
    /// the party's host and not forged.
    fn ok(
        &self,
        store: &mut Store,
        preview: &PreviewRecord,
        party: &PartyRecord,
        message: &HostMessage,
    ) -> anyhow::Result<Outcome> {
        let host = party.host_email.as_str();
        let language = message.answer_language(Some(&preview.party.language));
        if self.envelope.authentication == Authentication::Fail {
            store.log_command(
                host,
                Some(party.id),
                "refused",
                0,
                Some("authentication failed"),
                self.now,
            )?;
            return Ok(Outcome::Reply {
                letter: letter::not_authenticated(language),
                token: party.token.clone(),
            });
        }
        let state = rules::code_state(
            preview.expires_at,
            preview.superseded,
            preview.used || party.state != PartyState::Draft,
            self.now,
        );
        if state != rules::CodeState::Valid {
            store.log_command(
                host,
                Some(party.id),
                "refused",
                0,
                Some(&format!("code {state:?}")),
                self.now,
            )?;
            return Ok(Outcome::Reply {
                letter: letter::not_sent(state, language),
                token: party.token.clone(),
            });
        }
        let wanted: usize = preview.families.iter().map(|f| f.contacts.len()).sum();
        let sent = store.messages_since(host, self.now - Duration::days(1))?;
        if let Err(hit) = rules::check_messages(&self.service.limits, sent, wanted) {
            store.log_command(
                host,
                Some(party.id),
                "refused",
                0,
                Some("messages per day"),
                self.now,
            )?;
            return Ok(Outcome::Reply {
                letter: letter::limit(hit, language),
                token: party.token.clone(),
            });
        }
        let slug = format!("party-{}", party.id);
        let (config, event) = party_config(self.config, &preview.party, host, &slug)
            .context("the party's host address")?;
        let roster = Roster {
            families: preview.families.iter().map(Entry::family).collect(),
        };
        store.sync_roster(&event.event, &roster, self.now)?;
        let templates = TemplateSet::embedded();
        let (n_families, n_messages) =
            queue_invitations(store, &config, &event, &templates, self.now)?;
        store.record_first_announcement(&event.event)?;
        store.mark_party_sent(preview.id, party.id, &slug, &preview.party, self.now)?;
        store.log_command(host, Some(party.id), "ok", n_messages, None, self.now)?;
        Ok(Outcome::Reply {
            letter: letter::sent(&preview.party, n_families, n_messages, language),
            token: party.token.clone(),
        })
    }

    /// Commands to a sent party: add, change time or place, cancel, stop.
    fn commands(
        &self,
        store: &mut Store,
        party: &PartyRecord,
        message: &HostMessage,
    ) -> anyhow::Result<Outcome> {
        let (done, errors, _rest) = apply_commands(
            store,
            self.config,
            self.service,
            party,
            self.envelope,
            &message.fresh,
            self.now,
        )?;
        let language = message.answer_language(party.party.as_ref().map(|p| p.language.as_str()));
        Ok(Outcome::Reply {
            letter: letter::commands(party.party.as_ref(), &done, &errors, language),
            token: party.token.clone(),
        })
    }
}

/// The service's answer to `to`, in the thread of `token`, answering the
/// message of `envelope`.
fn letter_message(
    config: &Config,
    service: &Service,
    letter: &Letter,
    token: &str,
    to: &str,
    envelope: &Envelope,
    now: DateTime<Utc>,
) -> anyhow::Result<NewMessage> {
    let to = EmailAddress::parse(to).context("the sender's address")?;
    let reply_to = compose::reply_address(&reply_pattern(service), token)?;
    let answered = envelope.message_id.as_deref().unwrap_or_default();
    let message_id = compose::message_id(
        token,
        MessageKind::Confirmation(compose::confirmation_number(&format!(
            "{answered}{}",
            letter.subject
        ))),
        service.address.domain(),
    )?;
    let in_reply_to = envelope.message_id.as_ref().map(|id| format!("<{id}>"));
    let host = Host {
        name: String::new(),
        email: to.clone(),
        time_zone: config.host.time_zone,
    };
    let templates = TemplateSet::embedded();
    let composed = compose::letter(
        &service.address,
        &HostMessageInput {
            host: &host,
            reply_to: &reply_to,
            message_id: &message_id,
            in_reply_to: in_reply_to.as_deref(),
            date: now,
            templates: &templates,
        },
        &letter.subject,
        &letter.text,
        letter.language.code(),
    )?;
    Ok(NewMessage {
        kind: OutboxKind::Confirmation,
        message_id: composed.message_id,
        envelope_from: config.envelope_from(),
        recipients: vec![to.to_string()],
        raw: composed.raw,
        text: Some(composed.text),
    })
}

/// Confirm the service commands of a reply to a digest.
#[allow(clippy::too_many_arguments)]
pub fn confirm_commands(
    store: &mut Store,
    config: &Config,
    service: &Service,
    party: &PartyRecord,
    envelope: &Envelope,
    done: &[Done],
    errors: &[NotDone],
    language: Language,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let message = letter_message(
        config,
        service,
        &letter::commands(party.party.as_ref(), done, errors, language),
        &party.token,
        &party.host_email,
        envelope,
        now,
    )?;
    store.queue_message(&message, None, now)?;
    Ok(())
}

/// The single-host configuration a sent party runs under: its host, its
/// event, the operator's mail settings.
pub fn party_config(
    config: &Config,
    party: &Party,
    host_email: &str,
    slug: &str,
) -> Option<(Config, EventConfig)> {
    let event = EventConfig {
        event: party.event(slug),
        roster: std::path::PathBuf::new(),
        templates: None,
        allow_unreachable: true,
    };
    let mut party_config = config.clone();
    party_config.host = Host {
        name: party.host_name.clone(),
        email: EmailAddress::parse(host_email)?,
        time_zone: event.event.time_zone,
    };
    party_config.events = vec![event.clone()];
    Ok::<_, ()>((party_config, event)).ok()
}

/// A sent party as the single-host code runs it.
pub struct PartyRun {
    pub config: Config,
    pub event: EventConfig,
    pub host_email: String,
    pub digests_stopped: bool,
}

/// Every sent party of the store, each under its own host (digests,
/// reminders, `rsvpd status`).
pub fn sent_party_runs(store: &Store, config: &Config) -> anyhow::Result<Vec<PartyRun>> {
    let mut runs = Vec::new();
    for party in store.sent_parties()? {
        let (Some(sent), Some(slug)) = (&party.party, &party.slug) else {
            continue;
        };
        let Some((party_config, event)) = party_config(config, sent, &party.host_email, slug)
        else {
            tracing::warn!(party = party.id, host = %party.host_email, "a sent party whose host address no longer parses: skipped");
            continue;
        };
        runs.push(PartyRun {
            config: party_config,
            event,
            host_email: party.host_email,
            digests_stopped: party.digests_stopped,
        });
    }
    Ok(runs)
}

/// Queue an invitation for every family of the event that has none:
/// (families, messages) queued.
fn queue_invitations(
    store: &mut Store,
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    now: DateTime<Utc>,
) -> anyhow::Result<(usize, usize)> {
    let pending = store.families_without_invitation(&event.event.slug)?;
    let (mut families, mut messages) = (0, 0);
    for p in pending
        .into_iter()
        .filter(|p| !p.family.contacts.is_empty())
    {
        let token = fresh_token()?;
        let composed = invitation(config, event, templates, &p.family, &token, now)?;
        let message = NewMessage {
            kind: OutboxKind::Invitation,
            message_id: composed.message_id.clone(),
            envelope_from: config.envelope_from(),
            recipients: composed.to.clone(),
            raw: composed.raw,
            text: Some(composed.text),
        };
        if store
            .queue_invitation(p.family_id, &token, &message, now)?
            .is_some()
        {
            families += 1;
            messages += composed.to.len();
        }
    }
    Ok((families, messages))
}

fn invitation(
    config: &Config,
    event: &EventConfig,
    templates: &TemplateSet,
    family: &Family,
    token: &str,
    now: DateTime<Utc>,
) -> anyhow::Result<compose::Composed> {
    let reply_to = compose::reply_address(&config.mail.reply_address, token)?;
    let message_id =
        compose::message_id(token, MessageKind::Invitation, config.host.email.domain())?;
    Ok(compose::invitation(&InvitationInput {
        host: &config.host,
        event: &event.event,
        family,
        reply_to: &reply_to,
        message_id: &message_id,
        date: now,
        templates,
    })?)
}

/// Apply a host's commands to their sent party; (done, not done) lines for
/// the confirmation. Commands that send need a sender that is not forged,
/// count against the caps and are logged.
pub fn apply_commands(
    store: &mut Store,
    config: &Config,
    service: &Service,
    party: &PartyRecord,
    envelope: &Envelope,
    fresh: &[(usize, String)],
    now: DateTime<Utc>,
) -> anyhow::Result<(Vec<Done>, Vec<NotDone>, String)> {
    let parsed = command::parse(fresh);
    let (mut done, mut errors) = (Vec::new(), Vec::new());
    let (Some(current), Some(slug)) = (&party.party, &party.slug) else {
        errors.push(NotDone::NotSent);
        return Ok((done, errors, parsed.rest));
    };
    let host = party.host_email.as_str();
    let mut current = current.clone();
    let templates = TemplateSet::embedded();
    for command in &parsed.commands {
        if party.state == PartyState::Cancelled && command.sends() {
            errors.push(NotDone::Cancelled);
            continue;
        }
        if command.sends() && envelope.authentication == Authentication::Fail {
            store.log_command(
                host,
                Some(party.id),
                "refused",
                0,
                Some("authentication failed"),
                now,
            )?;
            errors.push(NotDone::NotAuthenticated);
            continue;
        }
        let sent_today = store.messages_since(host, now - Duration::days(1))?;
        match command {
            Command::Add { line, text } => {
                let rows = class_list::pasted_rows(&[(*line, text.clone())], &[]);
                let reading = class_list::read_rows(&rows);
                let opted_out = store.opted_out()?;
                let mut roster: Vec<Family> = store
                    .roster_families(slug)?
                    .into_iter()
                    .map(|(_, f)| f)
                    .collect();
                let mut added = Vec::new();
                for entry in reading.families {
                    let mut family = entry.family();
                    family
                        .contacts
                        .retain(|c| !opted_out.contains(&c.email.normalized()));
                    if family.contacts.is_empty() || roster.iter().any(|f| f.key == family.key) {
                        errors.push(NotDone::NoNewFamily { text: text.clone() });
                        continue;
                    }
                    added.push(entry.name());
                    roster.push(family);
                }
                if added.is_empty() {
                    continue;
                }
                let wanted = roster.last().map_or(0, |f| f.contacts.len());
                if roster.len() > service.limits.families_per_party as usize {
                    errors.push(NotDone::TooManyFamilies {
                        max: service.limits.families_per_party,
                    });
                    continue;
                }
                if let Err(hit) = rules::check_messages(&service.limits, sent_today, wanted) {
                    errors.push(NotDone::Limit(hit));
                    continue;
                }
                let (config, event) =
                    party_config(config, &current, host, slug).context("the host's address")?;
                store.sync_roster(&event.event, &Roster { families: roster }, now)?;
                let (_, messages) = queue_invitations(store, &config, &event, &templates, now)?;
                store.log_command(host, Some(party.id), "add", messages, Some(text), now)?;
                done.push(Done::Invited { names: added });
            }
            Command::ChangeTime { text } => {
                let today = now.with_timezone(&config.host.time_zone).date_naive();
                match date::read_when(text, today) {
                    Ok(read) => {
                        let mut next = current.clone();
                        next.start = read.span.start;
                        next.end = read.span.end;
                        let n =
                            announce(store, config, service, party, &next, false, sent_today, now)?;
                        store.log_command(
                            host,
                            Some(party.id),
                            "change_time",
                            n,
                            Some(text),
                            now,
                        )?;
                        done.push(Done::NewTime {
                            span: next.span(),
                            addresses: n,
                        });
                        current = next;
                    }
                    Err(_) => errors.push(NotDone::UnreadTime { text: text.clone() }),
                }
            }
            Command::ChangePlace { text } => {
                let mut next = current.clone();
                next.location = text.clone();
                let n = announce(store, config, service, party, &next, false, sent_today, now)?;
                store.log_command(host, Some(party.id), "change_place", n, Some(text), now)?;
                done.push(Done::NewPlace {
                    place: text.clone(),
                    addresses: n,
                });
                current = next;
            }
            Command::CancelParty => {
                let n = announce(
                    store, config, service, party, &current, true, sent_today, now,
                )?;
                store.cancel_party(party.id)?;
                store.log_command(host, Some(party.id), "cancel", n, None, now)?;
                done.push(Done::Cancelled { addresses: n });
            }
            Command::StopDigests => {
                store.set_digests_stopped(party.id, true)?;
                done.push(Done::DigestsStopped);
            }
            Command::ResumeDigests => {
                store.set_digests_stopped(party.id, false)?;
                done.push(Done::DigestsResumed);
            }
        }
    }
    if party.party.as_ref() != Some(&current) {
        store.update_party(party.id, &current)?;
    }
    Ok((done, errors, parsed.rest))
}

/// Tell every invited family of the party that it changed (or is
/// cancelled); the number of messages queued.
#[allow(clippy::too_many_arguments)]
fn announce(
    store: &mut Store,
    config: &Config,
    service: &Service,
    party: &PartyRecord,
    next: &Party,
    cancel: bool,
    sent_today: usize,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let slug = party.slug.as_deref().unwrap_or_default();
    let (config, event) =
        party_config(config, next, &party.host_email, slug).context("the host's address")?;
    let Some((announced, sequence)) = store.announced(slug)? else {
        return Ok(0);
    };
    let previous = announced.apply_to(&event.event);
    let sequence = sequence + 1;
    let templates = TemplateSet::embedded();
    let invitations = store.sent_invitations(slug)?;
    let wanted: usize = invitations.iter().map(|i| i.family.contacts.len()).sum();
    rules::check_messages(&service.limits, sent_today, wanted)
        .map_err(|hit| anyhow::anyhow!("{}", letter::limit(hit, Language::En).text))?;
    let mut messages = Vec::with_capacity(invitations.len());
    for inv in &invitations {
        let reply_to = compose::reply_address(&config.mail.reply_address, &inv.token)?;
        let kind = if cancel {
            MessageKind::Cancel(sequence)
        } else {
            MessageKind::Update(sequence)
        };
        let message_id = compose::message_id(&inv.token, kind, config.host.email.domain())?;
        let input = compose::FollowUpInput {
            message: InvitationInput {
                host: &config.host,
                event: &event.event,
                family: &inv.family,
                reply_to: &reply_to,
                message_id: &message_id,
                date: now,
                templates: &templates,
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
            compose::cancel(&input)?
        } else {
            compose::update(&input)?
        };
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
                raw: composed.raw,
                text: Some(composed.text),
            },
        ));
    }
    let n = messages.iter().map(|(_, m)| m.recipients.len()).sum();
    store.queue_announcement(&event.event, sequence, cancel, &messages, now)?;
    Ok(n)
}
