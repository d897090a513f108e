use super::*;
use crate::compose::snapshot::check_snapshot;
use crate::model::Contact;

fn input<'a>(
    host: &'a Host,
    event: &'a Event,
    family: &'a Family,
    understood: &'a Understood,
    standing: Option<Standing>,
    language: &'a str,
    templates: &'a TemplateSet,
) -> ConfirmationInput<'a> {
    ConfirmationInput {
        host,
        event,
        family,
        reply_to: &family.contacts[0].email,
        to: &family.contacts[0].email,
        reply_subject: Some("R: Re: AW: Mia's 7th birthday"),
        reply_message_id: Some("<abc@mail.example.com>"),
        reply_references: &[],
        message_id: "<rsvp.t.ack1@example.org>",
        understood,
        standing,
        language,
        date: DateTime::from_timestamp(1_800_000_000, 0).expect("time"),
        templates,
    }
}

#[test]
fn subjects_get_exactly_one_re() {
    assert_eq!(reply_subject("R: Re: AW: Party"), "Re: Party");
    assert_eq!(reply_subject("RE[2]: Party"), "Re: Party");
    assert_eq!(reply_subject("Sv: Vs: Party"), "Re: Party");
    assert_eq!(reply_subject("Party: cake"), "Re: Party: cake");
    assert_eq!(reply_subject("Re:"), "");
}

#[test]
fn is_auto_submitted_and_threaded_under_the_whole_chain() {
    let (host, event, family) = crate::compose::template::sample_party();
    let templates = TemplateSet::embedded();
    let understood = Understood {
        answer: Some(Answer::Yes),
        guests: Some(3),
        ..Understood::default()
    };
    let references = ["<invite@example.org>".to_owned(), "<x@y>".to_owned()];
    let c = confirmation(&ConfirmationInput {
        reply_references: &references,
        ..input(&host, &event, &family, &understood, None, "en", &templates)
    })
    .expect("compose");
    let raw = String::from_utf8_lossy(&c.raw);
    assert!(raw.contains("Auto-Submitted: auto-replied\r\n"), "{raw}");
    assert!(
        raw.contains("In-Reply-To: <abc@mail.example.com>\r\n"),
        "{raw}"
    );
    assert!(
        raw.contains("References: <invite@example.org> <x@y> <abc@mail.example.com>\r\n"),
        "{raw}"
    );
    assert_eq!(c.subject, "Re: Mia's 7th birthday");
}

#[test]
fn confirmation_numbers_are_stable() {
    assert_eq!(confirmation_number("<a@b>"), confirmation_number("<a@b>"));
    assert_ne!(confirmation_number("<a@b>"), confirmation_number("<a@c>"));
}

/// What a parent reads back, for each kind of answer, in every language:
/// who is coming by name, the date, time and place, the note, how to change.
#[test]
fn confirmations_read_as_written_in_every_language() {
    let (host, event, mut family) = crate::compose::template::sample_party();
    family.contacts = vec![Contact {
        name: "Ann Brown".to_owned(),
        email: family.contacts[0].email.clone(),
    }];
    let templates = TemplateSet::embedded();
    let of = |answer, guests| Understood {
        answer: Some(answer),
        guests,
        ..Understood::default()
    };
    let cases: Vec<(&str, Understood, Option<Standing>)> = vec![
        (
            "yes, both children and one adult, with a note",
            Understood {
                children: Some(2),
                adults: Some(1),
                note: Some("Luka has a nut allergy".to_owned()),
                ..of(Answer::Yes, Some(3))
            },
            None,
        ),
        (
            "yes, one child named",
            Understood {
                children_yes: vec!["Isabel".to_owned()],
                ..of(Answer::Yes, None)
            },
            None,
        ),
        ("no", of(Answer::No, None), None),
        ("maybe", of(Answer::Maybe, None), None),
        (
            "a question, after a yes",
            Understood {
                question: true,
                ..of(Answer::Unclear, None)
            },
            Some((Answer::Yes, Some(3))),
        ),
    ];
    for language in templates.languages() {
        let mut out = String::new();
        for (name, understood, standing) in &cases {
            let c = confirmation(&input(
                &host, &event, &family, understood, *standing, &language, &templates,
            ))
            .expect("compose");
            assert_eq!(c.language, language);
            let text = c.text.replace("\r\n", "\n");
            out.push_str(&format!("===== {name}\nSubject: {}\n\n{text}\n", c.subject));
        }
        check_snapshot(&format!("confirmation.{language}.txt"), &out);
    }
}

#[test]
fn asks_one_short_question_in_the_replys_language() {
    let (host, event, family) = crate::compose::template::sample_party();
    let templates = TemplateSet::embedded();
    let ella = || Some(Question::Coming(vec!["Ella Jones".to_owned()]));
    let both = || Some(Question::Coming(vec!["Ella".to_owned(), "Tom".to_owned()]));
    let cases = [
        (
            "en",
            ella(),
            "Just to be sure: is Ella coming? Reply yes or no.",
        ),
        (
            "en",
            both(),
            "Just to be sure: are Ella and Tom coming? Reply yes or no.",
        ),
        (
            "es",
            ella(),
            "Solo para asegurarme: ¿viene Ella? Respondan sí o no.",
        ),
        (
            "es",
            both(),
            "Solo para asegurarme: ¿vienen Ella y Tom? Respondan sí o no.",
        ),
        (
            "fr",
            ella(),
            "Juste pour vérifier : Ella vient bien ? Répondez simplement par oui ou par non.",
        ),
        (
            "fr",
            both(),
            "Juste pour vérifier : Ella et Tom viennent bien ? Répondez simplement par oui ou par non.",
        ),
        (
            "de",
            ella(),
            "Nur zur Sicherheit: Kommt Ella? Antwortet einfach mit Ja oder Nein.",
        ),
        (
            "de",
            both(),
            "Nur zur Sicherheit: Kommen Ella und Tom? Antwortet einfach mit Ja oder Nein.",
        ),
        (
            "en",
            Some(Question::HowMany),
            "Just to be sure: how many of you are coming, children and adults? Reply with a number.",
        ),
        (
            "de",
            Some(Question::Which(vec!["Ella".to_owned(), "Tom".to_owned()])),
            "Nur zur Sicherheit: Wer von Ella und Tom kommt? Antwortet einfach mit den Namen.",
        ),
    ];
    for (language, ask, expected) in cases {
        let understood = Understood {
            answer: Some(Answer::Unclear),
            ask,
            ..Understood::default()
        };
        let c = confirmation(&input(
            &host,
            &event,
            &family,
            &understood,
            None,
            language,
            &templates,
        ))
        .expect("compose");
        let text = c.text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(text.contains(expected), "{language}: {text}");
        assert!(
            c.html.contains("font-weight:700;\">Just")
                || c.html.contains("font-weight:700;\">Solo")
                || c.html.contains("font-weight:700;\">Juste")
                || c.html.contains("font-weight:700;\">Nur"),
            "{language}: {}",
            c.html
        );
        // One question: not also the general "could you tell me whether … can come?".
        assert_eq!(text.matches('?').count(), 1, "{language}: {text}");
    }
}
