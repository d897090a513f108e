use super::*;
use chrono_tz::{America::New_York, Europe::Zagreb};

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("time")
}

fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("rfc3339")
        .with_timezone(&Utc)
}

fn settings(zone: Tz, at: NaiveTime) -> Settings {
    Settings {
        time: at,
        zone,
        skip_unchanged: false,
        stop_after_event: true,
    }
}

const PARTY: (i32, u32, u32) = (2026, 12, 12);

fn party() -> NaiveDate {
    date(PARTY.0, PARTY.1, PARTY.2)
}

#[test]
fn spring_forward_in_zagreb_uses_the_first_instant_after_the_gap() {
    // 2026-03-29: 02:00 CET jumps to 03:00 CEST; 02:30 does not exist.
    let at = due_at(time(2, 30), Zagreb, date(2026, 3, 29));
    assert_eq!(at, Some(utc("2026-03-29T01:00:00Z")));
    // An ordinary time that day is in summer time.
    let at = due_at(time(7, 30), Zagreb, date(2026, 3, 29));
    assert_eq!(at, Some(utc("2026-03-29T05:30:00Z")));
    // The day before, winter time.
    let at = due_at(time(7, 30), Zagreb, date(2026, 3, 28));
    assert_eq!(at, Some(utc("2026-03-28T06:30:00Z")));
}

#[test]
fn fall_back_in_zagreb_uses_the_earlier_occurrence_and_sends_once() {
    // 2026-10-25: 03:00 CEST falls back to 02:00 CET; 02:30 happens twice.
    let s = settings(Zagreb, time(2, 30));
    let first = utc("2026-10-25T00:30:00Z");
    assert_eq!(due_at(s.time, s.zone, date(2026, 10, 25)), Some(first));
    let before = decide(
        &s,
        Some(date(2026, 10, 24)),
        party(),
        true,
        utc("2026-10-25T00:29:00Z"),
    );
    assert_eq!(before.due, Due::NotYet);
    assert_eq!(before.next, Some(first));
    let at_first = decide(&s, Some(date(2026, 10, 24)), party(), true, first);
    assert_eq!(at_first.due, Due::Send(date(2026, 10, 25)));
    // The second 02:30 (CET) is not a second digest once the date is recorded.
    let second = decide(
        &s,
        Some(date(2026, 10, 25)),
        party(),
        true,
        utc("2026-10-25T01:30:00Z"),
    );
    assert_eq!(second.due, Due::NotYet);
    assert_eq!(second.next, Some(utc("2026-10-26T01:30:00Z")));
}

#[test]
fn spring_forward_in_new_york() {
    // 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    let s = settings(New_York, time(2, 15));
    let gap_end = utc("2026-03-08T07:00:00Z");
    assert_eq!(due_at(s.time, s.zone, date(2026, 3, 8)), Some(gap_end));
    let d = decide(
        &s,
        Some(date(2026, 3, 7)),
        party(),
        true,
        utc("2026-03-08T06:59:00Z"),
    );
    assert_eq!(d.due, Due::NotYet);
    assert_eq!(d.next, Some(gap_end));
    let d = decide(&s, Some(date(2026, 3, 7)), party(), true, gap_end);
    assert_eq!(d.due, Due::Send(date(2026, 3, 8)));
    // The next day the time exists again (EDT, UTC-4).
    assert_eq!(d.next, Some(utc("2026-03-09T06:15:00Z")));
}

#[test]
fn fall_back_in_new_york() {
    // 2026-11-01: 02:00 EDT falls back to 01:00 EST; 01:30 happens twice.
    let s = settings(New_York, time(1, 30));
    assert_eq!(
        due_at(s.time, s.zone, date(2026, 11, 1)),
        Some(utc("2026-11-01T05:30:00Z"))
    );
    let sent = decide(
        &s,
        Some(date(2026, 10, 31)),
        party(),
        true,
        utc("2026-11-01T05:45:00Z"),
    );
    assert_eq!(sent.due, Due::Send(date(2026, 11, 1)));
    let again = decide(
        &s,
        Some(date(2026, 11, 1)),
        party(),
        true,
        utc("2026-11-01T06:30:00Z"),
    );
    assert_eq!(again.due, Due::NotYet);
    // 7:30 the same day is in standard time (UTC-5).
    assert_eq!(
        due_at(time(7, 30), New_York, date(2026, 11, 1)),
        Some(utc("2026-11-01T12:30:00Z"))
    );
}

#[test]
fn a_daemon_down_across_the_digest_time_sends_on_start_up_the_same_day() {
    let s = settings(Zagreb, time(7, 30));
    // Down from 06:00 to 11:00 local (CET, UTC+1) on 1 December.
    let d = decide(
        &s,
        Some(date(2026, 11, 30)),
        party(),
        true,
        utc("2026-12-01T10:00:00Z"),
    );
    assert_eq!(d.due, Due::Send(date(2026, 12, 1)));
    assert_eq!(d.next, Some(utc("2026-12-02T06:30:00Z")));
    // Down all of 1 December until 00:30 on the 2nd: the 1st's digest is not
    // sent a day late, the 2nd's comes at its time.
    let d = decide(
        &s,
        Some(date(2026, 11, 30)),
        party(),
        true,
        utc("2026-12-01T23:30:00Z"),
    );
    assert_eq!(d.due, Due::NotYet);
    assert_eq!(d.next, Some(utc("2026-12-02T06:30:00Z")));
}

#[test]
fn two_restarts_in_a_day_give_one_digest_per_date() {
    let s = settings(Zagreb, time(7, 30));
    let mut last: Option<NaiveDate> = Some(date(2026, 12, 1));
    let mut sent = Vec::new();
    // Start-ups at 08:00, 12:00 and 23:59 local, then the next morning.
    for now in [
        "2026-12-02T07:00:00Z",
        "2026-12-02T11:00:00Z",
        "2026-12-02T22:59:00Z",
        "2026-12-03T06:29:00Z",
        "2026-12-03T06:30:00Z",
        "2026-12-03T06:31:00Z",
    ] {
        let d = decide(&s, last, party(), true, utc(now));
        if let Due::Send(day) = d.due {
            sent.push(day);
            last = Some(day);
        }
    }
    assert_eq!(sent, [date(2026, 12, 2), date(2026, 12, 3)]);
}

#[test]
fn the_first_digest_is_due_without_any_history() {
    let s = settings(Zagreb, time(7, 30));
    let d = decide(&s, None, party(), false, utc("2026-12-02T07:00:00Z"));
    assert_eq!(d.due, Due::Send(date(2026, 12, 2)));
}

#[test]
fn unchanged_days_are_skipped_when_asked_and_recorded_once() {
    let s = Settings {
        skip_unchanged: true,
        ..settings(Zagreb, time(7, 30))
    };
    let now = utc("2026-12-02T07:00:00Z");
    let d = decide(&s, Some(date(2026, 12, 1)), party(), false, now);
    assert_eq!(d.due, Due::Skip(date(2026, 12, 2)));
    let d = decide(&s, Some(date(2026, 12, 1)), party(), true, now);
    assert_eq!(d.due, Due::Send(date(2026, 12, 2)));
    // Without the option an unchanged day is still sent.
    let d = decide(
        &settings(Zagreb, time(7, 30)),
        Some(date(2026, 12, 1)),
        party(),
        false,
        now,
    );
    assert_eq!(d.due, Due::Send(date(2026, 12, 2)));
}

#[test]
fn digests_stop_after_the_event_when_asked() {
    let s = settings(Zagreb, time(7, 30));
    // The party's day still gets one, and then none is due any more.
    let d = decide(
        &s,
        Some(date(2026, 12, 11)),
        party(),
        true,
        utc("2026-12-12T07:00:00Z"),
    );
    assert_eq!(d.due, Due::Send(party()));
    assert_eq!(d.next, None);
    let d = decide(
        &s,
        Some(party()),
        party(),
        true,
        utc("2026-12-13T07:00:00Z"),
    );
    assert_eq!(d.due, Due::NotYet);
    assert_eq!(d.next, None);
    // Without the option digests go on.
    let s = Settings {
        stop_after_event: false,
        ..s
    };
    let d = decide(
        &s,
        Some(party()),
        party(),
        true,
        utc("2026-12-13T07:00:00Z"),
    );
    assert_eq!(d.due, Due::Send(date(2026, 12, 13)));
}

#[test]
fn a_recorded_date_in_the_future_is_never_repeated() {
    // The clock went back a day: the recorded date is not due again.
    let s = settings(Zagreb, time(7, 30));
    let d = decide(
        &s,
        Some(date(2026, 12, 3)),
        party(),
        true,
        utc("2026-12-02T09:00:00Z"),
    );
    assert_eq!(d.due, Due::NotYet);
    assert_eq!(d.next, Some(utc("2026-12-04T06:30:00Z")));
}
