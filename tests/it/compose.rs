//! Invitations for a small class in several languages, parsed back with
//! mail-parser: recipients, reply token, Message-ID, MIME structure, the
//! calendar part, line endings and header injection.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use mail_parser::{HeaderName, Message, MessageParser, MimeHeaders, PartType};
use rsvpd::compose::{self, Composed, FollowUpInput, InvitationInput, MessageKind, TemplateSet};
use rsvpd::model::{Contact, EmailAddress, Event, Family, Host};

const PATTERN: &str = "dana+rsvp-{token}@example.org";

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

/// On the day Madrid moves its clocks forward: 11:00 CEST is 09:00 UTC.
fn event() -> Event {
    let day = NaiveDate::from_ymd_opt(2026, 3, 29).expect("date");
    Event {
        slug: "mia-7".into(),
        title: "Mia's 7th birthday".into(),
        start: day.and_hms_opt(11, 0, 0).expect("time"),
        end: day.and_hms_opt(13, 30, 0).expect("time"),
        time_zone: chrono_tz::Europe::Madrid,
        location: "Parque del Oeste, Madrid".into(),
        details: "Cake and games.\n\n.\n\nAfter the dot: bring a hat.".into(),
        rsvp_by: NaiveDate::from_ymd_opt(2026, 3, 20).expect("date"),
        default_language: "en".into(),
        translations: Default::default(),
        map_url: None,
    }
}

struct Case {
    family: Family,
    language: &'static str,
    subject_start: &'static str,
}

fn family(
    key: &str,
    children: &[&str],
    contacts: &[(&str, &str)],
    language: Option<&str>,
) -> Family {
    Family {
        key: key.into(),
        children: children.iter().map(|c| (*c).to_owned()).collect(),
        contacts: contacts
            .iter()
            .map(|(name, email)| Contact {
                name: (*name).to_owned(),
                email: address(email),
            })
            .collect(),
        language: language.map(str::to_owned),
    }
}

fn class() -> Vec<Case> {
    vec![
        Case {
            family: family(
                "lee",
                &["Luka", "Mia"],
                &[
                    ("Ann Lee", "ann.lee@example.net"),
                    ("Ben Lee", "ben@lee.example.com"),
                ],
                None,
            ),
            language: "en",
            subject_start: "Invitation for Luka and Mia: ",
        },
        Case {
            family: family(
                "garcia",
                &["Isabel"],
                &[("María José García", "mj@correo.example.es")],
                Some("es"),
            ),
            language: "es",
            subject_start: "Invitación para Isabel: ",
        },
        Case {
            family: family(
                "martin",
                &["Chloé"],
                &[
                    ("Ann\r\nBcc: evil@x.test", "claire@example.fr"),
                    ("Paul", "paul@example.fr"),
                ],
                Some("fr-CA"),
            ),
            language: "fr",
            subject_start: "Invitation pour Chloé : ",
        },
        Case {
            family: family(
                "weber",
                &["<script>alert(1)</script>"],
                &[("", "weber@example.de")],
                Some("de"),
            ),
            language: "de",
            subject_start: "Einladung für <script>alert(1)</script>: ",
        },
    ]
}

fn token_for(index: usize) -> String {
    compose::encode_token(std::array::from_fn(|i| (i * 31 + index * 7 + 1) as u8))
}

fn sent_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 1, 9, 30, 0)
        .single()
        .expect("date")
}

fn compose_invitation(case: &Case, token: &str, templates: &TemplateSet) -> Composed {
    let host = host();
    let event = event();
    let reply_to = compose::reply_address(PATTERN, token).expect("reply address");
    let message_id =
        compose::message_id(token, MessageKind::Invitation, host.email.domain()).expect("id");
    compose::invitation(&InvitationInput {
        host: &host,
        event: &event,
        family: &case.family,
        reply_to: &reply_to,
        message_id: &message_id,
        date: sent_at(),
        templates,
    })
    .expect("compose invitation")
}

fn addresses(list: Option<&mail_parser::Address<'_>>) -> Vec<String> {
    list.map(|list| {
        list.iter()
            .filter_map(|a| a.address().map(str::to_ascii_lowercase))
            .collect()
    })
    .unwrap_or_default()
}

/// The leaf parts under the root, as (content type, disposition, decoded text).
fn leaves(message: &Message<'_>) -> Vec<(String, Option<String>, String)> {
    message
        .parts
        .iter()
        .filter(|part| !matches!(part.body, PartType::Multipart(_)))
        .map(|part| {
            let content_type = part
                .content_type()
                .map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or("")))
                .unwrap_or_default();
            let disposition = part.content_disposition().map(|d| d.ctype().to_owned());
            let text = String::from_utf8_lossy(part.contents()).into_owned();
            (content_type, disposition, text)
        })
        .collect()
}

fn unfold(ics: &str) -> String {
    ics.replace("\r\n ", "").replace("\n ", "")
}

fn has_bare_line_break(raw: &[u8]) -> bool {
    raw.iter().enumerate().any(|(i, &b)| match b {
        b'\n' => i == 0 || raw[i - 1] != b'\r',
        b'\r' => raw.get(i + 1) != Some(&b'\n'),
        _ => false,
    })
}

#[test]
fn every_family_gets_its_own_well_formed_invitation() {
    let templates = TemplateSet::embedded();
    let cases = class();
    let all_addresses: Vec<String> = cases
        .iter()
        .flat_map(|case| case.family.contacts.iter().map(|c| c.email.normalized()))
        .collect();
    let mut message_ids = Vec::new();

    for (index, case) in cases.iter().enumerate() {
        let key = &case.family.key;
        let token = token_for(index);
        let composed = compose_invitation(case, &token, &templates);
        let parsed = MessageParser::default()
            .parse(&composed.raw)
            .expect("parses");
        let own: Vec<String> = case
            .family
            .contacts
            .iter()
            .map(|c| c.email.normalized())
            .collect();

        // Recipients: exactly this family's contacts; no Cc, no Bcc.
        assert_eq!(addresses(parsed.to()), own, "{key}");
        assert_eq!(composed.to, own, "{key}");
        assert!(parsed.cc().is_none() && parsed.bcc().is_none(), "{key}");
        assert_eq!(addresses(parsed.from()), ["dana@example.org"], "{key}");

        // No other family's address anywhere, raw or decoded.
        let raw_lower = String::from_utf8_lossy(&composed.raw).to_ascii_lowercase();
        let decoded_lower =
            format!("{}{}{}", composed.text, composed.html, composed.ics).to_lowercase();
        for other in all_addresses.iter().filter(|a| !own.contains(a)) {
            assert!(!raw_lower.contains(other.as_str()), "{key} leaks {other}");
            assert!(
                !decoded_lower.contains(other.as_str()),
                "{key} leaks {other}"
            );
        }

        // Reply-To carries the token.
        let reply_to = addresses(parsed.reply_to());
        assert_eq!(reply_to.len(), 1, "{key}");
        assert_eq!(
            compose::token_from_address(PATTERN, &reply_to[0]),
            Some(token.clone()),
            "{key}"
        );

        // The Message-ID carries the token too, and is unique.
        let message_id = parsed.message_id().expect("message id");
        assert_eq!(format!("<{message_id}>"), composed.message_id);
        assert_eq!(
            compose::parse_message_id_token(message_id),
            Some(token.clone()),
            "{key}"
        );
        message_ids.push(message_id.to_owned());

        // Headers: the expected set and nothing injected.
        let header_names: Vec<String> = parsed
            .headers()
            .iter()
            .map(|h| h.name.as_str().to_ascii_lowercase())
            .collect();
        for wanted in [
            "from",
            "reply-to",
            "to",
            "subject",
            "date",
            "message-id",
            "mime-version",
            "content-type",
            "x-auto-response-suppress",
        ] {
            assert!(
                header_names.iter().any(|h| h == wanted),
                "{key}: no {wanted}"
            );
        }
        assert_eq!(
            header_names.len(),
            9,
            "{key}: unexpected headers {header_names:?}"
        );
        assert!(
            parsed
                .header(HeaderName::Other("Auto-Submitted".into()))
                .is_none()
        );
        assert_eq!(
            parsed.header_raw("X-Auto-Response-Suppress").map(str::trim),
            Some("OOF, AutoReply")
        );
        let subject = parsed.subject().expect("subject");
        assert!(subject.starts_with(case.subject_start), "{key}: {subject}");
        assert_eq!(subject, composed.subject);
        assert_eq!(composed.language, case.language, "{key}");

        // Structure: mixed { alternative { plain, html, calendar }, ics attachment }.
        let root = parsed.root_part();
        let root_type = root.content_type().expect("root content type");
        assert_eq!(
            (root_type.ctype(), root_type.subtype()),
            ("multipart", Some("mixed"))
        );
        let root_children = root.sub_parts().expect("mixed has parts");
        assert_eq!(root_children.len(), 2, "{key}");
        let alternative = &parsed.parts[root_children[0] as usize];
        let alternative_type = alternative.content_type().expect("alternative type");
        assert_eq!(alternative_type.subtype(), Some("alternative"));
        assert_eq!(alternative.sub_parts().map(<[u32]>::len), Some(3));
        let parts = leaves(&parsed);
        let kinds: Vec<&str> = parts.iter().map(|(ct, _, _)| ct.as_str()).collect();
        assert_eq!(
            kinds,
            [
                "text/plain",
                "text/html",
                "text/calendar",
                "application/ics"
            ],
            "{key}"
        );
        let calendar_type = parsed.parts[alternative.sub_parts().expect("parts")[2] as usize]
            .content_type()
            .expect("calendar type");
        assert_eq!(calendar_type.attribute("method"), Some("REQUEST"));
        let (_, disposition, attached) = &parts[3];
        assert_eq!(disposition.as_deref(), Some("attachment"));
        assert_eq!(
            parsed.parts[root_children[1] as usize].attachment_name(),
            Some("invite.ics")
        );

        // The calendar: METHOD, UID, UTC times, this family's attendees only.
        let calendar = unfold(&parts[2].2);
        assert_eq!(
            unfold(attached),
            calendar,
            "{key}: attachment equals the inline part"
        );
        let lines: Vec<&str> = calendar.lines().collect();
        for wanted in [
            "METHOD:REQUEST",
            "UID:mia-7@example.org",
            "SEQUENCE:0",
            "DTSTAMP:20260301T093000Z",
            "DTSTART:20260329T090000Z",
            "DTEND:20260329T113000Z",
            "ORGANIZER;CN=\"Dana Ruiz\":mailto:dana@example.org",
        ] {
            assert!(lines.contains(&wanted), "{key}: no {wanted} in\n{calendar}");
        }
        let attendees: Vec<String> = lines
            .iter()
            .filter(|line| line.starts_with("ATTENDEE"))
            .map(|line| {
                assert!(line.contains("RSVP=TRUE") && line.contains("PARTSTAT=NEEDS-ACTION"));
                line.rsplit_once("mailto:")
                    .map(|(_, a)| a.to_ascii_lowercase())
                    .unwrap_or_default()
            })
            .collect();
        assert_eq!(attendees, own, "{key}");

        // A line holding a single dot survives; line endings are CRLF only.
        assert!(!has_bare_line_break(&composed.raw), "{key}");
        let text = parsed.body_text(0).expect("text body");
        assert!(text.lines().any(|line| line == "."), "{key}: {text}");
        assert!(text.contains("After the dot: bring a hat."), "{key}");

        // HTML is escaped.
        let html = parsed.body_html(0).expect("html body");
        assert!(!html.contains("<script>"), "{key}");
    }
    message_ids.sort();
    message_ids.dedup();
    assert_eq!(message_ids.len(), cases.len(), "every Message-ID is unique");
}

#[test]
fn an_update_threads_under_the_invitation_and_carries_the_token() {
    let templates = TemplateSet::embedded();
    let case = &class()[1];
    let token = token_for(1);
    let invitation = compose_invitation(case, &token, &templates);
    let host = host();
    let before = event();
    let now = Event {
        location: "Casa de Campo".into(),
        ..event()
    };
    let reply_to = compose::reply_address(PATTERN, &token).expect("reply");
    let update_id = compose::message_id(&token, MessageKind::Update(1), "example.org").expect("id");
    let update = compose::update(&FollowUpInput {
        message: InvitationInput {
            host: &host,
            event: &now,
            family: &case.family,
            reply_to: &reply_to,
            message_id: &update_id,
            date: sent_at(),
            templates: &templates,
        },
        sequence: 1,
        invitation_message_id: &invitation.message_id,
        previous_event: Some(&before),
        standing: None,
    })
    .expect("compose update");
    assert_ne!(update.message_id, invitation.message_id);

    let parsed = MessageParser::default().parse(&update.raw).expect("parses");
    let in_reply_to = parsed.in_reply_to().as_text().expect("in-reply-to");
    assert_eq!(format!("<{in_reply_to}>"), invitation.message_id);
    assert_eq!(
        compose::find_token_in_message_ids(&format!("<{in_reply_to}>")),
        Some(token.clone())
    );
    let references = parsed.header_raw("References").expect("references");
    assert_eq!(compose::find_token_in_message_ids(references), Some(token));
    let calendar = unfold(&leaves(&parsed)[2].2);
    assert!(calendar.lines().any(|l| l == "SEQUENCE:1"));
    assert!(calendar.lines().any(|l| l == "LOCATION:Casa de Campo"));
    assert!(
        calendar.lines().any(|l| l == "UID:mia-7@example.org"),
        "same UID as the invitation"
    );
    let text = parsed.body_text(0).expect("text");
    assert!(
        text.contains("Dónde:           Casa de Campo (antes: Parque del Oeste, Madrid)"),
        "{text}"
    );
}

#[test]
fn a_cancellation_says_method_cancel() {
    let templates = TemplateSet::embedded();
    let case = &class()[0];
    let token = token_for(0);
    let invitation = compose_invitation(case, &token, &templates);
    let (host, event) = (host(), event());
    let reply_to = compose::reply_address(PATTERN, &token).expect("reply");
    let cancel_id = compose::message_id(&token, MessageKind::Cancel(2), "example.org").expect("id");
    let cancelled = compose::cancel(&FollowUpInput {
        message: InvitationInput {
            host: &host,
            event: &event,
            family: &case.family,
            reply_to: &reply_to,
            message_id: &cancel_id,
            date: sent_at(),
            templates: &templates,
        },
        sequence: 2,
        invitation_message_id: &invitation.message_id,
        previous_event: None,
        standing: None,
    })
    .expect("compose cancel");
    let parsed = MessageParser::default()
        .parse(&cancelled.raw)
        .expect("parses");
    let alternative = &parsed.parts[parsed.root_part().sub_parts().expect("parts")[0] as usize];
    let calendar_part = &parsed.parts[alternative.sub_parts().expect("parts")[2] as usize];
    assert_eq!(
        calendar_part
            .content_type()
            .and_then(|ct| ct.attribute("method")),
        Some("CANCEL")
    );
    let calendar = unfold(&String::from_utf8_lossy(calendar_part.contents()));
    for wanted in ["METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:2"] {
        assert!(calendar.lines().any(|l| l == wanted), "no {wanted}");
    }
}
