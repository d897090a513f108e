//! A host's email as the service reads it: who wrote, the lines they wrote
//! fresh (numbered, for "line 7: …"), the lines they quoted, and the class
//! list attached.
//!
//! Pure and never failing: mail that cannot be parsed reads as empty.

use mail_parser::{MessageParser, MimeHeaders, PartType};

use super::date::Language;
use crate::model::EmailAddress;

/// The largest attachment read as a class list; anything bigger is not one.
pub const MAX_ATTACHMENT_BYTES: usize = 5 * 1024 * 1024;

/// A file attached to the host's mail.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attachment {
    pub name: String,
    /// `type/subtype`, lowercase.
    pub content_type: String,
    pub bytes: Vec<u8>,
}

/// What the service reads from one message.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HostMessage {
    pub from: Option<EmailAddress>,
    /// The display name of From ("Dana Kovač"), when given.
    pub display_name: Option<String>,
    pub subject: String,
    /// Lines written fresh, with their line number in the message text.
    pub fresh: Vec<(usize, String)>,
    /// Quoted lines (without their `>`), and the original below an
    /// attribution line.
    pub quoted: Vec<String>,
    pub attachments: Vec<Attachment>,
    /// `Content-Language` or `Accept-Language`, when the client sent one.
    pub language: Option<String>,
}

impl HostMessage {
    /// The fresh lines' text, for parsers that do not need line numbers.
    pub fn fresh_text(&self) -> String {
        self.fresh
            .iter()
            .map(|(_, l)| l.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// The language to answer the host in: their message's, else the
    /// party's (`party`, a tag such as `es`), else English.
    pub fn answer_language(&self, party: Option<&str>) -> Language {
        super::form::guess_language(self.language.as_deref(), &self.fresh_text())
            .or_else(|| party.map(Language::of))
            .unwrap_or(Language::En)
    }
}

/// Read a raw message.
pub fn read(raw: &[u8]) -> HostMessage {
    let Some(message) = MessageParser::default().parse(raw) else {
        return HostMessage::default();
    };
    let sender = message.from().and_then(|a| a.first());
    let from = sender
        .and_then(|a| a.address())
        .and_then(EmailAddress::parse);
    let display_name = sender
        .and_then(|a| a.name())
        .map(|n| n.trim().trim_matches('"').trim().to_owned())
        .filter(|n| !n.is_empty() && !n.contains('@'));
    let mut text = String::new();
    for index in 0..message.text_body_count() {
        let Some(part) = message.text_body.get(index).and_then(|i| message.part(*i)) else {
            continue;
        };
        let is_body = part.content_type().is_none_or(|ct| {
            ct.ctype().eq_ignore_ascii_case("text")
                && ct.subtype().is_none_or(|s| {
                    s.eq_ignore_ascii_case("plain") || s.eq_ignore_ascii_case("html")
                })
        }) && part.attachment_name().is_none();
        if is_body && let Some(body) = message.body_text(index) {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push_str(&body);
        }
    }
    let mut attachments = Vec::new();
    for part in &message.parts {
        if matches!(part.body, PartType::Multipart(_) | PartType::Message(_)) {
            continue;
        }
        let content_type = part.content_type().map_or_else(String::new, |ct| {
            match ct.subtype() {
                Some(sub) => format!("{}/{sub}", ct.ctype()),
                None => ct.ctype().to_owned(),
            }
            .to_ascii_lowercase()
        });
        let name = part.attachment_name().unwrap_or_default().to_owned();
        let is_file = !name.is_empty()
            || !(content_type.is_empty()
                || content_type == "text/plain"
                || content_type == "text/html");
        if is_file && part.contents().len() <= MAX_ATTACHMENT_BYTES {
            attachments.push(Attachment {
                name,
                content_type,
                bytes: part.contents().to_vec(),
            });
        }
    }
    let language = ["Content-Language", "Accept-Language"]
        .iter()
        .find_map(|h| message.header_raw(*h))
        .map(|v| {
            v.split([',', ';'])
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned()
        })
        .filter(|v| !v.is_empty());
    let (fresh, quoted) = split_lines(&text);
    HostMessage {
        from,
        display_name,
        subject: message.subject().unwrap_or_default().trim().to_owned(),
        fresh,
        quoted,
        attachments,
        language,
    }
}

/// Every line of `text`, numbered from 1.
pub fn numbered(text: &str) -> Vec<(usize, String)> {
    text.lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.to_owned()))
        .collect()
}

/// Fresh lines (numbered from 1) and quoted lines. Fresh text ends at an
/// attribution line ("On … wrote:", "Le … a écrit :", "Am … schrieb …:",
/// "-----Original Message-----", an Outlook "From:" block) or a signature
/// delimiter; everything after an attribution is quoted.
pub fn split_lines(text: &str) -> (Vec<(usize, String)>, Vec<String>) {
    let mut fresh = Vec::new();
    let mut quoted = Vec::new();
    let mut below_attribution = false;
    let mut in_signature = false;
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim();
        let unquoted = trimmed.trim_start_matches(['>', ' ']).trim_end();
        if trimmed.starts_with('>') {
            quoted.push(unquoted.to_owned());
            continue;
        }
        if below_attribution {
            quoted.push(unquoted.to_owned());
            continue;
        }
        if is_attribution(trimmed, lines.get(i + 1).map(|l| l.trim())) {
            below_attribution = true;
            continue;
        }
        if *line == "-- " || trimmed == "--" {
            in_signature = true;
        }
        if !in_signature {
            fresh.push((i + 1, line.trim_end().to_owned()));
        }
    }
    (fresh, quoted)
}

fn is_attribution(line: &str, next: Option<&str>) -> bool {
    let lower = line.to_lowercase();
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| lower.starts_with(p));
    let ends = |suffixes: &[&str]| suffixes.iter().any(|s| lower.ends_with(s));
    (starts(&["on "]) && ends(&["wrote:"]))
        || (starts(&["el "]) && ends(&["escribió:"]))
        || (starts(&["le "]) && ends(&["a écrit :", "a écrit:"]))
        || (starts(&["am "]) && ends(&["schrieb:"]) || lower.contains(" schrieb ") && ends(&[":"]))
        || starts(&[
            "-----original message",
            "-----mensaje original",
            "-----message d'origine",
            "-----ursprüngliche nachricht",
            "________________",
        ])
        || (starts(&["from:", "de :", "de:", "von:"])
            && next.is_some_and(|n| {
                let n = n.to_lowercase();
                ["sent:", "date:", "enviado:", "envoyé :", "gesendet:", "to:"]
                    .iter()
                    .any(|p| n.starts_with(p))
            }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_lines_are_numbered_and_quotes_kept_apart() {
        let text = "Party: Mia's 7th\nWhen: 16 Jan 3-5pm\n\nOn Mon, 1 Jan 2027, rsvpd <party@school.example> wrote:\n> Party:\n> Where: Mill Park\n";
        let (fresh, quoted) = split_lines(text);
        assert_eq!(fresh[0], (1, "Party: Mia's 7th".to_owned()));
        assert_eq!(fresh[1], (2, "When: 16 Jan 3-5pm".to_owned()));
        assert_eq!(fresh.len(), 3);
        assert_eq!(quoted, ["Party:", "Where: Mill Park"]);
    }

    #[test]
    fn outlook_blocks_and_signatures_end_the_fresh_text() {
        let text = "OK\n-- \nDana\n07700 900123\n";
        let (fresh, _) = split_lines(text);
        assert_eq!(fresh, [(1, "OK".to_owned())]);
        let text = "OK\n\nVon: rsvpd <party@school.example>\nGesendet: Montag\nBetreff: Vorschau\nWhen: x\n";
        let (fresh, quoted) = split_lines(text);
        assert_eq!(fresh.len(), 2);
        assert!(quoted.iter().any(|l| l == "When: x"));
    }

    #[test]
    fn attachments_and_sender_are_read() {
        let raw = b"From: \"Dana K.\" <Dana@School.Example>\r\nSubject: new party\r\nContent-Language: de-DE\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nParty: Mia\r\n--b\r\nContent-Type: text/csv; name=class.csv\r\nContent-Disposition: attachment; filename=class.csv\r\n\r\nchild,email\r\nBen,eva@example.org\r\n--b--\r\n";
        let m = read(raw);
        assert_eq!(
            m.from.as_ref().map(|a| a.as_str()),
            Some("Dana@school.example")
        );
        assert_eq!(m.display_name.as_deref(), Some("Dana K."));
        assert_eq!(m.subject, "new party");
        assert_eq!(m.language.as_deref(), Some("de-DE"));
        assert_eq!(m.fresh_text(), "Party: Mia");
        assert_eq!(m.attachments.len(), 1);
        assert_eq!(m.attachments[0].name, "class.csv");
        assert_eq!(m.attachments[0].content_type, "text/csv");
        assert!(m.attachments[0].bytes.starts_with(b"child,email"));
    }

    #[test]
    fn garbage_reads_as_empty() {
        let m = read(b"\xff\xfe");
        assert!(m.fresh.is_empty() && m.attachments.is_empty());
    }
}
