//! A complete example class as digest input: every section filled. Used to
//! check that (overridden) digest templates render, by the snapshot tests,
//! and for previews of the digest's look.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};

use super::model::{
    AnswerInput, AttentionInput, AttentionReason, DeliveryProblem, Disagreement, FamilyInput,
    Input, Invitation, Options, Snapshot, SnapshotEntry,
};
use crate::model::{Answer, EmailAddress, Event, Host};

/// Answer, stated people, hours before `now` it was written, quote, note.
type SampleAnswer = (Answer, Option<u32>, i64, &'static str, Option<&'static str>);

/// One row of the example class.
struct Row {
    key: &'static str,
    children: &'static [&'static str],
    contacts: &'static [&'static str],
    answer: Option<SampleAnswer>,
    reminders: u32,
    unreachable: Option<&'static str>,
}

const fn row(
    key: &'static str,
    child: &'static [&'static str],
    contacts: &'static [&'static str],
) -> Row {
    Row {
        key,
        children: child,
        contacts,
        answer: None,
        reminders: 0,
        unreachable: None,
    }
}

/// The moment the example digest is built: 07:30 in Zagreb on 26 November 2026.
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 26, 6, 30, 0)
        .single()
        .unwrap_or_default()
}

/// The example event: Luka's party on Saturday 12 December 2026.
pub fn event() -> Event {
    let day = NaiveDate::from_ymd_opt(2026, 12, 12).unwrap_or_default();
    Event {
        slug: "luka-7".to_owned(),
        title: "Luka's 7th birthday".to_owned(),
        start: day.and_hms_opt(15, 0, 0).unwrap_or_default(),
        end: day.and_hms_opt(18, 0, 0).unwrap_or_default(),
        time_zone: chrono_tz::Europe::Zagreb,
        location: "Jump Park, Radnička cesta 1".to_owned(),
        details: String::new(),
        rsvp_by: NaiveDate::from_ymd_opt(2026, 12, 5).unwrap_or_default(),
        default_language: "en".to_owned(),
    }
}

fn host() -> Host {
    Host {
        name: "Ana Novak".to_owned(),
        email: EmailAddress::parse("ana.novak@example.org")
            .unwrap_or_else(|| unreachable!("the sample address is valid")),
        time_zone: chrono_tz::Europe::Zagreb,
    }
}

/// The example class: 22 families, every kind of standing.
pub fn input() -> Input {
    use Answer::{Maybe, No, Unclear, Yes};
    let now = now();
    let rows = [
        Row {
            answer: Some((Yes, Some(3), 60, "Yes! Mia and both of us will come", None)),
            ..row("Babic", &["Mia Babić"], &["Ivana Babić", "Marko Babić"])
        },
        Row {
            answer: Some((Yes, None, 50, "Count us in", None)),
            ..row("Chen", &["Lily Chen"], &["Wei Chen"])
        },
        Row {
            answer: Some((
                Yes,
                Some(2),
                10,
                "Yes, 2 of us",
                Some("Noah is allergic to peanuts"),
            )),
            ..row("Dubois", &["Noah Dubois"], &["Claire Dubois"])
        },
        Row {
            answer: Some((
                Yes,
                Some(4),
                30,
                "We'd love to! Ema and her brother, with both of us",
                None,
            )),
            ..row("Horvat", &["Ema Horvat", "Ivan Horvat"], &["Petra Horvat"])
        },
        Row {
            answer: Some((
                Yes,
                Some(2),
                70,
                "Sí, vamos los dos",
                Some("Tenemos que irnos antes, a las 17:00"),
            )),
            ..row("Garcia", &["Mireya García"], &["Lucía García"])
        },
        Row {
            answer: Some((Yes, None, 20, "yes :)", None)),
            ..row("Ivanova", &["Sofia Ivanova"], &["Olga Ivanova"])
        },
        Row {
            answer: Some((Yes, Some(2), 90, "Jakob kommt gerne, yes", None)),
            ..row("Jung", &["Jakob Jung"], &["Eva Jung"])
        },
        Row {
            answer: Some((
                Yes,
                Some(3),
                5,
                "yes, 3 — is there parking nearby?",
                Some("Is there parking nearby?"),
            )),
            ..row("Kovac", &["Leo Kovač"], &["Maja Kovač"])
        },
        Row {
            answer: Some((Yes, Some(2), 100, "Absolutely, see you there", None)),
            ..row("Larsen", &["Freya Larsen"], &["Nils Larsen"])
        },
        Row {
            answer: Some((Yes, None, 40, "Oui, avec plaisir", None)),
            ..row("Martin", &["Jules Martin"], &["Camille Martin"])
        },
        Row {
            answer: Some((
                Yes,
                Some(2),
                80,
                "Yes please",
                Some("Gluten-free if possible"),
            )),
            ..row("Nowak", &["Zofia Nowak"], &["Piotr Nowak"])
        },
        Row {
            answer: Some((Yes, Some(2), 15, "Host correction", None)),
            ..row("Petrov", &["Dimitri Petrov"], &["Elena Petrov"])
        },
        Row {
            answer: Some((
                Maybe,
                None,
                45,
                "Maybe — depends on the swimming lesson",
                None,
            )),
            ..row("Rossi", &["Giulia Rossi"], &["Marco Rossi"])
        },
        Row {
            answer: Some((
                Maybe,
                Some(2),
                8,
                "Probably yes, we'll confirm on Friday",
                None,
            )),
            ..row("Schmidt", &["Paul Schmidt"], &["Anna Schmidt"])
        },
        Row {
            answer: Some((
                Maybe,
                None,
                120,
                "Not sure yet, grandma visits that weekend",
                None,
            )),
            ..row("Silva", &["Tiago Silva"], &["Rita Silva"])
        },
        Row {
            answer: Some((No, None, 12, "Sorry, we are away that weekend", None)),
            ..row("Tanaka", &["Yuki Tanaka"], &["Aiko Tanaka", "Kenji Tanaka"])
        },
        Row {
            answer: Some((
                No,
                None,
                200,
                "Unfortunately not, Oskar has a tournament",
                None,
            )),
            ..row("Berg", &["Oskar Berg"], &["Linnea Berg"])
        },
        Row {
            answer: Some((Unclear, None, 3, "Can I call you about this?", None)),
            ..row("Weber", &["Lena Weber"], &["Jonas Weber"])
        },
        Row {
            reminders: 1,
            ..row(
                "Okafor",
                &["Chidi Okafor"],
                &["Ngozi Okafor", "Emeka Okafor"],
            )
        },
        row("Yilmaz", &["Elif Yılmaz"], &["Ayşe Yılmaz"]),
        Row {
            reminders: 1,
            ..row("Zeller", &["Max Zeller"], &["Sabine Zeller"])
        },
        Row {
            unreachable: Some("550 5.1.1 mailbox unavailable (m.lopez@example.net)"),
            ..row("Lopez", &["Mateo López"], &["María López"])
        },
    ];
    let invited_at = now - Duration::days(9);
    let families = rows
        .iter()
        .map(|r| FamilyInput {
            key: r.key.to_owned(),
            children: r.children.iter().map(|c| (*c).to_owned()).collect(),
            contacts: r.contacts.iter().map(|c| (*c).to_owned()).collect(),
            invitation: if r.unreachable.is_some() {
                Invitation::Bounced
            } else {
                Invitation::Sent
            },
            invited_at: Some(invited_at),
            answer: r
                .answer
                .map(|(answer, guests, hours, quote, note)| AnswerInput {
                    answer,
                    guests,
                    confidence: 0.95,
                    note: note.map(str::to_owned),
                    quote: quote.to_owned(),
                    author: if r.key == "Petrov" {
                        "Ana Novak".to_owned()
                    } else {
                        r.contacts
                            .first()
                            .map_or_else(String::new, |c| (*c).to_owned())
                    },
                    at: now - Duration::hours(hours),
                    by_host: r.key == "Petrov",
                }),
            disagreement: (r.key == "Tanaka").then(|| Disagreement {
                author: "Kenji Tanaka".to_owned(),
                answer: Yes,
                guests: Some(2),
                at: now - Duration::hours(30),
            }),
            reminders_sent: r.reminders,
            last_reminder_at: (r.reminders > 0).then(|| now - Duration::days(2)),
            unreachable: r.unreachable.map(str::to_owned),
            problems: sample_problems(r.key),
        })
        .collect();

    // Yesterday's digest: before the last day's replies, Tanaka said yes
    // (Kenji) and Schmidt had not answered.
    let entry = |answer, guests| SnapshotEntry {
        answer,
        guests,
        invitation: Invitation::Sent,
        unreachable: false,
    };
    let mut previous = BTreeMap::new();
    for (key, answer, guests) in [
        ("Babic", Some(Yes), Some(3)),
        ("Chen", Some(Yes), None),
        ("Horvat", Some(Yes), Some(4)),
        ("Garcia", Some(Yes), Some(2)),
        ("Ivanova", Some(Yes), None),
        ("Jung", Some(Yes), Some(2)),
        ("Larsen", Some(Yes), Some(2)),
        ("Martin", Some(Yes), None),
        ("Nowak", Some(Yes), Some(2)),
        ("Petrov", Some(Maybe), None),
        ("Rossi", Some(Maybe), None),
        ("Silva", Some(Maybe), None),
        ("Tanaka", Some(Yes), Some(2)),
        ("Berg", Some(No), None),
        ("Dubois", None, None),
        ("Kovac", None, None),
        ("Schmidt", None, None),
        ("Weber", None, None),
        ("Okafor", None, None),
        ("Yilmaz", None, None),
        ("Zeller", None, None),
        ("Lopez", None, None),
    ] {
        previous.insert(key.to_owned(), entry(answer, guests));
    }

    Input {
        event: event(),
        host: host(),
        now,
        options: Options::default(),
        families,
        attention: vec![
            AttentionInput {
                family: Some("Weber".to_owned()),
                author: "Jonas Weber".to_owned(),
                at: now - Duration::hours(3),
                quote: "Can I call you about this?".to_owned(),
                reason: AttentionReason::Unclear,
            },
            AttentionInput {
                family: Some("Schmidt".to_owned()),
                author: "Anna Schmidt".to_owned(),
                at: now - Duration::hours(8),
                quote: "Probably yes, we'll confirm on Friday".to_owned(),
                reason: AttentionReason::LowConfidence {
                    answer: Maybe,
                    confidence: 0.55,
                },
            },
            AttentionInput {
                family: Some("Yilmaz".to_owned()),
                author: "ayse.yilmaz@example.com".to_owned(),
                at: now - Duration::hours(6),
                quote: "Evet, we come! <b>2 people</b>".to_owned(),
                reason: AttentionReason::FailedAuthentication,
            },
        ],
        previous: Some(Snapshot {
            date: NaiveDate::from_ymd_opt(2026, 11, 25).unwrap_or_default(),
            families: previous,
        }),
    }
}

/// The smallest input: one family, nothing answered, no previous digest.
pub fn minimal_input() -> Input {
    Input {
        families: vec![FamilyInput {
            key: "Novak".to_owned(),
            children: vec!["Luka Novak".to_owned()],
            contacts: vec![],
            invitation: Invitation::None,
            invited_at: None,
            answer: None,
            disagreement: None,
            reminders_sent: 0,
            last_reminder_at: None,
            unreachable: None,
            problems: Vec::new(),
        }],
        attention: vec![],
        previous: None,
        ..input()
    }
}

/// Two families whose mail had trouble while they can still be reached.
fn sample_problems(key: &str) -> Vec<DeliveryProblem> {
    let problem = |address: &str, reason: &str, delayed| DeliveryProblem {
        address: address.to_owned(),
        reason: reason.to_owned(),
        delayed,
    };
    match key {
        "Yilmaz" => vec![problem(
            "ayse.yilmaz@mail.example",
            "452 4.2.2 Mailbox full",
            true,
        )],
        "Okafor" => vec![problem(
            "emeka.okafor@oldjob.example",
            "550 5.1.1 User unknown",
            false,
        )],
        _ => Vec::new(),
    }
}
