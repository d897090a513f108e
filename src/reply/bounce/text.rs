//! The human-readable part of a bounce: which addresses it says failed, in
//! the forms mail servers write them.
//!
//! The forms, by the shape of their lines:
//! - a line led by the address: Postfix and Courier (`<a@b>: host … said`),
//!   qmail and Yahoo (`<a@b>:` then the reason), Exim (`  a@b` under "The
//!   following address(es) failed"), Sendmail (`<a@b>... User unknown`,
//!   and the list under "permanent fatal errors"), Exchange 2003 (`a@b on
//!   DATE`), Exchange 2007 and later, Gmail, IIS and GroupWise (`a@b
//!   (reason)`), T-Online (under "Failed addresses follow");
//! - a list under an introduction ("did not reach the following
//!   recipient(s)", "was not delivered to:", localized forms), where the
//!   address may be quoted or follow a name;
//! - an SMTP transcript (`RCPT To:<a@b>` answered by `550 …`, `550 5.1.1
//!   <a@b>... User unknown`);
//! - a sentence ("Your message to a@b couldn't be delivered", "Die
//!   Nachricht konnte nicht an a@b zugestellt werden");
//! - a keyed line (`Recipient: <a@b>`, `Recipient address: a@b`, Netscape
//!   and Sun messaging servers).
//!
//! Pure and bounded: reads at most [`MAX_LINES`] lines.

use std::sync::LazyLock;

use regex::Regex;

use super::{ADDRESS, clip_reason, regex};

/// Lines of a notice read.
pub const MAX_LINES: usize = 400;

/// An address named by the notice, and how sure the form is.
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    pub address: String,
    pub reason: Option<String>,
    /// 3: a line led by the address, a list entry or a transcript line;
    /// 2: a sentence or a keyed line; 1: a guess (a bare name in a list,
    /// a `To:` line).
    pub strength: u8,
}

/// Where the returned original begins in a plain-text bounce.
static RETURNED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?im)^[\s|>-]*(?:this is a copy of (?:the|your) message|below this line is a copy of the message|a copy of (?:the|your) (?:original )?message|unsent message follows|original message follows|original message headers|the original message (?:is|was) (?:included|attached|below)|returned message|message text follows|the header and top|below is a copy of|copy of the original message|original message|header of the original|undelivered message headers|rfc ?822 headers|ursprüngliche nachricht|message d'origine|mensaje original|messaggio originale|oorspronkelijk bericht|mensagem original)|^(?:return-path|received):",
    )
});

/// A line that introduces the list of failed (or delayed) addresses.
static LIST_INTRO: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)following (?:e-?mail )?(?:address(?:es|\(es\))?|recipients?(?:\(s\))?|users?|destinations?)|these recipients|did not reach|could not be reached|permanent fatal errors|transient non-fatal errors|(?:was|were) not delivered to|undeliverable to|failed addresses follow|address(?:es|\(es\))? failed|delivery to the following|unable to deliver|not able to deliver|could not deliver|couldn't deliver|could not be delivered to|cannot be delivered to|not accepting mail from|has been delayed to|destinataires? suivants?|siguientes destinatarios|folgenden? empfänger|folgende(?:n)? adresse|seguenti destinatari|volgende (?:ontvangers|adressen)|seguintes destinatários|następujących adresatów|следующим (?:адресатам|получателям)|konnte nicht zugestellt werden an|n'a pas pu être remis (?:à|aux)|no se (?:ha )?pudo entregar (?:a|el mensaje a)",
    )
});

/// The end of a list: diagnostics for administrators, a transcript header.
static LIST_END: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)diagnostic information|reporting-mta|generating server|original message|for further assistance|----- transcript",
    )
});

/// Words that say a line is about a failure.
static LINE_CUE: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)unknown|not found|no such|not exist|doesn't exist|does not exist|invalid|disabled|inactive|suspended|deactivated|rejected|refused|denied|full|quota|undeliver|could ?n[o']t|cannot|can't|unable|failed|failure|permanent|not (?:be )?delivered|wasn't delivered|not reach|delayed|retry|deliver(?:y|ed)? to|message to|unbekannt|nicht|unzustellbar|inconnu|introuvable|inexistant|impossible|remis|desconocido|no existe|entregar|entregado|sconosciuto|inesistente|recapit|onbekend|afgeleverd|entregue|desconhecido|dostarcz|nieznany|достав|не существует|zustell",
    )
});

/// A keyed line naming the recipient.
static KEYED: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)^\s*(?:original[- ]recipient|final[- ]recipient|failed recipient|recipient(?: address| name)?|unknown (?:user|recipient|address)|invalid (?:user|recipient|address)|bad address|address|user|mailbox|empfänger|destinataire|destinatario|destinatário|ontvanger|adresat|получатель)s?\s*:",
    )
});

/// An SMTP reply or transcript line: `550 5.1.1 <a@b>... User unknown`,
/// `<<< 550 …`, `RCPT To:<a@b>`.
static TRANSCRIPT: LazyLock<Regex> = LazyLock::new(|| {
    regex(r"(?i)^\s*(?:<<<\s*|>>>\s*)?(?:[45]\d\d[ -](?:#?[45]\.\d{1,3}\.\d{1,3}\s*)?|rcpt to:\s*)")
});

/// "… (expanded from <a@b>)", "(generated from a@b)": the address rsvpd sent to.
static EXPANDED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r"(?i)(?:expanded from|generated from|forwarded from|original recipient)[:\s]*<?([^\s<>()@]+@[^\s<>()]+?)>?[\s).,;:]",
    )
});

/// A bare local part alone on a line (AOL lists screen names).
static BARE_LOCAL: LazyLock<Regex> =
    LazyLock::new(|| regex(r#"^\s*[<"']?([A-Za-z][A-Za-z0-9._-]{1,63})[>"']?\s*$"#));

/// Local parts that name a mail system, never a family.
pub fn is_system_address(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or_default();
    let local = local.split('+').next().unwrap_or_default();
    matches!(
        local,
        "postmaster"
            | "mailer-daemon"
            | "mailer_daemon"
            | "mail-daemon"
            | "maildaemon"
            | "abuse"
            | "noreply"
            | "no-reply"
            | "donotreply"
            | "do-not-reply"
            | "hostmaster"
            | "root"
            | "bounce"
            | "bounces"
    ) || local.starts_with("microsoftexchange")
        || local.starts_with("imceaex")
}

/// The notice without the returned original that may follow it inline,
/// and that original (headers first) if there is one.
pub fn split_returned(text: &str) -> (&str, &str) {
    match RETURNED.find(text) {
        // A copy cannot begin on the first line: that is the notice itself.
        Some(m) if m.start() > 0 => (&text[..m.start()], &text[m.start()..]),
        _ => (text, ""),
    }
}

/// Addresses of the `To:` and `Cc:` lines in the first lines of a returned
/// original (its headers).
pub fn header_recipients(original: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut in_recipients = false;
    for line in original.lines().take(120) {
        let lower = line.trim_start().to_ascii_lowercase();
        if line.starts_with([' ', '\t']) && in_recipients {
            // folded continuation of To/Cc
        } else {
            in_recipients = lower.starts_with("to:") || lower.starts_with("cc:");
            if !in_recipients {
                continue;
            }
        }
        for m in ADDRESS.find_iter(line) {
            push(&mut out, &m.as_str().to_ascii_lowercase());
        }
    }
    out
}

/// Addresses of the `From:`, `Reply-To:`, `Sender:` and `Return-Path:`
/// lines in the first lines of a returned original.
pub fn header_senders(original: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for line in original.lines().take(120) {
        let lower = line.trim_start().to_ascii_lowercase();
        if ["from:", "reply-to:", "sender:", "return-path:"]
            .iter()
            .any(|h| lower.starts_with(h))
        {
            for m in ADDRESS.find_iter(line) {
                push(&mut out, &m.as_str().to_ascii_lowercase());
            }
        }
    }
    out
}

fn push(out: &mut Vec<String>, address: &str) {
    if !out.iter().any(|a| a == address) {
        out.push(address.to_string());
    }
}

/// Everything the notice says failed, strongest forms only.
pub fn named(notice: &str, sender_domain: &str, excluded: &dyn Fn(&str) -> bool) -> Vec<Named> {
    let lines: Vec<&str> = notice.lines().take(MAX_LINES).collect();
    let mut found: Vec<Named> = Vec::new();
    let mut section_left = 0usize;
    let add = |found: &mut Vec<Named>, address: String, reason: Option<String>, strength| {
        if excluded(&address) || is_system_address(&address) {
            return;
        }
        match found.iter_mut().find(|n| n.address == address) {
            Some(n) => {
                if strength > n.strength {
                    n.strength = strength;
                }
                if n.reason.is_none() {
                    n.reason = reason;
                }
            }
            None => found.push(Named {
                address,
                reason,
                strength,
            }),
        }
    };
    for (i, line) in lines.iter().enumerate() {
        if LIST_INTRO.is_match(line) {
            section_left = 25;
            // "Your message to a@b couldn't be delivered": the intro names it.
            if let Some(m) = ADDRESS.find(line) {
                let address = m.as_str().to_ascii_lowercase();
                let rest = &line[m.end()..];
                let reason = reason_after(rest, &lines[i + 1..]);
                add(&mut found, address, reason, 3);
            }
            continue;
        }
        if section_left > 0 {
            section_left -= 1;
            if LIST_END.is_match(line) {
                section_left = 0;
            }
        }
        let in_section = section_left > 0;
        // "(expanded from <a@b>)": the address rsvpd sent to, first.
        if let Some(c) = EXPANDED_FROM.captures(&format!("{line} "))
            && let Some(m) = c.get(1).and_then(|m| ADDRESS.find(m.as_str()))
        {
            add(&mut found, m.as_str().to_ascii_lowercase(), None, 3);
        }
        let Some(first) = ADDRESS.find(line) else {
            if in_section
                && !sender_domain.is_empty()
                && let Some(c) = BARE_LOCAL.captures(line)
            {
                let local = c[1].to_ascii_lowercase();
                add(&mut found, format!("{local}@{sender_domain}"), None, 1);
            }
            continue;
        };
        let address = first.as_str().to_ascii_lowercase();
        let before = &line[..first.start()];
        let rest = &line[first.end()..];
        let led = before
            .trim()
            .trim_start_matches(['-', '*', '•', '>', '|'])
            .trim()
            .trim_end_matches(['<', '"', '\'', '[', '('])
            .is_empty();
        let lower_before = before.to_ascii_lowercase();
        let header_like = [
            "from:",
            "sender:",
            "reply-to:",
            "return-path:",
            "sent:",
            "date:",
        ]
        .iter()
        .any(|h| lower_before.trim_start().starts_with(h));
        if header_like {
            continue;
        }
        if led || TRANSCRIPT.is_match(line) {
            let strength = if led || before.trim().len() < 30 {
                3
            } else {
                2
            };
            let reason = reason_after(rest, &lines[i + 1..]);
            add(&mut found, address, reason, strength);
        } else if in_section {
            // "'a@b' on 1/1/2004", "Name <a@b>", "Recipient: a@b".
            add(&mut found, address, reason_after(rest, &lines[i + 1..]), 3);
        } else if KEYED.is_match(line) {
            let lower = line.trim_start().to_ascii_lowercase();
            add(&mut found, address, reason_after(rest, &lines[i + 1..]), 2);
            let _ = lower;
        } else if LINE_CUE.is_match(line) {
            add(&mut found, address, Some(clip_reason(line.trim())), 2);
        } else if line.trim_start().to_ascii_lowercase().starts_with("to:") {
            add(&mut found, address, None, 1);
        }
    }
    let best = found.iter().map(|n| n.strength).max().unwrap_or(0);
    found.retain(|n| n.strength == best);
    found
}

/// The server's words after an address: the rest of its line, else the
/// lines under it up to a blank line or the next address.
fn reason_after(rest: &str, next: &[&str]) -> Option<String> {
    let rest = rest
        .trim()
        .trim_start_matches(['>', '"', '\'', ']', ')', ':', ';', ',', '.', '-'])
        .trim();
    let mut words: Vec<String> = Vec::new();
    // "a@b on 1/1/2004 10:00": a date, not a reason.
    let date_only = rest.to_ascii_lowercase().starts_with("on ") && rest.len() < 45;
    if !rest.is_empty() && !date_only {
        words.push(rest.to_string());
    }
    for line in next.iter().take(4) {
        let t = line.trim();
        if t.is_empty() {
            if words.is_empty() {
                continue;
            }
            break;
        }
        let led_by_address = ADDRESS
            .find(t)
            .is_some_and(|m| t[..m.start()].trim_matches(['<', '"', '\'']).is_empty());
        if led_by_address || LIST_INTRO.is_match(t) || LIST_END.is_match(t) || RETURNED.is_match(t)
        {
            break;
        }
        words.push(t.to_string());
    }
    let text = words.join(" ");
    (!text.trim().is_empty()).then(|| clip_reason(&text))
}
