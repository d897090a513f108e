use super::*;
use crate::compose::snapshot::check_snapshot;
use crate::digest::command::{FamilyNames, parse};
use crate::model::EmailAddress;

fn sample_digest() -> Digest {
    build(&sample::input())
}

#[test]
fn english_digest_text_and_html_snapshots() {
    let rendered =
        render_digest(&sample_digest(), "en", &TemplateSet::embedded()).expect("renders");
    assert_eq!(
        rendered.subject,
        "RSVP digest: Luka's 7th birthday: 12 yes, 3 maybe, 2 no, 4 no answer yet, 1 unreachable (Sat 12 Dec)"
    );
    check_snapshot("digest.en.txt", &rendered.text);
    check_snapshot("digest.en.html", &rendered.html);
}

#[test]
fn spanish_digest_snapshots() {
    let rendered =
        render_digest(&sample_digest(), "es", &TemplateSet::embedded()).expect("renders");
    assert_eq!(rendered.language, "es");
    check_snapshot("digest.es.txt", &rendered.text);
    check_snapshot("digest.es.html", &rendered.html);
}

#[test]
fn a_digest_with_nothing_yet_renders() {
    let digest = build(&sample::minimal_input());
    let rendered = render_digest(&digest, "en", &TemplateSet::embedded()).expect("renders");
    check_snapshot("digest.minimal.en.txt", &rendered.text);
    assert!(!rendered.html.contains("Needs your eyes"));
}

#[test]
fn the_html_digest_escapes_what_families_wrote_and_loads_nothing_remote() {
    let rendered =
        render_digest(&sample_digest(), "en", &TemplateSet::embedded()).expect("renders");
    // Yilmaz's quote holds markup.
    assert!(rendered.html.contains("&lt;b&gt;2 people&lt;&#x2f;b&gt;"));
    assert!(!rendered.html.contains("<b>2 people"));
    assert!(rendered.text.contains("<b>2 people</b>"));
    for remote in ["<img", "src=", "url(", "@import", "<link", "<script"] {
        assert!(!rendered.html.contains(remote), "{remote}");
    }
    // One bar, one cell per non-empty bucket, widths adding up to 100%.
    let widths: u32 = rendered
        .html
        .split("<td width=\"")
        .skip(1)
        .filter_map(|cell| cell.split('%').next()?.parse::<u32>().ok())
        .sum();
    assert_eq!(widths, 100);
    assert!(rendered.html.contains("prefers-color-scheme: dark"));
}

#[test]
fn the_digest_message_goes_to_the_host_only() {
    let host = sample::input().host;
    let reply_to = EmailAddress::parse("ana.novak+rsvp-digest@example.org").expect("address");
    let set = TemplateSet::embedded();
    let input = HostMessageInput {
        host: &host,
        reply_to: &reply_to,
        message_id: "<digest.luka-7.2026-11-26@example.org>",
        in_reply_to: None,
        date: sample::now(),
        templates: &set,
    };
    let composed = digest(&sample_digest(), "en", &input).expect("composes");
    assert_eq!(composed.to, ["ana.novak@example.org"]);
    let raw = String::from_utf8(composed.raw).expect("utf-8");
    assert!(raw.contains("Auto-Submitted: auto-generated"));
    assert!(raw.contains("multipart/alternative"));
    assert!(!raw.contains("text/calendar"));
    // Family addresses never appear in the digest (only names are given to it).
    assert!(!raw.contains("m.lopez@example.net") || raw.contains("550 5.1.1"));
}

fn class() -> Vec<FamilyNames> {
    sample::input()
        .families
        .iter()
        .map(|f| FamilyNames {
            key: f.key.clone(),
            children: f.children.clone(),
        })
        .collect()
}

#[test]
fn confirmation_says_what_was_done_and_quotes_what_was_not() {
    let parsed = parse(
        "Mia: yes 3\nremind Chidi\npause reminders\nLukas: yes\n\nOn Thu wrote:\n> Elif: no",
        &class(),
    );
    let c = crate::digest::command::confirmation(&parsed.commands, &parsed.errors, &class());
    let rendered = render_confirmation(&c, "Luka's 7th birthday", "en", &TemplateSet::embedded())
        .expect("renders");
    assert_eq!(rendered.subject, "Done, except 1 line: Luka's 7th birthday");
    assert!(
        rendered.text.starts_with(
            "Done: Mia (Babic) yes, 3 people; reminder to Chidi (Okafor); reminders\npaused.\n"
        ),
        "{}",
        rendered.text
    );
    assert!(
        rendered
            .text
            .contains("  > Lukas: yes\n    no family called \"lukas\"\n")
    );
    check_snapshot("commands.en.txt", &rendered.text);
    let nothing = render_confirmation(
        &Default::default(),
        "Luka's 7th birthday",
        "en",
        &TemplateSet::embedded(),
    )
    .expect("renders");
    assert_eq!(nothing.subject, "No commands found: Luka's 7th birthday");
}

#[test]
fn overridden_host_templates_are_checked_with_sample_values() {
    let mut sources = std::collections::BTreeMap::new();
    sources.insert(
        "en/digest.txt".to_owned(),
        "{{ counts.yes }} {{ no_such_field }}\n".to_owned(),
    );
    let errors = TemplateSet::from_sources(sources).expect_err("unknown field");
    assert_eq!(errors.0[0].file, "en/digest.txt");
    let mut sources = std::collections::BTreeMap::new();
    sources.insert(
        "en/digest.txt".to_owned(),
        "{{ counts.yes }} yes, about {{ head_count.total }}\n".to_owned(),
    );
    let set = TemplateSet::from_sources(sources).expect("valid override");
    let rendered = render_digest(&sample_digest(), "en", &set).expect("renders");
    assert_eq!(rendered.text, "12 yes, about 28\n");
}

#[test]
fn the_digest_is_written_in_every_shipped_language() {
    let set = TemplateSet::embedded();
    assert_eq!(set.languages(), ["de", "en", "es", "fr"]);
    for language in ["fr", "de"] {
        let rendered = render_digest(&sample_digest(), language, &set).expect("renders");
        assert_eq!(rendered.language, language);
        check_snapshot(&format!("digest.{language}.txt"), &rendered.text);
    }
    // A language without strings falls back to English.
    let rendered = render_digest(&sample_digest(), "nl", &set).expect("renders");
    assert_eq!(rendered.language, "en");
    let es = render_digest(&sample_digest(), "es-MX", &set).expect("renders");
    assert_eq!(
        es.subject,
        "Resumen RSVP: Luka's 7th birthday: 12 sí, 3 quizás, 2 no, 4 sin respuesta, 1 sin contacto (sáb 12 dic)"
    );
}

#[test]
fn long_family_labels_widen_the_text_columns() {
    let mut input = sample::input();
    let dubois = input
        .families
        .iter_mut()
        .find(|f| f.key == "Dubois")
        .expect("the sample has the Dubois");
    // Wider than the default 16 columns, within the 24 that keep lines in 72.
    dubois.children = vec!["Noah Dubois".into(), "Chloé Dubois".into()];
    let rendered = render_digest(&build(&input), "en", &TemplateSet::embedded()).expect("renders");
    let label = "Noah & Chloé (Dubois)";
    let width = label.chars().count();
    assert!(rendered.text.contains(label), "{}", rendered.text);
    let rows: Vec<Vec<char>> = rendered
        .text
        .lines()
        .filter(|l| l.starts_with("  + ") || l.starts_with("  ~ "))
        .map(|l| l.chars().collect())
        .collect();
    assert!(rows.len() > 3, "{}", rendered.text);
    for row in &rows {
        // "  + " then the label padded to the widest, a space, the answer.
        let line: String = row.iter().collect();
        assert_eq!(row.get(4 + width), Some(&' '), "{line}");
        assert_ne!(row.get(5 + width), Some(&' '), "{line}");
    }
    // Still within 72 columns, a link or address aside.
    for line in rendered.text.lines() {
        assert!(
            line.chars().count() <= 72 || !line.trim().contains(' '),
            "{line}"
        );
    }
}
