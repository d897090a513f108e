use super::*;
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
    let context = MessageContext::new(language, &host(), &event(), family, "r@example.org", None);
    set.render(kind, language, &context).expect("renders")
}

#[test]
fn embedded_templates_are_complete_in_three_languages() {
    let set = TemplateSet::embedded();
    for kind in TemplateKind::ALL {
        assert_eq!(set.languages(kind), ["en", "es", "fr"], "{kind:?}");
    }
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
fn english_invitation_reads_naturally() {
    let set = TemplateSet::embedded();
    let rendered = render(
        &set,
        TemplateKind::Invitation,
        "en",
        &family(&["Luka", "Mia"], &["Ann", "Ben"]),
    );
    assert_eq!(
        rendered.subject,
        "Invitation: Mia's party — for Luka and Mia"
    );
    assert!(
        rendered.text.starts_with(
            "Dear Ann and Ben,\n\nWe would love Luka and Mia to come to Mia's party!\n"
        )
    );
    assert!(
        rendered
            .text
            .contains("When:  Friday, May 1, 2026, 4:00 pm – 6:00 pm\n")
    );
    assert!(rendered.text.contains("by Friday, April 24, 2026"));
    assert!(rendered.text.ends_with("Dana\n"));
}

#[test]
fn spanish_and_french_dates_are_written_their_way() {
    let set = TemplateSet::embedded();
    let fam = family(&["Luka", "Isabel"], &["Ana"]);
    let es = render(&set, TemplateKind::Invitation, "es", &fam);
    assert!(es.text.starts_with("Hola, Ana:\n"), "{}", es.text);
    assert!(es.text.contains("Luka e Isabel"));
    assert!(
        es.text
            .contains("viernes, 1 de mayo de 2026, de 16:00 a 18:00")
    );
    let fr = render(&set, TemplateKind::Invitation, "fr", &fam);
    assert!(fr.text.contains("Luka et Isabel"));
    assert!(
        fr.text.contains("vendredi 1er mai 2026, de 16h00 à 18h00"),
        "{}",
        fr.text
    );
}

#[test]
fn greeting_without_parent_names_still_reads() {
    let set = TemplateSet::embedded();
    let rendered = render(
        &set,
        TemplateKind::Invitation,
        "en",
        &family(&["Luka"], &[""]),
    );
    assert!(
        rendered
            .text
            .starts_with("Hello,\n\nWe would love Luka to come")
    );
}

#[test]
fn html_escapes_names_and_text_keeps_them() {
    let set = TemplateSet::embedded();
    let fam = family(&["<script>alert(1)</script>"], &["Ann & Bob"]);
    let rendered = render(&set, TemplateKind::Invitation, "en", &fam);
    assert!(!rendered.html.contains("<script>"), "{}", rendered.html);
    assert!(rendered.html.contains("&lt;script&gt;"));
    assert!(rendered.html.contains("Ann &amp; Bob"));
    assert!(rendered.text.contains("<script>alert(1)</script>"));
}

#[test]
fn update_says_what_changed() {
    let set = TemplateSet::embedded();
    let before = Event {
        location: "The old park".into(),
        start: event().start - chrono::TimeDelta::hours(1),
        ..event()
    };
    let fam = family(&["Luka"], &["Ann"]);
    let context = MessageContext::new(
        "en",
        &host(),
        &event(),
        &fam,
        "r@example.org",
        Some(&before),
    );
    let rendered = set
        .render(TemplateKind::Update, "en", &context)
        .expect("renders");
    assert!(rendered.text.contains("New time: Friday, May 1, 2026, 4:00 pm – 6:00 pm (was Friday, May 1, 2026, 3:00 pm – 6:00 pm)"), "{}", rendered.text);
    assert!(
        rendered
            .text
            .contains("New place: The park (was The old park)")
    );
    // Without the earlier event the update still renders the current details.
    let plain = render(&set, TemplateKind::Update, "en", &fam);
    assert!(plain.text.contains("When:  Friday, May 1, 2026"));
}

#[test]
fn language_falls_back_from_family_to_event_to_english() {
    let set = TemplateSet::embedded();
    let kind = TemplateKind::Invitation;
    assert_eq!(set.resolve_language(kind, Some("es"), "en"), "es");
    assert_eq!(set.resolve_language(kind, Some("ES-mx"), "en"), "es");
    assert_eq!(set.resolve_language(kind, Some("fr_CA"), "en"), "fr");
    assert_eq!(set.resolve_language(kind, Some("de"), "fr"), "fr");
    assert_eq!(set.resolve_language(kind, None, "es"), "es");
    assert_eq!(set.resolve_language(kind, Some(""), "es"), "es");
    assert_eq!(set.resolve_language(kind, Some("de"), "nl"), "en");
    assert_eq!(set.resolve_language(kind, None, ""), "en");
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
fn a_new_language_is_used_only_where_it_is_complete() {
    let set = TemplateSet::from_sources(sources(&[
        ("de/invitation.subject.txt", "Einladung: {{ event.title }}"),
        (
            "de/invitation.txt",
            "Hallo {{ family.parents }}! Antworten Sie einfach.",
        ),
        (
            "de/invitation.html",
            "{% extends \"layout.html\" %}{% block content %}Hallo{% endblock %}",
        ),
    ]))
    .expect("valid override");
    assert_eq!(
        set.languages(TemplateKind::Invitation),
        ["de", "en", "es", "fr"]
    );
    assert_eq!(
        set.resolve_language(TemplateKind::Invitation, Some("de"), "en"),
        "de"
    );
    assert_eq!(
        set.resolve_language(TemplateKind::Update, Some("de"), "es"),
        "es"
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
