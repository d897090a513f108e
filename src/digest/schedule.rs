//! When the daily digest is due: once per local date in the host's zone, at
//! the configured local time, right across daylight-saving changes.
//!
//! Pure: `now` and the date of the last digest come in as values. The shell
//! records the date in the same transaction that queues (or skips) the digest,
//! which is what makes "exactly once per date" hold across restarts.

use chrono::{DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

/// The digest settings of one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Settings {
    /// Local time of day of the digest.
    pub time: NaiveTime,
    /// The host's zone.
    pub zone: Tz,
    /// Send nothing on a day when nothing changed since the last digest.
    pub skip_unchanged: bool,
    /// No digests for dates after the event's date.
    pub stop_after_event: bool,
}

/// What to do now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Due {
    /// Send the digest for this local date (and record the date).
    Send(NaiveDate),
    /// Nothing changed: record this date as done without sending.
    Skip(NaiveDate),
    /// Nothing to do now.
    NotYet,
}

/// The decision, and when to ask again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Decision {
    pub due: Due,
    /// The next moment a digest will be due (after this one is recorded);
    /// `None` when no digest will ever be due again (the event is over).
    pub next: Option<DateTime<Utc>>,
}

/// Decide whether a digest is due at `now`. `last` is the local date of the
/// last digest recorded (sent or skipped); `event_date` the party's local
/// date; `changed` whether today's digest differs from the last snapshot.
///
/// A digest for a date is due from its local time until the end of that
/// date: a daemon that was down at that time sends on start-up the same day,
/// and a date already recorded is never due again.
pub fn decide(
    settings: &Settings,
    last: Option<NaiveDate>,
    event_date: NaiveDate,
    changed: bool,
    now: DateTime<Utc>,
) -> Decision {
    let today = now.with_timezone(&settings.zone).date_naive();
    let allowed = |date: NaiveDate| !settings.stop_after_event || date <= event_date;
    let next_from = |date: NaiveDate| {
        // The first date after `last` and from `date` on.
        let first = match last {
            Some(last) if last >= date => last.succ_opt(),
            _ => Some(date),
        };
        first
            .filter(|d| allowed(*d))
            .and_then(|d| due_at(settings.time, settings.zone, d))
    };
    let already = last.is_some_and(|last| last >= today);
    let due_today = due_at(settings.time, settings.zone, today);
    let is_due = !already && allowed(today) && due_today.is_some_and(|at| now >= at);
    if !is_due {
        return Decision {
            due: Due::NotYet,
            next: next_from(today),
        };
    }
    let due = if settings.skip_unchanged && !changed && last.is_some() {
        Due::Skip(today)
    } else {
        Due::Send(today)
    };
    Decision {
        due,
        next: today.succ_opt().and_then(|tomorrow| {
            allowed(tomorrow)
                .then(|| due_at(settings.time, settings.zone, tomorrow))
                .flatten()
        }),
    }
}

/// The instant of local `time` on local `date` in `zone`. When that time does
/// not exist (spring forward), the first instant after the gap; when it
/// occurs twice (fall back), the earlier one.
pub fn due_at(time: NaiveTime, zone: Tz, date: NaiveDate) -> Option<DateTime<Utc>> {
    let local = date.and_time(time);
    first_valid(zone, local).map(|at| at.with_timezone(&Utc))
}

fn first_valid(zone: Tz, local: NaiveDateTime) -> Option<DateTime<Tz>> {
    // Gaps are whole minutes and at most a few hours long (the longest on
    // record is a day, when a zone skipped a date): stepping by minutes finds
    // the end of the gap.
    for minutes in 0..=(26 * 60) {
        let candidate = local + Duration::minutes(minutes);
        match zone.from_local_datetime(&candidate) {
            LocalResult::Single(at) => return Some(at),
            LocalResult::Ambiguous(earlier, _) => return Some(earlier),
            LocalResult::None => {}
        }
    }
    None
}

#[cfg(test)]
mod tests;
