use super::*;
use crate::compose::snapshot::check_snapshot;
use crate::model::{Contact, EmailAddress};
use chrono::NaiveDate;

fn address(s: &str) -> EmailAddress {
    EmailAddress::parse(s).expect("test address")
}

fn host() -> Host {
    Host {
        name: "Dana".into(),
        email: address("dana@example.org"),
        time_zone: chrono_tz::Europe::Madrid,
    }
}

fn event() -> Event {
    let day = NaiveDate::from_ymd_opt(2026, 5, 1).expect("date");
    Event {
        slug: "party".into(),
        title: "Mia's party".into(),
        start: day.and_hms_opt(16, 0, 0).expect("time"),
        end: day.and_hms_opt(18, 0, 0).expect("time"),
        time_zone: chrono_tz::Europe::Madrid,
        location: "The park".into(),
        details: "Bring a hat.".into(),
        rsvp_by: NaiveDate::from_ymd_opt(2026, 4, 24).expect("date"),
        default_language: "en".into(),
        translations: Default::default(),
        map_url: None,
    }
}

fn family(children: &[&str], parents: &[&str]) -> Family {
    Family {
        key: "f".into(),
        children: children.iter().map(|c| (*c).to_owned()).collect(),
        contacts: parents
            .iter()
            .enumerate()
            .map(|(i, name)| Contact {
                name: (*name).to_owned(),
                email: address(&format!("p{i}@example.net")),
            })
            .collect(),
        language: None,
    }
}

fn render(set: &TemplateSet, kind: TemplateKind, language: &str, family: &Family) -> Rendered {
    let context = MessageContext::new(
        set.strings(),
        language,
        &host(),
        &event(),
        family,
        "r@example.org",
        None,
    );
    set.render(kind, language, &context).expect("renders")
}

#[test]
fn embedded_templates_are_complete_in_three_languages() {
    let set = TemplateSet::embedded();
    assert_eq!(set.languages(), ["de", "en", "es", "fr"]);
    // The embedded set passes the same checks as an override folder.
    assert!(TemplateSet::from_sources(BTreeMap::new()).is_ok());
}

#[test]
fn every_embedded_message_has_the_essentials() {
    let set = TemplateSet::embedded();
    let fam = family(&["Luka", "Mia"], &["Ann", "Ben"]);
    let reply_sentence = [
        ("en", "Just reply to this email"),
        ("es", "Basta con responder a este correo"),
        ("fr", "Répondez simplement à cet e-mail"),
        ("de", "Antwortet einfach auf diese E-Mail"),
    ];
    for (language, sentence) in reply_sentence {
        let invitation = render(&set, TemplateKind::Invitation, language, &fam);
        for part in [&invitation.text, &invitation.html] {
            assert!(part.contains(sentence), "{language}: {part}");
            assert!(part.contains("Mia&#x27;s party") || part.contains("Mia's party"));
            assert!(part.contains("The park"));
            assert!(part.contains("Bring a hat."));
            assert!(part.contains("Ann") && part.contains("Ben"));
        }
        assert!(
            invitation.subject.contains("Mia's party"),
            "{}",
            invitation.subject
        );
        for kind in [TemplateKind::Update, TemplateKind::Cancel] {
            let rendered = render(&set, kind, language, &fam);
            assert!(rendered.text.contains("Mia's party"), "{language} {kind:?}");
            assert!(rendered.html.contains("max-width:560px"));
        }
    }
}

#[test]
fn html_escapes_names_and_text_keeps_them() {
    let set = TemplateSet::embedded();
    let fam = family(&["<script>alert(1)</script>"], &["Ann <b>Bob</b>"]);
    let rendered = render(&set, TemplateKind::Invitation, "en", &fam);
    assert!(!rendered.html.contains("<script>"), "{}", rendered.html);
    assert!(rendered.html.contains("&lt;script&gt;"));
    assert!(rendered.html.contains("Hi Ann,"), "{}", rendered.html);
    assert!(rendered.text.contains("<script>alert(1)</script>"));
}

#[test]
fn language_falls_back_from_family_to_event_to_english() {
    let set = TemplateSet::embedded();
    assert_eq!(set.resolve_language(Some("es"), "en"), "es");
    assert_eq!(set.resolve_language(Some("ES-mx"), "en"), "es");
    assert_eq!(set.resolve_language(Some("fr_CA"), "en"), "fr");
    assert_eq!(set.resolve_language(Some("de-AT"), "fr"), "de");
    assert_eq!(set.resolve_language(Some("nl"), "fr"), "fr");
    assert_eq!(set.resolve_language(None, "es"), "es");
    assert_eq!(set.resolve_language(Some(""), "es"), "es");
    assert_eq!(set.resolve_language(Some("nl"), "pt"), "en");
    assert_eq!(set.resolve_language(None, ""), "en");
}

fn sources(files: &[(&str, &str)]) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(name, source)| ((*name).to_owned(), (*source).to_owned()))
        .collect()
}

#[test]
fn overrides_replace_defaults_file_by_file() {
    let set = TemplateSet::from_sources(sources(&[(
        "en/invitation.subject.txt",
        "Party time, {{ family.children }}!",
    )]))
    .expect("valid override");
    let rendered = render(
        &set,
        TemplateKind::Invitation,
        "en",
        &family(&["Luka"], &["Ann"]),
    );
    assert_eq!(rendered.subject, "Party time, Luka!");
    assert!(
        rendered.text.contains("Just reply to this email"),
        "other files stay default"
    );
}

#[test]
fn syntax_errors_name_the_file_and_line() {
    let errors = TemplateSet::from_sources(sources(&[
        (
            "en/invitation.txt",
            "Hello\n\n{% if family.parents %}\nno end",
        ),
        ("es/cancel.html", "line one\n{{ event.title "),
    ]))
    .expect_err("broken templates");
    assert_eq!(errors.0.len(), 2, "{errors}");
    let invitation = errors
        .0
        .iter()
        .find(|e| e.file == "en/invitation.txt")
        .expect("reported");
    assert_eq!(invitation.line, Some(4), "{invitation}");
    let cancel = errors
        .0
        .iter()
        .find(|e| e.file == "es/cancel.html")
        .expect("reported");
    assert_eq!(cancel.line, Some(2), "{cancel}");
    let shown = errors.to_string();
    assert!(shown.starts_with("2 template errors"), "{shown}");
    assert!(shown.contains("es/cancel.html:2: "), "{shown}");
}

#[test]
fn unknown_variables_are_caught_when_checking() {
    let errors =
        TemplateSet::from_sources(sources(&[("fr/update.txt", "Bonjour\n{{ evnt.title }}")]))
            .expect_err("typo in a variable");
    assert_eq!(errors.0.len(), 1, "{errors}");
    assert_eq!(errors.0[0].file, "fr/update.txt");
    assert_eq!(errors.0[0].line, Some(2));
}

#[test]
fn override_files_must_be_text_or_html() {
    let errors = TemplateSet::from_sources(sources(&[
        ("en/invitation.md", "hi"),
        ("../etc/passwd.txt", "x"),
    ]))
    .expect_err("bad names");
    assert_eq!(errors.0.len(), 2, "{errors}");
}

#[test]
fn one_line_removes_line_breaks_and_controls() {
    assert_eq!(one_line("Ann\r\nBcc: evil@x.test"), "Ann Bcc: evil@x.test");
    assert_eq!(one_line("  a \t b\u{0}c \u{2028} d "), "a b c d");
    assert_eq!(one_line(""), "");
}

#[test]
fn a_template_that_needs_the_earlier_event_is_caught() {
    let errors = TemplateSet::from_sources(sources(&[(
        "en/update.txt",
        "Was: {{ previous.location }}",
    )]))
    .expect_err("fails when there is no earlier event");
    assert_eq!(errors.0.len(), 1, "{errors}");
    assert_eq!(errors.0[0].file, "en/update.txt");
}

#[test]
fn a_template_set_can_be_shared_between_threads() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<TemplateSet>();
}

#[test]
fn a_new_language_is_one_strings_file_and_must_be_complete() {
    // A copy of the English strings under another language is complete.
    let english = Strings::embedded_sources()
        .into_iter()
        .find(|(name, _)| name == "strings/en.ftl")
        .map(|(_, source)| source)
        .expect("English strings");
    let set = TemplateSet::from_sources(sources(&[("strings/nl.ftl", english)]))
        .expect("a complete language");
    assert_eq!(set.languages(), ["de", "en", "es", "fr", "nl"]);
    assert_eq!(set.resolve_language(Some("nl-BE"), "en"), "nl");
    // One message short, and the file is named with what it lacks.
    let errors = TemplateSet::from_sources(sources(&[(
        "strings/nl.ftl",
        "greeting = Hallo { $parents },\n",
    )]))
    .expect_err("incomplete");
    assert_eq!(errors.0[0].file, "strings/nl.ftl", "{errors}");
    assert!(errors.0[0].message.contains("missing"), "{errors}");
}

#[test]
fn a_strings_file_can_replace_one_message() {
    let set = TemplateSet::from_sources(sources(&[(
        "strings/en.ftl",
        "signoff-invitation = See you soon!\n",
    )]))
    .expect("valid override");
    let fam = family(&["Luka"], &["Ann"]);
    let rendered = render(&set, TemplateKind::Invitation, "en", &fam);
    assert!(
        rendered.text.contains("See you soon!\nDana\n"),
        "{}",
        rendered.text
    );
}

/// Every family message in every shipped language, as a family reads it:
/// the subject, then the plain text.
#[test]
fn family_messages_read_as_written_in_every_language() {
    let set = TemplateSet::embedded();
    let two = family(&["Luka Brown", "Isabel Brown"], &["Ann Brown", "Ben Brown"]);
    let one = family(&["Mia"], &[""]);
    let earlier = Event {
        start: event().start - chrono::TimeDelta::hours(1),
        end: event().end,
        ..event()
    };
    let moved = Event {
        location: "The old park".into(),
        ..event()
    };
    for language in set.languages() {
        let strings = set.strings();
        let context = |fam: &Family, previous: Option<&Event>| {
            MessageContext::new(
                strings,
                &language,
                &host(),
                &event(),
                fam,
                "r@example.org",
                previous,
            )
        };
        let mut question = context(&two, None).with_standing(Some(Answer::Unclear));
        question.wrote = Some("question");
        let cases = [
            ("invitation", TemplateKind::Invitation, context(&two, None)),
            (
                "invitation, one child, no parent name",
                TemplateKind::Invitation,
                context(&one, None),
            ),
            (
                "update: new time, to a family who said yes",
                TemplateKind::Update,
                context(&two, Some(&earlier)).with_standing(Some(Answer::Yes)),
            ),
            (
                "update: new place, no answer yet",
                TemplateKind::Update,
                context(&two, Some(&moved)),
            ),
            ("cancel", TemplateKind::Cancel, context(&two, None)),
            ("reminder", TemplateKind::Reminder, context(&two, None)),
            (
                "reminder after a question",
                TemplateKind::Reminder,
                question,
            ),
        ];
        let mut out = String::new();
        for (name, kind, context) in cases {
            let rendered = set.render(kind, &language, &context).expect("renders");
            for line in rendered.text.lines() {
                // Only a link, which must not break, may be longer.
                assert!(
                    line.chars().count() <= TEXT_WIDTH || line.contains("https://"),
                    "{language} {name}: {line}"
                );
            }
            out.push_str(&format!(
                "===== {name}\nSubject: {}\n\n{}\n",
                rendered.subject, rendered.text
            ));
        }
        check_snapshot(&format!("messages.{language}.txt"), &out);
    }
}
