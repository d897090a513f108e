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
        translations: Default::default(),
        map_url: None,
    }
}

fn family() -> Family {
    Family {
        key: "luka".into(),
        children: vec!["Luka".into(), "Mia".into()],
        contacts: vec![
            Contact {
                name: "Ann Lee".into(),
                email: address("ann@example.net"),
            },
            Contact {
                name: "Ben Lee".into(),
                email: address("ben@example.com"),
            },
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
        date: Utc
            .with_ymd_and_hms(2026, 2, 20, 9, 0, 0)
            .single()
            .expect("date"),
        templates: &f.templates,
    }
}

fn header_section(raw: &[u8]) -> String {
    let raw = String::from_utf8_lossy(raw);
    raw.split("\r\n\r\n").next().unwrap_or_default().to_owned()
}

fn has_bare_line_break(raw: &[u8]) -> bool {
    raw.iter().enumerate().any(|(i, &b)| match b {
        b'\n' => i == 0 || raw[i - 1] != b'\r',
        b'\r' => raw.get(i + 1) != Some(&b'\n'),
        _ => false,
    })
}

#[test]
fn to_crlf_turns_every_line_break_into_crlf() {
    assert_eq!(to_crlf("a\nb\r\nc\rd\n.\n"), "a\r\nb\r\nc\r\nd\r\n.\r\n");
    assert_eq!(to_crlf("\r\r\n\n"), "\r\n\r\n\r\n");
    assert_eq!(to_crlf("no breaks"), "no breaks");
}

#[test]
fn raw_message_has_only_crlf_line_endings() {
    let mut f = fixture();
    f.event.details = "one\ntwo\r\nthree\rfour\n\n.\n\n..\n\nend".into();
    let composed = invitation(&input(&f)).expect("compose");
    assert!(!has_bare_line_break(&composed.raw));
    assert!(!has_bare_line_break(composed.text.as_bytes()));
    assert!(!has_bare_line_break(composed.html.as_bytes()));
    assert!(!has_bare_line_break(composed.ics.as_bytes()));
    assert!(
        composed.text.contains("\r\n.\r\n\r\n..\r\n"),
        "{}",
        composed.text
    );
}

#[test]
fn headers_are_from_host_reply_to_family_and_to_contacts() {
    let f = fixture();
    let composed = invitation(&input(&f)).expect("compose");
    let headers = header_section(&composed.raw);
    assert!(
        headers.contains("\r\nFrom: \"Dana Ruiz\" <dana@example.org>\r\n")
            || headers.starts_with("From: \"Dana Ruiz\" <dana@example.org>\r\n"),
        "{headers}"
    );
    assert!(headers.contains(&format!("Reply-To: \"Dana Ruiz\" <{}>", f.reply_to)));
    assert!(headers.contains("To: \"Ann Lee\" <ann@example.net>, \"Ben Lee\" <ben@example.com>"));
    assert!(headers.contains(&format!("Message-ID: {}", f.message_id)));
    assert!(headers.contains("Date: Fri, 20 Feb 2026 09:00:00 +0000"));
    assert!(headers.contains("X-Auto-Response-Suppress: OOF, AutoReply"));
    assert!(!headers.to_ascii_lowercase().contains("auto-submitted"));
    assert!(!headers.contains("In-Reply-To"));
    assert_eq!(composed.to, ["ann@example.net", "ben@example.com"]);
    assert_eq!(composed.message_id, f.message_id);
    assert_eq!(composed.language, "en");
}

#[test]
fn mime_structure_is_mixed_alternative_with_calendar_and_attachment() {
    let f = fixture();
    let composed = invitation(&input(&f)).expect("compose");
    let raw = String::from_utf8_lossy(&composed.raw);
    let order = [
        "Content-Type: multipart/mixed;",
        "Content-Type: multipart/alternative;",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Type: text/html; charset=utf-8",
        "Content-Type: text/calendar; charset=utf-8; method=REQUEST",
        "Content-Disposition: attachment; filename=\"invite.ics\"",
    ];
    let mut from = 0;
    for wanted in order {
        let at = raw[from..]
            .find(wanted)
            .unwrap_or_else(|| panic!("{wanted} after {from}\n{raw}"));
        from += at + wanted.len();
    }
    assert!(raw.contains("application/ics; name=\"invite.ics\""));
}

#[test]
fn same_input_gives_the_same_bytes() {
    let f = fixture();
    let first = invitation(&input(&f)).expect("compose");
    let second = invitation(&input(&f)).expect("compose");
    assert_eq!(first, second);
}

#[test]
fn names_and_titles_cannot_inject_headers() {
    let mut f = fixture();
    f.family.contacts[0].name = "Ann\r\nBcc: evil@x.test".into();
    f.family.children[0] = "Luka\nBcc: evil2@x.test".into();
    f.event.title = "Party\r\nBcc: evil3@x.test\r\n\r\nbody".into();
    f.host.name = "Dana\rX-Evil: 1".into();
    let composed = invitation(&input(&f)).expect("compose");
    let headers = header_section(&composed.raw);
    for line in headers.split("\r\n") {
        let name = line
            .split(':')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        assert!(
            name != "bcc" && name != "x-evil",
            "injected header line {line:?}"
        );
    }
    assert!(!composed.subject.contains('\n') && !composed.subject.contains('\r'));
    assert_eq!(composed.to, ["ann@example.net", "ben@example.com"]);
}

#[test]
fn a_shared_address_is_written_to_once() {
    let mut f = fixture();
    f.family.contacts[1].email = address("ANN@example.net");
    let composed = invitation(&input(&f)).expect("compose");
    assert_eq!(composed.to, ["ann@example.net"]);
}

#[test]
fn a_family_without_contacts_is_an_error() {
    let mut f = fixture();
    f.family.contacts.clear();
    assert!(matches!(invitation(&input(&f)), Err(ComposeError::NoContacts(key)) if key == "luka"));
}

#[test]
fn a_malformed_message_id_is_refused() {
    let mut f = fixture();
    for bad in [
        "no-brackets@x",
        "<a b@x>",
        "<x@y>\r\nBcc: e@x.test",
        "<@x>",
        "<>",
    ] {
        f.message_id = bad.into();
        assert!(
            matches!(
                invitation(&input(&f)),
                Err(ComposeError::InvalidMessageId(_))
            ),
            "{bad}"
        );
    }
}

fn follow_up<'a>(
    f: &'a Fixture,
    invitation_id: &'a str,
    previous: Option<&'a Event>,
) -> FollowUpInput<'a> {
    FollowUpInput {
        message: input(f),
        sequence: 1,
        invitation_message_id: invitation_id,
        previous_event: previous,
        standing: None,
    }
}

#[test]
fn update_threads_under_the_invitation_with_the_next_sequence() {
    let mut f = fixture();
    let invitation_id = f.message_id.clone();
    let token = encode_token([7; 16]);
    f.message_id = message_id(&token, MessageKind::Update(1), "example.org").expect("id");
    let before = Event {
        location: "Old place".into(),
        ..f.event.clone()
    };
    let composed = update(&follow_up(&f, &invitation_id, Some(&before))).expect("compose");
    let headers = header_section(&composed.raw);
    assert!(
        headers.contains(&format!("In-Reply-To: {invitation_id}")),
        "{headers}"
    );
    assert!(headers.contains(&format!("References: {invitation_id}")));
    assert!(headers.contains(&format!("Message-ID: {}", f.message_id)));
    assert_eq!(
        composed.subject,
        "Mia's 7th birthday: now at Parque del Oeste (was Old place)"
    );
    assert!(
        composed
            .text
            .contains("Where:    Parque del Oeste, Madrid (was Old place)"),
        "{}",
        composed.text
    );
    assert!(composed.ics.contains("\r\nSEQUENCE:1\r\n"));
    assert!(composed.ics.contains("\r\nMETHOD:REQUEST\r\n"));
    assert!(
        String::from_utf8_lossy(&composed.raw)
            .contains("text/calendar; charset=utf-8; method=REQUEST")
    );
}

#[test]
fn cancel_sends_method_cancel_in_the_thread() {
    let mut f = fixture();
    let invitation_id = f.message_id.clone();
    f.message_id = message_id(
        &encode_token([7; 16]),
        MessageKind::Cancel(2),
        "example.org",
    )
    .expect("id");
    let composed = cancel(&follow_up(&f, &invitation_id, None)).expect("compose");
    let raw = String::from_utf8_lossy(&composed.raw);
    assert!(raw.contains("text/calendar; charset=utf-8; method=CANCEL"));
    assert!(composed.ics.contains("\r\nMETHOD:CANCEL\r\n"));
    assert!(composed.ics.contains("\r\nSTATUS:CANCELLED\r\n"));
    assert!(header_section(&composed.raw).contains(&format!("In-Reply-To: {invitation_id}")));
    assert!(composed.subject.starts_with("Cancelled: "));
}

#[test]
fn the_family_language_chooses_the_templates() {
    let mut f = fixture();
    f.family.language = Some("es".into());
    let composed = invitation(&input(&f)).expect("compose");
    assert_eq!(composed.language, "es");
    assert!(
        composed.subject.starts_with("Invitación para "),
        "{}",
        composed.subject
    );
    f.family.language = Some("xx".into());
    f.event.default_language = "fr".into();
    assert_eq!(invitation(&input(&f)).expect("compose").language, "fr");
}

#[test]
fn roster_names_with_any_character_never_panic() {
    let mut f = fixture();
    let every_control: String = (0u8..32).chain([127]).map(char::from).collect();
    for name in [
        every_control.clone(),
        format!("Ann{every_control}Lee"),
        "\"Ann\" <ann@evil.test>, bob@evil.test".to_owned(),
        "Zoë 🎂 \u{2028}\u{200b}\u{feff} Ñ".to_owned(),
        "=?utf-8?b?QmNjOiBldmlsQHgudGVzdA==?=".to_owned(),
        "\\\"\\".to_owned(),
        "x".repeat(2000),
    ] {
        f.family.contacts[0].name = name.clone();
        f.family.children[0] = name.clone();
        f.host.name = name.clone();
        f.event.title = name.clone();
        let composed = invitation(&input(&f)).expect("compose");
        assert_eq!(
            composed.to,
            ["ann@example.net", "ben@example.com"],
            "{name:?}"
        );
        assert!(!has_bare_line_break(&composed.raw), "{name:?}");
        let parsed = mail_parser::MessageParser::default()
            .parse(&composed.raw)
            .expect("parses");
        let to: Vec<&str> = parsed
            .to()
            .map(|to| to.iter().filter_map(|a| a.address()).collect())
            .unwrap_or_default();
        assert_eq!(to, ["ann@example.net", "ben@example.com"], "{name:?}");
        let from: Vec<&str> = parsed
            .from()
            .map(|from| from.iter().filter_map(|a| a.address()).collect())
            .unwrap_or_default();
        assert_eq!(from, ["dana@example.org"], "{name:?}");
        assert!(parsed.bcc().is_none());
    }
}

#[test]
fn reminder_threads_under_the_invitation_without_a_calendar() {
    let f = fixture();
    let token = encode_token([7; 16]);
    let id = message_id(&token, MessageKind::Reminder(1), "example.org").expect("id");
    let message = InvitationInput {
        message_id: &id,
        ..input(&f)
    };
    let composed = reminder(&ReminderInput {
        message,
        invitation_message_id: &f.message_id,
        wrote_unclear: None,
    })
    .expect("compose");
    let headers = header_section(&composed.raw);
    assert!(headers.contains(&format!("In-Reply-To: {}", f.message_id)));
    assert!(headers.contains(&format!("References: {}", f.message_id)));
    assert!(headers.contains(&format!("Message-ID: {id}")));
    assert!(headers.contains(&format!("Reply-To: \"Dana Ruiz\" <{}>", f.reply_to)));
    assert!(composed.subject.starts_with("Reminder: Mia's 7th birthday"));
    let raw = String::from_utf8_lossy(&composed.raw);
    assert!(raw.contains("multipart/alternative"));
    assert!(!raw.contains("text/calendar") && !raw.contains("invite.ics"));
    assert!(composed.ics.is_empty());
    assert!(
        composed.text.contains("by Saturday 7 March"),
        "{}",
        composed.text
    );
    assert!(!has_bare_line_break(&composed.raw));
}

#[test]
fn reminders_are_written_in_the_family_language() {
    let mut f = fixture();
    let token = encode_token([7; 16]);
    let id = message_id(&token, MessageKind::Reminder(2), "example.org").expect("id");
    for (language, phrase) in [
        ("es", "Un pequeño recordatorio"),
        ("fr", "Petit rappel"),
        ("de", "Eine kleine Erinnerung"),
    ] {
        f.family.language = Some(language.into());
        let composed = reminder(&ReminderInput {
            message: InvitationInput {
                message_id: &id,
                ..input(&f)
            },
            invitation_message_id: &f.message_id,
            wrote_unclear: None,
        })
        .expect("compose");
        assert_eq!(composed.language, language);
        assert!(composed.text.contains(phrase), "{}", composed.text);
        assert!(composed.html.contains(phrase));
    }
}

fn letter_to_host(text: &str, language: &str) -> Composed {
    let templates = TemplateSet::embedded();
    let host = host();
    let reply_to = address("party+abc@example.org");
    let from = address("party@example.org");
    let input = HostMessageInput {
        host: &host,
        reply_to: &reply_to,
        message_id: "<rsvp.letter@example.org>",
        in_reply_to: None,
        date: Utc
            .with_ymd_and_hms(2026, 12, 1, 10, 0, 0)
            .single()
            .expect("date"),
        templates: &templates,
    };
    letter(&from, &input, "Tu fiesta: hecho", text, language).expect("letter")
}

#[test]
fn a_letter_is_laid_out_like_every_message_and_escapes_its_text() {
    let text = "Hecho:\n- nuevo lugar: <b>Ayuntamiento</b> & calle Mayor 1\n- nueva hora: 17:00\n\nResponde a este correo.\nGracias.";
    let letter = letter_to_host(text, "es");
    let html = &letter.html;
    assert!(html.contains("lang=\"es\""), "{html}");
    assert!(html.contains("<h1"), "{html}");
    assert!(html.contains("Tu fiesta: hecho</h1>"), "{html}");
    assert!(
        html.contains("<main") || html.contains("role=\"main\""),
        "{html}"
    );
    assert!(html.contains("<!--[if mso]>"), "{html}");
    assert!(
        html.contains("&lt;b&gt;Ayuntamiento&lt;&#x2f;b&gt; &amp; calle Mayor 1")
            || html.contains("&lt;b&gt;Ayuntamiento&lt;/b&gt; &amp; calle Mayor 1"),
        "{html}"
    );
    assert!(!html.contains("<b>Ayuntamiento"), "{html}");
    assert_eq!(html.matches("<li").count(), 2, "{html}");
    assert!(
        html.contains("Responde a este correo.<br>Gracias."),
        "{html}"
    );
    // The text part is the letter itself, not a rendering of it.
    assert!(
        letter.text.starts_with("Hecho:\r\n- nuevo lugar: <b>"),
        "{}",
        letter.text
    );
    assert_eq!(letter.language, "es");
    assert_eq!(letter.subject, "Tu fiesta: hecho");
}

#[test]
fn a_letter_in_a_language_without_templates_falls_back_to_english() {
    let letter = letter_to_host("Done.", "xx");
    assert_eq!(letter.language, "en");
    assert!(letter.html.contains("lang=\"en\""), "{}", letter.html);
}

#[test]
fn the_embedded_letter_template_checks_clean() {
    let set = TemplateSet::embedded();
    assert_eq!(check_letter_template(&set), Vec::new());
}
