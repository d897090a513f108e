//! Message templates: the embedded defaults (`templates/` in the source tree)
//! or a host's overrides layered on them, and the values they are rendered
//! with.
//!
//! Pure: override files arrive as strings read by the shell. Template file
//! names are `{language}/{kind}.subject.txt`, `{language}/{kind}.txt` and
//! `{language}/{kind}.html` (kinds to families: `invitation`, `update`,
//! `cancel`, `reminder`; to the host: `digest`, `confirmation`) plus
//! `layout.html`; names ending in `.html` are HTML-escaped automatically.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use minijinja::syntax::SyntaxConfig;
use minijinja::{Environment, UndefinedBehavior, Value};
use serde::Serialize;

use super::ComposeError;
use super::locale::Locale;
use crate::model::{Event, Family, Host};

/// Which message a template renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TemplateKind {
    Invitation,
    Update,
    Cancel,
    /// A gentle reminder to a family that has not answered.
    Reminder,
    /// The host's daily digest.
    Digest,
    /// The answer to the host's commands by email.
    Confirmation,
}

impl TemplateKind {
    /// The messages to families, rendered with one family's values.
    pub const ALL: [TemplateKind; 4] = [
        TemplateKind::Invitation,
        TemplateKind::Update,
        TemplateKind::Cancel,
        TemplateKind::Reminder,
    ];

    /// The messages to the host.
    pub const HOST: [TemplateKind; 2] = [TemplateKind::Digest, TemplateKind::Confirmation];

    /// The kind's part of template file names.
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateKind::Invitation => "invitation",
            TemplateKind::Update => "update",
            TemplateKind::Cancel => "cancel",
            TemplateKind::Reminder => "reminder",
            TemplateKind::Digest => "digest",
            TemplateKind::Confirmation => "confirmation",
        }
    }
}

/// The three parts rendered for one kind: file names relative to `language/`.
const PARTS: [&str; 3] = ["subject.txt", "txt", "html"];

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/", $name)))),*]
    };
}

/// The default templates, compiled into the binary.
const EMBEDDED: &[(&str, &str)] = embedded![
    "layout.html",
    "en/invitation.subject.txt",
    "en/invitation.txt",
    "en/invitation.html",
    "en/update.subject.txt",
    "en/update.txt",
    "en/update.html",
    "en/cancel.subject.txt",
    "en/cancel.txt",
    "en/cancel.html",
    "es/invitation.subject.txt",
    "es/invitation.txt",
    "es/invitation.html",
    "es/update.subject.txt",
    "es/update.txt",
    "es/update.html",
    "es/cancel.subject.txt",
    "es/cancel.txt",
    "es/cancel.html",
    "fr/invitation.subject.txt",
    "fr/invitation.txt",
    "fr/invitation.html",
    "fr/update.subject.txt",
    "fr/update.txt",
    "fr/update.html",
    "fr/cancel.subject.txt",
    "fr/cancel.txt",
    "fr/cancel.html",
    "en/reminder.subject.txt",
    "en/reminder.txt",
    "en/reminder.html",
    "es/reminder.subject.txt",
    "es/reminder.txt",
    "es/reminder.html",
    "fr/reminder.subject.txt",
    "fr/reminder.txt",
    "fr/reminder.html",
    "en/digest.subject.txt",
    "en/digest.txt",
    "en/digest.html",
    "es/digest.subject.txt",
    "es/digest.txt",
    "es/digest.html",
    "en/confirmation.subject.txt",
    "en/confirmation.txt",
    "en/confirmation.html",
    "es/confirmation.subject.txt",
    "es/confirmation.txt",
    "es/confirmation.html",
];

/// One problem in a template file, with the line when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// The file name relative to the template folder, e.g. `es/invitation.html`.
    pub file: String,
    pub line: Option<usize>,
    pub message: String,
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{line}: {}", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

/// Every problem found in a set of template files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateErrors(pub Vec<TemplateError>);

impl fmt::Display for TemplateErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.0.len();
        write!(f, "{n} template error{}", if n == 1 { "" } else { "s" })?;
        for error in &self.0 {
            write!(f, "\n  {error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for TemplateErrors {}

impl TemplateError {
    fn from_minijinja(fallback_file: &str, error: &minijinja::Error) -> TemplateError {
        let message = match error.detail() {
            Some(detail) => format!("{}: {detail}", error.kind()),
            None => error.kind().to_string(),
        };
        TemplateError {
            file: error.name().unwrap_or(fallback_file).to_owned(),
            line: error.line(),
            message,
        }
    }
}

/// The templates rsvpd renders with: the embedded defaults, possibly with
/// some files replaced or added by the host.
#[derive(Debug)]
pub struct TemplateSet {
    env: Environment<'static>,
    names: BTreeSet<String>,
}

impl TemplateSet {
    /// The embedded defaults (English, Spanish, French).
    /// The embedded defaults as (file name, source), e.g. for `rsvpd init`
    /// to write out for a host to edit.
    pub fn embedded_sources() -> &'static [(&'static str, &'static str)] {
        EMBEDDED
    }

    pub fn embedded() -> TemplateSet {
        let mut set = TemplateSet {
            env: new_environment(),
            names: BTreeSet::new(),
        };
        for (name, source) in EMBEDDED {
            // The embedded templates are tested to compile; a failure here
            // would only drop that one file and fall back to another language.
            if set.env.add_template(name, source).is_ok() {
                set.names.insert((*name).to_owned());
            }
        }
        set
    }

    /// The embedded defaults with `sources` (file name relative to the
    /// override folder, with `/` separators → file contents) layered on top:
    /// a file with a default's name replaces it, others are added (a new
    /// language, or a file other templates include). Checks every file
    /// compiles and every language's templates render with sample values;
    /// reports all problems with file name and line.
    pub fn from_sources(sources: BTreeMap<String, String>) -> Result<TemplateSet, TemplateErrors> {
        let mut set = TemplateSet::embedded();
        let mut errors = Vec::new();
        for (name, source) in sources {
            let name = name.replace('\\', "/");
            let name_ok = (name.ends_with(".html") || name.ends_with(".txt"))
                && !name.starts_with('/')
                && name
                    .split('/')
                    .all(|piece| !piece.is_empty() && piece != "..");
            if !name_ok {
                errors.push(TemplateError {
                    file: name,
                    line: None,
                    message: "template files must be named *.txt or *.html".to_owned(),
                });
                continue;
            }
            match set.env.add_template_owned(name.clone(), source) {
                Ok(()) => {
                    set.names.insert(name);
                }
                Err(error) => errors.push(TemplateError::from_minijinja(&name, &error)),
            }
        }
        if errors.is_empty() {
            errors.extend(set.check_rendering());
        }
        if errors.is_empty() {
            Ok(set)
        } else {
            Err(TemplateErrors(errors))
        }
    }

    /// Languages with a complete set of files for `kind`.
    pub fn languages(&self, kind: TemplateKind) -> Vec<String> {
        let mut languages: BTreeSet<String> = BTreeSet::new();
        for name in &self.names {
            if let Some((language, _)) = name.split_once('/')
                && self.has(kind, language)
            {
                languages.insert(language.to_owned());
            }
        }
        languages.into_iter().collect()
    }

    fn has(&self, kind: TemplateKind, language: &str) -> bool {
        PARTS
            .iter()
            .all(|part| self.names.contains(&file_name(language, kind, part)))
    }

    /// The language a family's `kind` message is written in: the family's
    /// language, else the event's default, else `en`. A regional tag such as
    /// `es-MX` falls back to `es`.
    pub fn resolve_language(
        &self,
        kind: TemplateKind,
        family_language: Option<&str>,
        default_language: &str,
    ) -> String {
        let mut candidates = Vec::new();
        for tag in family_language.into_iter().chain([default_language]) {
            let tag = tag.trim().to_ascii_lowercase().replace('_', "-");
            if tag.is_empty() {
                continue;
            }
            if let Some((primary, _)) = tag.split_once('-') {
                let primary = primary.to_owned();
                candidates.push(tag);
                candidates.push(primary);
            } else {
                candidates.push(tag);
            }
        }
        candidates
            .into_iter()
            .find(|language| self.has(kind, language))
            .unwrap_or_else(|| "en".to_owned())
    }

    /// Render the subject, text and HTML of `kind` in `language`.
    pub(crate) fn render(
        &self,
        kind: TemplateKind,
        language: &str,
        context: &MessageContext,
    ) -> Result<Rendered, ComposeError> {
        let render = |part: &str, context: &MessageContext| -> Result<String, ComposeError> {
            let name = file_name(language, kind, part);
            let template = self.env.get_template(&name).map_err(|error| {
                ComposeError::Template(TemplateError::from_minijinja(&name, &error))
            })?;
            template
                .render(Value::from(minijinja::value::Serde(context)))
                .map_err(|error| {
                    ComposeError::Template(TemplateError::from_minijinja(&name, &error))
                })
        };
        let subject = one_line(&render("subject.txt", context)?);
        let context = MessageContext {
            subject: subject.clone(),
            ..context.clone()
        };
        let text = render("txt", &context)?;
        let html = render("html", &context)?;
        Ok(Rendered {
            subject,
            text,
            html,
        })
    }

    /// Render the subject, text and HTML of a message to the host: the
    /// templates see `language`, `subject` and every field of `context`.
    pub(crate) fn render_view<C: Serialize>(
        &self,
        kind: TemplateKind,
        language: &str,
        context: &C,
    ) -> Result<Rendered, ComposeError> {
        #[derive(Serialize)]
        struct View<'a, C> {
            language: &'a str,
            subject: &'a str,
            #[serde(flatten)]
            context: &'a C,
        }
        let render = |part: &str, subject: &str| -> Result<String, ComposeError> {
            let name = file_name(language, kind, part);
            let error = |error: minijinja::Error| {
                ComposeError::Template(TemplateError::from_minijinja(&name, &error))
            };
            let view = View {
                language,
                subject,
                context,
            };
            self.env
                .get_template(&name)
                .map_err(error)?
                .render(Value::from(minijinja::value::Serde(&view)))
                .map_err(error)
        };
        let subject = one_line(&render("subject.txt", "")?);
        let text = render("txt", &subject)?;
        let html = render("html", &subject)?;
        Ok(Rendered {
            subject,
            text,
            html,
        })
    }

    fn check_rendering(&self) -> Vec<TemplateError> {
        let sample = sample_context();
        let mut errors = Vec::new();
        // Render with and without the optional values, so a template that
        // only works with one of them is caught here and not while sending.
        let without_previous = MessageContext {
            previous: None,
            ..sample.clone()
        };
        for kind in TemplateKind::ALL {
            for language in self.languages(kind) {
                for variant in [&sample, &without_previous] {
                    let context = MessageContext {
                        language: language.clone(),
                        ..variant.clone()
                    };
                    if let Err(ComposeError::Template(error)) =
                        self.render(kind, &language, &context)
                        && !errors.contains(&error)
                    {
                        errors.push(error);
                    }
                }
            }
        }
        for error in super::digest::check_host_templates(self) {
            if !errors.contains(&error) {
                errors.push(error);
            }
        }
        errors
    }
}

impl Default for TemplateSet {
    fn default() -> Self {
        TemplateSet::embedded()
    }
}

fn file_name(language: &str, kind: TemplateKind, part: &str) -> String {
    format!("{language}/{}.{part}", kind.as_str())
}

fn new_environment() -> Environment<'static> {
    let mut env = Environment::new();
    // Strict about printing unknown variables (a typo shows up in `check`),
    // lenient about testing them in `{% if %}`.
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    if let Ok(syntax) = SyntaxConfig::builder()
        .trim_blocks(true)
        .lstrip_blocks(true)
        .keep_trailing_newline(true)
        .build()
    {
        env.set_syntax(syntax);
    }
    env.add_filter("date", |value: String, language: Option<String>| {
        format_date(&value, language.as_deref(), Locale::date)
    });
    env.add_filter("short_date", |value: String, language: Option<String>| {
        format_date(&value, language.as_deref(), Locale::short_date)
    });
    // Pad to a width in characters, for aligned columns in plain text.
    env.add_filter("pad", |value: Value, width: usize| {
        let value = value.to_string();
        let n = value.chars().count();
        format!("{value}{}", " ".repeat(width.saturating_sub(n)))
    });
    env.add_filter("lpad", |value: Value, width: usize| {
        let value = value.to_string();
        let n = value.chars().count();
        format!("{}{value}", " ".repeat(width.saturating_sub(n)))
    });
    // Word-wrap plain text at `width` characters (not counting the indent of
    // continuation lines). Only ASCII spaces break; a no-break space holds.
    env.add_filter("wrap", |value: Value, width: usize, indent: usize| {
        let mut out = String::new();
        let mut line_len = 0;
        for word in value.to_string().split(' ').filter(|w| !w.is_empty()) {
            let n = word.chars().count();
            if line_len > 0 && line_len + 1 + n > width {
                out.push('\n');
                out.push_str(&" ".repeat(indent));
                line_len = 0;
            } else if line_len > 0 {
                out.push(' ');
                line_len += 1;
            }
            out.push_str(&word.replace('\u{a0}', " "));
            line_len += n;
        }
        out
    });
    env.add_filter("time", |value: String, language: Option<String>| {
        let locale = Locale::for_language(language.as_deref().unwrap_or("en"));
        match value.parse::<chrono::NaiveDateTime>() {
            Ok(at) => locale.time(at),
            Err(_) => value,
        }
    });
    env
}

/// An ISO date (or date and time) as the language writes it; anything
/// else is returned as it is.
fn format_date(
    value: &str,
    language: Option<&str>,
    write: fn(Locale, chrono::NaiveDate) -> String,
) -> String {
    let locale = Locale::for_language(language.unwrap_or("en"));
    let date = value
        .get(..10)
        .and_then(|d| d.parse::<chrono::NaiveDate>().ok());
    match date {
        Some(date) => write(locale, date),
        None => value.to_owned(),
    }
}

/// One line of text: line breaks and other control characters become spaces,
/// runs of spaces one space. What a subject or a display name must be.
pub fn one_line(s: &str) -> String {
    s.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Subject, text and HTML of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Every value a template can use. See `templates/README.md`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct MessageContext {
    pub language: String,
    /// The rendered subject (empty while rendering the subject itself).
    pub subject: String,
    pub host: HostContext,
    pub event: EventContext,
    pub when: WhenContext,
    pub rsvp_by: String,
    pub family: FamilyContext,
    pub reply_address: String,
    /// For updates: what the event was before, and what changed.
    pub previous: Option<PreviousContext>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct HostContext {
    pub name: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct EventContext {
    pub title: String,
    pub location: String,
    pub details: String,
    pub details_lines: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct WhenContext {
    /// The start date with its weekday.
    pub date: String,
    /// Start to end time (and end date when it differs).
    pub time: String,
    pub start_time: String,
    pub end_time: String,
    /// The IANA zone the times are in, e.g. `Europe/Madrid`.
    pub time_zone: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FamilyContext {
    /// The children's names as a sentence: "Luka and Mia".
    pub children: String,
    pub children_list: Vec<String>,
    pub several_children: bool,
    /// The contacts' names as a sentence (contacts without a name left out).
    pub parents: String,
    pub parents_list: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PreviousContext {
    pub when: WhenContext,
    pub location: String,
    pub time_changed: bool,
    pub place_changed: bool,
}

fn when_context(event: &Event, locale: Locale) -> WhenContext {
    WhenContext {
        date: locale.date(event.start.date()),
        time: locale.span(event.start, event.end),
        start_time: locale.time(event.start),
        end_time: locale.time(event.end),
        time_zone: event.time_zone.name().to_owned(),
    }
}

impl MessageContext {
    pub(crate) fn new(
        language: &str,
        host: &Host,
        event: &Event,
        family: &Family,
        reply_address: &str,
        previous: Option<&Event>,
    ) -> MessageContext {
        let locale = Locale::for_language(language);
        let children_list: Vec<String> = family
            .children
            .iter()
            .map(|name| one_line(name))
            .filter(|name| !name.is_empty())
            .collect();
        let parents_list: Vec<String> = family
            .contacts
            .iter()
            .map(|contact| one_line(&contact.name))
            .filter(|name| !name.is_empty())
            .collect();
        let details = event
            .details
            .trim()
            .replace("\r\n", "\n")
            .replace('\r', "\n");
        MessageContext {
            language: language.to_owned(),
            subject: String::new(),
            host: HostContext {
                name: one_line(&host.name),
                email: host.email.to_string(),
            },
            event: EventContext {
                title: one_line(&event.title),
                location: event.location.trim().to_owned(),
                details_lines: details
                    .lines()
                    .map(|line| line.trim_end().to_owned())
                    .collect(),
                details,
            },
            when: when_context(event, locale),
            rsvp_by: locale.date(event.rsvp_by),
            family: FamilyContext {
                children: locale.join_names(&children_list),
                several_children: children_list.len() > 1,
                children_list,
                parents: locale.join_names(&parents_list),
                parents_list,
            },
            reply_address: reply_address.to_owned(),
            previous: previous.map(|before| PreviousContext {
                when: when_context(before, locale),
                location: before.location.trim().to_owned(),
                time_changed: before.start != event.start
                    || before.end != event.end
                    || before.time_zone != event.time_zone,
                place_changed: before.location.trim() != event.location.trim(),
            }),
        }
    }
}

/// Values for checking that templates render: every field filled.
fn sample_context() -> MessageContext {
    use crate::model::{Contact, EmailAddress};
    use chrono::NaiveDate;

    let date = NaiveDate::from_ymd_opt(2026, 3, 14).unwrap_or_default();
    let at = |hour| date.and_hms_opt(hour, 0, 0).unwrap_or_default();
    let address = |s: &str| EmailAddress::parse(s);
    let (Some(host_email), Some(contact_email)) =
        (address("dana@example.org"), address("ann@example.net"))
    else {
        unreachable!("sample addresses are valid")
    };
    let host = Host {
        name: "Dana".to_owned(),
        email: host_email,
        time_zone: chrono_tz::Europe::Madrid,
    };
    let event = Event {
        slug: "mia-7".to_owned(),
        title: "Mia's 7th birthday".to_owned(),
        start: at(15),
        end: at(17),
        time_zone: chrono_tz::Europe::Madrid,
        location: "Parque del Oeste".to_owned(),
        details: "Cake and games.\nBring a hat.".to_owned(),
        rsvp_by: date.pred_opt().unwrap_or(date),
        default_language: "en".to_owned(),
    };
    let family = Family {
        key: "f1".to_owned(),
        children: vec!["Luka".to_owned(), "Isabel".to_owned()],
        contacts: vec![Contact {
            name: "Ann".to_owned(),
            email: contact_email,
        }],
        language: None,
    };
    let before = Event {
        start: at(16),
        location: "Casa de Campo".to_owned(),
        ..event.clone()
    };
    MessageContext::new(
        "en",
        &host,
        &event,
        &family,
        "dana+rsvp-aaaaaaaaaaaaaaaaaaaaaaaaaa@example.org",
        Some(&before),
    )
}

#[cfg(test)]
mod tests;
