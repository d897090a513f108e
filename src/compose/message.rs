//! Whole outgoing messages as bytes: headers, the text/HTML/calendar
//! alternatives and the `.ics` attachment, built with lettre's pure builder.
//!
//! Structure (the one Gmail, Outlook and Apple Mail show answer buttons for):
//! `multipart/mixed { multipart/alternative { text/plain, text/html,
//! text/calendar; method=… }, application/ics invite.ics }`.
//! Never sends, never reads the clock: Date and Message-ID are passed in.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::{Address, Message};

use serde::Serialize;

use super::ComposeError;
use super::ics::{self, CalendarInput, Method};
use super::strings;
use super::template::{MessageContext, TemplateError, TemplateKind, TemplateSet, one_line};
use crate::model::{Answer, EmailAddress, Event, Family, Host};

/// What an invitation is made of. All of it is about one family.
#[derive(Debug, Clone, Copy)]
pub struct InvitationInput<'a> {
    pub host: &'a Host,
    pub event: &'a Event,
    pub family: &'a Family,
    /// The family's reply address (see [`super::reply_address`]).
    pub reply_to: &'a EmailAddress,
    /// This message's Message-ID with angle brackets (see
    /// [`super::message_id`]); kept when the message is sent again.
    pub message_id: &'a str,
    /// The Date header and the calendar DTSTAMP.
    pub date: DateTime<Utc>,
    pub templates: &'a TemplateSet,
}

/// An update or cancellation: a message in the invitation's thread.
#[derive(Debug, Clone, Copy)]
pub struct FollowUpInput<'a> {
    /// This message: its own Message-ID, date, and the event as it is now.
    pub message: InvitationInput<'a>,
    /// The calendar SEQUENCE: one more than the last one sent (the
    /// invitation has 0).
    pub sequence: u32,
    /// The invitation's Message-ID: In-Reply-To and References.
    pub invitation_message_id: &'a str,
    /// The event as the family last heard of it, to say what changed.
    pub previous_event: Option<&'a Event>,
    /// The family's answer so far: a family that said yes is asked whether
    /// the new time or place still works.
    pub standing: Option<Answer>,
}

/// A reminder: a message in the invitation's thread, without a calendar part
/// (the family already has the event; a repeated request would look like a change).
#[derive(Debug, Clone, Copy)]
pub struct ReminderInput<'a> {
    /// This message: its own Message-ID (`MessageKind::Reminder(n)`), date, the event.
    pub message: InvitationInput<'a>,
    /// The invitation's Message-ID: In-Reply-To and References.
    pub invitation_message_id: &'a str,
    /// The family wrote, but rsvpd could not read an answer: `Some(true)`
    /// when they asked a question, `Some(false)` otherwise.
    pub wrote_unclear: Option<bool>,
}

/// Headers of a message to the host (digest, confirmation).
#[derive(Debug, Clone, Copy)]
pub struct HostMessageInput<'a> {
    pub host: &'a Host,
    /// Where the host's answer goes (e.g. a reply address with the digest's
    /// token, so commands can be checked).
    pub reply_to: &'a EmailAddress,
    pub message_id: &'a str,
    /// The message this one answers (a confirmation answers the host's mail).
    pub in_reply_to: Option<&'a str>,
    pub date: DateTime<Utc>,
    pub templates: &'a TemplateSet,
}

/// One rendered message, ready for the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Composed {
    pub message_id: String,
    pub subject: String,
    /// The recipients' bare addresses (the family's contacts, no duplicates).
    pub to: Vec<String>,
    /// The language the message was written in.
    pub language: String,
    /// The whole message, CRLF line endings throughout.
    pub raw: Vec<u8>,
    /// The text part (CRLF), also useful as the quoted original of replies.
    pub text: String,
    /// The HTML part (CRLF), e.g. for a preview file.
    pub html: String,
    /// The calendar object (CRLF, folded).
    pub ics: String,
}

/// The invitation for one family: calendar `METHOD:REQUEST`, SEQUENCE 0.
pub fn invitation(input: &InvitationInput<'_>) -> Result<Composed, ComposeError> {
    build(
        input,
        TemplateKind::Invitation,
        Some(Method::Request),
        0,
        None,
        Extra::default(),
    )
}

/// What a follow-up says beyond the event itself.
#[derive(Debug, Clone, Copy, Default)]
struct Extra<'a> {
    previous_event: Option<&'a Event>,
    standing: Option<Answer>,
    wrote_unclear: Option<bool>,
}

/// A change of time or place, in the invitation's thread: `METHOD:REQUEST`
/// with the given SEQUENCE.
pub fn update(input: &FollowUpInput<'_>) -> Result<Composed, ComposeError> {
    build(
        &input.message,
        TemplateKind::Update,
        Some(Method::Request),
        input.sequence,
        Some(input.invitation_message_id),
        Extra {
            previous_event: input.previous_event,
            standing: input.standing,
            wrote_unclear: None,
        },
    )
}

/// The event is cancelled, in the invitation's thread: `METHOD:CANCEL`.
pub fn cancel(input: &FollowUpInput<'_>) -> Result<Composed, ComposeError> {
    build(
        &input.message,
        TemplateKind::Cancel,
        Some(Method::Cancel),
        input.sequence,
        Some(input.invitation_message_id),
        Extra::default(),
    )
}

/// A gentle reminder to a family with no answer, in the invitation's thread.
pub fn reminder(input: &ReminderInput<'_>) -> Result<Composed, ComposeError> {
    build(
        &input.message,
        TemplateKind::Reminder,
        None,
        0,
        Some(input.invitation_message_id),
        Extra {
            wrote_unclear: input.wrote_unclear,
            ..Extra::default()
        },
    )
}

/// A plain message to a host: the service's form, preview and answers.
pub fn letter(
    from: &EmailAddress,
    input: &HostMessageInput<'_>,
    subject: &str,
    text: &str,
    language: &str,
) -> Result<Composed, ComposeError> {
    let language = input
        .templates
        .resolve_language(Some(language), strings::REFERENCE);
    let view = LetterView {
        letter_subject: subject,
        letter_text: text,
        blocks: letter_blocks(text),
    };
    let rendered = input
        .templates
        .render(TemplateKind::Letter, &language, &view)?;
    message_to_host(
        Some(from),
        input,
        &rendered.subject,
        &rendered.text,
        &rendered.html,
        &language,
    )
}

/// Renders the letter layout with a sample letter in every language, so
/// that `rsvpd check` finds a broken `letter.*` template.
pub(crate) fn check_letter_template(set: &TemplateSet) -> Vec<TemplateError> {
    let text = "Done:\n- new place: Town Hall <1>\n\nReply to this email & change it.";
    let view = LetterView {
        letter_subject: "Your party: done",
        letter_text: text,
        blocks: letter_blocks(text),
    };
    let mut errors = Vec::new();
    for language in set.languages() {
        if let Err(ComposeError::Template(error)) =
            set.render(TemplateKind::Letter, &language, &view)
            && !errors.contains(&error)
        {
            errors.push(error);
        }
    }
    errors
}

#[derive(Serialize)]
struct LetterView<'a> {
    letter_subject: &'a str,
    letter_text: &'a str,
    blocks: Vec<LetterBlock<'a>>,
}

/// A paragraph of a letter: its lines, or the items of a `- ` list.
#[derive(Debug, Default, PartialEq, Eq, Serialize)]
struct LetterBlock<'a> {
    lines: Vec<&'a str>,
    items: Vec<&'a str>,
}

/// A plain-text letter as blocks for HTML: paragraphs split at blank
/// lines, and a run of `- ` lines as a list.
fn letter_blocks(text: &str) -> Vec<LetterBlock<'_>> {
    let mut blocks: Vec<LetterBlock<'_>> = Vec::new();
    let mut current = LetterBlock::default();
    for line in text.lines().map(str::trim_end) {
        let item = line.strip_prefix("- ");
        let switch = match item {
            Some(_) => !current.lines.is_empty(),
            None => !current.items.is_empty(),
        };
        if line.is_empty() || switch {
            if current != LetterBlock::default() {
                blocks.push(std::mem::take(&mut current));
            }
            if line.is_empty() {
                continue;
            }
        }
        match item {
            Some(item) => current.items.push(item),
            None => current.lines.push(line),
        }
    }
    if current != LetterBlock::default() {
        blocks.push(current);
    }
    blocks
}

pub(crate) fn host_message(
    input: &HostMessageInput<'_>,
    subject: &str,
    text: &str,
    html: &str,
    language: &str,
) -> Result<Composed, ComposeError> {
    message_to_host(None, input, subject, text, html, language)
}

fn message_to_host(
    from: Option<&EmailAddress>,
    input: &HostMessageInput<'_>,
    subject: &str,
    text: &str,
    html: &str,
    language: &str,
) -> Result<Composed, ComposeError> {
    check_message_id(input.message_id)?;
    if let Some(id) = input.in_reply_to {
        check_message_id(id)?;
    }
    let text = to_crlf(text);
    let html = to_crlf(html);
    let subject = one_line(subject);
    let mut builder = Message::builder()
        .from(mailbox("rsvpd", from.unwrap_or(&input.host.email))?)
        .to(mailbox(&input.host.name, &input.host.email)?)
        .reply_to(mailbox("rsvpd", input.reply_to)?)
        .subject(subject.clone())
        .date(SystemTime::from(input.date))
        .message_id(Some(input.message_id.to_owned()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-generated".to_owned(),
        ));
    if let Some(id) = input.in_reply_to {
        builder = builder.in_reply_to(id.to_owned()).references(id.to_owned());
    }
    let bodies = [text.as_str(), html.as_str()];
    let alternative = MultiPart::alternative()
        .boundary(boundary(input.message_id, "alt", &bodies))
        .singlepart(SinglePart::plain(text.clone()))
        .singlepart(SinglePart::html(html.clone()));
    let message = builder
        .multipart(alternative)
        .map_err(|error| ComposeError::Build(error.to_string()))?;
    Ok(Composed {
        message_id: input.message_id.to_owned(),
        subject,
        to: vec![input.host.email.to_string()],
        language: language.to_owned(),
        raw: message.formatted(),
        text,
        html,
        ics: String::new(),
    })
}

fn build(
    input: &InvitationInput<'_>,
    kind: TemplateKind,
    method: Option<Method>,
    sequence: u32,
    in_reply_to: Option<&str>,
    extra: Extra<'_>,
) -> Result<Composed, ComposeError> {
    let InvitationInput {
        host,
        event,
        family,
        reply_to,
        message_id,
        date,
        templates,
    } = *input;
    check_message_id(message_id)?;
    if let Some(id) = in_reply_to {
        check_message_id(id)?;
    }

    let mut to: Vec<Mailbox> = Vec::new();
    let mut to_addresses: Vec<String> = Vec::new();
    for contact in &family.contacts {
        if to_addresses
            .iter()
            .any(|seen| seen.eq_ignore_ascii_case(contact.email.as_str()))
        {
            continue;
        }
        to.push(mailbox(&contact.name, &contact.email)?);
        to_addresses.push(contact.email.to_string());
    }
    if to.is_empty() {
        return Err(ComposeError::NoContacts(family.key.clone()));
    }

    let language = templates.resolve_language(family.language.as_deref(), &event.default_language);
    let mut context = MessageContext::new(
        templates.strings(),
        &language,
        host,
        event,
        family,
        reply_to.as_str(),
        extra.previous_event,
    )
    .with_standing(extra.standing);
    context.wrote = extra
        .wrote_unclear
        .map(|asked| if asked { "question" } else { "unclear" });
    let rendered = templates.render(kind, &language, &context)?;
    let text = to_crlf(&rendered.text);
    let html = to_crlf(&rendered.html);
    let calendar = method.map(|method| {
        ics::calendar(&CalendarInput {
            host,
            event,
            family,
            method,
            sequence,
            dtstamp: date,
        })
    });

    let mut builder = Message::builder()
        .from(mailbox(&host.name, &host.email)?)
        .reply_to(mailbox(&host.name, reply_to)?)
        .subject(rendered.subject.clone())
        .date(SystemTime::from(date))
        .message_id(Some(message_id.to_owned()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
            "OOF, AutoReply".to_owned(),
        ));
    for mailbox in to {
        builder = builder.to(mailbox);
    }
    if let Some(id) = in_reply_to {
        builder = builder.in_reply_to(id.to_owned()).references(id.to_owned());
    }

    let body = match (method, &calendar) {
        (Some(method), Some(calendar)) => {
            let calendar_type = content_type(&format!(
                "text/calendar; charset=utf-8; method={}",
                method.as_str()
            ))?;
            let attachment_type = content_type("application/ics; name=\"invite.ics\"")?;
            let bodies = [text.as_str(), html.as_str(), calendar.as_str()];
            let alternative = MultiPart::alternative()
                .boundary(boundary(message_id, "alt", &bodies))
                .singlepart(SinglePart::plain(text.clone()))
                .singlepart(SinglePart::html(html.clone()))
                .singlepart(
                    SinglePart::builder()
                        .header(calendar_type)
                        .body(calendar.clone()),
                );
            MultiPart::mixed()
                .boundary(boundary(message_id, "mix", &bodies))
                .multipart(alternative)
                .singlepart(
                    Attachment::new("invite.ics".to_owned())
                        .body(calendar.clone(), attachment_type),
                )
        }
        _ => {
            let bodies = [text.as_str(), html.as_str()];
            MultiPart::alternative()
                .boundary(boundary(message_id, "alt", &bodies))
                .singlepart(SinglePart::plain(text.clone()))
                .singlepart(SinglePart::html(html.clone()))
        }
    };
    let message = builder
        .multipart(body)
        .map_err(|error| ComposeError::Build(error.to_string()))?;

    Ok(Composed {
        message_id: message_id.to_owned(),
        subject: rendered.subject,
        to: to_addresses,
        language,
        raw: message.formatted(),
        text,
        html,
        ics: calendar.unwrap_or_default(),
    })
}

/// A header mailbox: the display name made one line (so it cannot start a
/// new header) and left to lettre to quote or encode. Also needed because
/// lettre 0.11.23 panics formatting a display name that holds CR or LF.
pub(super) fn mailbox(name: &str, address: &EmailAddress) -> Result<Mailbox, ComposeError> {
    let parsed: Address = address
        .as_str()
        .parse()
        .map_err(|_| ComposeError::InvalidAddress(address.to_string()))?;
    let name = one_line(name);
    Ok(Mailbox::new((!name.is_empty()).then_some(name), parsed))
}

fn content_type(value: &str) -> Result<ContentType, ComposeError> {
    ContentType::parse(value).map_err(|error| ComposeError::Build(error.to_string()))
}

/// A Message-ID fit for a header: `<left@right>`, printable ASCII, no spaces.
fn check_message_id(id: &str) -> Result<(), ComposeError> {
    let inner = id.strip_prefix('<').and_then(|rest| rest.strip_suffix('>'));
    let ok = inner.is_some_and(|inner| {
        inner
            .split_once('@')
            .is_some_and(|(left, right)| !left.is_empty() && !right.is_empty())
            && inner
                .bytes()
                .all(|b| b.is_ascii_graphic() && !matches!(b, b'<' | b'>' | b'"' | b'\\'))
    });
    if ok {
        Ok(())
    } else {
        Err(ComposeError::InvalidMessageId(id.to_owned()))
    }
}

/// Every line break (CRLF, bare LF, bare CR) as CRLF. Bodies reach lettre
/// this way so no bare LF is left for the SMTP layer to mishandle (a line
/// holding a single `.` must be dot-stuffed, RUSTSEC-2026-0561).
pub fn to_crlf(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 40);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\r\n");
            }
            '\n' => out.push_str("\r\n"),
            c => out.push(c),
        }
    }
    out
}

/// A MIME boundary derived from the Message-ID, so the same message renders
/// to the same bytes, and checked against the bodies. `=_` cannot occur in
/// quoted-printable or base64 output.
fn boundary(message_id: &str, part: &str, bodies: &[&str]) -> String {
    // FNV-1a: a stable, dependency-free hash; not for security.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in message_id.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    let base = format!("=_rsvpd_{part}_{hash:016x}");
    let mut candidate = base.clone();
    for n in 0..64 {
        if !bodies.iter().any(|body| body.contains(&candidate)) {
            break;
        }
        candidate = format!("{base}_{n}");
    }
    candidate
}

#[cfg(test)]
mod tests;
