//! The confirmation a parent gets after replying: what rsvpd understood
//! (who is coming, children by name and adults, any note), the party's
//! date, time and place, and how to change it; in the reply's language, in
//! the same thread.
//!
//! Pure. Carries `Auto-Submitted: auto-replied` (RFC 3834) so that other
//! robots never answer it, and a Message-ID that carries the family's token
//! so a reply to the confirmation is linked like a reply to the invitation.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{MultiPart, SinglePart};
use serde::Serialize;

use super::ComposeError;
use super::message::{mailbox, to_crlf};
use super::strings::Strings;
use super::template::{
    EventContext, FamilyContext, HostContext, MessageContext, TemplateError, TemplateKind,
    TemplateSet, WhenContext, first_name, one_line,
};
use crate::model::{Answer, EmailAddress, Event, Family, Host};
use crate::workflow::ask::Question;

/// What rsvpd understood of one reply.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Understood {
    pub answer: Option<Answer>,
    /// Everyone coming, children and adults, when stated.
    pub guests: Option<u32>,
    /// Children coming, when the reply says how many.
    pub children: Option<u32>,
    /// Adults coming, when the reply says how many.
    pub adults: Option<u32>,
    /// Children the reply named as coming or not (roster names).
    pub children_yes: Vec<String>,
    pub children_no: Vec<String>,
    /// A note to repeat ("he has a nut allergy").
    pub note: Option<String>,
    /// The reply asked something.
    pub question: bool,
    /// The one question rsvpd asks back, being unsure of the reply.
    pub ask: Option<Question>,
}

/// A family's answer before a reply, with its head-count when stated.
pub type Standing = (Answer, Option<u32>);

/// What to confirm.
#[derive(Debug, Clone, Copy)]
pub struct ConfirmationInput<'a> {
    pub host: &'a Host,
    pub event: &'a Event,
    pub family: &'a Family,
    /// The family's reply address (Reply-To), so an answer to this counts.
    pub reply_to: &'a EmailAddress,
    /// Who wrote the reply.
    pub to: &'a EmailAddress,
    /// The reply's subject and Message-ID (with angle brackets).
    pub reply_subject: Option<&'a str>,
    pub reply_message_id: Option<&'a str>,
    /// The reply's References, oldest first (with angle brackets).
    pub reply_references: &'a [String],
    /// This message's own Message-ID (see [`super::MessageKind::Confirmation`]).
    pub message_id: &'a str,
    pub understood: &'a Understood,
    /// The family's answer before this reply, said again when this reply is
    /// unclear so the parent knows nothing changed.
    pub standing: Option<Standing>,
    /// The reply's language when known, else the family's (`en`, `es-MX`, …).
    pub language: &'a str,
    pub date: DateTime<Utc>,
    pub templates: &'a TemplateSet,
}

/// The confirmation's text and whole message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    pub subject: String,
    pub text: String,
    pub html: String,
    pub language: String,
    pub raw: Vec<u8>,
}

/// Who is coming, as the layouts need it.
#[derive(Debug, Clone, Serialize)]
struct Party {
    /// `yes`, `no`, `maybe` or `unclear`.
    answer: &'static str,
    /// The children coming: their names, or how many.
    who: String,
    children_count: u32,
    /// A number, or `unknown`.
    adults: serde_json::Value,
}

#[derive(Debug, Clone, Serialize)]
struct UnderstoodView {
    #[serde(flatten)]
    party: Party,
    note: Option<String>,
    question: bool,
    ask: Option<AskView>,
}

/// The question asked back: its string id and the children it names.
#[derive(Debug, Clone, Serialize)]
struct AskView {
    id: &'static str,
    children: String,
    count: usize,
}

fn ask_view(strings: &Strings, language: &str, question: &Question) -> AskView {
    let names: Vec<String> = question
        .children()
        .iter()
        .map(|n| first_name(n))
        .filter(|n| !n.is_empty())
        .collect();
    AskView {
        id: match question {
            Question::Coming(_) => "ask-coming",
            Question::HowMany => "ask-how-many",
            Question::Which(_) => "ask-which",
        },
        children: strings.join_names(language, &names),
        count: names.len(),
    }
}

#[derive(Debug, Clone, Serialize)]
struct ConfirmationView {
    host: HostContext,
    event: EventContext,
    when: WhenContext,
    rsvp_by: String,
    family: FamilyContext,
    /// The first name of the parent who wrote.
    writer: String,
    /// The reply's subject with one "Re: " (empty when it had none).
    subject_line: String,
    understood: UnderstoodView,
    standing: Option<Party>,
}

/// Who is coming, from what the reply said and the roster: children by
/// name (those named as coming, else all the family's), or by count when
/// the reply gave fewer than the roster has; adults as stated, or the
/// stated total less the children.
fn party(
    strings: &Strings,
    language: &str,
    roster_children: &[String],
    answer: Answer,
    u: &Understood,
) -> Party {
    let firsts = |names: &[String]| -> Vec<String> {
        names
            .iter()
            .map(|n| first_name(n))
            .filter(|n| !n.is_empty())
            .collect()
    };
    let mut names = if u.children_yes.is_empty() {
        let no = firsts(&u.children_no);
        firsts(roster_children)
            .into_iter()
            .filter(|n| !no.contains(n))
            .collect()
    } else {
        firsts(&u.children_yes)
    };
    let listed = u32::try_from(names.len()).unwrap_or(u32::MAX);
    let mut count = match (u.children, u.guests) {
        (Some(children), _) => children,
        (None, Some(guests)) => listed.min(guests),
        (None, None) => listed,
    };
    let adults = u
        .adults
        .or_else(|| u.guests.map(|g| g.saturating_sub(count)));
    let who = if count > listed {
        let more = strings
            .format(
                language,
                "more-children",
                &[("n", (count - listed).into())],
                false,
            )
            .unwrap_or_default();
        names.push(more);
        strings.join_names(language, &names)
    } else if count < listed || names.is_empty() {
        count = count.max(u32::from(names.is_empty()));
        strings
            .format(language, "children-count", &[("n", count.into())], false)
            .unwrap_or_default()
    } else {
        strings.join_names(language, &names)
    };
    Party {
        answer: answer.as_str(),
        who,
        children_count: count,
        adults: adults.map_or_else(|| "unknown".into(), serde_json::Value::from),
    }
}

/// The reply's subject with exactly one "Re: ": "R: Re: AW: Party" → "Re: Party".
pub fn reply_subject(subject: &str) -> String {
    const PREFIXES: [&str; 10] = [
        "re", "r", "aw", "antw", "sv", "vs", "ref", "rif", "odp", "wg",
    ];
    let mut rest = one_line(subject);
    loop {
        let trimmed = rest.trim_start();
        let Some((head, tail)) = trimmed.split_once(':') else {
            break;
        };
        let head = head.trim().to_ascii_lowercase();
        // "Re[2]:" and "RE :" count too.
        let bare = head.split('[').next().unwrap_or("").trim();
        if PREFIXES.contains(&bare) {
            rest = tail.trim_start().to_owned();
        } else {
            break;
        }
    }
    if rest.is_empty() {
        String::new()
    } else {
        format!("Re: {rest}")
    }
}

fn view(input: &ConfirmationInput<'_>, language: &str) -> ConfirmationView {
    let strings = input.templates.strings();
    let context = MessageContext::new(
        strings,
        language,
        input.host,
        input.event,
        input.family,
        input.reply_to.as_str(),
        None,
    );
    let writer = input
        .family
        .contacts
        .iter()
        .find(|c| c.email.as_str().eq_ignore_ascii_case(input.to.as_str()))
        .map(|c| first_name(&c.name))
        .unwrap_or_default();
    let u = input.understood;
    let answer = u.answer.unwrap_or(Answer::Unclear);
    let note = u
        .note
        .as_deref()
        .map(one_line)
        .filter(|n| !n.is_empty())
        .map(|n| clip(&n, 200));
    ConfirmationView {
        host: context.host,
        event: context.event,
        when: context.when,
        rsvp_by: context.rsvp_by,
        family: context.family,
        writer,
        subject_line: input.reply_subject.map(reply_subject).unwrap_or_default(),
        understood: UnderstoodView {
            party: party(strings, language, &input.family.children, answer, u),
            note,
            question: u.question,
            ask: u.ask.as_ref().map(|q| ask_view(strings, language, q)),
        },
        standing: input.standing.and_then(|(earlier, guests)| {
            (answer == Answer::Unclear && earlier != Answer::Unclear).then(|| {
                let was = Understood {
                    guests,
                    ..Understood::default()
                };
                party(strings, language, &input.family.children, earlier, &was)
            })
        }),
    }
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// Build the confirmation message.
pub fn confirmation(input: &ConfirmationInput<'_>) -> Result<Confirmation, ComposeError> {
    let templates = input.templates;
    let language = templates.resolve_language(Some(input.language), &input.event.default_language);
    let view = view(input, &language);
    let rendered = templates.render(TemplateKind::Confirmation, &language, &view)?;
    let text = to_crlf(&rendered.text);
    let html = to_crlf(&rendered.html);
    let mut builder = Message::builder()
        .from(mailbox(&input.host.name, &input.host.email)?)
        .reply_to(mailbox(&input.host.name, input.reply_to)?)
        .to(mailbox("", input.to)?)
        .subject(rendered.subject.clone())
        .date(SystemTime::from(input.date))
        .message_id(Some(input.message_id.to_owned()))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("Auto-Submitted"),
            "auto-replied".to_owned(),
        ))
        .raw_header(HeaderValue::new(
            HeaderName::new_from_ascii_str("X-Auto-Response-Suppress"),
            "All".to_owned(),
        ));
    let bracket = |id: &str| {
        let id = id.trim();
        if id.starts_with('<') {
            id.to_owned()
        } else {
            format!("<{id}>")
        }
    };
    let usable = |id: &String| id.len() > 2 && id.bytes().all(|b| b.is_ascii_graphic());
    if let Some(id) = input.reply_message_id.map(bracket).filter(usable) {
        // The whole chain, so every mail client threads it (RFC 5322 3.6.4).
        let mut chain: Vec<String> = Vec::new();
        for earlier in input.reply_references.iter().map(|r| bracket(r)) {
            if usable(&earlier) && !chain.contains(&earlier) && earlier != id {
                chain.push(earlier);
            }
        }
        chain.push(id.clone());
        builder = builder.in_reply_to(id).references(chain.join(" "));
    }
    let alternative = MultiPart::alternative()
        .singlepart(SinglePart::plain(text.clone()))
        .singlepart(SinglePart::html(html.clone()));
    let message = builder
        .multipart(alternative)
        .map_err(|e| ComposeError::Build(e.to_string()))?;
    Ok(Confirmation {
        subject: rendered.subject,
        text,
        html,
        language,
        raw: message.formatted(),
    })
}

/// A stable number for a reply's Message-ID (FNV-1a), for the confirmation's own ID.
pub fn confirmation_number(reply_message_id: &str) -> u32 {
    reply_message_id.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Sample confirmations: every answer, with and without counts, notes and
/// a standing answer, rendered in every language of `set`.
pub(crate) fn check_templates(set: &TemplateSet) -> Vec<TemplateError> {
    let mut errors = Vec::new();
    for (input_host, event, family) in [super::template::sample_party()] {
        let reply_to = family.contacts[0].email.clone();
        let cases = samples();
        for language in set.languages() {
            for (understood, standing) in &cases {
                let input = ConfirmationInput {
                    host: &input_host,
                    event: &event,
                    family: &family,
                    reply_to: &reply_to,
                    to: &reply_to,
                    reply_subject: Some("Re: Mia's party"),
                    reply_message_id: None,
                    reply_references: &[],
                    message_id: "<rsvp.check@example.org>",
                    understood,
                    standing: *standing,
                    language: &language,
                    date: DateTime::default(),
                    templates: set,
                };
                let view = view(&input, &language);
                if let Err(ComposeError::Template(error)) =
                    set.render(TemplateKind::Confirmation, &language, &view)
                    && !errors.contains(&error)
                {
                    errors.push(error);
                }
            }
        }
    }
    errors
}

fn samples() -> Vec<(Understood, Option<Standing>)> {
    let of = |answer, guests| Understood {
        answer: Some(answer),
        guests,
        ..Understood::default()
    };
    vec![
        (of(Answer::Yes, Some(3)), None),
        (of(Answer::Yes, None), None),
        (
            Understood {
                children: Some(3),
                adults: Some(2),
                note: Some("Nut allergy".to_owned()),
                ..of(Answer::Yes, Some(5))
            },
            None,
        ),
        (of(Answer::No, None), None),
        (of(Answer::Maybe, Some(2)), None),
        (of(Answer::Unclear, None), Some((Answer::Yes, Some(2)))),
        (of(Answer::Unclear, None), Some((Answer::No, None))),
        (of(Answer::Unclear, None), Some((Answer::Maybe, None))),
        (
            Understood {
                question: true,
                ..of(Answer::Unclear, None)
            },
            None,
        ),
        (
            Understood {
                ask: Some(Question::Coming(vec!["Mia".to_owned()])),
                ..of(Answer::Unclear, None)
            },
            Some((Answer::Yes, Some(2))),
        ),
        (
            Understood {
                ask: Some(Question::HowMany),
                ..of(Answer::Yes, Some(1))
            },
            None,
        ),
        (
            Understood {
                ask: Some(Question::Which(vec!["Mia".to_owned(), "Leo".to_owned()])),
                ..of(Answer::Unclear, None)
            },
            None,
        ),
    ]
}

#[cfg(test)]
mod tests;
