use super::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).expect("date")
}

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|d| d.and_hms_opt(h, min, 0))
        .expect("datetime")
}

#[track_caller]
fn check(text: &str, start: NaiveDateTime, end: NaiveDateTime, doubts: &[Doubt]) {
    let read = read_when(text, today()).unwrap_or_else(|e| panic!("{text:?}: {e:?}"));
    assert_eq!(read.span, Span { start, end }, "{text:?}");
    assert_eq!(read.doubts, doubts, "{text:?}");
}

#[test]
fn iso_dates_and_ranges_are_sure() {
    check(
        "2027-01-16 15:00-17:00",
        at(2027, 1, 16, 15, 0),
        at(2027, 1, 16, 17, 0),
        &[],
    );
    check(
        "2027-01-16T15:00",
        at(2027, 1, 16, 15, 0),
        at(2027, 1, 16, 17, 0),
        &[Doubt::NoEnd],
    );
}

#[test]
fn the_common_local_forms() {
    let (s, e) = (at(2027, 1, 16, 15, 0), at(2027, 1, 16, 17, 0));
    check("16 Jan 3-5pm", s, e, &[Doubt::YearAssumed]);
    check("Saturday 16 January, 3-5pm", s, e, &[]);
    check("16.1.2027 15:00-17:00", s, e, &[]);
    check("16.1.2027 15:00", s, e, &[Doubt::NoEnd]);
    check("sábado 16 de enero de 2027, de 15:00 a 17:00", s, e, &[]);
    check("samedi 16 janvier 2027 de 15h à 17h", s, e, &[]);
    check("Samstag, 16. Januar 2027, 15 bis 17 Uhr", s, e, &[]);
    check("January 16th, 2027 3pm - 5pm", s, e, &[]);
    check("16/01/2027 15h-17h", s, e, &[]);
    check("Sat 16 Jan 2027 3:00 pm – 5:00 pm", s, e, &[]);
}

#[test]
fn am_and_pm_said_once_hold_for_both_ends() {
    check(
        "16 Jan 2027 11-2pm",
        at(2027, 1, 16, 11, 0),
        at(2027, 1, 16, 14, 0),
        &[],
    );
    check(
        "16 Jan 2027 10am-12",
        at(2027, 1, 16, 10, 0),
        at(2027, 1, 16, 12, 0),
        &[],
    );
    check(
        "16 Jan 2027 10-12",
        at(2027, 1, 16, 10, 0),
        at(2027, 1, 16, 12, 0),
        &[],
    );
    check(
        "16 Jan 2027 3-5",
        at(2027, 1, 16, 15, 0),
        at(2027, 1, 16, 17, 0),
        &[Doubt::Afternoon],
    );
    check(
        "16 Jan 2027 noon-2pm",
        at(2027, 1, 16, 12, 0),
        at(2027, 1, 16, 14, 0),
        &[],
    );
    check(
        "31 Dec 2026 20:00-1:00",
        at(2026, 12, 31, 20, 0),
        at(2027, 1, 1, 1, 0),
        &[],
    );
}

#[test]
fn doubts_a_person_should_check() {
    // Day and month could swap.
    check(
        "01/02/2027 15:00-17:00",
        at(2027, 2, 1, 15, 0),
        at(2027, 2, 1, 17, 0),
        &[Doubt::DayOrMonth],
    );
    // An American order is read when the day is above 12.
    check(
        "1/16/2027 3-5pm",
        at(2027, 1, 16, 15, 0),
        at(2027, 1, 16, 17, 0),
        &[],
    );
    // Friday 16 January 2027 is a Saturday.
    check(
        "Friday 16 January 2027 3-5pm",
        at(2027, 1, 16, 15, 0),
        at(2027, 1, 16, 17, 0),
        &[Doubt::WeekdayMismatch {
            written: WeekdayName(4),
        }],
    );
    // A date earlier in the year than today is next year's.
    check(
        "3 March 2pm",
        at(2027, 3, 3, 14, 0),
        at(2027, 3, 3, 16, 0),
        &[Doubt::YearAssumed, Doubt::NoEnd],
    );
    // Only a weekday: the next one.
    check(
        "Saturday 3-5pm",
        at(2026, 11, 21, 15, 0),
        at(2026, 11, 21, 17, 0),
        &[Doubt::NextWeekday],
    );
    check(
        "16 Jan 2029 3-5pm",
        at(2029, 1, 16, 15, 0),
        at(2029, 1, 16, 17, 0),
        &[Doubt::FarAhead],
    );
}

#[test]
fn what_cannot_be_read_says_why() {
    assert_eq!(read_when("soon!", today()), Err(DateError::NoDate));
    assert_eq!(read_when("16 Jan 2027", today()), Err(DateError::NoTime));
    assert_eq!(
        read_when("31 Feb 2027 3pm", today()),
        Err(DateError::NotADate)
    );
    assert_eq!(read_when("1 Jan 2026 3pm", today()), Err(DateError::InPast));
    assert_eq!(
        read_when("16 Jan 2027 5pm-3pm", today()),
        Err(DateError::EndBeforeStart)
    );
}

#[test]
fn reply_by_dates() {
    let read = read_date("2027-01-11", today()).expect("date");
    assert_eq!(read.date, NaiveDate::from_ymd_opt(2027, 1, 11).expect("d"));
    assert!(read.doubts.is_empty());
    let read = read_date("11 janvier", today()).expect("date");
    assert_eq!(read.date, NaiveDate::from_ymd_opt(2027, 1, 11).expect("d"));
    assert_eq!(read.doubts, [Doubt::YearAssumed]);
    assert_eq!(read_date("11.1.", today()).map(|r| r.date), Ok(read.date));
}

#[test]
fn spelled_out_in_each_language() {
    let span = Span {
        start: at(2027, 1, 16, 15, 0),
        end: at(2027, 1, 16, 17, 30),
    };
    assert_eq!(
        spell_span(span, Language::En),
        "Saturday 16 January 2027, 3 pm to 5:30 pm"
    );
    assert_eq!(
        spell_span(span, Language::Es),
        "sábado 16 de enero de 2027, de 15:00 a 17:30"
    );
    assert_eq!(
        spell_span(span, Language::Fr),
        "samedi 16 janvier 2027, de 15 h à 17 h 30"
    );
    assert_eq!(
        spell_span(span, Language::De),
        "Samstag, 16. Januar 2027, 15:00 bis 17:30 Uhr"
    );
    let first = NaiveDate::from_ymd_opt(2027, 5, 1).expect("d");
    assert_eq!(spell_date(first, Language::Fr), "samedi 1er mai 2027");
}

#[test]
fn a_written_out_span_reads_back_the_same() {
    let span = Span {
        start: at(2027, 1, 16, 15, 0),
        end: at(2027, 1, 16, 17, 30),
    };
    assert_eq!(
        read_when(&iso_span(span), today()).map(|r| r.span),
        Ok(span)
    );
}
