//! What the service writes to hosts and strangers: the form, the preview
//! with its problems by line, the confirmation that a party went out, the
//! answers to commands, and the one polite reply to a stranger.
//!
//! Pure: values in, subject and plain text out. The words are the
//! `service-*` messages of `templates/strings/{language}.ftl`, so a letter
//! is written in the host's language like every other message.

use std::sync::LazyLock;

use super::date::{self, Doubt, Language, Span};
use super::form::{self, Fields, Key};
use super::preview::{Issue, Note, Party, Preview};
use super::roster::Problem;
use super::rules::{CodeState, LimitHit};
use crate::compose::strings::{Arg, REFERENCE, Strings};

/// A message's subject and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub text: String,
    /// The language it is written in.
    pub language: Language,
}

/// What a host's command to a sent party did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Done {
    Invited { names: Vec<String> },
    NewTime { span: Span, addresses: usize },
    NewPlace { place: String, addresses: usize },
    Cancelled { addresses: usize },
    DigestsStopped,
    DigestsResumed,
}

/// Why a host's command to a sent party was not carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotDone {
    NotSent,
    Cancelled,
    NotAuthenticated,
    NoNewFamily { text: String },
    TooManyFamilies { max: u32 },
    Limit(LimitHit),
    UnreadTime { text: String },
}

static STRINGS: LazyLock<Strings> = LazyLock::new(Strings::embedded);

/// Message `id` in `language`. The shipped files are tested to hold every
/// message in every language; English, then the id, are the last resort so
/// that a letter is never lost.
fn say(language: Language, id: &str, args: &[(&str, Arg)]) -> String {
    STRINGS
        .format(language.code(), id, args, false)
        .or_else(|_| STRINGS.format(REFERENCE, id, args, false))
        .unwrap_or_else(|_| id.to_owned())
}

fn count(n: usize) -> Arg {
    Arg::from(i64::try_from(n).unwrap_or(i64::MAX))
}

fn form_lines(fields: &Fields, language: Language) -> String {
    Key::FORM
        .iter()
        .filter_map(|key| {
            let value = fields.get(*key)?;
            Some(format!("{}: {value}\n", key.label(language)))
        })
        .collect()
}

/// The form, sent to a host who starts a party, in the host's language.
/// Its lines are read back in any shipped language.
pub fn form(language: Language) -> Letter {
    let l = language;
    let text = format!(
        "{}\n\n{}\n\n{}\n{}\n\n{}\n\n{}\n",
        say(l, "service-hello", &[]),
        say(l, "service-form-ask", &[]),
        form_lines(&form::example(l), l),
        say(l, "service-form-roster", &[]),
        say(l, "service-form-roster-example", &[]),
        say(l, "service-form-preview", &[]),
    );
    Letter {
        subject: say(l, "service-form-subject", &[]),
        text,
        language: l,
    }
}

fn doubt(d: &Doubt, l: Language) -> String {
    let id = match d {
        Doubt::YearAssumed => "service-doubt-year",
        Doubt::DayOrMonth => "service-doubt-day-or-month",
        Doubt::WeekdayMismatch { .. } => "service-doubt-weekday",
        Doubt::NextWeekday => "service-doubt-next-weekday",
        Doubt::NoEnd => "service-doubt-no-end",
        Doubt::Afternoon => "service-doubt-afternoon",
        Doubt::FarAhead => "service-doubt-far-ahead",
    };
    say(l, id, &[])
}

fn date_error(e: &date::DateError, l: Language) -> String {
    let id = match e {
        date::DateError::NoDate => "service-date-no-date",
        date::DateError::NoTime => "service-date-no-time",
        date::DateError::NotADate => "service-date-not-a-date",
        date::DateError::EndBeforeStart => "service-date-end-before-start",
        date::DateError::InPast => "service-date-in-past",
    };
    say(l, id, &[])
}

fn issue(i: &Issue, l: Language) -> String {
    let unread = |key: Key, text: &str, error| {
        say(
            l,
            "service-issue-unread",
            &[
                ("label", Arg::from(key.label(l))),
                ("text", Arg::from(text)),
                ("why", Arg::from(date_error(error, l))),
            ],
        )
    };
    match i {
        Issue::Missing { key } => say(
            l,
            "service-issue-missing",
            &[("label", Arg::from(key.label(l)))],
        ),
        Issue::BadWhen { text, error } => unread(Key::When, text, error),
        Issue::BadReplyBy { text, error } => unread(Key::ReplyBy, text, error),
        Issue::ReplyByAfterStart => say(l, "service-issue-reply-by-after", &[]),
        Issue::UnknownTimeZone { text } => say(
            l,
            "service-issue-time-zone",
            &[("text", Arg::from(text.as_str()))],
        ),
        Issue::NoFamilies => say(l, "service-issue-no-families", &[]),
        Issue::TooManyFamilies { given, max } => say(
            l,
            "service-issue-too-many",
            &[("given", count(*given)), ("max", Arg::from(*max))],
        ),
        Issue::NobodyToEmail => say(l, "service-issue-nobody", &[]),
    }
}

/// `note`, prefixed with where it was found ("classlist.csv line 4: …").
fn at(file: &Option<String>, line: Option<usize>, note: String, l: Language) -> String {
    let place = match (file, line) {
        (Some(f), Some(n)) => say(
            l,
            "service-at-file-line",
            &[("file", Arg::from(f.as_str())), ("line", count(n))],
        ),
        (None, Some(n)) => say(l, "service-at-line", &[("line", count(n))]),
        (Some(f), None) => say(l, "service-at-file", &[("file", Arg::from(f.as_str()))]),
        (None, None) => return note,
    };
    say(
        l,
        "service-noted-at",
        &[("at", Arg::from(place)), ("note", Arg::from(note))],
    )
}

fn problem(p: &Problem, l: Language) -> String {
    let text = |s: &str| Arg::from(s);
    match p {
        Problem::NoAddress { name, phone } => match phone {
            Some(phone) => say(
                l,
                "service-note-no-address-phone",
                &[("name", text(name)), ("phone", text(phone))],
            ),
            None => say(l, "service-note-no-address", &[("name", text(name))]),
        },
        Problem::BadAddress { text: t } => say(l, "service-note-bad-address", &[("text", text(t))]),
        Problem::NoName { address } => {
            say(l, "service-note-no-name", &[("address", text(address))])
        }
        Problem::SameAddress {
            address,
            other_line,
            other,
        } => say(
            l,
            "service-note-same-address",
            &[
                ("address", text(address)),
                ("line", count(*other_line)),
                ("other", text(other)),
            ],
        ),
        Problem::Unreadable { file } => say(l, "service-note-unreadable", &[("file", text(file))]),
    }
}

fn note(n: &Note, l: Language) -> String {
    match n {
        Note::Guessed { key, text, doubts } => say(
            l,
            "service-note-guessed",
            &[
                ("label", Arg::from(key.label(l))),
                ("text", Arg::from(text.as_str())),
                (
                    "doubts",
                    Arg::from(
                        doubts
                            .iter()
                            .map(|d| doubt(d, l))
                            .collect::<Vec<_>>()
                            .join("; "),
                    ),
                ),
            ],
        ),
        Note::ReplyByChosen { date } => say(
            l,
            "service-note-reply-by-chosen",
            &[("date", Arg::from(date::spell_date(*date, l)))],
        ),
        Note::LanguageUnavailable { code } => say(
            l,
            "service-note-language",
            &[("code", Arg::from(code.as_str()))],
        ),
        Note::Roster(noted) => at(&noted.file, noted.line, problem(&noted.problem, l), l),
        Note::OptedOut {
            line,
            name,
            address,
        } => {
            let note = say(
                l,
                "service-note-opted-out",
                &[
                    ("address", Arg::from(address.as_str())),
                    ("name", Arg::from(name.as_str())),
                ],
            );
            at(&None, Some(*line), note, l)
        }
        Note::IgnoredColumns { columns } => say(
            l,
            "service-note-columns",
            &[("columns", Arg::from(columns.join(", ")))],
        ),
    }
}

/// The preview: the invitation as families will see it (`invitation`, the
/// text of the first family's), the counts, every problem with its line,
/// and what to reply.
pub fn preview(preview: &Preview, invitation: Option<&str>, language: Language) -> Letter {
    let l = language;
    let mut text = String::new();
    if let Some(party) = &preview.party {
        text.push_str(&format!(
            "{}\n{}\n{}\n{}\n\n",
            party.title,
            date::spell_span(party.span(), l),
            party.location,
            say(
                l,
                "service-preview-reply-by",
                &[("date", Arg::from(date::spell_date(party.rsvp_by, l)))]
            ),
        ));
    }
    text.push_str(&say(
        l,
        "service-preview-counts",
        &[
            ("families", count(preview.n_families)),
            ("addresses", count(preview.n_addresses)),
            ("unreachable", count(preview.n_unreachable)),
        ],
    ));
    text.push('\n');
    let list = |text: &mut String, heading: &str, items: Vec<String>| {
        if !items.is_empty() {
            text.push_str(&format!("\n{}\n", say(l, heading, &[])));
            for item in items {
                text.push_str(&format!("- {item}\n"));
            }
        }
    };
    list(
        &mut text,
        "service-preview-issues",
        preview.issues.iter().map(|i| issue(i, l)).collect(),
    );
    list(
        &mut text,
        "service-preview-notes",
        preview.notes.iter().map(|n| note(n, l)).collect(),
    );
    let subject = if preview.is_ready() {
        text.push_str(&format!(
            "\n{}\n{}\n",
            say(l, "service-preview-ready", &[]),
            say(l, "service-preview-change", &[])
        ));
        say(l, "service-preview-ready-subject", &[])
    } else {
        text.push_str(&format!("\n{}\n", say(l, "service-preview-fix", &[])));
        say(l, "service-preview-fix-subject", &[])
    };
    if let Some(party) = &preview.party {
        text.push_str(&format!("\n{}\n\n", say(l, "service-preview-as-read", &[])));
        text.push_str(&form_lines(&super::preview::form_of(party), l));
    }
    if let Some(invitation) = invitation {
        text.push_str(&format!(
            "\n{}\n\n",
            say(l, "service-preview-invitation", &[])
        ));
        text.push_str(invitation.replace("\r\n", "\n").trim_end());
        text.push('\n');
    }
    Letter {
        subject,
        text,
        language: l,
    }
}

/// The lines a host can write to a sent party, one per line.
fn command_examples(party: &Party, l: Language, stop_means: bool) -> String {
    let stop = if stop_means {
        "service-example-stop-means"
    } else {
        "service-example-stop"
    };
    [
        say(l, "service-example-add", &[]),
        say(
            l,
            "service-example-time",
            &[("when", Arg::from(date::iso_span(party.span())))],
        ),
        say(l, "service-example-place", &[]),
        say(l, "service-example-cancel", &[]),
        say(l, stop, &[]),
    ]
    .iter()
    .map(|line| format!("{line}\n"))
    .collect()
}

/// The party went out.
pub fn sent(party: &Party, n_families: usize, n_messages: usize, language: Language) -> Letter {
    let l = language;
    let title = Arg::from(party.title.as_str());
    Letter {
        subject: say(l, "service-sent-subject", &[("title", title.clone())]),
        text: format!(
            "{}\n\n{}\n\n{}\n{}, {}\n",
            say(
                l,
                "service-sent",
                &[
                    ("title", title),
                    ("families", count(n_families)),
                    ("messages", count(n_messages)),
                ],
            ),
            say(l, "service-sent-digest", &[]),
            command_examples(party, l, true),
            date::spell_span(party.span(), l),
            party.location
        ),
        language: l,
    }
}

fn nothing_sent(why: String, then: &str, l: Language) -> Letter {
    Letter {
        subject: say(l, "service-nothing-sent-subject", &[]),
        text: format!("{why}\n\n{}\n", say(l, then, &[])),
        language: l,
    }
}

/// Why an OK did not send.
pub fn not_sent(state: CodeState, language: Language) -> Letter {
    let why = match state {
        CodeState::Expired => "service-code-expired",
        CodeState::Superseded => "service-code-superseded",
        CodeState::Used => "service-code-used",
        CodeState::Valid => "service-nothing-sent",
    };
    nothing_sent(say(language, why, &[]), "service-new-preview", language)
}

/// A sending command from the host's address that failed DKIM and SPF.
pub fn not_authenticated(language: Language) -> Letter {
    let l = language;
    Letter {
        subject: say(l, "service-nothing-sent-subject", &[]),
        text: format!("{}\n", say(l, "service-not-authenticated", &[])),
        language: l,
    }
}

/// Why a cap stopped something, in one sentence.
fn limit_why(hit: LimitHit, l: Language) -> String {
    match hit {
        LimitHit::PartiesPerDay { max } => {
            say(l, "service-limit-parties", &[("max", Arg::from(max))])
        }
        LimitHit::FamiliesPerParty { max, given } => say(
            l,
            "service-limit-families",
            &[("max", Arg::from(max)), ("given", count(given))],
        ),
        LimitHit::MessagesPerDay { max, sent, wanted } => say(
            l,
            "service-limit-messages",
            &[
                ("max", Arg::from(max)),
                ("sent", count(sent)),
                ("wanted", count(wanted)),
            ],
        ),
    }
}

/// A cap stopped something.
pub fn limit(hit: LimitHit, language: Language) -> Letter {
    nothing_sent(limit_why(hit, language), "service-nothing-sent", language)
}

fn done(d: &Done, l: Language) -> String {
    match d {
        Done::Invited { names } => say(
            l,
            "service-done-invited",
            &[("names", Arg::from(STRINGS.join_names(l.code(), names)))],
        ),
        Done::NewTime { span, addresses } => say(
            l,
            "service-done-time",
            &[
                ("when", Arg::from(date::spell_span(*span, l))),
                ("n", count(*addresses)),
            ],
        ),
        Done::NewPlace { place, addresses } => say(
            l,
            "service-done-place",
            &[
                ("place", Arg::from(place.as_str())),
                ("n", count(*addresses)),
            ],
        ),
        Done::Cancelled { addresses } => {
            say(l, "service-done-cancelled", &[("n", count(*addresses))])
        }
        Done::DigestsStopped => say(l, "service-done-stopped", &[]),
        Done::DigestsResumed => say(l, "service-done-resumed", &[]),
    }
}

fn not_done(e: &NotDone, l: Language) -> String {
    match e {
        NotDone::NotSent => say(l, "service-error-not-sent", &[]),
        NotDone::Cancelled => say(l, "service-error-cancelled", &[]),
        NotDone::NotAuthenticated => say(l, "service-error-authentication", &[]),
        NotDone::NoNewFamily { text } => say(
            l,
            "service-error-add",
            &[("text", Arg::from(text.as_str()))],
        ),
        NotDone::TooManyFamilies { max } => {
            say(l, "service-error-add-max", &[("max", Arg::from(*max))])
        }
        NotDone::Limit(hit) => limit_why(*hit, l),
        NotDone::UnreadTime { text } => say(
            l,
            "service-error-time",
            &[("text", Arg::from(text.as_str()))],
        ),
    }
}

/// What the host's commands to a sent party did.
pub fn commands(
    party: Option<&Party>,
    done: &[Done],
    errors: &[NotDone],
    language: Language,
) -> Letter {
    let l = language;
    let mut text = String::new();
    if !done.is_empty() {
        text.push_str(&format!("{}\n", say(l, "service-done", &[])));
        for d in done {
            text.push_str(&format!("- {}\n", self::done(d, l)));
        }
    }
    if !errors.is_empty() {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("{}\n", say(l, "service-not-done", &[])));
        for e in errors {
            text.push_str(&format!("- {}\n", not_done(e, l)));
        }
    }
    if done.is_empty() && errors.is_empty() {
        text.push_str(&format!("{}\n\n", say(l, "service-no-command", &[])));
        match party {
            Some(party) => text.push_str(&command_examples(party, l, false)),
            None => text.push_str(&say(l, "service-example-add", &[])),
        }
    }
    let title = party.map_or("", |p| p.title.as_str());
    Letter {
        subject: format!("Re: {title}").trim_end().to_owned(),
        text,
        language: l,
    }
}

/// The one polite reply a day to someone who may not host.
pub fn stranger(service: &str, language: Language) -> Letter {
    let l = language;
    Letter {
        subject: say(l, "service-stranger-subject", &[]),
        text: format!(
            "{}\n\n{}\n\n{}\n",
            say(l, "service-hello", &[]),
            say(l, "service-stranger", &[("service", Arg::from(service))]),
            say(l, "service-stranger-automatic", &[]),
        ),
        language: l,
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    const ALL: [Language; 4] = [Language::En, Language::Es, Language::Fr, Language::De];

    fn party(language: Language) -> Party {
        let day = NaiveDate::from_ymd_opt(2027, 1, 16).expect("a date");
        Party {
            title: "Mia's party".into(),
            start: day.and_hms_opt(15, 0, 0).expect("a time"),
            end: day.and_hms_opt(17, 0, 0).expect("a time"),
            time_zone: "Europe/London".into(),
            location: "Mill Park".into(),
            details: String::new(),
            rsvp_by: NaiveDate::from_ymd_opt(2027, 1, 11).expect("a date"),
            language: language.code().into(),
            host_name: "Dana".into(),
        }
    }

    fn numbered(text: &str) -> Vec<(usize, String)> {
        text.lines()
            .enumerate()
            .map(|(n, l)| (n + 1, l.to_owned()))
            .collect()
    }

    /// Every letter of every kind, in `language`.
    fn every_letter(language: Language) -> Vec<Letter> {
        let p = party(language);
        let preview = Preview {
            party: Some(p.clone()),
            n_families: 1,
            n_addresses: 2,
            n_unreachable: 1,
            issues: vec![Issue::NoFamilies, Issue::Missing { key: Key::When }],
            notes: vec![Note::OptedOut {
                line: 3,
                name: "Ben".into(),
                address: "b@example.org".into(),
            }],
            ..Preview::default()
        };
        vec![
            form(language),
            self::preview(&preview, None, language),
            sent(&p, 1, 2, language),
            not_sent(CodeState::Expired, language),
            not_authenticated(language),
            limit(LimitHit::PartiesPerDay { max: 3 }, language),
            commands(
                Some(&p),
                &[Done::Invited {
                    names: vec!["Ada".into(), "Ben".into()],
                }],
                &[NotDone::UnreadTime {
                    text: "soon".into(),
                }],
                language,
            ),
            commands(Some(&p), &[], &[], language),
            stranger("party@school.example", language),
        ]
    }

    #[test]
    fn the_form_reads_back_in_its_own_language() {
        for language in ALL {
            let letter = form(language);
            let reading = form::read(&numbered(&letter.text), &[]);
            assert_eq!(reading.fields, form::example(language), "{language:?}");
            // English labels are the default and cast no vote.
            let read_as = reading.language.unwrap_or(Language::En);
            assert_eq!(read_as, language, "{}", letter.text);
        }
    }

    #[test]
    fn every_letter_is_whole_in_every_language() {
        let english: Vec<Letter> = every_letter(Language::En);
        for language in ALL {
            for (n, letter) in every_letter(language).iter().enumerate() {
                let all = format!("{}\n{}", letter.subject, letter.text);
                assert!(!all.contains("service-"), "an id leaked: {all}");
                assert!(!all.contains('{'), "a placeable leaked: {all}");
                if language != Language::En {
                    if !letter.subject.starts_with("Re: ") {
                        assert_ne!(letter.subject, english[n].subject, "{language:?}: {all}");
                    }
                    assert_ne!(letter.text, english[n].text, "{language:?}: {all}");
                }
            }
        }
    }

    #[test]
    fn the_command_examples_are_commands_in_every_language() {
        for language in ALL {
            let lines = command_examples(&party(language), language, false);
            let parsed = super::super::command::parse(&numbered(&lines));
            assert_eq!(parsed.commands.len(), 5, "{language:?}: {lines}");
            assert!(
                parsed.rest.trim().is_empty(),
                "{language:?}: {}",
                parsed.rest
            );
        }
    }

    #[test]
    fn counts_agree_with_their_numbers() {
        let preview = Preview {
            n_families: 1,
            n_addresses: 1,
            ..Preview::default()
        };
        let text = self::preview(&preview, None, Language::En).text;
        assert!(text.contains("1 family, 1 address."), "{text}");
        let preview = Preview {
            n_families: 3,
            n_addresses: 5,
            n_unreachable: 1,
            ..Preview::default()
        };
        let text = self::preview(&preview, None, Language::De).text;
        assert!(
            text.contains("3 Familien, 5 Adressen (1 ohne Adresse)."),
            "{text}"
        );
    }

    #[test]
    fn a_stranger_is_told_nothing_was_done() {
        let text = stranger("party@school.example", Language::En).text;
        assert!(text.contains("nothing was done"), "{text}");
        let text = stranger("party@school.example", Language::Fr).text;
        assert!(text.contains("party@school.example"), "{text}");
    }
}
