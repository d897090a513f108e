use super::*;
use chrono_tz::Europe::Zagreb;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("rfc3339")
        .with_timezone(&Utc)
}

fn plan(days_before: &[u32]) -> Plan {
    Plan {
        days_before: days_before.to_vec(),
        rsvp_by: date(2026, 12, 5),
        zone: Zagreb,
        not_before: NaiveTime::from_hms_opt(9, 0, 0).expect("time"),
        paused: false,
    }
}

fn family(key: &str) -> FamilyReminders {
    FamilyReminders {
        key: key.into(),
        answered: false,
        reachable: true,
        invited_at: Some(utc("2026-11-20T10:00:00Z")),
        sent: vec![],
    }
}

fn sent(ordinal: u32, at: &str) -> SentReminder {
    SentReminder {
        ordinal,
        at: utc(at),
    }
}

fn keys(due: &[ReminderDue]) -> Vec<(&str, u32)> {
    due.iter().map(|d| (d.key.as_str(), d.ordinal)).collect()
}

#[test]
fn ordinals_count_from_the_earliest_reminder() {
    assert_eq!(
        plan(&[3, 7, 3]).dates(),
        [(1, date(2026, 11, 28)), (2, date(2026, 12, 2))]
    );
}

#[test]
fn only_reachable_families_without_an_answer_get_one() {
    let families = [
        family("Novak"),
        FamilyReminders {
            answered: true,
            ..family("Garcia")
        },
        FamilyReminders {
            reachable: false,
            ..family("Okafor")
        },
        FamilyReminders {
            invited_at: None,
            ..family("Lee")
        },
    ];
    // 2 December (3 days before 5 December), 09:00 local = 08:00 UTC.
    let due = due(&plan(&[3]), &families, utc("2026-12-02T08:00:00Z"));
    assert_eq!(keys(&due), [("Novak", 1)]);
}

#[test]
fn nothing_before_the_day_and_time() {
    let families = [family("Novak")];
    assert!(due(&plan(&[3]), &families, utc("2026-12-01T20:00:00Z")).is_empty());
    assert!(due(&plan(&[3]), &families, utc("2026-12-02T07:59:00Z")).is_empty());
}

#[test]
fn each_reminder_at_most_once() {
    let families = [FamilyReminders {
        sent: vec![sent(1, "2026-11-28T09:00:00Z")],
        ..family("Novak")
    }];
    assert!(due(&plan(&[3]), &families, utc("2026-12-02T09:00:00Z")).is_empty());
    // The second scheduled reminder is still due after the first.
    let due2 = due(&plan(&[7, 3]), &families, utc("2026-12-02T09:00:00Z"));
    assert_eq!(keys(&due2), [("Novak", 2)]);
}

#[test]
fn a_reminder_missed_while_down_goes_once_until_the_rsvp_date() {
    let families = [family("Novak")];
    // Down from 1 to 4 December: on the 4th the reminder still goes.
    let late = due(&plan(&[3]), &families, utc("2026-12-04T12:00:00Z"));
    assert_eq!(keys(&late), [("Novak", 1)]);
    // On the RSVP-by date itself too, but not after.
    assert_eq!(
        due(&plan(&[3]), &families, utc("2026-12-05T12:00:00Z")).len(),
        1
    );
    assert!(due(&plan(&[3]), &families, utc("2026-12-06T12:00:00Z")).is_empty());
}

#[test]
fn two_missed_reminders_become_one() {
    let families = [family("Novak")];
    let due = due(&plan(&[7, 3]), &families, utc("2026-12-03T12:00:00Z"));
    assert_eq!(keys(&due), [("Novak", 2)]);
}

#[test]
fn no_reminder_on_the_day_of_the_invitation() {
    let families = [FamilyReminders {
        invited_at: Some(utc("2026-12-02T07:00:00Z")),
        ..family("Novak")
    }];
    assert!(due(&plan(&[3]), &families, utc("2026-12-02T09:00:00Z")).is_empty());
}

#[test]
fn paused_reminders_send_nothing() {
    let families = [family("Novak")];
    let paused = Plan {
        paused: true,
        ..plan(&[3])
    };
    assert!(due(&paused, &families, utc("2026-12-02T09:00:00Z")).is_empty());
}

#[test]
fn a_reminder_asked_by_the_host_gets_a_new_ordinal() {
    let p = plan(&[7, 3]);
    assert_eq!(manual_ordinal(&p, &[]), 3);
    assert_eq!(
        manual_ordinal(
            &p,
            &[
                sent(1, "2026-11-28T09:00:00Z"),
                sent(3, "2026-11-29T09:00:00Z")
            ]
        ),
        4
    );
    // A manual reminder long before a scheduled one does not count as it…
    let families = [FamilyReminders {
        sent: vec![sent(3, "2026-11-22T18:00:00Z")],
        ..family("Novak")
    }];
    assert_eq!(
        keys(&due(&p, &families, utc("2026-12-02T09:00:00Z"))),
        [("Novak", 2)]
    );
    // …but one in the days just before stands in for it (2 December local,
    // from 29 November on).
    for (asked, due_anyway) in [
        ("2026-11-28T22:59:00Z", true),
        ("2026-11-28T23:00:00Z", false), // 29 November, 00:00 in Zagreb
        ("2026-12-01T12:00:00Z", false),
    ] {
        let families = [FamilyReminders {
            sent: vec![sent(3, asked)],
            ..family("Novak")
        }];
        let got = due(&p, &families, utc("2026-12-02T09:00:00Z"));
        assert_eq!(!got.is_empty(), due_anyway, "asked at {asked}: {got:?}");
    }
}
