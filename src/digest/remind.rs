//! Which families get a reminder now, and which one.
//!
//! Pure: the shell passes the schedule, `now` and what it recorded; it
//! queues the returned reminders and records each (family, ordinal) in the
//! same transaction, so a reminder is sent at most once.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::schedule::due_at;

/// The reminder schedule of one event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    /// Days before the RSVP-by date (the config's `days_before`), any order.
    pub days_before: Vec<u32>,
    pub rsvp_by: NaiveDate,
    pub zone: Tz,
    /// Local time of day from which a due reminder goes out (e.g. the digest time).
    pub not_before: NaiveTime,
    /// The host paused reminders by email.
    pub paused: bool,
}

/// One family as far as reminders are concerned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyReminders {
    pub key: String,
    /// The family has a current answer (yes, no or maybe; an unclear reply is not one).
    pub answered: bool,
    /// At least one address still works and the invitation did not fail.
    pub reachable: bool,
    /// When the invitation was sent; `None` while not sent.
    pub invited_at: Option<DateTime<Utc>>,
    /// The reminders already recorded (scheduled or asked by the host).
    pub sent: Vec<SentReminder>,
}

/// A reminder already recorded for a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SentReminder {
    pub ordinal: u32,
    pub at: DateTime<Utc>,
}

/// A reminder the host asked for this many days before a scheduled one (or
/// later) stands in for it: the family is not reminded twice in a few days.
pub const MANUAL_COVERS_DAYS: u64 = 3;

/// A reminder to send now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReminderDue {
    pub key: String,
    /// 1 for the first scheduled reminder (the most days before), 2 for the
    /// next, …: the `n` of `MessageKind::Reminder(n)`.
    pub ordinal: u32,
}

impl Plan {
    /// The scheduled reminders' dates, ordinal 1 first.
    pub fn dates(&self) -> Vec<(u32, NaiveDate)> {
        let mut days: Vec<u32> = self.days_before.clone();
        days.sort_unstable_by(|a, b| b.cmp(a));
        days.dedup();
        days.iter()
            .zip(1u32..)
            .filter_map(|(days, ordinal)| {
                self.rsvp_by
                    .checked_sub_days(chrono::Days::new(u64::from(*days)))
                    .map(|date| (ordinal, date))
            })
            .collect()
    }
}

/// The reminders due at `now`, in the order of `families`.
///
/// A reminder is due from `not_before` on its date until the end of the
/// RSVP-by date, so one whose day passed while rsvpd was down still goes
/// once. A family gets only the latest due reminder it has not had (never two
/// at once), never one older than a reminder it already had, nothing once it
/// answered, nothing when it cannot be reached, nothing on the day it was
/// invited or before, and nothing when the host had it reminded by email
/// within [`MANUAL_COVERS_DAYS`] days before the reminder's date.
pub fn due(plan: &Plan, families: &[FamilyReminders], now: DateTime<Utc>) -> Vec<ReminderDue> {
    if plan.paused {
        return Vec::new();
    }
    let today = now.with_timezone(&plan.zone).date_naive();
    if today > plan.rsvp_by {
        return Vec::new();
    }
    let latest_due = plan
        .dates()
        .into_iter()
        .filter(|(_, date)| due_at(plan.not_before, plan.zone, *date).is_some_and(|at| now >= at))
        .max_by_key(|(ordinal, _)| *ordinal);
    let Some((ordinal, date)) = latest_due else {
        return Vec::new();
    };
    let scheduled_count = u32::try_from(plan.dates().len()).unwrap_or(u32::MAX);
    let covered_from = date
        .checked_sub_days(chrono::Days::new(MANUAL_COVERS_DAYS))
        .unwrap_or(date);
    families
        .iter()
        .filter(|f| !f.answered && f.reachable)
        .filter(|f| {
            f.invited_at
                .is_some_and(|at| at.with_timezone(&plan.zone).date_naive() < today)
        })
        .filter(|f| {
            !f.sent.iter().any(|sent| {
                let scheduled = sent.ordinal <= scheduled_count;
                if scheduled {
                    sent.ordinal >= ordinal
                } else {
                    sent.at.with_timezone(&plan.zone).date_naive() >= covered_from
                }
            })
        })
        .map(|f| ReminderDue {
            key: f.key.clone(),
            ordinal,
        })
        .collect()
}

/// The ordinal for a reminder the host asked for by email: after every
/// scheduled ordinal and every one already sent, so its Message-ID is new.
pub fn manual_ordinal(plan: &Plan, sent: &[SentReminder]) -> u32 {
    let scheduled = u32::try_from(plan.dates().len()).unwrap_or(u32::MAX);
    sent.iter()
        .map(|s| s.ordinal)
        .chain([scheduled])
        .max()
        .unwrap_or(0)
        .saturating_add(1)
}

#[cfg(test)]
mod tests;
