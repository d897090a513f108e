use super::*;
use crate::compose::{MessageKind, encode_token, message_id, reply_address};
use crate::model::{Contact, EmailAddress, Event, Family, Host};
use chrono::{NaiveDate, TimeZone};

fn address(s: &str) -> EmailAddress {
    EmailAddress::parse(s).expect("test address")
}

fn host() -> Host {
    Host {
        name: "Dana Ruiz".into(),
        email: address("dana@example.org"),
        time_zone: chrono_tz::Europe::Madrid,
    }
}

fn event() -> Event {
    let day = NaiveDate::from_ymd_opt(2026, 3, 14).expect("date");
    Event {
        slug: "mia-7".into(),
        title: "Mia's 7th birthday".into(),
        start: day.and_hms_opt(15, 0, 0).expect("time"),
        end: day.and_hms_opt(17, 30, 0).expect("time"),
        time_zone: chrono_tz::Europe::Madrid,
        location: "Parque del Oeste, Madrid".into(),
        details: "Cake and games.\n.\nBring a hat.".into(),
        rsvp_by: NaiveDate::from_ymd_opt(2026, 3, 7).expect("date"),
        default_language: "en".into(),
    }
}

fn family() -> Family {
    Family {
        key: "luka".into(),
        children: vec!["Luka".into(), "Mia".into()],
        contacts: vec![
            Contact { name: "Ann Lee".into(), email: address("ann@example.net") },
            Contact { name: "Ben Lee".into(), email: address("ben@example.com") },
        ],
        language: None,
    }
}

struct Fixture {
    host: Host,
    event: Event,
    family: Family,
    reply_to: EmailAddress,
    message_id: String,
    templates: TemplateSet,
}

fn fixture() -> Fixture {
    let token = encode_token([7; 16]);
    Fixture {
        host: host(),
        event: event(),
        family: family(),
        reply_to: reply_address("dana+rsvp-{token}@example.org", &token).expect("reply"),
        message_id: message_id(&token, MessageKind::Invitation, "example.org").expect("id"),
        templates: TemplateSet::embedded(),
    }
}

fn input(f: &Fixture) -> InvitationInput<'_> {
    InvitationInput {
        host: &f.host,
        event: &f.event,
        family: &f.family,
        reply_to: &f.reply_to,
        message_id: &f.message_id,
        date: Utc.with_ymd_and_hms(2026, 2, 20, 9, 0, 0).unwrap(),
        templates: &f.templates,
    }
}

#[test]
fn show() {
    let f = fixture();
    let c = invitation(&input(&f)).expect("compose");
    println!("{}", String::from_utf8_lossy(&c.raw));
    println!("{}", c.text);
}
