//! Bounces: whether a message reports a delivery failure, which recipients
//! failed or are only delayed, and the server's own words about why.
//!
//! Pure, and never fails on input from strangers: a report it cannot read
//! is still a bounce when it looks like one, naming no recipient. Reads
//! delivery-status reports (RFC 3464, also nested in a forwarded message
//! or pasted as text, see [`dsn`]), `X-Failed-Recipients`, and the
//! human-readable forms of the common mail servers ([`text`]). When the
//! notice names nobody, the returned original's single recipient is taken.
//! Never looks at answer words, and never decides which family a bounce
//! belongs to (that needs the store).

mod dsn;
mod text;

#[cfg(test)]
mod tests;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::LazyLock;

use mail_parser::{Message, MessageParser, MimeHeaders, PartType};
use regex::Regex;

use super::cues::Cues;
use super::parse::Parsed;

pub use text::is_system_address;

/// A delivery failure report.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bounce {
    /// Addresses that failed for good, the address rsvpd sent to first.
    pub recipients: Vec<String>,
    /// Addresses whose delivery is only delayed: the server keeps trying.
    pub delayed: Vec<String>,
    /// The server's words, per address (failed or delayed).
    pub reasons: Vec<(String, String)>,
    /// The server's words for the whole report, when it gives any.
    pub reason: Option<String>,
    /// A delay warning: nothing has failed for good yet.
    pub temporary: bool,
    /// The recipients (To, Cc) of the returned original, when it is there.
    pub returned_to: Vec<String>,
    /// Reply tokens of rsvpd Message-IDs anywhere in the bounce (the
    /// returned original or its headers, quoted text): which invitation it is.
    pub tokens: Vec<String>,
    pub evidence: String,
}

impl Bounce {
    /// The server's words about `address`, else about the whole report.
    pub fn reason_for(&self, address: &str) -> Option<&str> {
        self.reasons
            .iter()
            .find(|(a, _)| a.eq_ignore_ascii_case(address))
            .map(|(_, r)| r.as_str())
            .or(self.reason.as_deref())
    }
}

/// One recipient a report names.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Failure {
    /// The address rsvpd sent to first, then where it was forwarded.
    pub addresses: Vec<String>,
    /// A recipient given without a domain (`Final-Recipient: LOCAL; ana`).
    pub local_part: Option<String>,
    pub reason: Option<String>,
    pub temporary: bool,
}

pub(crate) static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9._%+\-=']{1,64}@(?:[A-Za-z0-9\-]{1,63}\.){1,10}[A-Za-z]{2,24}")
        .expect("literal regex compiles")
});

/// Server's words as one line of at most 300 characters.
pub(crate) fn clip_reason(text: &str) -> String {
    let one: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match one.char_indices().nth(300) {
        Some((i, _)) => format!("{}…", &one[..i]),
        None => one,
    }
}

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).expect("literal regex compiles")
}

/// Words in a notice that say something was not delivered.
static FAILURE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)could not be delivered|couldn't be delivered|cannot be delivered|can't be delivered|wasn't delivered|was not delivered|not been delivered|undeliverable|undelivered|delivery (?:has )?failed|delivery failure|failed permanently|permanent (?:error|failure)|fatal error|address(?:es|\(es\))? failed|user unknown|unknown user|no such (?:user|mailbox|recipient|address)|user not found|recipient not found|mailbox (?:unavailable|full|is full|not found|disabled|inactive)|over quota|quota exceeded|does not exist|doesn't exist|recipient address rejected|not able to deliver|unable to deliver|could not deliver|did not reach|not reachable|could not be reached|returned mail|delivery (?:status notification|notification|report)|\b[45]\.\d{1,3}\.\d{1,3}\b|\b5[05]\d[ -]|delivery (?:has been |is )?delayed|not yet been delivered|will be retried|unzustellbar|nicht zugestellt|konnte nicht|non (?:remis|distribué)|pas pu être|non recapitabil|non è stato (?:possibile )?recapit|no se (?:ha )?(?:pod(?:ido|ía)|pudo) entregar|no pudo ser entregado|no entregado|onbestelbaar|niet (?:worden )?(?:afgeleverd|bezorgd)|não (?:foi possível|pôde ser) entreg|não entregue|niedostarcz|nie (?:może|można|mogła) (?:zostać )?dostarcz|не (?:может быть|удалось|было) достав|недоставлен|無法投遞|无法投递|投递失败|退信|配信(?:でき|エラー)|宛先不明|olevererbar|kunde inte levereras|kunne ikke leveres|ei voitu toimittaa|teslim edilemedi|nedoručiteln|nebylo možné doručit|nije (?:moguće )?isporuč|nedostavljiv",
    )
});

/// Sentences only a delivery failure report says: enough on their own.
static STRONG_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)this is a permanent error|wasn't able to deliver your message|permanent fatal errors|could not be delivered to one or more (?:of its )?recipients|delivery has failed to these recipients|did not reach the following recipient|couldn't be delivered to|delivery to the following recipients? (?:failed|has been delayed)|the following address(?:es|\(es\))? failed|undeliverable to the following|failed addresses follow|unable to deliver (?:your )?message to the following|message could not be delivered to the following|could not be delivered to the following|your message (?:was|could) not (?:be )?delivered to|has not yet been delivered to one or more|this is a warning (?:message )?only|you do not need to resend your message|transcript of session follows|this is the (?:mail system|postfix program|qmail-send program)|message was created automatically by mail delivery software|automatically generated delivery status notification|die nachricht konnte nicht zugestellt werden|konnte nicht (?:an .{1,80} )?zugestellt werden|le message n'a pas pu être (?:remis|distribué)|votre message n'a pas pu être|no se (?:ha )?(?:pod(?:ido|ía)|pudo) entregar (?:el|su) mensaje|el mensaje no (?:pudo|se pudo) (?:ser )?entregar|il messaggio non è stato (?:possibile )?recapit|impossibile recapitare il messaggio|uw bericht kon niet|het bericht kon niet worden|a mensagem não pôde ser entregue|não foi possível entregar a mensagem|wiadomość nie (?:mogła|może) zostać dostarczona|ваше сообщение не может быть доставлено|не удалось доставить|您的邮件未能|邮件无法投递|このメールは配信できませんでした|meddelandet kunde inte levereras|meldingen kunne ikke leveres|mesajınız teslim edilemedi",
    )
});

/// A delay warning: the server is still trying.
static DELAY_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)this is a warning (?:message )?only|you do not need to resend|no action is required on your part|will (?:be )?retried|will (?:continue to |keep )?(?:try|retry)|keep trying|will continue to be attempted|still being retried|has not yet been delivered|hasn't been delivered yet|not (?:been )?delivered yet|delivery (?:has been |is |was )?delayed|message delayed|delayed mail|warning: message .{0,60} delayed|could not send message for past|message still undelivered|retry(?:ing)? (?:for|until)|noch nicht zugestellt|weiterhin versucht|verzögert|remise différée|pas encore été remis|retardé|(?:entrega|envío) (?:retrasad|demorad)|aún no se ha entregado|se seguirá intentando|non ancora recapitato|nog niet afgeleverd|ainda não foi entregue",
    )
});

/// A report that has given up, even if it also mentions retrying.
static PERMANENT_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)permanent (?:error|failure)|permanent fatal|given up|giving up|gave up|not going to try again|will not be retried|won't be retried|failed permanently|permanently|could not be delivered to one or more|delivery has failed|endgültig|définitivement|permanente",
    )
});

/// Subjects of bounces and delay warnings, beyond the cue files' own.
static SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)undeliver|undelivered|returned mail|returned to sender|mail delivery|delivery (?:status|failure|failed|notification|report|problem|delayed|has failed)|failure notice|non[- ]?deliver|nondeliverable|not delivered|could not be delivered|message status|delayed mail|warning: could not send|warning: message|mail system error|mail failure|unable to deliver|delivery error|bounce|rejected:|系统退信|退信|未送达|无法投递|配信エラー|unzustellbar|nicht zustellbar|non remis|non distribu|échec de (?:la )?remise|no se (?:puede|pudo) entregar|no entregado|devuelto|non recapitabile|mancato recapito|onbestelbaar|não entregue|niedostarczalne|недоставлен|не доставлено|olevererbart|kan ikke leveres|teslim edilemedi|nedoručitelné|nedostavljivo",
    )
});

static DELAY_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)delay|warning: could not send|warning: message|still being retried|verzögert|retardé|retrasad|ritardat|vertraagd",
    )
});

/// Is the sender a mail system rather than a person?
fn is_daemon_sender(p: &Parsed) -> bool {
    let name = p.from_name.to_ascii_lowercase();
    is_system_address(&p.from_address)
        || p.from_address.is_empty() && p.from_name.is_empty()
        || [
            "mail delivery",
            "mailer-daemon",
            "mailer daemon",
            "mail administrator",
            "mail system",
            "delivery subsystem",
            "postmaster",
            "returned mail",
            "microsoft outlook",
            "microsoft exchange",
            "mail service",
            "mailsystem",
        ]
        .iter()
        .any(|n| name.contains(n))
}

/// `Return-Path: <>` among the top-level headers: the null sender that
/// bounces (and some automatic replies) are sent with.
fn has_null_return_path(raw: &[u8]) -> bool {
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .or_else(|| raw.windows(2).position(|w| w == b"\n\n"))
        .unwrap_or(raw.len())
        .min(64 * 1024);
    let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
    head.lines().any(|l| {
        l.strip_prefix("return-path:")
            .is_some_and(|v| v.trim() == "<>" || v.trim().is_empty())
    })
}

/// The notice text of a parsed message: its plain text, else its HTML as text.
fn body_text(p: &Parsed) -> String {
    match (&p.text, &p.html) {
        (Some(t), _) => t.clone(),
        (None, Some(h)) => super::extract::html_to_text(h).unwrap_or_default(),
        (None, None) => String::new(),
    }
}

/// Why a message is a bounce, or `None`.
fn recognise(raw: &[u8], p: &Parsed, cues: &Cues) -> Option<String> {
    if p.delivery_status.is_some() {
        return Some("delivery-status report (RFC 3464)".into());
    }
    if p.content_type == "multipart/report" && p.report_type.contains("delivery-status") {
        return Some("multipart/report; report-type=delivery-status".into());
    }
    if p.header("x-failed-recipients").is_some() {
        return Some("X-Failed-Recipients header".into());
    }
    let daemon = is_daemon_sender(p);
    let subject_norm = cues.normalize(&p.subject).padded;
    let subject = SUBJECT.is_match(&p.subject)
        || cues
            .lines
            .bounce_subject
            .iter()
            .any(|s| subject_norm.contains(s.as_str()));
    let null_sender = has_null_return_path(raw);
    let body = body_text(p);
    let head = floor(&body, 16 * 1024);
    if STRONG_TEXT.is_match(head) {
        return Some(if daemon {
            format!("non-standard bounce from {}", p.from_address)
        } else {
            "non-standard bounce (delivery failure text)".into()
        });
    }
    let failure = || FAILURE_TEXT.is_match(head);
    if daemon && (subject || failure()) {
        return Some(format!("non-standard bounce from {}", p.from_address));
    }
    if (subject || null_sender) && failure() {
        return Some(if subject {
            "non-standard bounce (subject and failure text)".into()
        } else {
            "non-standard bounce (null sender and failure text)".into()
        });
    }
    None
}

fn floor(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    &s[..i]
}

/// Detect a bounce and read who failed.
pub fn detect_bounce(raw: &[u8], p: &Parsed, cues: &Cues) -> Option<Bounce> {
    let evidence = recognise(raw, p, cues)?;
    let mut report = Report::default();
    let full = catch_unwind(AssertUnwindSafe(|| {
        MessageParser::default()
            .parse(&raw[..raw.len().min(super::parse::MAX_MESSAGE_BYTES)])
            .map(|m| report.read(&m, 0))
    }));
    if !matches!(full, Ok(Some(()))) {
        report = Report::default();
        report.notices.push(body_text(p));
    }
    if report.dsn.is_empty()
        && let Some(ds) = &p.delivery_status
    {
        report.dsn.push(ds.clone());
    }
    let mut b = report.into_bounce(p, evidence);
    b.tokens = tokens_in(raw);
    Some(b)
}

/// An automatic reply that says its address is gone (closed, no longer in
/// use, full): the sender could not be reached. Returns the server's or
/// person's words. "Not monitored" alone is not gone: a person may read it.
static GONE_TEXT: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:address|mailbox|account|inbox)\b[^.\n]{0,40}?\b(?:is |has been |was )?no longer (?:in use|active|valid|available|exists?|monitored|accepts? (?:e-?)?mail|being used|used|in service)|(?:address|mailbox|account)\b[^.\n]{0,30}?\b(?:has been|was|is now|is) (?:closed|deactivated|deleted|disabled|discontinued|removed|suspended)|(?:mailbox|inbox) is (?:full|over (?:its )?quota)|cannot accept (?:new )?(?:messages|mail)|(?:adresse|postfach|konto)\b[^.\n]{0,40}?(?:nicht mehr (?:gültig|aktiv|verwendet|benutzt|in (?:benutzung|gebrauch)|erreichbar)|existiert nicht mehr|ist voll|wurde (?:gelöscht|deaktiviert))|(?:adresse|boîte)\b[^.\n]{0,40}?(?:n'est plus (?:valide|active|utilisée|en service|consultée)|est pleine|a été (?:supprimée|désactivée))|(?:dirección|cuenta|buzón)\b[^.\n]{0,40}?(?:ya no (?:está|es) (?:activa|válida|en uso)|ya no se (?:usa|utiliza)|está lleno)",
    )
});

/// The words of an automatic reply saying its address is gone.
pub fn address_gone(p: &Parsed) -> Option<String> {
    let body = body_text(p);
    let head = floor(&body, 4 * 1024);
    let m = GONE_TEXT.find(head)?;
    // The whole sentence the words are in.
    let start = head[..m.start()]
        .rfind(['.', '\n', '!'])
        .map_or(0, |i| i + 1);
    let end = head[m.end()..]
        .find(['.', '\n', '!'])
        .map_or(head.len(), |i| m.end() + i + 1);
    Some(clip_reason(head[start..end].trim()))
}

/// Reply tokens of rsvpd Message-IDs anywhere in a raw message.
pub fn tokens_in(raw: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(super::parse::MAX_MESSAGE_BYTES)]);
    let mut out = Vec::new();
    for piece in text
        .split(|c: char| c == '<' || c == '>' || c == '"' || c == ',' || c.is_whitespace())
        .filter(|piece| {
            piece.len() > 5
                && piece
                    .get(..5)
                    .is_some_and(|h| h.eq_ignore_ascii_case("rsvp."))
        })
        .take(100)
    {
        if let Some(t) = crate::compose::parse_message_id_token(piece) {
            push(&mut out, t);
        }
    }
    out
}

/// What the parts of a bounce hold, gathered before deciding.
#[derive(Default)]
struct Report {
    dsn: Vec<String>,
    notices: Vec<String>,
    returned_to: Vec<String>,
    /// From, Reply-To and Return-Path of the returned original: the host,
    /// never a failed recipient.
    returned_from: Vec<String>,
}

/// Nested bounces read (a forwarded report inside a forwarded report…).
const MAX_NESTING: usize = 3;

impl Report {
    fn read(&mut self, m: &Message<'_>, depth: usize) {
        let mut plain = Vec::new();
        let mut html = Vec::new();
        for part in m.parts.iter().take(super::parse::MAX_PARTS) {
            let (ctype, subtype) =
                part.content_type()
                    .map_or(("text".to_string(), "plain".to_string()), |ct| {
                        (
                            ct.ctype().to_ascii_lowercase(),
                            ct.subtype().unwrap_or_default().to_ascii_lowercase(),
                        )
                    });
            match (ctype.as_str(), subtype.as_str()) {
                ("message", "delivery-status" | "global-delivery-status") => {
                    self.dsn
                        .push(String::from_utf8_lossy(part.contents()).into_owned());
                    continue;
                }
                ("text" | "message", "rfc822-headers") => {
                    let headers = String::from_utf8_lossy(part.contents()).into_owned();
                    for a in text::header_recipients(&headers) {
                        push(&mut self.returned_to, a);
                    }
                    for a in text::header_senders(&headers) {
                        push(&mut self.returned_from, a);
                    }
                    continue;
                }
                _ => {}
            }
            match &part.body {
                PartType::Text(t) if subtype != "calendar" => plain.push(t.to_string()),
                PartType::Html(h) => html.push(h.to_string()),
                PartType::Message(inner) => {
                    if depth < MAX_NESTING && looks_like_bounce(inner) {
                        // A report forwarded as an attachment.
                        self.read(inner, depth + 1);
                    } else {
                        for a in returned_recipients(inner) {
                            push(&mut self.returned_to, a);
                        }
                        for a in returned_senders(inner) {
                            push(&mut self.returned_from, a);
                        }
                    }
                }
                _ => {}
            }
        }
        if plain.is_empty() {
            plain = html
                .iter()
                .take(2)
                .filter_map(|h| super::extract::html_to_text(h))
                .collect();
        }
        for t in plain.into_iter().take(4) {
            let (notice, original) = text::split_returned(&t);
            if !original.is_empty() {
                for a in text::header_recipients(original) {
                    push(&mut self.returned_to, a);
                }
                for a in text::header_senders(original) {
                    push(&mut self.returned_from, a);
                }
            }
            self.notices.push(notice.to_string());
        }
    }

    fn into_bounce(self, p: &Parsed, evidence: String) -> Bounce {
        let sender_domain = p
            .from_address
            .rsplit_once('@')
            .map(|(_, d)| d.to_string())
            .unwrap_or_default();
        let from = p.from_address.clone();
        let senders = self.returned_from.clone();
        let excluded = |a: &str| a == from || senders.iter().any(|s| s == a);
        let notice = self.notices.join("\n");
        let mut failures: Vec<Failure> = self.dsn.iter().flat_map(|d| dsn::failures(d)).collect();
        if failures.is_empty() && dsn::looks_like_report(&notice) {
            failures = dsn::failures(&notice);
        }
        let lower_head = floor(&notice, 16 * 1024);
        let delay_words = DELAY_TEXT.is_match(lower_head) || DELAY_SUBJECT.is_match(&p.subject);
        let text_temporary = delay_words && !PERMANENT_TEXT.is_match(lower_head);
        let named = text::named(&notice, &sender_domain, &excluded);

        let mut b = Bounce {
            evidence,
            returned_to: self.returned_to.clone(),
            ..Bounce::default()
        };
        let add = |b: &mut Bounce, address: &str, reason: Option<&str>, temporary: bool| {
            let address = address.to_ascii_lowercase();
            if address == from || self.returned_from.contains(&address) {
                return;
            }
            let list = if temporary {
                &mut b.delayed
            } else {
                &mut b.recipients
            };
            push(list, address.clone());
            if let Some(r) = reason
                && !b.reasons.iter().any(|(a, _)| *a == address)
            {
                b.reasons.push((address, r.to_string()));
            }
        };
        for f in &failures {
            let mut addresses = f.addresses.clone();
            if addresses.is_empty()
                && let Some(local) = &f.local_part
            {
                // "LOCAL; ana": the notice or the returned original has the domain.
                let prefix = format!("{local}@");
                let known = self
                    .returned_to
                    .iter()
                    .cloned()
                    .chain(named.iter().map(|n| n.address.clone()))
                    .find(|a| a.starts_with(&prefix));
                addresses.extend(known);
            }
            for a in &addresses {
                add(&mut b, a, f.reason.as_deref(), f.temporary);
            }
        }
        if let Some(header) = p.header("x-failed-recipients") {
            for m in ADDRESS.find_iter(header) {
                add(&mut b, m.as_str(), None, false);
            }
        }
        // The notice's own forms: also when a report names another address
        // than the one rsvpd sent to (an alias that forwards).
        let dsn_temporary = !failures.is_empty() && failures.iter().all(|f| f.temporary);
        let temporary = if failures.is_empty() {
            text_temporary
        } else {
            dsn_temporary
        };
        for n in &named {
            if n.strength >= 2 || (b.recipients.is_empty() && b.delayed.is_empty()) {
                add(&mut b, &n.address, n.reason.as_deref(), temporary);
            }
        }
        if b.recipients.is_empty() && b.delayed.is_empty() {
            // Nobody named: the returned original's one recipient failed.
            let returned: Vec<&String> = self
                .returned_to
                .iter()
                .filter(|a| **a != from && !is_system_address(a))
                .collect();
            if let [only] = returned.as_slice() {
                add(&mut b, only, None, temporary);
                b.evidence.push_str("; the returned message's recipient");
            }
        }
        // The addresses rsvpd sent to first, before where they forwarded.
        let sent_to = |a: &String| !self.returned_to.contains(a);
        b.recipients.sort_by_key(sent_to);
        b.delayed.sort_by_key(sent_to);
        b.temporary = b.recipients.is_empty() && (temporary || !b.delayed.is_empty());
        b.reason = failures
            .iter()
            .find_map(|f| f.reason.clone())
            .or_else(|| b.reasons.first().map(|(_, r)| r.clone()))
            .or_else(|| notice_reason(&notice));
        b
    }
}

fn push(list: &mut Vec<String>, address: String) {
    if !list.contains(&address) {
        list.push(address);
    }
}

/// An attached message that is itself a report (forwarded as an attachment).
fn looks_like_bounce(m: &Message<'_>) -> bool {
    let from = m
        .from()
        .and_then(|a| a.first())
        .and_then(|a| a.address())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let report = m.root_part().content_type().is_some_and(|ct| {
        ct.subtype()
            .is_some_and(|s| s.eq_ignore_ascii_case("report"))
    });
    report || is_system_address(&from)
}

/// To and Cc of a returned original.
fn returned_recipients(m: &Message<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for list in m.to().into_iter().chain(m.cc()) {
        for a in list.iter() {
            if let Some(address) = a.address() {
                push(&mut out, address.to_ascii_lowercase());
            }
        }
    }
    out
}

/// From, Reply-To and Return-Path of a returned original.
fn returned_senders(m: &Message<'_>) -> Vec<String> {
    let mut out = Vec::new();
    for list in m.from().into_iter().chain(m.reply_to()) {
        for a in list.iter() {
            if let Some(address) = a.address() {
                push(&mut out, address.to_ascii_lowercase());
            }
        }
    }
    if let Some(rp) = m.return_address() {
        push(&mut out, rp.trim_matches(['<', '>']).to_ascii_lowercase());
    }
    out
}

/// The notice's own words when no address carries any: the first line with
/// an SMTP code, else the first line that speaks of the failure.
fn notice_reason(notice: &str) -> Option<String> {
    static CODE: LazyLock<Regex> =
        LazyLock::new(|| regex(r"\b[45]\d\d[ -]|\b[45]\.\d{1,3}\.\d{1,3}\b|#[45]\.\d"));
    let lines = || {
        notice
            .lines()
            .take(200)
            .map(str::trim)
            .filter(|l| !l.is_empty())
    };
    lines()
        .find(|l| CODE.is_match(l))
        .or_else(|| lines().find(|l| FAILURE_TEXT.is_match(l)))
        .map(clip_reason)
}

/// Addresses in a free text, lowercased, each once.
pub fn addresses_in(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for m in ADDRESS.find_iter(text).take(200) {
        push(&mut out, m.as_str().to_ascii_lowercase());
    }
    out
}
