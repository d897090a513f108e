//! The words of every message, one Fluent file per language
//! (`templates/strings/{language}.ftl`), and the date, time and list formats
//! written in those files.
//!
//! Pure: sources arrive as strings. A layout asks for a message by id with
//! named arguments; plurals and other grammar are the language file's own
//! (Fluent selectors), so adding a language adds one file and no layout.
//! For HTML, the file's text and every argument not already marked safe are
//! escaped, so a string can never inject markup.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::template::TemplateError;

macro_rules! embedded {
    ($($language:literal),* $(,)?) => {
        &[$(($language, include_str!(concat!("../../templates/strings/", $language, ".ftl")))),*]
    };
}

/// The languages shipped, with their strings.
const EMBEDDED: &[(&str, &str)] = embedded!["en", "es", "fr", "de"];

/// The language every other is checked against, and the last resort.
pub const REFERENCE: &str = "en";

/// One argument of a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text; escaped for HTML unless `safe`.
    Text { text: String, safe: bool },
    /// A number: plurals select on it.
    Number(f64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text {
            text: text.to_owned(),
            safe: false,
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text { text, safe: false }
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        // Message arguments are small counts and clock values: exact in f64.
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(f64::from(n))
    }
}

/// The strings of one language: a bundle for plain text and one for HTML
/// (same messages, text escaped), and where each message was defined.
struct Catalog {
    text: FluentBundle<Arc<FluentResource>>,
    html: FluentBundle<Arc<FluentResource>>,
    /// Message id → (file, line) of its latest definition.
    origin: BTreeMap<String, (String, usize)>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("messages", &self.origin.len())
            .finish()
    }
}

/// Every language's strings.
#[derive(Debug)]
pub struct Strings {
    catalogs: BTreeMap<String, Catalog>,
}

fn escape_html(text: &str) -> Cow<'_, str> {
    if !text.contains(['&', '<', '>', '"', '\'']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// HTML-escape text for an attribute or element.
pub fn html_escape(text: &str) -> String {
    escape_html(text).into_owned()
}

fn new_bundle(language: &str, html: bool) -> FluentBundle<Arc<FluentResource>> {
    let id = language
        .parse::<unic_langid::LanguageIdentifier>()
        .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Plain-text mail and left-to-right languages: no bidi isolation marks.
    bundle.set_use_isolating(false);
    if html {
        bundle.set_transform(Some(escape_html));
    }
    bundle
}

/// The line (1-based) of byte offset `at` in `source`.
fn line_of(source: &str, at: usize) -> usize {
    source
        .get(..at.min(source.len()))
        .map_or(1, |s| s.matches('\n').count() + 1)
}

/// The line (1-based) where each message id is defined in `source`, from
/// one pass over its lines: `id = …` at the start of a line.
fn definition_lines(source: &str) -> BTreeMap<&str, usize> {
    let mut lines = BTreeMap::new();
    for (n, line) in source.split('\n').enumerate() {
        if let Some((id, _)) = line.split_once('=') {
            let id = id.trim_end();
            if !id.is_empty() && !line.starts_with([' ', '\t', '#', '.', '-']) {
                lines.entry(id).or_insert(n + 1);
            }
        }
    }
    lines
}

impl Strings {
    /// The shipped languages.
    pub fn embedded() -> Strings {
        let mut strings = Strings {
            catalogs: BTreeMap::new(),
        };
        for (language, source) in EMBEDDED {
            // The shipped files are tested to parse without errors.
            let _ = strings.add(&file_name(language), language, source);
        }
        strings
    }

    /// The shipped files as (file name, source), for `rsvpd init`.
    pub fn embedded_sources() -> Vec<(String, &'static str)> {
        EMBEDDED
            .iter()
            .map(|(language, source)| (file_name(language), *source))
            .collect()
    }

    /// Add the messages of `source` (the file `file`) to `language`, each
    /// replacing a message of the same id. A new language starts empty.
    /// Syntax errors are reported with their line; the valid messages of
    /// the file are still added.
    pub fn add(&mut self, file: &str, language: &str, source: &str) -> Vec<TemplateError> {
        let language = language.to_ascii_lowercase();
        let mut errors = Vec::new();
        let resource = match FluentResource::try_new(source.to_owned()) {
            Ok(resource) => resource,
            Err((resource, parse_errors)) => {
                for error in parse_errors {
                    errors.push(TemplateError {
                        file: file.to_owned(),
                        line: Some(line_of(source, error.pos.start)),
                        message: format!("syntax error: {}", error.kind),
                    });
                }
                resource
            }
        };
        let resource = Arc::new(resource);
        let catalog = self
            .catalogs
            .entry(language.clone())
            .or_insert_with(|| Catalog {
                text: new_bundle(&language, false),
                html: new_bundle(&language, true),
                origin: BTreeMap::new(),
            });
        let lines = definition_lines(source);
        for entry in resource.entries() {
            if let ast::Entry::Message(message) = entry {
                let id = message.id.name;
                let line = lines.get(id).copied().unwrap_or(1);
                catalog
                    .origin
                    .insert(id.to_owned(), (file.to_owned(), line));
            }
        }
        catalog.text.add_resource_overriding(Arc::clone(&resource));
        catalog.html.add_resource_overriding(resource);
        errors
    }

    /// Languages with strings, sorted.
    pub fn languages(&self) -> Vec<String> {
        self.catalogs.keys().cloned().collect()
    }

    pub fn has_language(&self, language: &str) -> bool {
        self.catalogs.contains_key(language)
    }

    /// Message ids of `language`.
    pub fn ids(&self, language: &str) -> BTreeSet<String> {
        self.catalogs
            .get(language)
            .map(|c| c.origin.keys().cloned().collect())
            .unwrap_or_default()
    }

    /// Where message `id` of `language` is defined: `strings/de.ftl:12`.
    pub fn origin(&self, language: &str, id: &str) -> Option<(String, usize)> {
        self.catalogs.get(language)?.origin.get(id).cloned()
    }

    /// Format message `id` of `language` with `args`. The message must exist
    /// in that language: a language never borrows another's words mid-text.
    pub fn format(
        &self,
        language: &str,
        id: &str,
        args: &[(&str, Arg)],
        html: bool,
    ) -> Result<String, String> {
        let catalog = self.catalogs.get(language).ok_or_else(|| {
            format!(
                "no strings for language {language:?} ({})",
                file_name(language)
            )
        })?;
        let bundle = if html { &catalog.html } else { &catalog.text };
        let pattern = bundle
            .get_message(id)
            .and_then(|m| m.value())
            .ok_or_else(|| format!("{} has no message {id:?}", file_name(language)))?;
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            let value = match value {
                Arg::Number(n) => FluentValue::from(*n),
                Arg::Text { text, safe } if html && !safe => {
                    FluentValue::from(escape_html(text).into_owned())
                }
                Arg::Text { text, .. } => FluentValue::from(text.clone()),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
        if let Some(error) = errors.first() {
            let (file, line) = catalog
                .origin
                .get(id)
                .cloned()
                .unwrap_or_else(|| (file_name(language), 1));
            return Err(format!("{file}:{line}: message {id:?}: {error}"));
        }
        Ok(out.into_owned())
    }

    /// Format, falling back to the reference language and then to `fallback`:
    /// for the formats of dates and names, which must never stop a message.
    fn format_or(
        &self,
        language: &str,
        id: &str,
        args: &[(&str, Arg)],
        fallback: String,
    ) -> String {
        self.format(language, id, args, false)
            .or_else(|_| self.format(REFERENCE, id, args, false))
            .unwrap_or(fallback)
    }

    /// A word from a numbered list such as `month-12` or `weekday-6`.
    fn word(&self, language: &str, id: &str) -> String {
        self.format_or(language, id, &[], id.to_owned())
    }

    fn date_args(&self, language: &str, date: NaiveDate) -> Vec<(&'static str, Arg)> {
        let weekday = date.weekday().number_from_monday();
        let month = date.month();
        vec![
            (
                "weekday",
                Arg::from(self.word(language, &format!("weekday-{weekday}"))),
            ),
            (
                "weekday_short",
                Arg::from(self.word(language, &format!("weekday-short-{weekday}"))),
            ),
            ("day", Arg::from(date.day())),
            (
                "month",
                Arg::from(self.word(language, &format!("month-{month}"))),
            ),
            (
                "month_short",
                Arg::from(self.word(language, &format!("month-short-{month}"))),
            ),
            ("month_number", Arg::from(month)),
            ("year", Arg::from(i64::from(date.year()))),
        ]
    }

    /// A date with its weekday, without the year: "Saturday 12 December".
    pub fn date(&self, language: &str, date: NaiveDate) -> String {
        let args = self.date_args(language, date);
        self.format_or(language, "format-date", &args, date.to_string())
    }

    /// A date with its weekday and year: "Saturday 12 December 2026".
    pub fn full_date(&self, language: &str, date: NaiveDate) -> String {
        let args = self.date_args(language, date);
        self.format_or(language, "format-date-year", &args, date.to_string())
    }

    /// A short date for subjects and lists: "Sat 12 Dec".
    pub fn short_date(&self, language: &str, date: NaiveDate) -> String {
        let args = self.date_args(language, date);
        self.format_or(language, "format-date-short", &args, date.to_string())
    }

    fn time_args(at: NaiveDateTime) -> Vec<(&'static str, Arg)> {
        let (hour, minute) = (at.hour(), at.minute());
        let hour12 = match hour % 12 {
            0 => 12,
            h => h,
        };
        vec![
            ("hour", Arg::from(hour)),
            ("hour2", Arg::from(format!("{hour:02}"))),
            ("hour12", Arg::from(hour12)),
            ("minute", Arg::from(minute)),
            ("minute2", Arg::from(format!("{minute:02}"))),
            ("pm", Arg::from(if hour >= 12 { "yes" } else { "no" })),
        ]
    }

    /// A time of day: "3 pm", "15:00", "15 h", "15 Uhr".
    pub fn time(&self, language: &str, at: NaiveDateTime) -> String {
        let args = Self::time_args(at);
        self.format_or(
            language,
            "format-time",
            &args,
            at.format("%H:%M").to_string(),
        )
    }

    /// From start to end: "3 pm – 6 pm", "de 15:00 a 18:00", "von 15 bis 18 Uhr";
    /// with the end's date when it is on another day.
    pub fn span(&self, language: &str, start: NaiveDateTime, end: NaiveDateTime) -> String {
        let from = self.time(language, start);
        if end <= start {
            return from;
        }
        let bare = |at| {
            let args = Self::time_args(at);
            self.format_or(language, "format-time-bare", &args, self.time(language, at))
        };
        let mut args = vec![
            ("from", Arg::from(from.clone())),
            ("to", Arg::from(self.time(language, end))),
            ("from_bare", Arg::from(bare(start))),
            ("to_bare", Arg::from(bare(end))),
        ];
        if start.date() == end.date() {
            self.format_or(language, "format-time-span", &args, from)
        } else {
            args.push(("end_date", Arg::from(self.date(language, end.date()))));
            self.format_or(language, "format-time-span-days", &args, from)
        }
    }

    /// Names as a sentence: "Oliver and Amelia", "Ana, Luka y Mia", "Luka e Isabel".
    pub fn join_names(&self, language: &str, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let args = [
                    ("first", Arg::from(init.join(", "))),
                    ("last", Arg::from(last.clone())),
                    ("many", Arg::from(if init.len() > 1 { "yes" } else { "no" })),
                    (
                        "last_sound",
                        Arg::from(if sounds_like_i(last) { "i" } else { "other" }),
                    ),
                ];
                self.format_or(
                    language,
                    "format-and",
                    &args,
                    format!("{} & {last}", init.join(", ")),
                )
            }
        }
    }
}

impl Default for Strings {
    fn default() -> Self {
        Strings::embedded()
    }
}

/// The file name of a language's strings inside a template folder.
pub fn file_name(language: &str) -> String {
    format!("strings/{language}.ftl")
}

/// The language of a strings file name (`strings/de.ftl` → `de`).
pub fn language_of_file(name: &str) -> Option<&str> {
    let language = name.strip_prefix("strings/")?.strip_suffix(".ftl")?;
    let ok = !language.is_empty()
        && language.len() <= 16
        && language
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-');
    ok.then_some(language)
}

/// Whether a name starts with the sound /i/ ("Isabel", "Hilda"), before which
/// Spanish "y" becomes "e"; not "hie"/"hia" ("Hierro"), which start with /j/.
fn sounds_like_i(word: &str) -> bool {
    let lower = word.trim().to_lowercase();
    let rest = lower.strip_prefix('h').unwrap_or(&lower);
    let mut chars = rest.chars();
    match chars.next() {
        Some('i' | 'í') => !matches!(
            chars.next(),
            Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú')
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
