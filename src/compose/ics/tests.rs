use super::*;
use crate::model::{Contact, EmailAddress};
use chrono::NaiveDate;

fn local(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .expect("valid test time")
}

fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&local(y, m, d, h, min))
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "")
}

#[test]
fn escapes_text_values() {
    assert_eq!(
        escape_text("a\\b;c,d\ne\r\nf\rg"),
        "a\\\\b\\;c\\,d\\ne\\nf\\ng"
    );
    assert_eq!(escape_text("bell\u{7}and\u{0}nul"), "bellandnul");
    assert_eq!(escape_text("tab\there"), "tab\there");
}

#[test]
fn folds_long_lines_without_splitting_characters() {
    let long_ascii = format!("DESCRIPTION:{}", "x".repeat(300));
    let long_utf8 = format!("DESCRIPTION:{}", "é🎂ñ日本".repeat(40));
    for line in [long_ascii, long_utf8, "SHORT:1".to_owned()] {
        let folded = fold_line(&line);
        assert!(folded.ends_with("\r\n"));
        let physical: Vec<&str> = folded.trim_end_matches("\r\n").split("\r\n").collect();
        for (i, piece) in physical.iter().enumerate() {
            assert!(piece.len() <= 75, "line of {} octets", piece.len());
            assert_eq!(
                i > 0,
                piece.starts_with(' '),
                "continuation lines start with a space"
            );
        }
        assert_eq!(unfold(&folded).trim_end_matches("\r\n"), line);
    }
}

#[test]
fn converts_ordinary_local_times_to_utc() {
    let madrid = chrono_tz::Europe::Madrid;
    assert_eq!(
        local_to_utc(local(2026, 1, 10, 15, 0), madrid),
        utc(2026, 1, 10, 14, 0)
    );
    assert_eq!(
        local_to_utc(local(2026, 7, 10, 15, 0), madrid),
        utc(2026, 7, 10, 13, 0)
    );
    let tokyo = chrono_tz::Asia::Tokyo;
    assert_eq!(
        local_to_utc(local(2026, 1, 1, 5, 0), tokyo),
        utc(2025, 12, 31, 20, 0)
    );
}

#[test]
fn a_time_in_the_spring_gap_uses_the_offset_before_the_gap() {
    // RFC 5545 §3.3.5: 02:30 on the New York spring-forward day is 03:30 EDT.
    let new_york = chrono_tz::America::New_York;
    assert_eq!(
        local_to_utc(local(2026, 3, 8, 2, 30), new_york),
        utc(2026, 3, 8, 7, 30)
    );
    let madrid = chrono_tz::Europe::Madrid;
    assert_eq!(
        local_to_utc(local(2026, 3, 29, 2, 30), madrid),
        utc(2026, 3, 29, 1, 30)
    );
    // Lord Howe Island moves by half an hour.
    let lord_howe = chrono_tz::Australia::Lord_Howe;
    assert_eq!(
        local_to_utc(local(2026, 10, 4, 2, 15), lord_howe),
        utc(2026, 10, 3, 15, 45)
    );
}

#[test]
fn a_time_in_the_autumn_overlap_means_the_first_occurrence() {
    let new_york = chrono_tz::America::New_York;
    assert_eq!(
        local_to_utc(local(2026, 11, 1, 1, 30), new_york),
        utc(2026, 11, 1, 5, 30)
    );
    let madrid = chrono_tz::Europe::Madrid;
    assert_eq!(
        local_to_utc(local(2026, 10, 25, 2, 30), madrid),
        utc(2026, 10, 25, 0, 30)
    );
}

fn address(s: &str) -> EmailAddress {
    EmailAddress::parse(s).expect("test address")
}

fn fixture() -> (Host, Event, Family) {
    let host = Host {
        name: "Dana \"DJ\" Ruiz".into(),
        email: address("dana@example.org"),
        time_zone: chrono_tz::Europe::Madrid,
    };
    let event = Event {
        slug: "mia 7/party".into(),
        title: "Mia's party; games, cake".into(),
        start: local(2026, 3, 29, 12, 0),
        end: local(2026, 3, 29, 14, 0),
        time_zone: chrono_tz::Europe::Madrid,
        location: "Calle Mayor 1, Madrid".into(),
        details: "Line one\nLine two".into(),
        rsvp_by: NaiveDate::from_ymd_opt(2026, 3, 20).expect("date"),
        default_language: "es".into(),
        translations: Default::default(),
        map_url: None,
    };
    let family = Family {
        key: "f".into(),
        children: vec!["Luka".into()],
        contacts: vec![
            Contact {
                name: "Ann; Lee".into(),
                email: address("ann@example.net"),
            },
            Contact {
                name: String::new(),
                email: address("ben@example.com"),
            },
        ],
        language: None,
    };
    (host, event, family)
}

#[test]
fn request_has_method_uid_times_organizer_and_only_this_familys_attendees() {
    let (host, event, family) = fixture();
    let ics = calendar(&CalendarInput {
        host: &host,
        event: &event,
        family: &family,
        method: Method::Request,
        sequence: 0,
        dtstamp: utc(2026, 3, 1, 8, 0),
    });
    assert!(ics.lines().all(|line| line.len() <= 76), "folded");
    assert!(!ics.replace("\r\n", "").contains('\n'), "CRLF only");
    let lines: Vec<String> = unfold(&ics).split("\r\n").map(str::to_owned).collect();
    let has = |wanted: &str| lines.iter().any(|line| line == wanted);
    for wanted in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "UID:mia-7-party@example.org",
        "SEQUENCE:0",
        "DTSTAMP:20260301T080000Z",
        // the day Madrid moves to summer time: 12:00 CEST is 10:00 UTC
        "DTSTART:20260329T100000Z",
        "DTEND:20260329T120000Z",
        "SUMMARY:Mia's party\\; games\\, cake",
        "LOCATION:Calle Mayor 1\\, Madrid",
        "DESCRIPTION:Line one\\nLine two",
        "ORGANIZER;CN=\"Dana 'DJ' Ruiz\":mailto:dana@example.org",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"Ann; Lee\":mailto:ann@example.net",
        "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"ben@example.com\":mailto:ben@example.com",
        "STATUS:CONFIRMED",
        "END:VEVENT",
        "END:VCALENDAR",
    ] {
        assert!(has(wanted), "missing {wanted:?} in\n{ics}");
    }
    assert_eq!(
        lines
            .iter()
            .filter(|line| line.starts_with("ATTENDEE"))
            .count(),
        2
    );
    assert!(lines.iter().any(|line| line.starts_with("PRODID:")));
}

#[test]
fn cancel_has_method_cancel_status_cancelled_and_the_sequence() {
    let (host, event, family) = fixture();
    let ics = calendar(&CalendarInput {
        host: &host,
        event: &event,
        family: &family,
        method: Method::Cancel,
        sequence: 2,
        dtstamp: utc(2026, 3, 2, 8, 0),
    });
    let unfolded = unfold(&ics);
    assert!(unfolded.contains("\r\nMETHOD:CANCEL\r\n"));
    assert!(unfolded.contains("\r\nSTATUS:CANCELLED\r\n"));
    assert!(unfolded.contains("\r\nSEQUENCE:2\r\n"));
    assert!(unfolded.contains("\r\nUID:mia-7-party@example.org\r\n"));
    assert!(!unfolded.contains("RSVP=TRUE"));
}

#[test]
fn an_end_not_after_the_start_is_left_out() {
    let (host, mut event, family) = fixture();
    event.end = event.start;
    let ics = calendar(&CalendarInput {
        host: &host,
        event: &event,
        family: &family,
        method: Method::Request,
        sequence: 0,
        dtstamp: utc(2026, 3, 1, 8, 0),
    });
    assert!(ics.contains("DTSTART:"));
    assert!(!ics.contains("DTEND:"));
}

#[test]
fn a_shared_address_is_one_attendee() {
    let (host, event, mut family) = fixture();
    family.contacts[1].email = address("ANN@example.net");
    let ics = calendar(&CalendarInput {
        host: &host,
        event: &event,
        family: &family,
        method: Method::Request,
        sequence: 0,
        dtstamp: utc(2026, 3, 1, 8, 0),
    });
    assert_eq!(unfold(&ics).matches("\r\nATTENDEE").count(), 1, "{ics}");
}
