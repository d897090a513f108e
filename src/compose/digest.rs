//! Render the messages to the host: the daily digest and the confirmation
//! of commands, from the pure models in [`crate::digest`].
//!
//! Pure: the same [`TemplateSet`] (embedded defaults or the host's
//! overrides), the same date formats and the same escaping as invitations.

use serde::Serialize;

use super::ComposeError;
use super::message::{Composed, HostMessageInput, host_message};
use super::template::{TemplateError, TemplateKind, TemplateSet};
use crate::digest::command::Confirmation;
use crate::digest::{Digest, build, sample};

/// A message to the host before it is wrapped in headers: for previews.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderedMessage {
    pub subject: String,
    /// LF line endings.
    pub text: String,
    pub html: String,
    /// The language it was written in.
    pub language: String,
}

#[derive(Serialize)]
struct DigestView<'a> {
    #[serde(flatten)]
    digest: &'a Digest,
    /// Width of the family column in the plain-text digest: the longest
    /// label ("Oliver & Amelia (Brown)"), at least 16, at most 24, so that
    /// lines stay within 72 columns.
    label_width: usize,
}

#[derive(Serialize)]
struct ConfirmationView<'a> {
    #[serde(flatten)]
    confirmation: &'a Confirmation,
    /// The event's title.
    title: &'a str,
}

/// Render the digest in `language` (falls back to English).
pub fn render_digest(
    digest: &Digest,
    language: &str,
    templates: &TemplateSet,
) -> Result<RenderedMessage, ComposeError> {
    let kind = TemplateKind::Digest;
    let language = templates.resolve_language(None, language);
    let labels = (digest.changes.iter().map(|c| &c.family))
        .chain(digest.waiting.iter().map(|w| &w.family))
        .chain(digest.unreachable.iter().map(|u| &u.family))
        .chain(digest.notes.iter().map(|n| &n.family));
    let label_width = labels
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(16, 24);
    let view = DigestView {
        digest,
        label_width,
    };
    let rendered = templates.render(kind, &language, &view)?;
    Ok(RenderedMessage {
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        language,
    })
}

/// The digest as a message to the host.
pub fn digest(
    digest: &Digest,
    language: &str,
    input: &HostMessageInput<'_>,
) -> Result<Composed, ComposeError> {
    let rendered = render_digest(digest, language, input.templates)?;
    host_message(
        input,
        &rendered.subject,
        &rendered.text,
        &rendered.html,
        &rendered.language,
    )
}

/// Render the confirmation of the host's commands.
pub fn render_confirmation(
    confirmation: &Confirmation,
    title: &str,
    language: &str,
    templates: &TemplateSet,
) -> Result<RenderedMessage, ComposeError> {
    let kind = TemplateKind::Commands;
    let language = templates.resolve_language(None, language);
    let view = ConfirmationView {
        confirmation,
        title,
    };
    let rendered = templates.render(kind, &language, &view)?;
    Ok(RenderedMessage {
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        language,
    })
}

/// The confirmation as a message to the host, answering the host's mail.
pub fn confirmation(
    confirmation: &Confirmation,
    title: &str,
    language: &str,
    input: &HostMessageInput<'_>,
) -> Result<Composed, ComposeError> {
    let rendered = render_confirmation(confirmation, title, language, input.templates)?;
    host_message(
        input,
        &rendered.subject,
        &rendered.text,
        &rendered.html,
        &rendered.language,
    )
}

/// Render every host template of `set` with full and minimal sample values;
/// every problem found, with file and line.
pub(crate) fn check_host_templates(set: &TemplateSet) -> Vec<TemplateError> {
    use crate::digest::command::{CommandError, Done};
    let mut errors = Vec::new();
    let mut push = |result: Result<RenderedMessage, ComposeError>| {
        if let Err(ComposeError::Template(error)) = result
            && !errors.contains(&error)
        {
            errors.push(error);
        }
    };
    let digests = [build(&sample::input()), build(&sample::minimal_input())];
    let full = Confirmation {
        done: vec![
            Done {
                kind: "set_answer",
                family: Some("Luka (Novak)".to_owned()),
                answer: Some(crate::model::Answer::Yes),
                guests: Some(3),
            },
            Done {
                kind: "remind",
                family: Some("Chidi (Okafor)".to_owned()),
                answer: None,
                guests: None,
            },
            Done {
                kind: "pause_reminders",
                family: None,
                answer: None,
                guests: None,
            },
            Done {
                kind: "resume_reminders",
                family: None,
                answer: None,
                guests: None,
            },
        ],
        errors: vec![CommandError {
            line: "Lukas: yes".to_owned(),
            reason: "no family called \"lukas\"".to_owned(),
        }],
    };
    let confirmations = [full, Confirmation::default()];
    for language in set.languages() {
        for d in &digests {
            push(render_digest(d, &language, set));
        }
        for c in &confirmations {
            push(render_confirmation(c, "Luka's party", &language, set));
        }
    }
    errors
}

#[cfg(test)]
mod tests;
