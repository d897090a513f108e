use super::*;
use crate::service::message::{Attachment, HostMessage};

fn settings<'a>(opted_out: &'a [String], languages: &'a [String]) -> Settings<'a> {
    Settings {
        today: NaiveDate::from_ymd_opt(2026, 11, 20).expect("date"),
        zone: chrono_tz::Europe::Zagreb,
        default_language: "en",
        languages,
        limits: Limits::default(),
        opted_out,
        host_name: "Dana Kovač",
    }
}

fn message(text: &str) -> HostMessage {
    HostMessage {
        fresh: crate::service::message::numbered(text),
        ..HostMessage::default()
    }
}

fn languages() -> Vec<String> {
    vec!["en".into(), "es".into(), "fr".into()]
}

#[test]
fn a_filled_form_with_pasted_lines_is_ready() {
    let (draft, given) = Draft::default().with(&message(
        "Party: Mia's 7th birthday\nWhen: 2027-01-16 15:00-17:00\nWhere: Mill Park, Oak Lane 3\nReply by: 2027-01-11\nDetails: Cake and games.\nLanguage: en\n\nBen Adler, eva.adler@example.org, tom.adler@example.org\nKofi Mensah\nZoe Park, jin.park@example.org",
    ));
    assert!(given.form && given.roster);
    let langs = languages();
    let p = build(&draft, &settings(&[], &langs));
    assert!(p.is_ready(), "{:?}", p.issues);
    let party = p.party.as_ref().expect("party");
    assert_eq!(party.title, "Mia's 7th birthday");
    assert_eq!(party.host_name, "Dana Kovač");
    assert_eq!(party.time_zone, "Europe/Zagreb");
    assert_eq!((p.n_families, p.n_addresses, p.n_unreachable), (3, 3, 1));
    assert!(matches!(&p.notes[..], [Note::Roster(n)] if n.line == Some(9)));
}

#[test]
fn what_is_missing_is_said_and_nothing_can_be_sent() {
    let (draft, _) = Draft::default().with(&message("Party: Mia\nWhen: next week sometime"));
    let langs = languages();
    let p = build(&draft, &settings(&[], &langs));
    assert!(!p.is_ready());
    assert!(p.issues.contains(&Issue::Missing { key: Key::Where }));
    assert!(p.issues.contains(&Issue::NoFamilies));
    assert!(p.issues.iter().any(|i| matches!(
        i,
        Issue::BadWhen {
            error: DateError::NoDate,
            ..
        }
    )));
}

#[test]
fn later_mail_changes_one_line_and_keeps_the_rest() {
    let (draft, _) = Draft::default().with(&message(
        "Party: Mia\nWhen: 16 Jan 2027 3-5pm\nWhere: Park\nBen Adler, eva@example.org",
    ));
    let (draft, given) = draft.with(&message("When: 17 Jan 2027 3-5pm"));
    assert!(given.form && !given.roster);
    let langs = languages();
    let p = build(&draft, &settings(&[], &langs));
    let party = p.party.expect("party");
    assert_eq!(party.start.format("%d").to_string(), "17");
    assert_eq!(p.n_families, 1, "the list is kept");
    assert!(
        p.notes
            .iter()
            .any(|n| matches!(n, Note::ReplyByChosen { .. }))
    );
}

#[test]
fn an_attachment_replaces_the_list_and_opted_out_parents_are_left_out() {
    let (draft, _) = Draft::default().with(&message(
        "Party: Mia\nWhen: 16 Jan 2027 3-5pm\nWhere: Park\nLanguage: Deutsch\nBen Adler, eva@example.org",
    ));
    let mut attached = message("");
    attached.attachments.push(Attachment {
        name: "class.csv".into(),
        content_type: "text/csv".into(),
        bytes: b"child,email\nLuka Novak,ana@example.org\nMia Ruiz,pablo@example.es\n".to_vec(),
    });
    let (draft, given) = draft.with(&attached);
    assert!(given.roster && !given.form);
    let out = vec!["pablo@example.es".to_owned()];
    let langs = languages();
    let p = build(&draft, &settings(&out, &langs));
    assert_eq!(p.n_families, 2);
    assert_eq!(p.n_addresses, 1);
    assert!(
        p.notes
            .iter()
            .any(|n| matches!(n, Note::OptedOut { address, .. } if address == "pablo@example.es"))
    );
    assert!(
        p.notes
            .contains(&Note::LanguageUnavailable { code: "de".into() })
    );
    assert_eq!(p.party.expect("party").language, "de");
}

#[test]
fn caps_and_dates_that_do_not_fit() {
    let mut text = String::from(
        "Party: Big\nWhen: 16 Jan 2027 3-5pm\nWhere: Park\nReply by: 20 Jan 2027\nTime zone: Mars/Olympus\n",
    );
    for i in 0..61 {
        text.push_str(&format!("Child {i}, p{i}@example.org\n"));
    }
    let (draft, _) = Draft::default().with(&message(&text));
    let langs = languages();
    let p = build(&draft, &settings(&[], &langs));
    assert!(
        p.issues
            .contains(&Issue::TooManyFamilies { given: 61, max: 60 })
    );
    assert!(p.issues.contains(&Issue::ReplyByAfterStart));
    assert!(p.issues.contains(&Issue::UnknownTimeZone {
        text: "Mars/Olympus".into()
    }));
}

#[test]
fn the_echoed_form_reads_back_as_the_same_party() {
    let (draft, _) = Draft::default().with(&message(
        "Party: Mia\nWhen: Saturday 16 January 3-5pm\nWhere: Park\nBen Adler, eva@example.org",
    ));
    let langs = languages();
    let p = build(&draft, &settings(&[], &langs));
    let party = p.party.expect("party");
    let echo = form_of(&party);
    let again = Draft {
        fields: echo,
        roster: draft.roster.clone(),
    };
    assert_eq!(build(&again, &settings(&[], &langs)).party, Some(party));
}
