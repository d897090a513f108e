use super::*;
use crate::digest::sample;

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .expect("rfc3339")
        .with_timezone(&Utc)
}

fn family(key: &str, child: &str) -> FamilyInput {
    FamilyInput {
        key: key.into(),
        children: vec![child.into()],
        contacts: vec![format!("Parent {key}")],
        invitation: Invitation::Sent,
        invited_at: Some(at("2026-11-20T09:00:00Z")),
        answer: None,
        disagreement: None,
        reminders_sent: 0,
        last_reminder_at: None,
        unreachable: None,
        problems: Vec::new(),
    }
}

fn answered(key: &str, child: &str, answer: Answer, guests: Option<u32>) -> FamilyInput {
    FamilyInput {
        answer: Some(AnswerInput {
            answer,
            guests,
            confidence: 0.9,
            note: None,
            quote: format!("{} from {key}", answer.as_str()),
            author: format!("Parent {key}"),
            at: at("2026-11-25T18:00:00Z"),
            by_host: false,
        }),
        ..family(key, child)
    }
}

fn input(families: Vec<FamilyInput>) -> Input {
    Input {
        families,
        attention: vec![],
        previous: None,
        ..sample::input()
    }
}

#[test]
fn every_family_is_in_exactly_one_bucket() {
    let digest = build(&sample::input());
    let c = digest.counts;
    assert_eq!(
        (
            c.yes,
            c.maybe,
            c.no,
            c.unclear,
            c.no_answer,
            c.unreachable,
            c.total
        ),
        (12, 3, 2, 1, 3, 1, 22)
    );
    assert_eq!(
        c.yes + c.maybe + c.no + c.unclear + c.no_answer + c.unreachable,
        c.total
    );
    assert_eq!(digest.yes.len(), 12);
    assert_eq!(digest.waiting.len(), 4, "no answer and unclear");
    assert_eq!(digest.unreachable.len(), 1);
}

#[test]
fn head_count_uses_the_default_for_a_yes_without_a_number() {
    let families = vec![
        answered("A", "Ann A", Answer::Yes, Some(3)),
        answered("B", "Ben B", Answer::Yes, None),
        answered("C", "Cy C", Answer::Maybe, None),
        answered("D", "Di D", Answer::Maybe, Some(4)),
        answered("E", "Ed E", Answer::No, Some(2)),
    ];
    let digest = build(&input(families.clone()));
    assert_eq!(
        digest.head_count,
        HeadCount {
            total: 5,
            estimated: 2,
            estimated_families: 1,
            maybe: 6,
            default_guests: 2,
        }
    );
    let three = Input {
        options: Options { default_guests: 3 },
        ..input(families)
    };
    let digest = build(&three);
    assert_eq!(
        (digest.head_count.total, digest.head_count.estimated),
        (6, 3)
    );
    assert!(
        digest
            .yes
            .iter()
            .any(|s| s.estimated && s.guests == Some(3))
    );
}

#[test]
fn days_are_counted_in_the_event_zone() {
    // 23:30 UTC on 26 November is already 27 November in Zagreb.
    let digest = build(&Input {
        now: at("2026-11-26T23:30:00Z"),
        ..input(vec![])
    });
    assert_eq!(
        digest.today,
        NaiveDate::from_ymd_opt(2026, 11, 27).expect("date")
    );
    assert_eq!(digest.event.days, 15);
    assert_eq!(digest.rsvp_by.days, 8);
    let after = build(&Input {
        now: at("2026-12-13T10:00:00Z"),
        ..input(vec![])
    });
    assert_eq!((after.event.days, after.rsvp_by.days), (-1, -8));
}

#[test]
fn changes_since_the_last_snapshot() {
    let first = build(&input(vec![
        answered("A", "Ann A", Answer::Yes, Some(2)),
        answered("B", "Ben B", Answer::Maybe, None),
        family("C", "Cy C"),
        family("D", "Di D"),
    ]));
    assert!(first.changed);
    let kinds: Vec<&str> = first.changes.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, ["new_answer", "new_answer"]);

    // A unchanged; B maybe → yes 3; C answers; D bounces.
    let second_input = Input {
        previous: Some(first.snapshot.clone()),
        ..input(vec![
            answered("A", "Ann A", Answer::Yes, Some(2)),
            answered("B", "Ben B", Answer::Yes, Some(3)),
            answered("C", "Cy C", Answer::No, None),
            FamilyInput {
                unreachable: Some("550 no such user".into()),
                invitation: Invitation::Bounced,
                ..family("D", "Di D")
            },
        ])
    };
    let second = build(&second_input);
    let summary: Vec<(&str, &str, Option<Answer>, Option<Answer>)> = second
        .changes
        .iter()
        .map(|c| (c.key.as_str(), c.kind, c.old, c.new))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "B",
                "changed_answer",
                Some(Answer::Maybe),
                Some(Answer::Yes)
            ),
            ("C", "new_answer", None, Some(Answer::No)),
            ("D", "unreachable", None, None),
        ]
    );
    assert!(second.changed);

    // The same state again: nothing changed.
    let third = build(&Input {
        previous: Some(second.snapshot.clone()),
        ..second_input
    });
    assert!(third.changes.is_empty());
    assert!(!third.changed);
}

#[test]
fn a_change_of_head_count_alone_is_a_change() {
    let first = build(&input(vec![answered("A", "Ann A", Answer::Yes, Some(2))]));
    let second = build(&Input {
        previous: Some(first.snapshot),
        ..input(vec![answered("A", "Ann A", Answer::Yes, Some(4))])
    });
    assert_eq!(second.changes.len(), 1);
    assert_eq!(second.changes[0].old_guests, Some(2));
    assert_eq!(second.changes[0].new_guests, Some(4));
}

#[test]
fn the_snapshot_survives_json() {
    let digest = build(&sample::input());
    let json = serde_json::to_string(&digest.snapshot).expect("serialise");
    let back: Snapshot = serde_json::from_str(&json).expect("deserialise");
    assert_eq!(back, digest.snapshot);
}

#[test]
fn the_order_of_the_input_does_not_matter() {
    let mut reversed = sample::input();
    reversed.families.reverse();
    reversed.attention.reverse();
    assert_eq!(build(&reversed), build(&sample::input()));
}

#[test]
fn bar_percentages_add_up_to_100() {
    for (yes, maybe, no, waiting) in [(1, 1, 1, 0), (12, 3, 2, 6), (1, 0, 0, 0), (2, 1, 0, 4)] {
        let mut families = Vec::new();
        let mut n = 0;
        for (count, answer) in [
            (yes, Some(Answer::Yes)),
            (maybe, Some(Answer::Maybe)),
            (no, Some(Answer::No)),
            (waiting, None),
        ] {
            for _ in 0..count {
                n += 1;
                let key = format!("F{n}");
                families.push(match answer {
                    Some(a) => answered(&key, "Kid K", a, Some(2)),
                    None => family(&key, "Kid K"),
                });
            }
        }
        let digest = build(&input(families));
        let total: u32 = digest.bar.iter().map(|s| s.percent).sum();
        assert_eq!(total, 100, "{yes} {maybe} {no} {waiting}");
        assert!(digest.bar.iter().all(|s| s.count > 0));
    }
    assert!(build(&input(vec![])).bar.is_empty());
}

#[test]
fn notes_are_tagged_and_allergies_come_first() {
    assert_eq!(note_tags("Mia is allergic to nuts"), [NoteTag::Allergy]);
    assert_eq!(note_tags("sin gluten, por favor"), [NoteTag::Allergy]);
    assert_eq!(note_tags("We have to leave at 5"), [NoteTag::LeavingEarly]);
    assert_eq!(note_tags("Is there parking?"), [NoteTag::Question]);
    assert_eq!(note_tags("See you in a minute"), Vec::<NoteTag>::new());
    let digest = build(&sample::input());
    let first: Vec<&str> = digest.notes.iter().map(|n| n.family.as_str()).collect();
    assert_eq!(first[0], "Noah (Dubois)");
    assert_eq!(first.last().copied(), Some("Leo (Kovac)"));
}

#[test]
fn disagreement_between_parents_needs_eyes() {
    let digest = build(&sample::input());
    let tanaka = digest
        .attention
        .iter()
        .find(|a| a.family.as_deref() == Some("Yuki (Tanaka)"))
        .expect("disagreement listed");
    assert_eq!(
        tanaka.reason,
        AttentionReason::Disagreement {
            earlier: Answer::Yes,
            latest: Answer::No,
            earlier_author: Some("Kenji Tanaka".into()),
        }
    );
}

#[test]
fn labels_use_first_names_and_the_family_key() {
    let names = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        family_label("Novak", &names(&["Luka Novak"])),
        "Luka (Novak)"
    );
    assert_eq!(
        family_label("Horvat", &names(&["Ema Horvat", "Ivan Horvat"])),
        "Ema & Ivan (Horvat)"
    );
    assert_eq!(family_label("Luka", &names(&["luka"])), "Luka");
    assert_eq!(family_label("Novak", &[]), "Novak");
}

#[test]
fn text_from_strangers_is_one_line_and_short() {
    let long = "a\r\nb\u{0}c ".to_owned() + &"x".repeat(500);
    let clipped = clip(&long, 20);
    assert_eq!(clipped.chars().count(), 20);
    assert!(clipped.starts_with("a b c "));
    assert!(clipped.ends_with('…'));
}
