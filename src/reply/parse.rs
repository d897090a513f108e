//! Raw bytes → the few things `understand` needs, through mail-parser.
//!
//! Owns the size, part and depth limits. Must never fail: a message
//! mail-parser cannot read (or panics on) becomes `None`.

use std::borrow::Cow;
use std::panic::{AssertUnwindSafe, catch_unwind};

use mail_parser::{HeaderValue, Message, MessageParser, MimeHeaders, PartType};

/// Bytes read from one message; the rest is ignored (the message is treated
/// as truncated there). Replies are a few kilobytes; 2 MiB leaves room for
/// bounces that carry the original.
pub const MAX_MESSAGE_BYTES: usize = 2 * 1024 * 1024;
/// MIME parts examined; later parts are ignored.
pub const MAX_PARTS: usize = 200;
/// Nesting of multiparts beyond which the message is not parsed as MIME at
/// all (Postfix stops at 100 levels too); it is then read as unreadable.
pub const MAX_MIME_DEPTH: usize = 100;
/// Characters of body text kept for reading the reply.
pub const MAX_TEXT_CHARS: usize = 64 * 1024;
/// Bytes of HTML converted to text.
pub const MAX_HTML_BYTES: usize = 256 * 1024;

/// What the rest of `reply` reads from a message.
#[derive(Debug, Default, Clone)]
pub struct Parsed {
    pub subject: String,
    /// Top-level headers, names lowercased, values unfolded.
    pub headers: Vec<(String, String)>,
    pub from_address: String,
    pub from_name: String,
    /// Top-level content type (`multipart/report`) and its `report-type`.
    pub content_type: String,
    pub report_type: String,
    pub text: Option<String>,
    pub html: Option<String>,
    pub calendar: Option<String>,
    pub delivery_status: Option<String>,
    pub has_disposition_notification: bool,
    /// The Message-ID of a returned original (bounces).
    pub original_message_id: Option<String>,
    pub in_reply_to: Vec<String>,
    pub references: Vec<String>,
    pub truncated: bool,
}

impl Parsed {
    /// The first top-level header of that (lowercase) name.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Why a message could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    NotMime,
    TooDeep,
    ParserPanicked,
}

/// Parse a raw message within the limits above.
pub fn parse(raw: &[u8]) -> Result<Parsed, Unreadable> {
    let truncated = raw.len() > MAX_MESSAGE_BYTES;
    let raw = &raw[..raw.len().min(MAX_MESSAGE_BYTES)];
    if multipart_depth_exceeds(raw, MAX_MIME_DEPTH) {
        return Err(Unreadable::TooDeep);
    }
    let parsed = catch_unwind(AssertUnwindSafe(|| {
        MessageParser::default()
            .parse(raw)
            .map(|m| extract(&m, truncated))
    }));
    match parsed {
        Ok(Some(p)) => Ok(p),
        Ok(None) => Err(Unreadable::NotMime),
        Err(_) => Err(Unreadable::ParserPanicked),
    }
}

/// Count distinct multipart boundaries declared: a cheap upper bound on the
/// nesting depth, read before the parser recurses.
fn multipart_depth_exceeds(raw: &[u8], limit: usize) -> bool {
    let needle = b"multipart/";
    let mut count = 0;
    let mut i = 0;
    while i + needle.len() <= raw.len() {
        if raw[i..i + needle.len()].eq_ignore_ascii_case(needle) {
            count += 1;
            if count > limit {
                return true;
            }
            i += needle.len();
        } else {
            i += 1;
        }
    }
    false
}

fn text_of(value: &HeaderValue<'_>) -> Vec<String> {
    match value {
        HeaderValue::Text(t) => vec![t.to_string()],
        HeaderValue::TextList(list) => list.iter().map(|t| t.to_string()).collect(),
        _ => Vec::new(),
    }
}

fn cap_chars(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        Some((i, _)) => s[..i].to_string(),
        None => s.to_string(),
    }
}

fn extract(m: &Message<'_>, truncated: bool) -> Parsed {
    let mut p = Parsed {
        truncated,
        ..Parsed::default()
    };
    p.subject = m.subject().unwrap_or_default().to_string();
    p.headers = m
        .headers_raw()
        .take(200)
        .map(|(n, v)| {
            (
                n.to_ascii_lowercase(),
                v.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    if let Some(addr) = m.from().and_then(|a| a.first()) {
        p.from_address = addr.address().unwrap_or_default().to_ascii_lowercase();
        p.from_name = addr.name().unwrap_or_default().to_string();
    }
    if let Some(ct) = m.root_part().content_type() {
        p.content_type =
            format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()).to_ascii_lowercase();
        p.report_type = ct
            .attribute("report-type")
            .unwrap_or_default()
            .to_ascii_lowercase();
    }
    p.in_reply_to = text_of(m.in_reply_to());
    p.references = text_of(m.references());

    let mut texts: Vec<Cow<'_, str>> = Vec::new();
    for id in m.text_body.iter().take(8) {
        if let Some(part) = m.parts.get(*id as usize)
            && let PartType::Text(t) = &part.body
            && !is_attachment(part)
        {
            texts.push(Cow::Borrowed(t.as_ref()));
        }
    }
    if !texts.is_empty() {
        p.text = Some(cap_chars(&texts.join("\n"), MAX_TEXT_CHARS));
    }
    for id in m.html_body.iter().take(4) {
        if let Some(part) = m.parts.get(*id as usize)
            && let PartType::Html(h) = &part.body
        {
            let end = floor_char_boundary(h, MAX_HTML_BYTES);
            p.html = Some(h[..end].to_string());
            break;
        }
    }
    for part in m.parts.iter().take(MAX_PARTS) {
        let Some(ct) = part.content_type() else {
            continue;
        };
        let full =
            format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()).to_ascii_lowercase();
        match full.as_str() {
            "text/calendar" | "application/ics" if p.calendar.is_none() => {
                let body = String::from_utf8_lossy(part.contents());
                p.calendar = Some(cap_chars(&body, MAX_TEXT_CHARS));
            }
            "message/delivery-status" | "message/global-delivery-status"
                if p.delivery_status.is_none() =>
            {
                let body = String::from_utf8_lossy(part.contents());
                p.delivery_status = Some(cap_chars(&body, MAX_TEXT_CHARS));
            }
            "message/disposition-notification" => p.has_disposition_notification = true,
            "text/rfc822-headers" | "message/rfc822-headers" if p.original_message_id.is_none() => {
                let body = String::from_utf8_lossy(part.contents());
                p.original_message_id = find_message_id_header(&body);
            }
            _ => {}
        }
        if let PartType::Message(inner) = &part.body
            && p.original_message_id.is_none()
        {
            p.original_message_id = inner.message_id().map(str::to_string);
        }
    }
    p
}

fn is_attachment(part: &mail_parser::MessagePart<'_>) -> bool {
    part.content_disposition()
        .is_some_and(|d| d.ctype().eq_ignore_ascii_case("attachment"))
}

fn floor_char_boundary(s: &str, max: usize) -> usize {
    if s.len() <= max {
        return s.len();
    }
    let mut i = max;
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The `Message-ID:` value in a block of header text, without brackets.
pub fn find_message_id_header(headers: &str) -> Option<String> {
    for line in headers.lines().take(500) {
        let Some((name, value)) = line.split_once(':') else {
            continue;
        };
        if name.trim().eq_ignore_ascii_case("message-id") {
            let v = value
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .trim();
            if !v.is_empty() {
                return Some(v.to_string());
            }
        }
    }
    None
}
