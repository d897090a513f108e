//! Handle one inbound message: link it to a family, understand it, and
//! record everything it changes (with the mailbox checkpoint) in one
//! transaction.
//!
//! Shell glue: the decisions are `matching`, `reply` and `workflow`'s; this
//! only looks things up and records. A message that cannot be read, or that
//! makes a library panic, is recorded as unreadable and never blocks the
//! messages after it.

use chrono::{DateTime, Utc};

use crate::compose::{self, ConfirmationInput, MessageKind};
use crate::config::Config;
use crate::matching::{self, Envelope};
use crate::model::{Answer, EmailAddress};
use crate::reply::{self, Kind, Understanding};
use crate::store::{
    InboundKind, InboundRecord, InvitationRef, NewMessage, NewResponse, OutboxKind, QuestionChange,
    Recorded, Source, Store,
};
use crate::workflow::ask::{self, AskFacts};
use crate::workflow::{self, InboundFacts, MatchedBy};

/// What happened to one message, for logs and tests.
#[derive(Debug, Clone, PartialEq)]
pub struct Handled {
    pub kind: InboundKind,
    pub recorded: Recorded,
    pub family: Option<String>,
    pub matched_by: Option<MatchedBy>,
    pub answer: Option<Answer>,
    pub guests: Option<u32>,
    pub confirmed: bool,
}

/// Process one raw message from `source`, received by the server at `received_at`.
pub fn handle(
    store: &mut Store,
    config: &Config,
    raw: &[u8],
    source: Source,
    received_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> anyhow::Result<Handled> {
    let envelope = matching::read_envelope(raw);
    let identity = matching::identity(&envelope, raw);
    let mut record = InboundRecord {
        source,
        message_id: Some(identity.clone()),
        sender: envelope.from.clone(),
        kind: InboundKind::Unrelated,
        invitation_id: None,
        matched_by: None,
        received_at: Some(received_at),
        detail: None,
        response: None,
        bounced: Vec::new(),
        delayed: Vec::new(),
        bounce_words: None,
        confirmation: None,
        question: QuestionChange::None,
    };
    let mut handled = Handled {
        kind: InboundKind::Unrelated,
        recorded: Recorded::Duplicate,
        family: None,
        matched_by: None,
        answer: None,
        guests: None,
        confirmed: false,
    };
    // A copy of a message already handled (a second folder, a UIDVALIDITY
    // rescan, a crash before the Maildir move) only moves the checkpoint,
    // and goes where the first copy went.
    if let Some(kind) = store.recorded_kind(&identity)? {
        store.record_inbound(&record, now)?;
        handled.kind = kind;
        return Ok(handled);
    }

    if let Some(handled) =
        super::service::handle(store, config, raw, &envelope, record.clone(), now)?
    {
        return Ok(handled);
    }

    if let Some(slug) = digest_token(store, config, &envelope)? {
        return host_command(store, config, raw, &envelope, &slug, record, now);
    }

    let (invitation, matched_by) = find_invitation(store, config, &envelope)?;
    let sent = match &invitation {
        Some(i) => store.sent_texts(i.invitation_id)?,
        None => Vec::new(),
    };
    let understanding = match std::panic::catch_unwind(|| reply::understand(raw, &sent)) {
        Ok(u) => u,
        Err(_) => {
            record.kind = InboundKind::Unreadable;
            record.detail = Some("the message could not be read".into());
            handled.kind = InboundKind::Unreadable;
            handled.recorded = store.record_inbound(&record, now)?;
            return Ok(handled);
        }
    };
    // A bounce names our original only inside: its VERP envelope, the
    // Message-IDs or reply addresses anywhere in it lead to the family.
    let verp = matching::verp_in_recipients(&envelope, &config.mail.reply_address);
    let (invitation, matched_by) = if invitation.is_none() && understanding.kind == Kind::Bounce {
        match bounce_match(store, config, raw, &understanding, verp.as_ref())? {
            Some(i) => (Some(i), Some(MatchedBy::Thread)),
            None => (None, None),
        }
    } else {
        (invitation, matched_by)
    };

    let recent = match &invitation {
        Some(i) => store.confirmations_since(i.invitation_id, now - chrono::Duration::hours(1))?,
        None => 0,
    };
    // The family's answer before this message: repeated after an unclear
    // reply, and a mere thank-you after it needs no confirmation.
    let standing = match &invitation {
        Some(i) => match store.current_answer(i.invitation_id)? {
            (Some(a), guests) if a != Answer::Unclear => Some((a, guests)),
            _ => None,
        },
        None => None,
    };
    let plan = workflow::plan_inbound(&InboundFacts {
        kind: understanding.kind,
        matched: matched_by,
        authentication: envelope.authentication,
        auto_submitted: envelope.auto_submitted,
        confirmations_enabled: config.mail.confirmations,
        confirmations_last_hour: recent,
        thanks_after_answer: standing.is_some() && understanding.only_thanks(),
    });

    record.kind = match understanding.kind {
        Kind::Bounce => InboundKind::Bounce,
        Kind::AutoReply => InboundKind::AutoReply,
        Kind::Human if invitation.is_some() => InboundKind::Reply,
        Kind::Human => InboundKind::Unrelated,
    };
    record.invitation_id = invitation.as_ref().map(|i| i.invitation_id);
    record.matched_by = matched_by.map(MatchedBy::as_str);
    record.detail = (!understanding.evidence.is_empty()).then(|| understanding.evidence.join("; "));
    let answer = understanding.answer.unwrap_or(Answer::Unclear);
    if let Some(source) = plan.response {
        record.response = Some(NewResponse {
            source,
            author: envelope.from.clone(),
            answer,
            guests: understanding.guests,
            note: understanding.note.clone(),
            quote: quote(&understanding),
            children: (!understanding.children.is_empty())
                .then(|| serde_json::to_string(&understanding.children).unwrap_or_default()),
            confidence: understanding.confidence,
            evidence: understanding.evidence.clone(),
            answered_at: matching::answered_at(envelope.date, received_at),
        });
    }
    // An automatic reply saying its own address is gone is a bounce for it.
    let gone = understanding.kind == Kind::AutoReply
        && !understanding.bounced.is_empty()
        && invitation.is_some();
    if plan.bounce || gone {
        let fallback = understanding
            .evidence
            .first()
            .cloned()
            .unwrap_or_else(|| "the message bounced".into());
        let reason_for = |a: &str| {
            understanding
                .bounce
                .as_ref()
                .and_then(|b| b.reason_for(a))
                .map_or_else(|| fallback.clone(), str::to_string)
        };
        let mut failed = understanding.bounced.clone();
        let mut delayed = understanding.delayed.clone();
        // The VERP tag names the contact when the report names none of the family's.
        if let (Some((token, tag)), Some(i)) = (&verp, &invitation)
            && i.token == *token
        {
            let contacts = store.live_contacts(i.family_id)?;
            let named = |list: &[String]| {
                list.iter().any(|a| {
                    contacts
                        .iter()
                        .any(|c| c.email.as_str().eq_ignore_ascii_case(a))
                })
            };
            if !named(&failed)
                && !named(&delayed)
                && let Some(c) = contacts
                    .iter()
                    .find(|c| compose::contact_tag(c.email.as_str()) == *tag)
            {
                let temporary = understanding.bounce.as_ref().is_some_and(|b| b.temporary);
                let list = if temporary { &mut delayed } else { &mut failed };
                list.insert(0, c.email.as_str().to_ascii_lowercase());
            }
        }
        record.bounced = failed.iter().map(|a| (a.clone(), reason_for(a))).collect();
        record.delayed = delayed.iter().map(|a| (a.clone(), reason_for(a))).collect();
        record.bounce_words = understanding
            .bounce
            .as_ref()
            .filter(|b| !b.temporary)
            .map(|b| b.reason.clone().unwrap_or_else(|| fallback.clone()));
    }
    let question_open = match &invitation {
        Some(i) => store.question_open(i.invitation_id)?,
        None => false,
    };
    let thanks_after_answer = standing.is_some() && understanding.only_thanks();
    // An open question is answered by the family's next human reply: read
    // with confidence it settles it, still unclear it goes to the host.
    if question_open && understanding.kind == Kind::Human && record.response.is_some() {
        record.question = if ask::settles(understanding.kind, answer, understanding.confidence) {
            QuestionChange::Settle
        } else if understanding.only_thanks() {
            QuestionChange::None
        } else {
            QuestionChange::Close
        };
    }
    if plan.confirm
        && let Some(i) = &invitation
    {
        let understood = understood(&understanding, answer);
        let asking = |roster_children: &[String]| {
            ask::question(&AskFacts {
                kind: understanding.kind,
                answer,
                confidence: understanding.confidence,
                guests: understanding.guests,
                named: &understanding.children,
                roster_children,
                thanks_after_answer,
                answered_before: standing.is_some(),
                asks_host: understood.question,
                question_open,
                confirming: record.response.is_some(),
            })
        };
        let confirmed = confirmation(
            store,
            config,
            i,
            (&envelope, &identity),
            &understood,
            (standing, &asking),
            now,
        )?;
        if let Some((message, question)) = confirmed {
            record.confirmation = Some(message);
            if let Some(q) = question {
                record.question = QuestionChange::Ask(q);
            }
        }
    }

    // A parent's "stop" or "unsubscribe" to a service: never mailed again,
    // for any party (and not even to confirm it).
    let opt_out = match (&config.service, &invitation, &envelope.from) {
        (Some(_), Some(_), Some(from))
            if understanding.kind == Kind::Human
                && envelope.authentication != matching::Authentication::Fail
                && crate::service::rules::is_opt_out(
                    &understanding.fresh_text,
                    envelope.subject.as_deref(),
                ) =>
        {
            record.confirmation = None;
            record.detail = Some("asked for no more mail from this service".into());
            Some(from.clone())
        }
        _ => None,
    };

    handled.kind = record.kind;
    handled.family = invitation.as_ref().map(|i| i.family_key.clone());
    handled.matched_by = matched_by;
    handled.answer = record.response.as_ref().map(|r| r.answer);
    handled.guests = record.response.as_ref().and_then(|r| r.guests);
    handled.confirmed = record.confirmation.is_some();
    handled.recorded = store.atomically(|store| {
        let recorded = store.record_inbound(&record, now)?;
        if let Some(address) = &opt_out
            && recorded == Recorded::New
        {
            store.record_opt_out(address, now)?;
        }
        anyhow::Ok(recorded)
    })?;
    Ok(handled)
}

/// The event whose digest this message answers, if it carries a digest token.
fn digest_token(
    store: &Store,
    config: &Config,
    envelope: &Envelope,
) -> anyhow::Result<Option<String>> {
    let tokens = matching::tokens_in_recipients(envelope, &config.mail.reply_address)
        .into_iter()
        .chain(matching::tokens_in_thread(envelope));
    let mut asked = Vec::new();
    for token in tokens {
        // The same token is usually both in To and in In-Reply-To.
        if asked.contains(&token) {
            continue;
        }
        if let Some(slug) = store.digest_event_by_token(&token)? {
            return Ok(Some(slug));
        }
        asked.push(token);
    }
    Ok(None)
}

/// The host's commands, in reply to a digest. Accepted only from the
/// host's own address, and not when the server says the sender is forged.
fn host_command(
    store: &mut Store,
    config: &Config,
    raw: &[u8],
    envelope: &Envelope,
    slug: &str,
    mut record: InboundRecord,
    now: DateTime<Utc>,
) -> anyhow::Result<Handled> {
    // A service party runs under its own host; its digest answers go to it.
    let party = match (
        &config.service,
        config.events.iter().any(|e| e.event.slug == slug),
    ) {
        (Some(_), false) => store.party_by_slug(slug)?,
        _ => None,
    };
    let party_config = party
        .as_ref()
        .and_then(|p| super::service::party_config(config, p.party.as_ref()?, &p.host_email, slug));
    let config = party_config.as_ref().map_or(config, |(c, _)| c);
    let from_host = envelope
        .from
        .as_deref()
        .is_some_and(|f| f.eq_ignore_ascii_case(config.host.email.as_str()));
    let trusted = from_host && envelope.authentication != matching::Authentication::Fail;
    let mut handled = Handled {
        kind: InboundKind::HostCommand,
        recorded: Recorded::Duplicate,
        family: None,
        matched_by: Some(MatchedBy::Token),
        answer: None,
        guests: None,
        confirmed: false,
    };
    record.kind = InboundKind::HostCommand;
    record.matched_by = Some("token");
    let event = config.events.iter().find(|e| e.event.slug == slug);
    match (trusted, event) {
        (true, Some(event)) => {
            let understanding = std::panic::catch_unwind(|| reply::understand(raw, &[])).ok();
            let mut text = understanding.map(|u| u.fresh_text).unwrap_or_default();
            let templates = crate::host::load_templates(event)?;
            let in_reply_to = envelope.message_id.as_ref().map(|id| format!("<{id}>"));
            // The message, every command in it and the confirmation to the
            // host commit together: a crash half-way neither loses a command
            // nor applies one twice. Recorded first, so a second copy of the
            // same mail is a duplicate.
            handled.recorded = store.atomically(|store| {
                let recorded = store.record_inbound(&record, now)?;
                if recorded == Recorded::New
                    && let (Some(party), Some(service)) = (&party, &config.service)
                {
                    let message = crate::service::message::read(raw);
                    let (done, errors, rest) = super::service::apply_commands(
                        store,
                        config,
                        service,
                        party,
                        envelope,
                        &message.fresh,
                        now,
                    )?;
                    text = rest;
                    if !done.is_empty() || !errors.is_empty() {
                        let language = message
                            .answer_language(party.party.as_ref().map(|p| p.language.as_str()));
                        super::service::confirm_commands(
                            store, config, service, party, envelope, &done, &errors, language, now,
                        )?;
                    }
                }
                if recorded == Recorded::New {
                    crate::host::apply_host_commands(
                        store,
                        config,
                        event,
                        &templates,
                        &text,
                        in_reply_to.as_deref(),
                        now,
                    )?;
                }
                anyhow::Ok(recorded)
            })?;
            handled.confirmed = handled.recorded == Recorded::New;
        }
        _ => {
            record.detail = Some(if from_host {
                "a command to rsvpd that failed authentication: ignored".into()
            } else {
                "a command to rsvpd from someone other than the host: ignored".into()
            });
            handled.recorded = store.record_inbound(&record, now)?;
        }
    }
    Ok(handled)
}

/// The invitation a message belongs to, by token, then thread, then sender.
fn find_invitation(
    store: &Store,
    config: &Config,
    envelope: &Envelope,
) -> anyhow::Result<(Option<InvitationRef>, Option<MatchedBy>)> {
    for token in matching::tokens_in_recipients(envelope, &config.mail.reply_address) {
        if let Some(i) = store.invitation_by_token(&token)? {
            return Ok((Some(i), Some(MatchedBy::Token)));
        }
    }
    if let Some(i) = thread_match(store, &envelope.thread)? {
        return Ok((Some(i), Some(MatchedBy::Thread)));
    }
    if let Some(from) = &envelope.from {
        let mut candidates = store.invitations_by_sender(from)?;
        // One address on the rosters of two parties cannot say which it answers.
        if candidates.len() == 1 {
            return Ok((candidates.pop(), Some(MatchedBy::Sender)));
        }
    }
    Ok((None, None))
}

/// The invitation of a bounce that was not sent to a reply address: by its
/// VERP envelope, the thread ids of its returned original, an rsvpd
/// Message-ID or reply address anywhere in it.
fn bounce_match(
    store: &Store,
    config: &Config,
    raw: &[u8],
    understanding: &Understanding,
    verp: Option<&(String, String)>,
) -> anyhow::Result<Option<InvitationRef>> {
    if let Some((token, _)) = verp
        && let Some(i) = store.invitation_by_token(token)?
    {
        return Ok(Some(i));
    }
    if let Some(i) = thread_match(store, &understanding.in_reply_to)? {
        return Ok(Some(i));
    }
    let tokens = understanding
        .bounce
        .as_ref()
        .map(|b| b.tokens.clone())
        .unwrap_or_default();
    let text = String::from_utf8_lossy(&raw[..raw.len().min(reply::parse::MAX_MESSAGE_BYTES)]);
    let reply_tokens = reply::bounce::addresses_in(&text)
        .into_iter()
        .filter_map(|a| compose::token_from_address(&config.mail.reply_address, &a));
    for token in tokens.into_iter().chain(reply_tokens) {
        if let Some(i) = store.invitation_by_token(&token)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn thread_match(store: &Store, ids: &[String]) -> anyhow::Result<Option<InvitationRef>> {
    for id in ids {
        if let Some(token) = compose::parse_message_id_token(id)
            && let Some(i) = store.invitation_by_token(&token)?
        {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// The start of the fresh text, for the host to read in the digest.
fn quote(u: &Understanding) -> Option<String> {
    let text = u
        .fresh_text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if text.is_empty() {
        return None;
    }
    let mut short: String = text.chars().take(280).collect();
    if short.len() < text.len() {
        short.push('…');
    }
    Some(short)
}

/// What the confirmation repeats of a reply.
fn understood(u: &Understanding, answer: Answer) -> compose::Understood {
    let named = |wanted: Answer| {
        u.children
            .iter()
            .filter(|c| c.answer == wanted)
            .map(|c| c.name.clone())
            .collect()
    };
    compose::Understood {
        answer: Some(answer),
        guests: if answer == Answer::Yes {
            u.guests
        } else {
            None
        },
        // The engine states children and adults apart once it reads them;
        // until then the confirmation counts the family's children.
        children: None,
        adults: None,
        children_yes: named(Answer::Yes),
        children_no: named(Answer::No),
        note: u.note.clone(),
        question: u.fresh_text.contains('?') || u.fresh_text.contains('¿'),
        ask: None,
    }
}

/// The question to ask back, given the family's children on the roster.
type Asking<'a> = dyn Fn(&[String]) -> Option<ask::Question> + 'a;

/// The confirmation to the parent who wrote, in the family's thread; none
/// when the message cannot be answered (no usable sender address).
fn confirmation(
    store: &Store,
    config: &Config,
    invitation: &InvitationRef,
    // The reply, and what identifies it (its Message-ID or a digest).
    (envelope, identity): (&Envelope, &str),
    understood: &compose::Understood,
    // The family's answer before, and the question to ask given its children.
    (standing, asking): (Option<(Answer, Option<u32>)>, &Asking<'_>),
    now: DateTime<Utc>,
) -> anyhow::Result<Option<(NewMessage, Option<ask::Question>)>> {
    let Some(to) = envelope.from.as_deref().and_then(EmailAddress::parse) else {
        return Ok(None);
    };
    let Some(event) = config
        .events
        .iter()
        .find(|e| e.event.slug == invitation.event_slug)
    else {
        return Ok(None);
    };
    let Some(family) = store.roster_family(invitation.family_id)? else {
        return Ok(None);
    };
    let question = asking(&family.children);
    let understood = &compose::Understood {
        ask: question.clone(),
        ..understood.clone()
    };
    let reply_to = compose::reply_address(&config.mail.reply_address, &invitation.token)?;
    let message_id = compose::message_id(
        &invitation.token,
        MessageKind::Confirmation(compose::confirmation_number(identity)),
        config.host.email.domain(),
    )?;
    let reply_message_id = envelope.message_id.as_ref().map(|id| format!("<{id}>"));
    let references: Vec<String> = envelope
        .references
        .iter()
        .map(|id| format!("<{id}>"))
        .collect();
    // The reply's own language is the engine's to tell; the family's until then.
    let language = invitation
        .language
        .clone()
        .unwrap_or_else(|| event.event.default_language.clone());
    // A broken override folder must not cost the parent their confirmation.
    let templates = crate::host::load_templates(event).unwrap_or_default();
    let c = compose::confirmation(&ConfirmationInput {
        host: &config.host,
        event: &event.event,
        family: &family,
        reply_to: &reply_to,
        to: &to,
        reply_subject: envelope.subject.as_deref(),
        reply_message_id: reply_message_id.as_deref(),
        reply_references: &references,
        message_id: &message_id,
        understood,
        standing,
        language: &language,
        date: now,
        templates: &templates,
    })?;
    Ok(Some((
        NewMessage {
            kind: OutboxKind::Confirmation,
            message_id,
            envelope_from: config.envelope_from(),
            recipients: vec![to.to_string()],
            raw: c.raw,
            text: Some(c.text),
        },
        question,
    )))
}
