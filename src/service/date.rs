//! Reading the dates and times hosts write ("16 Jan 3-5pm", "16.1.2027
//! 15:00", "Saturday 16 January", "2027-01-16 15:00-17:00", "sábado 16 de
//! enero, de 15h à 17h") and writing them out in full in the host's language.
//!
//! Pure: the caller passes today's date (in the party's time zone). Never
//! fails on odd text: it either reads a date, with the doubts a person should
//! check ([`Doubt`]), or says what is missing ([`DateError`]).

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday};
use regex::Regex;
use serde::Serialize;

use crate::digest::command::fold;

/// Something rsvpd guessed while reading a date, for the host to check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Doubt {
    /// No year was written: the next such date was taken.
    YearAssumed,
    /// "01/02/2027" could be 1 February or 2 January: day first was taken.
    DayOrMonth,
    /// The weekday written is not the weekday of that date.
    WeekdayMismatch { written: WeekdayName },
    /// Only a weekday was written: the next one was taken.
    NextWeekday,
    /// No end time: two hours were assumed.
    NoEnd,
    /// "3-5" with no am/pm: afternoon was assumed.
    Afternoon,
    /// More than a year and a half away.
    FarAhead,
}

/// A weekday, serialisable for templates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct WeekdayName(pub u8);

impl WeekdayName {
    fn of(day: Weekday) -> WeekdayName {
        WeekdayName(day.num_days_from_monday() as u8)
    }
}

/// Why a date could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateError {
    /// No day was found in the text.
    NoDate,
    /// A day but no time of day.
    NoTime,
    /// The numbers do not make a date (31 February).
    NotADate,
    /// The end is not after the start.
    EndBeforeStart,
    /// The date has passed.
    InPast,
}

/// A party's start and end, local to its time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
}

/// What was read from a "When:" line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadWhen {
    pub span: Span,
    pub doubts: Vec<Doubt>,
}

/// What was read from a date-only line ("Reply by:").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadDate {
    pub date: NaiveDate,
    pub doubts: Vec<Doubt>,
}

/// Month names and abbreviations in English, Spanish, French and German,
/// folded (lowercase, no accents).
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("enero", 1),
    ("ene", 1),
    ("janvier", 1),
    ("janv", 1),
    ("januar", 1),
    ("janner", 1),
    ("february", 2),
    ("feb", 2),
    ("febrero", 2),
    ("fevrier", 2),
    ("fevr", 2),
    ("fev", 2),
    ("februar", 2),
    ("march", 3),
    ("mar", 3),
    ("marzo", 3),
    ("mars", 3),
    ("marz", 3),
    ("mrz", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("avril", 4),
    ("avr", 4),
    ("may", 5),
    ("mayo", 5),
    ("mai", 5),
    ("june", 6),
    ("jun", 6),
    ("junio", 6),
    ("juin", 6),
    ("juni", 6),
    ("july", 7),
    ("jul", 7),
    ("julio", 7),
    ("juillet", 7),
    ("juil", 7),
    ("juli", 7),
    ("august", 8),
    ("aug", 8),
    ("agosto", 8),
    ("ago", 8),
    ("aout", 8),
    ("september", 9),
    ("sept", 9),
    ("sep", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("septembre", 9),
    ("october", 10),
    ("oct", 10),
    ("octubre", 10),
    ("octobre", 10),
    ("oktober", 10),
    ("okt", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("novembre", 11),
    ("december", 12),
    ("dec", 12),
    ("diciembre", 12),
    ("dic", 12),
    ("decembre", 12),
    ("dezember", 12),
    ("dez", 12),
];

/// Weekday names, folded; abbreviations only where they cannot be another
/// word ("sam" is a name, "mar" a month, "do" a verb).
const WEEKDAYS: &[(&str, Weekday)] = &[
    ("monday", Weekday::Mon),
    ("mon", Weekday::Mon),
    ("lunes", Weekday::Mon),
    ("lundi", Weekday::Mon),
    ("montag", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("tue", Weekday::Tue),
    ("tues", Weekday::Tue),
    ("martes", Weekday::Tue),
    ("mardi", Weekday::Tue),
    ("dienstag", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("wed", Weekday::Wed),
    ("miercoles", Weekday::Wed),
    ("mercredi", Weekday::Wed),
    ("mittwoch", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("thu", Weekday::Thu),
    ("thur", Weekday::Thu),
    ("thurs", Weekday::Thu),
    ("jueves", Weekday::Thu),
    ("jeudi", Weekday::Thu),
    ("donnerstag", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("fri", Weekday::Fri),
    ("viernes", Weekday::Fri),
    ("vendredi", Weekday::Fri),
    ("freitag", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sat", Weekday::Sat),
    ("sabado", Weekday::Sat),
    ("samedi", Weekday::Sat),
    ("samstag", Weekday::Sat),
    ("sonnabend", Weekday::Sat),
    ("sunday", Weekday::Sun),
    ("sun", Weekday::Sun),
    ("domingo", Weekday::Sun),
    ("dimanche", Weekday::Sun),
    ("sonntag", Weekday::Sun),
];

fn alternation(names: impl Iterator<Item = &'static str>) -> String {
    let mut names: Vec<&str> = names.collect();
    // Longest first, so "january" wins over "jan".
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names.join("|")
}

struct Patterns {
    iso: Regex,
    day_month: Regex,
    month_day: Regex,
    numeric: Regex,
    weekday: Regex,
    time: Regex,
    noon: Regex,
}

static PATTERNS: LazyLock<Patterns> = LazyLock::new(|| {
    let months = alternation(MONTHS.iter().map(|(n, _)| *n));
    let weekdays = alternation(WEEKDAYS.iter().map(|(n, _)| *n));
    let build = |pattern: &str| Regex::new(pattern).unwrap_or_else(|_| unreachable_regex());
    Patterns {
        iso: build(r"\b(\d{4})-(\d{1,2})-(\d{1,2})(?:t(\d{1,2}:\d{2}))?\b"),
        day_month: build(&format!(
            r"\b(\d{{1,2}})(?:st|nd|rd|th|er|e|º|\.)?\s*(?:de\s+|of\s+)?({months})\b\.?(?:\s*,?\s*(?:de\s+)?(\d{{4}})\b)?"
        )),
        month_day: build(&format!(
            r"\b({months})\b\.?\s*(\d{{1,2}})(?:st|nd|rd|th)?\b(?:\s*,?\s*(\d{{4}})\b)?"
        )),
        // 16.1.2027, 16/1/27, 16/1, 16.1. (a dotted day-month needs a year
        // or the closing dot: "15.30" is a time).
        numeric: build(r"\b(\d{1,2})([./])(\d{1,2})(?:([./])(\d{2,4})\b|(\.))?"),
        weekday: build(&format!(r"\b({weekdays})\b")),
        time: build(
            r"\b(\d{1,2})(?:\s*(?::|\.|h)\s*(\d{2}))?\s*(a\.?\s?m\b\.?|p\.?\s?m\b\.?|h\b|uhr\b)?",
        ),
        noon: build(r"\b(noon|midday|mediodia|midi|mittag)\b"),
    }
});

/// The patterns are constants tested below; a failure to compile one is a
/// programming error caught by the tests, never by a host's text.
fn unreachable_regex() -> Regex {
    Regex::new("$^").unwrap_or_else(|_| unreachable!("an empty pattern compiles"))
}

fn month_number(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(n, _)| *n == word).map(|(_, m)| *m)
}

fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS.iter().find(|(n, _)| *n == word).map(|(_, d)| *d)
}

/// A day found in the text, with the byte range it took.
struct FoundDate {
    date: NaiveDate,
    doubts: Vec<Doubt>,
    /// Text with the date (and any weekday) blanked out, for the times.
    rest: String,
    /// The time an ISO "2027-01-16T15:00" carried.
    time: Option<NaiveTime>,
}

fn blank(text: &str, range: std::ops::Range<usize>) -> String {
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..range.start]);
    out.push_str(&" ".repeat(range.len()));
    out.push_str(&text[range.end..]);
    out
}

fn full_year(year: i32) -> i32 {
    if year < 100 { 2000 + year } else { year }
}

/// The date written in `text` (already folded), if any.
fn find_date(text: &str, today: NaiveDate) -> Result<FoundDate, DateError> {
    let p = &*PATTERNS;
    let mut doubts = Vec::new();
    let mut time = None;
    // (day, month, year if written, range)
    let found: Option<(u32, u32, Option<i32>, std::ops::Range<usize>)> =
        if let Some(c) = p.iso.captures(text) {
            time = c
                .get(4)
                .and_then(|t| NaiveTime::parse_from_str(t.as_str(), "%H:%M").ok());
            let n = |i: usize| c.get(i).and_then(|m| m.as_str().parse::<u32>().ok());
            Some((
                n(3).unwrap_or(0),
                n(2).unwrap_or(0),
                c.get(1).and_then(|y| y.as_str().parse().ok()),
                c.get(0).map_or(0..0, |m| m.range()),
            ))
        } else if let Some(c) = p
            .day_month
            .captures(text)
            .filter(|c| c.get(2).and_then(|m| month_number(m.as_str())).is_some())
        {
            Some((
                c.get(1).and_then(|d| d.as_str().parse().ok()).unwrap_or(0),
                c.get(2).and_then(|m| month_number(m.as_str())).unwrap_or(0),
                c.get(3).and_then(|y| y.as_str().parse().ok()),
                c.get(0).map_or(0..0, |m| m.range()),
            ))
        } else if let Some(c) = p.month_day.captures(text) {
            Some((
                c.get(2).and_then(|d| d.as_str().parse().ok()).unwrap_or(0),
                c.get(1).and_then(|m| month_number(m.as_str())).unwrap_or(0),
                c.get(3).and_then(|y| y.as_str().parse().ok()),
                c.get(0).map_or(0..0, |m| m.range()),
            ))
        } else {
            p.numeric
                .captures_iter(text)
                .find(|c| {
                    let dotted = c.get(2).is_some_and(|s| s.as_str() == ".");
                    !dotted || c.get(5).is_some() || c.get(6).is_some()
                })
                .map(|c| {
                    let first: u32 = c.get(1).and_then(|d| d.as_str().parse().ok()).unwrap_or(0);
                    let second: u32 = c.get(3).and_then(|d| d.as_str().parse().ok()).unwrap_or(0);
                    let slashed = c.get(2).is_some_and(|s| s.as_str() == "/");
                    // Day first, as everywhere but the United States; a
                    // month above 12 can only be the other way round.
                    let (day, month) = if slashed && second > 12 && first <= 12 {
                        (second, first)
                    } else {
                        if slashed && first <= 12 && second <= 12 && first != second {
                            doubts.push(Doubt::DayOrMonth);
                        }
                        (first, second)
                    };
                    let year = c
                        .get(5)
                        .and_then(|y| y.as_str().parse::<i32>().ok())
                        .map(full_year);
                    (day, month, year, c.get(0).map_or(0..0, |m| m.range()))
                })
        };

    let weekday = p
        .weekday
        .captures(text)
        .and_then(|c| c.get(1).map(|m| (m.range(), weekday_of(m.as_str()))));

    let Some((day, month, year, range)) = found else {
        // Only a weekday: the next one (today counts).
        let Some((wrange, Some(weekday))) = weekday else {
            return Err(DateError::NoDate);
        };
        let ahead = (7 + weekday.num_days_from_monday() as i64
            - today.weekday().num_days_from_monday() as i64)
            % 7;
        return Ok(FoundDate {
            date: today + Duration::days(ahead),
            doubts: vec![Doubt::NextWeekday],
            rest: blank(text, wrange),
            time: None,
        });
    };
    let date = match year {
        Some(year) => NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NotADate)?,
        None => {
            let this_year = NaiveDate::from_ymd_opt(today.year(), month, day);
            let next_year = NaiveDate::from_ymd_opt(today.year() + 1, month, day);
            let date = match (this_year, next_year) {
                (Some(d), _) if d >= today => d,
                (_, Some(d)) => d,
                (Some(d), None) => d,
                (None, None) => return Err(DateError::NotADate),
            };
            let confirmed = weekday
                .as_ref()
                .is_some_and(|(_, w)| *w == Some(date.weekday()));
            if !confirmed {
                doubts.push(Doubt::YearAssumed);
            }
            date
        }
    };
    let mut rest = blank(text, range);
    if let Some((wrange, Some(written))) = weekday {
        if written != date.weekday() {
            doubts.push(Doubt::WeekdayMismatch {
                written: WeekdayName::of(written),
            });
        }
        rest = blank(&rest, wrange);
    }
    Ok(FoundDate {
        date,
        doubts,
        rest,
        time,
    })
}

/// One time of day as written: hour, minutes, and am/pm if given.
#[derive(Debug, Clone, Copy)]
struct Clock {
    hour: u32,
    minute: u32,
    /// Some(true) for pm, Some(false) for am; None when not said.
    pm: Option<bool>,
    /// Written the 24-hour way ("15h", "15 Uhr", or an hour above 12).
    day_hours: bool,
}

impl Clock {
    fn at(self, pm: Option<bool>) -> Option<NaiveTime> {
        let hour = match pm {
            Some(true) if self.hour < 12 => self.hour + 12,
            Some(false) if self.hour == 12 => 0,
            _ => self.hour,
        };
        NaiveTime::from_hms_opt(hour, self.minute, 0)
    }
}

fn find_clocks(text: &str) -> Vec<Clock> {
    let p = &*PATTERNS;
    let mut clocks = Vec::new();
    if let Some(m) = p.noon.find(text) {
        // "noon" counts where it stands among the times.
        let before = p.time.captures_iter(&text[..m.start()]).count();
        let mut found = read_clocks(text);
        found.insert(
            before.min(found.len()),
            Clock {
                hour: 12,
                minute: 0,
                pm: Some(true),
                day_hours: true,
            },
        );
        clocks = found;
    } else {
        clocks.extend(read_clocks(text));
    }
    clocks
}

fn read_clocks(text: &str) -> Vec<Clock> {
    PATTERNS
        .time
        .captures_iter(text)
        .filter_map(|c| {
            let hour: u32 = c.get(1)?.as_str().parse().ok()?;
            let minute: u32 = c.get(2).map_or(Some(0), |m| m.as_str().parse().ok())?;
            let suffix = c.get(3).map(|s| s.as_str().replace(['.', ' '], ""));
            let pm = match suffix.as_deref() {
                Some("pm") => Some(true),
                Some("am") => Some(false),
                _ => None,
            };
            let day_hours = matches!(suffix.as_deref(), Some("h" | "uhr")) || hour > 12;
            (hour <= 24 && minute < 60).then_some(Clock {
                hour: hour % 24,
                minute,
                pm,
                day_hours,
            })
        })
        .collect()
}

/// Read a "When:" value: a day and a start time, usually an end time.
pub fn read_when(text: &str, today: NaiveDate) -> Result<ReadWhen, DateError> {
    let folded = fold(text);
    let found = find_date(&folded, today)?;
    let mut doubts = found.doubts;
    let clocks = find_clocks(&found.rest);
    let (start, end) = match (found.time, clocks.as_slice()) {
        (Some(start), [end, ..]) => (start, end.at(end.pm)),
        (Some(start), []) => (start, None),
        (None, []) => return Err(DateError::NoTime),
        (None, [only]) => (time_alone(*only, &mut doubts)?, None),
        (None, [first, second, ..]) => {
            let (start, end) = time_range(*first, *second, &mut doubts)?;
            (start, Some(end))
        }
    };
    let start = found.date.and_time(start);
    let end = match end {
        Some(end) => {
            let end = found.date.and_time(end);
            // "20:00 - 1:00" runs past midnight.
            if end <= start && end.hour() < 6 {
                end + Duration::days(1)
            } else {
                end
            }
        }
        None => {
            doubts.push(Doubt::NoEnd);
            start + Duration::hours(2)
        }
    };
    if end <= start {
        return Err(DateError::EndBeforeStart);
    }
    check_when(found.date, today, &mut doubts)?;
    Ok(ReadWhen {
        span: Span { start, end },
        doubts,
    })
}

fn check_when(date: NaiveDate, today: NaiveDate, doubts: &mut Vec<Doubt>) -> Result<(), DateError> {
    if date < today {
        return Err(DateError::InPast);
    }
    if date > today + Duration::days(548) {
        doubts.push(Doubt::FarAhead);
    }
    Ok(())
}

/// A lone time: am/pm as written; a small hour without am/pm is afternoon.
fn time_alone(clock: Clock, doubts: &mut Vec<Doubt>) -> Result<NaiveTime, DateError> {
    let pm = match clock.pm {
        Some(pm) => Some(pm),
        None if !clock.day_hours && (1..8).contains(&clock.hour) => {
            doubts.push(Doubt::Afternoon);
            Some(true)
        }
        None => None,
    };
    clock.at(pm).ok_or(DateError::NoTime)
}

/// "3-5pm", "11am-1pm", "15:00-17:00", "de 15h à 17h": an am/pm said once
/// holds for both ends when that makes the range run forwards.
fn time_range(
    first: Clock,
    second: Clock,
    doubts: &mut Vec<Doubt>,
) -> Result<(NaiveTime, NaiveTime), DateError> {
    // The first reading of `clock` that comes after `start`.
    let after = |clock: Clock, start: NaiveTime, halves: [Option<bool>; 3]| {
        halves
            .iter()
            .filter_map(|pm| clock.at(*pm))
            .find(|t| *t > start)
            .or_else(|| clock.at(halves[0]))
    };
    let (start, end) = match (first.pm, second.pm) {
        (_, Some(pm)) => {
            let end = second.at(Some(pm));
            let start = match first.pm {
                Some(said) => first.at(Some(said)),
                None if first.day_hours => first.at(None),
                None => match (first.at(Some(pm)), end) {
                    (Some(s), Some(e)) if s < e => Some(s),
                    _ => first.at(Some(!pm)),
                },
            };
            (start, end)
        }
        (Some(pm), None) => {
            let start = first.at(Some(pm));
            let end = start.and_then(|s| after(second, s, [Some(pm), None, Some(!pm)]));
            (start, end)
        }
        (None, None) if first.day_hours || second.day_hours => (first.at(None), second.at(None)),
        (None, None) => {
            // "3-5": a party from 3 to 5 in the afternoon; "10-12" as written.
            let pm = (1..8).contains(&first.hour).then_some(true);
            if pm.is_some() {
                doubts.push(Doubt::Afternoon);
            }
            let start = first.at(pm);
            let end = start.and_then(|s| after(second, s, [pm, None, Some(true)]));
            (start, end)
        }
    };
    match (start, end) {
        (Some(start), Some(end)) => Ok((start, end)),
        _ => Err(DateError::NoTime),
    }
}

/// Read a date-only value such as "Reply by: 11 Jan". A date in the past is
/// an error; no time is needed.
pub fn read_date(text: &str, today: NaiveDate) -> Result<ReadDate, DateError> {
    let folded = fold(text);
    let found = find_date(&folded, today)?;
    let mut doubts = found.doubts;
    check_when(found.date, today, &mut doubts)?;
    Ok(ReadDate {
        date: found.date,
        doubts,
    })
}

// Writing dates out in full, in the four languages the service speaks.

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const DE_MONTHS: [&str; 12] = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
];
const EN_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ES_DAYS: [&str; 7] = [
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];
const FR_DAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];
const DE_DAYS: [&str; 7] = [
    "Montag",
    "Dienstag",
    "Mittwoch",
    "Donnerstag",
    "Freitag",
    "Samstag",
    "Sonntag",
];

/// The service's languages; anything else is written in English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    En,
    Es,
    Fr,
    De,
}

impl Language {
    /// The language of a tag such as `es` or `de-AT`; English otherwise.
    pub fn of(tag: &str) -> Language {
        match tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
            .as_str()
        {
            "es" => Language::Es,
            "fr" => Language::Fr,
            "de" => Language::De,
            _ => Language::En,
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Es => "es",
            Language::Fr => "fr",
            Language::De => "de",
        }
    }
}

/// The name of a weekday in `language` ("Saturday", "sábado").
pub fn weekday_name(day: WeekdayName, language: Language) -> &'static str {
    let i = usize::from(day.0 % 7);
    match language {
        Language::En => EN_DAYS[i],
        Language::Es => ES_DAYS[i],
        Language::Fr => FR_DAYS[i],
        Language::De => DE_DAYS[i],
    }
}

/// A date in full: "Saturday 16 January 2027", "sábado 16 de enero de
/// 2027", "samedi 16 janvier 2027", "Samstag, 16. Januar 2027".
pub fn spell_date(date: NaiveDate, language: Language) -> String {
    let day = date.day();
    let year = date.year();
    let m = date.month0() as usize % 12;
    let weekday = weekday_name(WeekdayName::of(date.weekday()), language);
    match language {
        Language::En => format!("{weekday} {day} {} {year}", EN_MONTHS[m]),
        Language::Es => format!("{weekday} {day} de {} de {year}", ES_MONTHS[m]),
        Language::Fr if day == 1 => format!("{weekday} 1er {} {year}", FR_MONTHS[m]),
        Language::Fr => format!("{weekday} {day} {} {year}", FR_MONTHS[m]),
        Language::De => format!("{weekday}, {day}. {} {year}", DE_MONTHS[m]),
    }
}

/// A time of day: "3 pm", "3:30 pm", "15:00", "15 h", "15:00 Uhr".
pub fn spell_time(time: NaiveTime, language: Language) -> String {
    let (hour, minute) = (time.hour(), time.minute());
    match language {
        Language::En => {
            let (h, suffix) = match hour {
                0 => (12, "am"),
                1..=11 => (hour, "am"),
                12 => (12, "pm"),
                _ => (hour - 12, "pm"),
            };
            // On the hour as the invitation writes it: "3 pm".
            if minute == 0 {
                format!("{h} {suffix}")
            } else {
                format!("{h}:{minute:02} {suffix}")
            }
        }
        Language::Es => format!("{hour}:{minute:02}"),
        Language::Fr if minute == 0 => format!("{hour} h"),
        Language::Fr => format!("{hour} h {minute:02}"),
        Language::De => format!("{hour}:{minute:02}"),
    }
}

/// A party's span in full: "Saturday 16 January 2027, 3 pm to 5 pm".
pub fn spell_span(span: Span, language: Language) -> String {
    let date = spell_date(span.start.date(), language);
    let from = spell_time(span.start.time(), language);
    let to = spell_time(span.end.time(), language);
    let next_day = span.end.date() != span.start.date();
    match (language, next_day) {
        (Language::En, false) => format!("{date}, {from} to {to}"),
        (Language::En, true) => format!("{date}, {from} to {to} the next day"),
        (Language::Es, false) => format!("{date}, de {from} a {to}"),
        (Language::Es, true) => format!("{date}, de {from} a {to} del día siguiente"),
        (Language::Fr, false) => format!("{date}, de {from} à {to}"),
        (Language::Fr, true) => format!("{date}, de {from} à {to} le lendemain"),
        (Language::De, false) => format!("{date}, {from} bis {to} Uhr"),
        (Language::De, true) => format!("{date}, {from} bis {to} Uhr am nächsten Tag"),
    }
}

/// The same span written so that [`read_when`] reads it back exactly:
/// "2027-01-16 15:00-17:00".
pub fn iso_span(span: Span) -> String {
    format!(
        "{} {}-{}",
        span.start.format("%Y-%m-%d"),
        span.start.format("%H:%M"),
        span.end.format("%H:%M")
    )
}

#[cfg(test)]
mod tests;
