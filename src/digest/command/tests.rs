use super::*;

fn class() -> Vec<FamilyNames> {
    let f = |key: &str, children: &[&str]| FamilyNames {
        key: key.into(),
        children: children.iter().map(|c| (*c).to_owned()).collect(),
    };
    vec![
        f("Novak", &["Luka Novak"]),
        f("Garcia", &["Mireya García"]),
        f("Okafor", &["Chidi Okafor", "Ada Okafor"]),
        f("Lee", &["Luka Lee"]),
        f("Horvat", &["Ivan Horvat"]),
    ]
}

fn set(family: &str, answer: Answer, guests: Option<u32>) -> Command {
    Command::SetAnswer {
        family: family.into(),
        answer,
        guests,
    }
}

fn check(text: &str, commands: &[Command], error_lines: &[&str]) {
    let parsed = parse(text, &class());
    assert_eq!(parsed.commands, commands, "{text:?}: {parsed:?}");
    let lines: Vec<&str> = parsed.errors.iter().map(|e| e.line.as_str()).collect();
    assert_eq!(lines, error_lines, "{text:?}: {parsed:?}");
}

#[test]
fn answers_with_and_without_colon_and_number() {
    check("Ivan: yes 3", &[set("Horvat", Answer::Yes, Some(3))], &[]);
    check("Mireya: no", &[set("Garcia", Answer::No, None)], &[]);
    check("Okafor maybe", &[set("Okafor", Answer::Maybe, None)], &[]);
    check("Chidi: 2 yes", &[set("Okafor", Answer::Yes, Some(2))], &[]);
    check(
        "Luka Novak: yes, 4 people",
        &[set("Novak", Answer::Yes, Some(4))],
        &[],
    );
    check(
        "Luka (Novak): yes 3",
        &[set("Novak", Answer::Yes, Some(3))],
        &[],
    );
}

#[test]
fn case_accents_spaces_and_bullets_do_not_matter() {
    check(
        "  - MIREYA :   Sí  \n* okafor  MAYBE\n• ivan: YES +2\n1. garcía: no",
        &[
            set("Garcia", Answer::Yes, None),
            set("Okafor", Answer::Maybe, None),
            set("Horvat", Answer::Yes, Some(2)),
            set("Garcia", Answer::No, None),
        ],
        &[],
    );
}

#[test]
fn reminder_commands() {
    check(
        "remind Okafor\npause reminders\nResume Reminders\nremind Mireya and Ivan",
        &[
            Command::Remind {
                family: "Okafor".into(),
            },
            Command::PauseReminders,
            Command::ResumeReminders,
            Command::Remind {
                family: "Garcia".into(),
            },
            Command::Remind {
                family: "Horvat".into(),
            },
        ],
        &[],
    );
}

#[test]
fn quoted_digest_and_signature_are_ignored() {
    let text = "Hi,\n\nIvan: yes 3\n\nThanks!\nDana\n\n-- \nDana Novak\nremind Okafor\n";
    check(text, &[set("Horvat", Answer::Yes, Some(3))], &[]);
    let text = "Mireya: no\n\nOn Tue, 8 Dec 2026 at 07:30, rsvpd <dana@example.org> wrote:\n> Okafor: no answer yet\n> Ivan: yes\n";
    check(text, &[set("Garcia", Answer::No, None)], &[]);
    check(
        "> Ivan: yes\nOkafor: no",
        &[set("Okafor", Answer::No, None)],
        &[],
    );
}

#[test]
fn ambiguous_names_are_errors() {
    let parsed = parse("Luka: yes", &class());
    assert!(parsed.commands.is_empty());
    assert_eq!(parsed.errors.len(), 1);
    assert_eq!(parsed.errors[0].line, "Luka: yes");
    assert!(
        parsed.errors[0].reason.contains("Luka (Lee)")
            && parsed.errors[0].reason.contains("Luka (Novak)"),
        "{:?}",
        parsed.errors[0]
    );
}

#[test]
fn lines_not_understood_are_quoted() {
    check(
        "Lukas: yes\nIvan: perhaps 2 3\nremind\nIvan: definitely\npause",
        &[],
        &[
            "Lukas: yes",
            "Ivan: perhaps 2 3",
            "remind",
            "Ivan: definitely",
            "pause",
        ],
    );
    let parsed = parse("Lukas: yes\nIvan: yes 0\nIvan: yes 99", &class());
    let reasons: Vec<&str> = parsed.errors.iter().map(|e| e.reason.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "no family called \"lukas\"",
            "0 people: did you mean no?",
            "99 people is more than 50"
        ]
    );
}

#[test]
fn prose_is_not_an_error() {
    check(
        "Hello!\nThank you so much for this.\nThanks Dana: see you\nNote: nothing else\nSee you soon,\nDana",
        &[],
        &[],
    );
}

#[test]
fn confirmation_names_each_family_and_keeps_errors() {
    let parsed = parse("Ivan: yes 3\npause reminders\nLukas: no", &class());
    let c = confirmation(&parsed.commands, &parsed.errors, &class());
    assert_eq!(c.done.len(), 2);
    assert_eq!(c.done[0].family.as_deref(), Some("Ivan (Horvat)"));
    assert_eq!(c.done[0].guests, Some(3));
    assert_eq!(c.done[1].kind, "pause_reminders");
    assert_eq!(c.errors[0].line, "Lukas: no");
}

#[test]
fn hostile_text_never_panics() {
    for text in [
        "",
        "\u{0}",
        ":",
        "::::",
        "1.",
        "1)",
        "-",
        "remind remind remind",
        "é: ü 9999999999999",
    ] {
        let _ = parse(text, &class());
    }
}
