//! From what the host wrote so far to the party they will OK: the draft
//! (form values and class list, kept between rounds) and the preview model
//! (the party read, the families, every problem with its line, every guess
//! spelled out for the host to check).
//!
//! Pure: today's date, the limits and the opted-out addresses come in.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::date::{self, DateError, Doubt, Span};
use super::form::{self, Fields, Key};
use super::message::HostMessage;
use super::roster::{self, Entry, Noted};
use super::rules::Limits;
use crate::model::Event;

/// The class list as last given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterDraft {
    pub families: Vec<Entry>,
    pub problems: Vec<Noted>,
    pub file: Option<String>,
    pub ignored_columns: Vec<String>,
}

/// Everything the host has told a party not yet sent.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub fields: Fields,
    pub roster: Option<RosterDraft>,
}

/// What one message added to a draft.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    pub form: bool,
    pub roster: bool,
}

impl Draft {
    /// The draft with `message` read into it: form values replace earlier
    /// ones, a new class list (attached or pasted) replaces the old one.
    pub fn with(&self, message: &HostMessage) -> (Draft, Given) {
        let reading = form::read(&message.fresh, &message.quoted);
        let attached = message
            .attachments
            .iter()
            .find(|a| roster::is_list(a))
            .map(roster::read_attachment);
        let list = attached.or_else(|| {
            let rows = roster::pasted_rows(&message.fresh, &reading.lines);
            (!rows.is_empty()).then(|| roster::read_rows(&rows))
        });
        let given = Given {
            form: !reading.fields.is_empty(),
            roster: list.is_some(),
        };
        let draft = Draft {
            fields: self.fields.updated_with(&reading.fields),
            roster: match list {
                Some(r) => Some(RosterDraft {
                    families: r.families,
                    problems: r.problems,
                    file: r.file,
                    ignored_columns: r.ignored_columns,
                }),
                None => self.roster.clone(),
            },
        };
        (draft, given)
    }
}

/// The party as it will be sent: exactly what an OK sends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub title: String,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub time_zone: String,
    pub location: String,
    pub details: String,
    pub rsvp_by: NaiveDate,
    pub language: String,
    pub host_name: String,
}

impl Party {
    /// The party as an event, under `slug`.
    pub fn event(&self, slug: &str) -> Event {
        Event {
            slug: slug.to_owned(),
            title: self.title.clone(),
            start: self.start,
            end: self.end,
            time_zone: self.time_zone.parse().unwrap_or(Tz::UTC),
            location: self.location.clone(),
            details: self.details.clone(),
            rsvp_by: self.rsvp_by,
            default_language: self.language.clone(),
            translations: Default::default(),
            map_url: None,
        }
    }

    pub fn span(&self) -> Span {
        Span {
            start: self.start,
            end: self.end,
        }
    }
}

/// Something that stops the party from being sent.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Issue {
    Missing {
        key: Key,
    },
    BadWhen {
        text: String,
        error: DateError,
    },
    BadReplyBy {
        text: String,
        error: DateError,
    },
    ReplyByAfterStart,
    UnknownTimeZone {
        text: String,
    },
    NoFamilies,
    TooManyFamilies {
        given: usize,
        max: u32,
    },
    /// Families, but not one email address among them.
    NobodyToEmail,
}

/// Something the host should check, that does not stop the party.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// How a date was read, when rsvpd was not sure.
    Guessed {
        key: Key,
        text: String,
        doubts: Vec<Doubt>,
    },
    /// No reply-by date was given: this one was chosen.
    ReplyByChosen { date: NaiveDate },
    /// Invitations in this language do not exist yet: English instead.
    LanguageUnavailable { code: String },
    /// A line of the class list.
    Roster(Noted),
    /// A parent asked never to be mailed by this service.
    OptedOut {
        line: usize,
        name: String,
        address: String,
    },
    /// Columns of the list that were not used.
    IgnoredColumns { columns: Vec<String> },
}

/// The preview: what would be sent, and what to check first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Preview {
    /// The party, once every required line reads.
    pub party: Option<Party>,
    /// The families to invite (opted-out addresses removed).
    pub families: Vec<Entry>,
    pub n_families: usize,
    pub n_addresses: usize,
    /// Families without any address: to phone.
    pub n_unreachable: usize,
    pub issues: Vec<Issue>,
    pub notes: Vec<Note>,
}

impl Preview {
    /// True when an OK may send it.
    pub fn is_ready(&self) -> bool {
        self.party.is_some() && self.issues.is_empty()
    }
}

/// What the preview depends on besides the draft.
#[derive(Debug, Clone)]
pub struct Settings<'a> {
    /// Today in the service's time zone.
    pub today: NaiveDate,
    pub zone: Tz,
    pub default_language: &'a str,
    /// Languages invitations can be written in.
    pub languages: &'a [String],
    pub limits: Limits,
    /// Addresses that asked never to be mailed (lowercase).
    pub opted_out: &'a [String],
    /// The host's name when the form gives none (their mail's display name).
    pub host_name: &'a str,
}

/// Days before the party that an unstated reply-by date falls.
const REPLY_BY_DAYS: i64 = 5;

/// Build the preview of `draft`.
pub fn build(draft: &Draft, settings: &Settings<'_>) -> Preview {
    let fields = &draft.fields;
    let mut issues = Vec::new();
    let mut notes = Vec::new();
    let value = |key: Key| fields.get(key).map(str::trim).filter(|v| !v.is_empty());

    let zone = match value(Key::TimeZone) {
        None => Some(settings.zone),
        Some(text) => text.parse::<Tz>().ok().or_else(|| {
            issues.push(Issue::UnknownTimeZone {
                text: text.to_owned(),
            });
            None
        }),
    };
    let title = value(Key::Party).map(crate::compose::template::one_line);
    if title.is_none() {
        issues.push(Issue::Missing { key: Key::Party });
    }
    let when = match value(Key::When) {
        None => {
            issues.push(Issue::Missing { key: Key::When });
            None
        }
        Some(text) => match date::read_when(text, settings.today) {
            Ok(read) => {
                if !read.doubts.is_empty() {
                    notes.push(Note::Guessed {
                        key: Key::When,
                        text: text.to_owned(),
                        doubts: read.doubts.clone(),
                    });
                }
                Some(read.span)
            }
            Err(error) => {
                issues.push(Issue::BadWhen {
                    text: text.to_owned(),
                    error,
                });
                None
            }
        },
    };
    let location = value(Key::Where).map(str::to_owned);
    if location.is_none() {
        issues.push(Issue::Missing { key: Key::Where });
    }
    let rsvp_by = match (value(Key::ReplyBy), when) {
        (Some(text), _) => match date::read_date(text, settings.today) {
            Ok(read) => {
                if !read.doubts.is_empty() {
                    notes.push(Note::Guessed {
                        key: Key::ReplyBy,
                        text: text.to_owned(),
                        doubts: read.doubts,
                    });
                }
                if when.is_some_and(|w| read.date > w.start.date()) {
                    issues.push(Issue::ReplyByAfterStart);
                }
                Some(read.date)
            }
            Err(error) => {
                issues.push(Issue::BadReplyBy {
                    text: text.to_owned(),
                    error,
                });
                None
            }
        },
        (None, Some(span)) => {
            let date = (span.start.date() - Duration::days(REPLY_BY_DAYS))
                .max(settings.today)
                .min(span.start.date());
            notes.push(Note::ReplyByChosen { date });
            Some(date)
        }
        (None, None) => None,
    };
    let language = value(Key::Language)
        .and_then(form::language_code)
        .unwrap_or_else(|| settings.default_language.to_owned());
    if !settings.languages.contains(&language) {
        notes.push(Note::LanguageUnavailable {
            code: language.clone(),
        });
    }
    let host_name = value(Key::Host)
        .map(crate::compose::template::one_line)
        .unwrap_or_else(|| settings.host_name.to_owned());

    // The families, without the addresses that opted out.
    let mut families = Vec::new();
    match &draft.roster {
        None => issues.push(Issue::NoFamilies),
        Some(list) => {
            notes.extend(list.problems.iter().cloned().map(Note::Roster));
            if !list.ignored_columns.is_empty() {
                notes.push(Note::IgnoredColumns {
                    columns: list.ignored_columns.clone(),
                });
            }
            for entry in &list.families {
                let mut entry = entry.clone();
                let (line, name) = (entry.line, entry.name());
                entry.contacts.retain(|(_, address)| {
                    let out = settings.opted_out.contains(&address.to_ascii_lowercase());
                    if out {
                        notes.push(Note::OptedOut {
                            line,
                            name: name.clone(),
                            address: address.clone(),
                        });
                    }
                    !out
                });
                families.push(entry);
            }
            if families.is_empty() {
                issues.push(Issue::NoFamilies);
            }
        }
    }
    let n_families = families.len();
    let n_addresses = families.iter().map(|f| f.contacts.len()).sum();
    let n_unreachable = families.iter().filter(|f| f.contacts.is_empty()).count();
    if n_families > settings.limits.families_per_party as usize {
        issues.push(Issue::TooManyFamilies {
            given: n_families,
            max: settings.limits.families_per_party,
        });
    }
    if n_families > 0 && n_addresses == 0 {
        issues.push(Issue::NobodyToEmail);
    }

    let party = match (title, when, location, rsvp_by, zone) {
        (Some(title), Some(span), Some(location), Some(rsvp_by), Some(zone)) => Some(Party {
            title,
            start: span.start,
            end: span.end,
            time_zone: zone.name().to_owned(),
            location,
            details: value(Key::Details).unwrap_or_default().to_owned(),
            rsvp_by,
            language,
            host_name,
        }),
        _ => None,
    };
    Preview {
        party,
        families,
        n_families,
        n_addresses,
        n_unreachable,
        issues,
        notes,
    }
}

/// The form's lines for a party, so that the host can copy one, change it
/// and send it back: "When: 2027-01-16 15:00-17:00".
pub fn form_of(party: &Party) -> Fields {
    Fields {
        party: Some(party.title.clone()),
        when: Some(date::iso_span(party.span())),
        place: Some(party.location.clone()),
        reply_by: Some(party.rsvp_by.format("%Y-%m-%d").to_string()),
        details: (!party.details.is_empty()).then(|| party.details.clone()),
        language: Some(party.language.clone()),
        host: Some(party.host_name.clone()),
        time_zone: None,
    }
}

#[cfg(test)]
mod tests;
