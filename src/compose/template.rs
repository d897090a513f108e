//! Message templates: one layout per message kind (`templates/` in the
//! source tree), the words of every language in `templates/strings/*.ftl`,
//! a host's overrides layered on both, and the values they are rendered with.
//!
//! Pure: override files arrive as strings read by the shell. Layout file
//! names are `{kind}.subject.txt`, `{kind}.txt` and `{kind}.html` plus
//! `layout.html`; a layout for one language only may be given as
//! `{language}/{kind}.{part}`. Layouts take their words from the language's
//! strings with `t("message-id", name=value, …)`. Names ending in `.html`
//! are HTML-escaped automatically, and so is everything `t` returns there.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::sync::Arc;

use minijinja::syntax::SyntaxConfig;
use minijinja::value::{Kwargs, ValueKind};
use minijinja::{Environment, ErrorKind, State, UndefinedBehavior, Value};
use serde::Serialize;

use super::ComposeError;
use super::strings::{self, Arg, Strings};
use crate::model::{Answer, Event, Family, Host};

/// Which message a template renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TemplateKind {
    Invitation,
    Update,
    Cancel,
    /// A gentle reminder to a family that has not answered.
    Reminder,
    /// What rsvpd understood of a family's reply, sent back to them.
    Confirmation,
    /// The host's daily digest.
    Digest,
    /// The answer to the host's commands by email.
    Commands,
    /// A service letter to a host or a stranger: subject and plain text
    /// written in `service/letter.rs`, laid out like every other message.
    Letter,
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
    pub const HOST: [TemplateKind; 2] = [TemplateKind::Digest, TemplateKind::Commands];

    /// The kind's part of template file names.
    pub fn as_str(self) -> &'static str {
        match self {
            TemplateKind::Invitation => "invitation",
            TemplateKind::Update => "update",
            TemplateKind::Cancel => "cancel",
            TemplateKind::Reminder => "reminder",
            TemplateKind::Confirmation => "confirmation",
            TemplateKind::Digest => "digest",
            TemplateKind::Commands => "commands",
            TemplateKind::Letter => "letter",
        }
    }
}

macro_rules! embedded {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../templates/", $name)))),*]
    };
}

/// The default layouts, compiled into the binary.
const EMBEDDED: &[(&str, &str)] = embedded![
    "layout.html",
    "details.txt",
    "details.html",
    "invitation.subject.txt",
    "invitation.txt",
    "invitation.html",
    "update.subject.txt",
    "update.txt",
    "update.html",
    "cancel.subject.txt",
    "cancel.txt",
    "cancel.html",
    "reminder.subject.txt",
    "reminder.txt",
    "reminder.html",
    "confirmation.subject.txt",
    "confirmation.txt",
    "confirmation.html",
    "digest.subject.txt",
    "digest.txt",
    "digest.html",
    "commands.subject.txt",
    "commands.txt",
    "commands.html",
    "letter.subject.txt",
    "letter.txt",
    "letter.html",
];

/// One problem in a template file, with the line when known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// The file name relative to the template folder, e.g. `invitation.html`
    /// or `strings/es.ftl`.
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

/// The templates rsvpd renders with: the embedded layouts and strings,
/// possibly with some files replaced or added by the host.
#[derive(Debug, Clone)]
pub struct TemplateSet {
    env: Environment<'static>,
    names: BTreeSet<String>,
    strings: Arc<Strings>,
}

impl TemplateSet {
    /// The embedded defaults as (file name, source), e.g. for `rsvpd init`
    /// to write out for a host to edit.
    pub fn embedded_sources() -> Vec<(String, &'static str)> {
        EMBEDDED
            .iter()
            .map(|(name, source)| ((*name).to_owned(), *source))
            .chain(Strings::embedded_sources())
            .collect()
    }

    /// The embedded layouts and strings (English, Spanish, French, German).
    /// Built once per process: every reply's confirmation renders with
    /// them, and parsing the strings and compiling the layouts costs more
    /// than understanding the reply. A clone shares the compiled layouts.
    pub fn embedded() -> TemplateSet {
        static EMBEDDED_SET: std::sync::LazyLock<TemplateSet> =
            std::sync::LazyLock::new(|| TemplateSet::with_layouts(Strings::embedded()));
        EMBEDDED_SET.clone()
    }

    /// The embedded layouts with `strings`.
    fn with_layouts(strings: Strings) -> TemplateSet {
        let strings = Arc::new(strings);
        let mut set = TemplateSet {
            env: new_environment(&strings),
            names: BTreeSet::new(),
            strings,
        };
        for (name, source) in EMBEDDED {
            // The embedded templates are tested to compile.
            if set.env.add_template(name, source).is_ok() {
                set.names.insert((*name).to_owned());
            }
        }
        set
    }

    /// The embedded defaults with `sources` (file name relative to the
    /// override folder, with `/` separators → file contents) layered on top:
    /// a layout with a default's name replaces it, `{language}/{kind}.{part}`
    /// replaces it for one language, and `strings/{language}.ftl` replaces
    /// the messages it defines (a new language's file must define them all).
    /// Checks every file compiles and every kind renders in every language
    /// with sample values; reports all problems with file name and line.
    pub fn from_sources(sources: BTreeMap<String, String>) -> Result<TemplateSet, TemplateErrors> {
        let mut errors = Vec::new();
        let mut strings = Strings::embedded();
        let mut layouts = Vec::new();
        for (name, source) in sources {
            let name = name.replace('\\', "/");
            if let Some(language) = strings::language_of_file(&name) {
                errors.extend(strings.add(&name, language, &source));
                continue;
            }
            let name_ok = (name.ends_with(".html") || name.ends_with(".txt"))
                && !name.starts_with('/')
                && name
                    .split('/')
                    .all(|piece| !piece.is_empty() && piece != "..");
            if !name_ok {
                errors.push(TemplateError {
                    file: name,
                    line: None,
                    message: "template files must be named *.txt, *.html or strings/LANGUAGE.ftl"
                        .to_owned(),
                });
                continue;
            }
            layouts.push((name, source));
        }
        let mut set = TemplateSet::with_layouts(strings);
        for (name, source) in layouts {
            match set.env.add_template_owned(name.clone(), source) {
                Ok(()) => {
                    set.names.insert(name);
                }
                Err(error) => errors.push(TemplateError::from_minijinja(&name, &error)),
            }
        }
        if errors.is_empty() {
            errors.extend(set.check_complete());
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

    /// The languages messages can be written in.
    pub fn languages(&self) -> Vec<String> {
        self.strings.languages()
    }

    /// The strings the layouts take their words from.
    pub fn strings(&self) -> &Strings {
        &self.strings
    }

    /// The language a family's messages are written in: the family's (or a
    /// reply's) language, else the event's default, else `en`. A regional
    /// tag such as `es-MX` falls back to `es`.
    pub fn resolve_language(&self, first_choice: Option<&str>, default_language: &str) -> String {
        let mut candidates = Vec::new();
        for tag in first_choice.into_iter().chain([default_language]) {
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
            .find(|language| self.strings.has_language(language))
            .unwrap_or_else(|| strings::REFERENCE.to_owned())
    }

    /// The file a part of `kind` is rendered from in `language`: the
    /// language's own layout when there is one.
    fn file_for(&self, kind: TemplateKind, language: &str, part: &str) -> String {
        let own = format!("{language}/{}.{part}", kind.as_str());
        if self.names.contains(&own) {
            own
        } else {
            format!("{}.{part}", kind.as_str())
        }
    }

    /// Render the subject, text and HTML of `kind` in `language`: the
    /// templates see `language`, `subject` and every field of `context`.
    pub(crate) fn render<C: Serialize>(
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
            let name = self.file_for(kind, language, part);
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

    /// Every message of the reference language exists in every other.
    fn check_complete(&self) -> Vec<TemplateError> {
        let reference = self.strings.ids(strings::REFERENCE);
        let mut errors = Vec::new();
        for language in self.strings.languages() {
            let ids = self.strings.ids(&language);
            let missing: Vec<&String> = reference.difference(&ids).collect();
            if !missing.is_empty() {
                let shown: Vec<&str> = missing.iter().take(8).map(|s| s.as_str()).collect();
                errors.push(TemplateError {
                    file: strings::file_name(&language),
                    line: None,
                    message: format!(
                        "{} message{} missing: {}{}",
                        missing.len(),
                        if missing.len() == 1 { "" } else { "s" },
                        shown.join(", "),
                        if missing.len() > shown.len() {
                            ", …"
                        } else {
                            ""
                        }
                    ),
                });
            }
        }
        errors
    }

    fn check_rendering(&self) -> Vec<TemplateError> {
        let mut errors = Vec::new();
        let mut push = |error: TemplateError| {
            if !errors.contains(&error) {
                errors.push(error);
            }
        };
        for language in self.languages() {
            for (kind, context) in sample_contexts(&self.strings, &language) {
                if let Err(ComposeError::Template(error)) = self.render(kind, &language, &context) {
                    push(error);
                }
            }
        }
        for error in super::digest::check_host_templates(self) {
            push(error);
        }
        for error in super::confirm::check_templates(self) {
            push(error);
        }
        for error in super::message::check_letter_template(self) {
            push(error);
        }
        errors
    }
}

impl Default for TemplateSet {
    fn default() -> Self {
        TemplateSet::embedded()
    }
}

/// A minijinja value as a message argument. Safe strings (already HTML)
/// stay as they are; other text is escaped when the output is HTML.
fn to_arg(name: &str, value: &Value) -> Result<Arg, minijinja::Error> {
    match value.kind() {
        ValueKind::Number => {
            if let Some(n) = value.as_i64() {
                Ok(Arg::from(n))
            } else {
                f64::try_from(value.clone()).map(Arg::Number)
            }
        }
        // An empty text is `none`, so that a selector can test for it.
        ValueKind::String if value.as_str().is_some_and(|s| s.trim().is_empty()) => {
            Ok(Arg::from("none"))
        }
        ValueKind::String => Ok(Arg::Text {
            text: value.as_str().unwrap_or_default().to_owned(),
            safe: value.is_safe(),
        }),
        ValueKind::Bool => Ok(Arg::from(if value.is_true() { "yes" } else { "no" })),
        ValueKind::None => Ok(Arg::from("none")),
        ValueKind::Undefined => Err(minijinja::Error::new(
            ErrorKind::UndefinedError,
            format!("argument {name} of t() is undefined"),
        )),
        _ => Ok(Arg::from(value.to_string())),
    }
}

fn new_environment(strings: &Arc<Strings>) -> Environment<'static> {
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
    let language_of = |state: &State| {
        state
            .lookup("language")
            .and_then(|l| l.as_str().map(str::to_owned))
            .unwrap_or_else(|| strings::REFERENCE.to_owned())
    };
    let s = Arc::clone(strings);
    env.add_function(
        "t",
        move |state: &State, id: String, kwargs: Kwargs| -> Result<Value, minijinja::Error> {
            let mut args = Vec::new();
            let names: Vec<String> = kwargs.args().map(str::to_owned).collect();
            for name in &names {
                let value: Value = kwargs.get(name)?;
                args.push((name.as_str(), to_arg(name, &value)?));
            }
            kwargs.assert_all_used()?;
            let html = !matches!(state.auto_escape(), minijinja::AutoEscape::None);
            let language = language_of(state);
            let text = s
                .format(&language, &id, &args, html)
                .map_err(|e| minijinja::Error::new(ErrorKind::InvalidOperation, e))?;
            Ok(if html {
                Value::from_safe_string(text)
            } else {
                Value::from(text)
            })
        },
    );
    // Old values struck through, in HTML (a visible "was" says so in words).
    env.add_filter("strike", |value: String| {
        Value::from_safe_string(format!("<s>{}</s>", strings::html_escape(&value)))
    });
    // The widest of some labels, in characters: for aligned plain text.
    env.add_function("widest", |labels: Vec<String>| -> usize {
        labels.iter().map(|l| l.chars().count()).max().unwrap_or(0)
    });
    let s = Arc::clone(strings);
    env.add_filter(
        "date",
        move |value: String, language: Option<String>| -> String {
            with_date(&value, |d| s.date(language.as_deref().unwrap_or("en"), d))
        },
    );
    let s = Arc::clone(strings);
    env.add_filter(
        "short_date",
        move |value: String, language: Option<String>| -> String {
            with_date(&value, |d| {
                s.short_date(language.as_deref().unwrap_or("en"), d)
            })
        },
    );
    let s = Arc::clone(strings);
    env.add_filter(
        "time",
        move |value: String, language: Option<String>| -> String {
            match value.parse::<chrono::NaiveDateTime>() {
                Ok(at) => s.time(language.as_deref().unwrap_or("en"), at),
                Err(_) => value,
            }
        },
    );
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
    // Word-wrap plain text: no line longer than `width` characters, and
    // continuation lines indented by `indent` spaces. A no-break space holds.
    env.add_filter(
        "wrap",
        |value: Value, width: Option<usize>, indent: Option<usize>| {
            wrap(
                &value.to_string(),
                width.unwrap_or(TEXT_WIDTH),
                indent.unwrap_or(0),
            )
        },
    );
    env
}

/// The width of plain-text lines: fits a phone in portrait.
pub const TEXT_WIDTH: usize = 72;

/// Wrap each line of `text` at `width` characters, continuation lines
/// indented by `indent` spaces (a line's own leading spaces are kept).
/// Breaks only at ASCII spaces; a no-break space becomes a space after
/// wrapping. A single word longer than the line (a link) stands alone.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let lead = line.len() - line.trim_start_matches(' ').len();
        out.push_str(&line[..lead]);
        let mut line_len = lead;
        let mut first = true;
        // Spaces before the next word: kept inside a line (aligned columns),
        // dropped where the line breaks.
        let mut gap = 0;
        for (i, word) in line[lead..].split(' ').enumerate() {
            gap += usize::from(i > 0);
            if word.is_empty() {
                continue;
            }
            let n = word.chars().count();
            if !first && line_len + gap + n > width {
                out.push('\n');
                out.push_str(&" ".repeat(indent));
                line_len = indent;
            } else if !first {
                out.push_str(&" ".repeat(gap));
                line_len += gap;
            }
            out.push_str(&word.replace('\u{a0}', " "));
            line_len += n;
            gap = 0;
            first = false;
        }
    }
    out
}

/// An ISO date (or date and time) as the language writes it; anything
/// else is returned as it is.
fn with_date(value: &str, write: impl Fn(chrono::NaiveDate) -> String) -> String {
    match value
        .get(..10)
        .and_then(|d| d.parse::<chrono::NaiveDate>().ok())
    {
        Some(date) => write(date),
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

/// The first name of a person: the first word of their name.
pub fn first_name(name: &str) -> String {
    one_line(name)
        .split(' ')
        .next()
        .unwrap_or_default()
        .to_owned()
}

/// Subject, text and HTML of one message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Rendered {
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// Every value a family's message can use. See `templates/README.md`.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct MessageContext {
    pub host: HostContext,
    pub event: EventContext,
    pub when: WhenContext,
    pub rsvp_by: String,
    pub rsvp_by_short: String,
    pub family: FamilyContext,
    pub reply_address: String,
    /// For updates: what the event was before, and what changed.
    pub previous: Option<PreviousContext>,
    /// The family's answer so far (`yes`, `no`, `maybe`, `unclear`), when
    /// the message depends on it (updates, reminders).
    pub standing: Option<&'static str>,
    /// For reminders: the family wrote, but rsvpd could not read an answer:
    /// `question` when they asked something, else `unclear`.
    pub wrote: Option<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct HostContext {
    pub name: String,
    pub first_name: String,
    pub email: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct EventContext {
    pub title: String,
    pub location: String,
    /// The place's name: the location up to its first comma.
    pub place: String,
    /// A maps link for the location (empty without a location).
    pub map_url: String,
    pub details: String,
    /// The details' paragraphs (blank lines between them in the config),
    /// each as its lines: the host's own line breaks are kept.
    pub details_paragraphs: Vec<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub(crate) struct WhenContext {
    /// The start date with its weekday: "Saturday 12 December".
    pub date: String,
    /// The same with the year.
    pub full_date: String,
    /// "Sat 12 Dec".
    pub short_date: String,
    /// Start to end time (and end date when it differs).
    pub time: String,
    pub start_time: String,
    pub end_time: String,
    /// The IANA zone the times are in, e.g. `Europe/Madrid`.
    pub time_zone: String,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct FamilyContext {
    /// The children's first names as a sentence: "Oliver and Amelia".
    pub children: String,
    pub children_list: Vec<String>,
    pub children_count: usize,
    pub several_children: bool,
    /// The children's names and the writer: "Oliver, Amelia and me".
    pub children_and_me: String,
    /// The contacts' first names as a sentence (contacts without a name left out).
    pub parents: String,
    pub parents_list: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub(crate) struct PreviousContext {
    pub when: WhenContext,
    pub location: String,
    pub place: String,
    pub date_changed: bool,
    pub time_changed: bool,
    pub place_changed: bool,
    pub details_changed: bool,
    /// What the subject and first line announce: `date`, `time`,
    /// `date_time`, `place`, `several` or `details`.
    pub change: &'static str,
}

/// The event's title and details in `language`, when the config gives them.
fn event_text<'a>(event: &'a Event, language: &str) -> (&'a str, &'a str) {
    let text = event.translations.get(language).or_else(|| {
        event
            .translations
            .get(language.split('-').next().unwrap_or(""))
    });
    let title = text
        .and_then(|t| t.title.as_deref())
        .unwrap_or(&event.title);
    let details = text
        .and_then(|t| t.details.as_deref())
        .unwrap_or(&event.details);
    (title, details)
}

fn when_context(strings: &Strings, language: &str, event: &Event) -> WhenContext {
    WhenContext {
        date: strings.date(language, event.start.date()),
        full_date: strings.full_date(language, event.start.date()),
        short_date: strings.short_date(language, event.start.date()),
        time: strings.span(language, event.start, event.end),
        start_time: strings.time(language, event.start),
        end_time: strings.time(language, event.end),
        time_zone: event.time_zone.name().to_owned(),
    }
}

/// The place's name: the location up to its first comma or line break.
fn place_name(location: &str) -> String {
    let first = location
        .split([',', '\n'])
        .next()
        .unwrap_or_default()
        .trim();
    one_line(first)
}

/// A maps search link for a location: opens the maps app on phones.
pub fn map_url(location: &str) -> String {
    let query = one_line(location);
    if query.is_empty() {
        return String::new();
    }
    let mut encoded = String::with_capacity(query.len() * 2);
    for byte in query.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                encoded.push(char::from(byte));
            }
            b' ' => encoded.push('+'),
            other => encoded.push_str(&format!("%{other:02X}")),
        }
    }
    format!("https://www.google.com/maps/search/?api=1&query={encoded}")
}

/// The paragraphs of a text (separated by blank lines), each as its lines,
/// every line made safe for one line.
fn paragraphs(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut current: Vec<String> = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
        } else {
            current.push(one_line(line));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

impl MessageContext {
    pub(crate) fn new(
        strings: &Strings,
        language: &str,
        host: &Host,
        event: &Event,
        family: &Family,
        reply_address: &str,
        previous: Option<&Event>,
    ) -> MessageContext {
        let children_list: Vec<String> = family
            .children
            .iter()
            .map(|name| first_name(name))
            .filter(|name| !name.is_empty())
            .collect();
        let parents_list: Vec<String> = family
            .contacts
            .iter()
            .map(|contact| first_name(&contact.name))
            .filter(|name| !name.is_empty())
            .fold(Vec::new(), |mut seen, name| {
                if !seen.contains(&name) {
                    seen.push(name);
                }
                seen
            });
        let (title, details) = event_text(event, language);
        let details = details.trim().replace("\r\n", "\n").replace('\r', "\n");
        let me = strings
            .format(language, "word-me", &[], false)
            .unwrap_or_else(|_| "me".to_owned());
        let mut with_me = children_list.clone();
        with_me.push(me);
        let location = event.location.trim().to_owned();
        let when = when_context(strings, language, event);
        let details_changed =
            previous.is_some_and(|before| event_text(before, language).1.trim() != details.trim());
        MessageContext {
            host: HostContext {
                name: one_line(&host.name),
                first_name: first_name(&host.name),
                email: host.email.to_string(),
            },
            event: EventContext {
                title: one_line(title),
                place: place_name(&location),
                map_url: match &event.map_url {
                    Some(url) => url.clone(),
                    None => map_url(&location),
                },
                location,
                details_paragraphs: paragraphs(&details),
                details,
            },
            rsvp_by: strings.date(language, event.rsvp_by),
            rsvp_by_short: strings.short_date(language, event.rsvp_by),
            family: FamilyContext {
                children: strings.join_names(language, &children_list),
                children_count: children_list.len(),
                several_children: children_list.len() > 1,
                children_and_me: strings.join_names(language, &with_me),
                children_list,
                parents: strings.join_names(language, &parents_list),
                parents_list,
            },
            reply_address: reply_address.to_owned(),
            previous: previous.map(|before| {
                let old = when_context(strings, language, before);
                let date_changed = before.start.date() != event.start.date();
                let time_changed = before.start.time() != event.start.time()
                    || before.end != event.end
                    || before.time_zone != event.time_zone;
                let place_changed = before.location.trim() != event.location.trim();
                let change = match (date_changed, time_changed, place_changed) {
                    (true, _, true) | (_, true, true) => "several",
                    (true, true, false) => "date_time",
                    (true, false, false) => "date",
                    (false, true, false) => "time",
                    (false, false, true) => "place",
                    (false, false, false) => "details",
                };
                PreviousContext {
                    when: old,
                    place: place_name(&before.location),
                    location: before.location.trim().to_owned(),
                    date_changed,
                    time_changed,
                    place_changed,
                    details_changed,
                    change,
                }
            }),
            when,
            standing: None,
            wrote: None,
        }
    }

    /// The same message for a family whose answer so far is `standing`.
    pub(crate) fn with_standing(mut self, standing: Option<Answer>) -> MessageContext {
        self.standing = standing.map(Answer::as_str);
        self
    }
}

/// A host, an event and a family with every field filled: sample values
/// for checking templates.
pub(crate) fn sample_party() -> (Host, Event, Family) {
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
        location: "Parque del Oeste, Madrid".to_owned(),
        details: "Cake and games.\n\nBring a hat.".to_owned(),
        rsvp_by: date.pred_opt().unwrap_or(date),
        default_language: "en".to_owned(),
        translations: BTreeMap::new(),
        map_url: None,
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
    (host, event, family)
}

/// Sample values for checking that templates render: every kind, with
/// and without each optional value.
fn sample_contexts(strings: &Strings, language: &str) -> Vec<(TemplateKind, MessageContext)> {
    use crate::model::Contact;

    let (host, event, family) = sample_party();
    let at = |hour| {
        event
            .start
            .date()
            .and_hms_opt(hour, 0, 0)
            .unwrap_or_default()
    };
    let lone = Family {
        children: vec!["Luka".to_owned()],
        contacts: vec![Contact {
            name: String::new(),
            email: family.contacts[0].email.clone(),
        }],
        ..family.clone()
    };
    let unplaced = Event {
        location: String::new(),
        details: String::new(),
        ..event.clone()
    };
    let reply = "dana+rsvp-aaaaaaaaaaaaaaaaaaaaaaaaaa@example.org";
    let context = |event: &Event, family: &Family, previous: Option<&Event>| {
        MessageContext::new(strings, language, &host, event, family, reply, previous)
    };
    let mut out = Vec::new();
    for kind in [
        TemplateKind::Invitation,
        TemplateKind::Cancel,
        TemplateKind::Reminder,
    ] {
        out.push((kind, context(&event, &family, None)));
        out.push((kind, context(&unplaced, &lone, None)));
    }
    for wrote in ["question", "unclear"] {
        let mut c = context(&event, &family, None).with_standing(Some(Answer::Unclear));
        c.wrote = Some(wrote);
        out.push((TemplateKind::Reminder, c));
    }
    let changes = [
        Event {
            start: at(16),
            end: at(18),
            ..event.clone()
        },
        Event {
            start: at(15) + chrono::Days::new(1),
            end: at(17) + chrono::Days::new(1),
            ..event.clone()
        },
        Event {
            start: at(16) + chrono::Days::new(1),
            end: at(18) + chrono::Days::new(1),
            ..event.clone()
        },
        Event {
            location: "Casa de Campo".to_owned(),
            ..event.clone()
        },
        Event {
            location: "Casa de Campo".to_owned(),
            start: at(16),
            ..event.clone()
        },
        Event {
            details: "Bring a coat.".to_owned(),
            ..event.clone()
        },
    ];
    for now in &changes {
        for standing in [
            None,
            Some(Answer::Yes),
            Some(Answer::No),
            Some(Answer::Maybe),
            Some(Answer::Unclear),
        ] {
            out.push((
                TemplateKind::Update,
                context(now, &family, Some(&event)).with_standing(standing),
            ));
        }
    }
    out.push((TemplateKind::Update, context(&event, &lone, None)));
    out.push((
        TemplateKind::Update,
        context(&unplaced, &lone, Some(&event)).with_standing(Some(Answer::Yes)),
    ));
    out
}

#[cfg(test)]
mod tests;
