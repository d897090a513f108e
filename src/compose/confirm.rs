//! The short confirmation a parent gets after replying: what rsvpd
//! understood, in the family's language, in the same thread.
//!
//! Pure. Carries `Auto-Submitted: auto-replied` (RFC 3834) so that other
//! robots never answer it, and a Message-ID that carries the family's token
//! so a reply to the confirmation is linked like a reply to the invitation.

use std::time::SystemTime;

use chrono::{DateTime, Utc};
use lettre::Message;
use lettre::message::header::{HeaderName, HeaderValue};
use lettre::message::{MultiPart, SinglePart};

use super::ComposeError;
use super::message::{mailbox, to_crlf};
use super::template::one_line;
use crate::model::{Answer, EmailAddress, Host};

/// What to confirm.
#[derive(Debug, Clone, Copy)]
pub struct ConfirmationInput<'a> {
    pub host: &'a Host,
    /// The family's reply address (Reply-To), so an answer to this counts.
    pub reply_to: &'a EmailAddress,
    /// Who wrote the reply.
    pub to: &'a EmailAddress,
    /// The reply's subject and Message-ID (with angle brackets).
    pub reply_subject: Option<&'a str>,
    pub reply_message_id: Option<&'a str>,
    /// This message's own Message-ID (see [`super::MessageKind::Confirmation`]).
    pub message_id: &'a str,
    pub answer: Answer,
    pub guests: Option<u32>,
    /// The family's answer before this reply, said again when this reply is
    /// unclear so the parent knows nothing changed.
    pub standing: Option<(Answer, Option<u32>)>,
    /// The family's language (`en`, `es`, `fr`; others fall back to English).
    pub language: &'a str,
    pub date: DateTime<Utc>,
}

/// The confirmation's text and whole message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmation {
    pub subject: String,
    pub text: String,
    pub raw: Vec<u8>,
}

/// The sentence that says what was understood. `standing` is the family's
/// earlier answer, repeated after an unclear reply.
pub fn confirmation_text(
    host_name: &str,
    answer: Answer,
    guests: Option<u32>,
    standing: Option<(Answer, Option<u32>)>,
    language: &str,
) -> String {
    let lang = language.get(..2).unwrap_or("en").to_ascii_lowercase();
    let text = answer_text(host_name, answer, guests, &lang);
    match standing {
        Some((earlier, n)) if answer == Answer::Unclear && earlier != Answer::Unclear => {
            format!("{text}\n\n{}", still_down_as(earlier, n, &lang))
        }
        _ => text,
    }
}

/// "We still have you down as: yes, 3 people."
fn still_down_as(answer: Answer, guests: Option<u32>, lang: &str) -> String {
    let prefix = match lang {
        "es" => "Seguís apuntados:",
        "fr" => "Nous avons toujours noté :",
        _ => "We still have you down as:",
    };
    let word = answer_word(answer, lang);
    match guests.filter(|_| answer == Answer::Yes) {
        Some(n) => format!("{prefix} {word}, {}.", people(n, lang)),
        None => format!("{prefix} {word}."),
    }
}

/// "3 people", "1 persona", in the family's language.
fn people(n: u32, lang: &str) -> String {
    let (one, many) = match lang {
        "es" => ("persona", "personas"),
        "fr" => ("personne", "personnes"),
        _ => ("person", "people"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

fn answer_word(answer: Answer, lang: &str) -> &'static str {
    match (lang, answer) {
        ("es", Answer::Yes) => "sí",
        ("es", Answer::Maybe) => "quizás",
        ("fr", Answer::Yes) => "oui",
        ("fr", Answer::No) => "non",
        ("fr", Answer::Maybe) => "peut-être",
        (_, answer) => answer.as_str(),
    }
}

fn answer_text(host_name: &str, answer: Answer, guests: Option<u32>, lang: &str) -> String {
    let host = one_line(host_name);
    let first = host.split_whitespace().next().unwrap_or(&host).to_string();
    let people = |n: u32| people(n, lang);
    match lang {
        "es" => {
            match (answer, guests) {
                (Answer::Yes, Some(n)) => format!("¡Gracias! Os tenemos apuntados: sí, {}.\n\nPodéis responder cuando queráis para cambiarlo.", people(n)),
                (Answer::Yes, None) => "¡Gracias! Os tenemos apuntados: sí.\n\nSi nos decís cuántos venís, mejor. Podéis responder cuando queráis para cambiarlo.".to_string(),
                (Answer::No, _) => "Gracias por avisar. Os tenemos apuntados: no venís.\n\nSi cambia algo, respondéis a este correo.".to_string(),
                (Answer::Maybe, _) => "¡Gracias! Os tenemos apuntados: quizás.\n\nRespondéis cuando lo sepáis.".to_string(),
                (Answer::Unclear, _) => format!("Gracias por vuestro mensaje. {first} lo leerá y os responderá."),
            }
        }
        "fr" => {
            match (answer, guests) {
                (Answer::Yes, Some(n)) => format!("Merci ! Nous avons noté : oui, {}.\n\nVous pouvez répondre à tout moment pour changer.", people(n)),
                (Answer::Yes, None) => "Merci ! Nous avons noté : oui.\n\nDites-nous combien vous serez. Vous pouvez répondre à tout moment pour changer.".to_string(),
                (Answer::No, _) => "Merci de nous avoir prévenus. Nous avons noté : non.\n\nSi quelque chose change, répondez simplement à ce message.".to_string(),
                (Answer::Maybe, _) => "Merci ! Nous avons noté : peut-être.\n\nRépondez quand vous saurez.".to_string(),
                (Answer::Unclear, _) => format!("Merci pour votre message. {first} va le lire et vous répondra."),
            }
        }
        _ => {
            match (answer, guests) {
                (Answer::Yes, Some(n)) => format!("Thanks! We have you down as: yes, {}.\n\nReply any time to change.", people(n)),
                (Answer::Yes, None) => "Thanks! We have you down as: yes.\n\nIf you can, tell us how many of you are coming. Reply any time to change.".to_string(),
                (Answer::No, _) => "Thanks for letting us know. We have you down as: no.\n\nIf anything changes, just reply.".to_string(),
                (Answer::Maybe, _) => "Thanks! We have you down as: maybe.\n\nReply any time when you know.".to_string(),
                (Answer::Unclear, _) => format!("Thanks for your message. {first} will read it and get back to you."),
            }
        }
    }
}

/// Build the confirmation message.
pub fn confirmation(input: &ConfirmationInput<'_>) -> Result<Confirmation, ComposeError> {
    let subject = match input.reply_subject.map(one_line) {
        Some(s) if s.to_ascii_lowercase().starts_with("re:") => s,
        Some(s) if !s.is_empty() => format!("Re: {s}"),
        _ => "Re: your reply".to_string(),
    };
    let body = confirmation_text(
        &input.host.name,
        input.answer,
        input.guests,
        input.standing,
        input.language,
    );
    let text = to_crlf(&format!("{body}\n\n-- \n{}\n", one_line(&input.host.name)));
    let mut builder = Message::builder()
        .from(mailbox(&input.host.name, &input.host.email)?)
        .reply_to(mailbox(&input.host.name, input.reply_to)?)
        .to(mailbox("", input.to)?)
        .subject(subject.clone())
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
    if let Some(id) = input.reply_message_id {
        let id = if id.starts_with('<') {
            id.to_owned()
        } else {
            format!("<{id}>")
        };
        if id.bytes().all(|b| b.is_ascii_graphic()) {
            builder = builder.in_reply_to(id.clone()).references(id);
        }
    }
    let message = builder
        .multipart(MultiPart::mixed().singlepart(SinglePart::plain(text.clone())))
        .map_err(|e| ComposeError::Build(e.to_string()))?;
    Ok(Confirmation {
        subject,
        text,
        raw: message.formatted(),
    })
}

/// A stable number for a reply's Message-ID (FNV-1a), for the confirmation's own ID.
pub fn confirmation_number(reply_message_id: &str) -> u32 {
    reply_message_id.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn host() -> Host {
        Host {
            name: "Dana Kovač".into(),
            email: EmailAddress::parse("dana@example.org").expect("address"),
            time_zone: chrono_tz::Europe::Zagreb,
        }
    }

    #[test]
    fn says_what_was_understood_in_the_familys_language() {
        assert_eq!(
            confirmation_text("Dana Kovač", Answer::Yes, Some(3), None, "en"),
            "Thanks! We have you down as: yes, 3 people.\n\nReply any time to change."
        );
        assert!(
            confirmation_text("Dana Kovač", Answer::Unclear, None, None, "en")
                .contains("Dana will read it")
        );
        assert!(
            confirmation_text("Dana", Answer::No, None, None, "es-MX")
                .starts_with("Gracias por avisar")
        );
        assert!(confirmation_text("Dana", Answer::Maybe, None, None, "de").contains("maybe"));
    }

    #[test]
    fn an_unclear_reply_repeats_the_standing_answer() {
        assert_eq!(
            confirmation_text(
                "Dana Kovač",
                Answer::Unclear,
                None,
                Some((Answer::Yes, Some(3))),
                "en"
            ),
            "Thanks for your message. Dana will read it and get back to you.\n\n\
             We still have you down as: yes, 3 people."
        );
        assert!(
            confirmation_text(
                "Dana",
                Answer::Unclear,
                None,
                Some((Answer::No, None)),
                "es"
            )
            .ends_with("Seguís apuntados: no.")
        );
        assert!(
            confirmation_text(
                "Dana",
                Answer::Unclear,
                None,
                Some((Answer::Yes, Some(1))),
                "fr"
            )
            .ends_with("toujours noté : oui, 1 personne.")
        );
        // A clear answer says only itself; an earlier unclear one adds nothing.
        let yes = confirmation_text("Dana", Answer::Yes, Some(2), Some((Answer::No, None)), "en");
        assert!(!yes.contains("still"), "{yes}");
        let unclear = confirmation_text(
            "Dana",
            Answer::Unclear,
            None,
            Some((Answer::Unclear, None)),
            "en",
        );
        assert!(!unclear.contains("still"), "{unclear}");
    }

    #[test]
    fn is_auto_submitted_and_threaded() {
        let host = host();
        let reply_to = EmailAddress::parse("dana+rsvp-x@example.org").expect("address");
        let to = EmailAddress::parse("ana@example.com").expect("address");
        let c = confirmation(&ConfirmationInput {
            host: &host,
            reply_to: &reply_to,
            to: &to,
            reply_subject: Some("Re: You're invited"),
            reply_message_id: Some("<abc@mail.example.com>"),
            message_id: "<rsvp.t.ack1@example.org>",
            answer: Answer::Yes,
            guests: Some(2),
            standing: None,
            language: "en",
            date: DateTime::from_timestamp(1_800_000_000, 0).expect("time"),
        })
        .expect("compose");
        let raw = String::from_utf8_lossy(&c.raw);
        assert!(raw.contains("Auto-Submitted: auto-replied\r\n"), "{raw}");
        assert!(
            raw.contains("In-Reply-To: <abc@mail.example.com>\r\n"),
            "{raw}"
        );
        assert!(raw.contains("Subject: Re: You're invited\r\n"), "{raw}");
        assert!(raw.contains("yes, 2 people"), "{raw}");
        assert_eq!(c.subject, "Re: You're invited");
    }

    #[test]
    fn confirmation_numbers_are_stable() {
        assert_eq!(confirmation_number("<a@b>"), confirmation_number("<a@b>"));
        assert_ne!(confirmation_number("<a@b>"), confirmation_number("<a@c>"));
    }
}
