//! The calendar part of an invitation: an iCalendar object (RFC 5545) with an
//! iTIP method (RFC 5546), written by hand.
//!
//! Times are written in UTC, converted from the event's zone, so no VTIMEZONE
//! is needed. Only the given family's contacts appear as attendees. Never
//! reads the clock: DTSTAMP is passed in.

use chrono::{DateTime, LocalResult, NaiveDateTime, Offset, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;

use crate::model::{Event, Family, Host};

/// The iTIP method of a calendar object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Method {
    /// An invitation or an update of one (asks attendees to answer).
    Request,
    /// The event is cancelled.
    Cancel,
}

impl Method {
    /// The value of `METHOD` and of the `method` Content-Type parameter.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Request => "REQUEST",
            Method::Cancel => "CANCEL",
        }
    }
}

/// What one calendar object is built from.
#[derive(Debug, Clone, Copy)]
pub struct CalendarInput<'a> {
    pub host: &'a Host,
    pub event: &'a Event,
    /// The only family whose contacts appear as attendees.
    pub family: &'a Family,
    pub method: Method,
    /// 0 for the invitation; each update or cancellation increments it.
    pub sequence: u32,
    /// When this object was made (the message's Date).
    pub dtstamp: DateTime<Utc>,
}

/// The UID of an event, the same in every family's invitation and update:
/// `{slug}@{host's domain}`.
pub fn event_uid(event: &Event, host: &Host) -> String {
    let slug: String = event
        .slug
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("{slug}@{}", host.email.domain())
}

/// The UTC instant of a local time in `zone`. Follows RFC 5545 §3.3.5: a
/// time that occurs twice (autumn overlap) means the first occurrence; a time
/// that does not occur (spring gap) is read with the offset before the gap.
pub fn local_to_utc(local: NaiveDateTime, zone: Tz) -> DateTime<Utc> {
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        LocalResult::None => {
            // Walk back (bounded: no zone has had a gap near a day) to the
            // last minute before the gap and take its offset.
            for minutes_back in 1..=24 * 60 {
                let probe = local - TimeDelta::minutes(minutes_back);
                let before = match zone.from_local_datetime(&probe) {
                    LocalResult::Single(t) => Some(t),
                    LocalResult::Ambiguous(first, _) => Some(first),
                    LocalResult::None => None,
                };
                if let Some(before) = before {
                    let offset = before.offset().fix();
                    let naive_utc = local - TimeDelta::seconds(i64::from(offset.local_minus_utc()));
                    return Utc.from_utc_datetime(&naive_utc);
                }
            }
            Utc.from_utc_datetime(&local)
        }
    }
}

/// Escape a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and
/// line breaks; other control characters are dropped.
pub fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push('\t'),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A parameter value (e.g. `CN`), always quoted; DQUOTE is not allowed inside
/// a quoted parameter, so it becomes an apostrophe.
fn quote_param(value: &str) -> String {
    let cleaned: String = value
        .chars()
        .map(|c| match c {
            '"' => '\'',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    format!(
        "\"{}\"",
        cleaned.split_whitespace().collect::<Vec<_>>().join(" ")
    )
}

/// Fold one content line to at most 75 octets per physical line (RFC 5545
/// §3.1), breaking only between UTF-8 characters, and end it with CRLF.
pub fn fold_line(line: &str) -> String {
    const LIMIT: usize = 73;
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut octets = 0;
    for c in line.chars() {
        let width = c.len_utf8();
        if octets + width > LIMIT {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += width;
    }
    out.push_str("\r\n");
    out
}

fn utc_stamp(t: DateTime<Utc>) -> String {
    t.format("%Y%m%dT%H%M%SZ").to_string()
}

/// The whole calendar object, CRLF line endings, lines folded.
pub fn calendar(input: &CalendarInput<'_>) -> String {
    let CalendarInput {
        host,
        event,
        family,
        method,
        sequence,
        dtstamp,
    } = *input;
    let start = local_to_utc(event.start, event.time_zone);
    let end = local_to_utc(event.end, event.time_zone);
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        format!("PRODID:-//rsvpd//rsvpd {}//EN", env!("CARGO_PKG_VERSION")),
        "VERSION:2.0".into(),
        "CALSCALE:GREGORIAN".into(),
        format!("METHOD:{}", method.as_str()),
        "BEGIN:VEVENT".into(),
        format!("UID:{}", escape_text(&event_uid(event, host))),
        format!("SEQUENCE:{sequence}"),
        format!("DTSTAMP:{}", utc_stamp(dtstamp)),
        format!("DTSTART:{}", utc_stamp(start)),
    ];
    // An end not after the start is left out: the event then has no length
    // (RFC 5545 §3.6.1) instead of an invalid negative one.
    if end > start {
        lines.push(format!("DTEND:{}", utc_stamp(end)));
    }
    lines.push(format!("SUMMARY:{}", escape_text(&event.title)));
    if !event.location.trim().is_empty() {
        lines.push(format!("LOCATION:{}", escape_text(event.location.trim())));
    }
    if !event.details.trim().is_empty() {
        lines.push(format!("DESCRIPTION:{}", escape_text(event.details.trim())));
    }
    lines.push(format!(
        "ORGANIZER;CN={}:mailto:{}",
        quote_param(&host.name),
        host.email
    ));
    let mut listed: Vec<String> = Vec::new();
    for contact in &family.contacts {
        // Two contacts sharing one address are one attendee.
        if listed.contains(&contact.email.normalized()) {
            continue;
        }
        listed.push(contact.email.normalized());
        let rsvp = match method {
            Method::Request => ";PARTSTAT=NEEDS-ACTION;RSVP=TRUE",
            Method::Cancel => "",
        };
        let name = if contact.name.trim().is_empty() {
            contact.email.as_str()
        } else {
            contact.name.as_str()
        };
        lines.push(format!(
            "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT{rsvp};CN={}:mailto:{}",
            quote_param(name),
            contact.email
        ));
    }
    lines.push(match method {
        Method::Request => "STATUS:CONFIRMED".into(),
        Method::Cancel => "STATUS:CANCELLED".into(),
    });
    lines.push("TRANSP:OPAQUE".into());
    lines.push("END:VEVENT".into());
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|line| fold_line(line)).collect()
}

#[cfg(test)]
mod tests;
