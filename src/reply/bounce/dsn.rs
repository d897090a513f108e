//! RFC 3464 delivery-status reports: one block of per-message fields, then
//! one block per recipient with `Final-Recipient`, `Action`, `Status` and
//! the remote server's `Diagnostic-Code`.
//!
//! Pure. A field it cannot read is skipped; a block without an address
//! names no recipient.

use super::{ADDRESS, Failure, clip_reason};

/// Blocks read from one report; real ones have a handful.
const MAX_BLOCKS: usize = 100;

/// The recipients a delivery-status body reports on, failed or delayed.
/// Relayed, delivered and expanded recipients are not failures.
pub fn failures(ds: &str) -> Vec<Failure> {
    let text = ds.replace("\r\n", "\n");
    let mut out = Vec::new();
    for block in text.split("\n\n").take(MAX_BLOCKS) {
        let fields = unfold(block);
        let mut addresses: Vec<String> = Vec::new();
        let mut bare: Option<String> = None;
        let mut action = String::new();
        let mut status = String::new();
        let mut diagnostic = String::new();
        // The address rsvpd sent to (Original-Recipient) first, then where
        // the report says it failed; an alias may have rewritten it.
        for wanted in [
            "original-recipient",
            "final-recipient",
            "x-actual-recipient",
        ] {
            for (name, value) in &fields {
                if name != wanted {
                    continue;
                }
                let value = value.rsplit_once(';').map_or(value.as_str(), |(_, v)| v);
                match ADDRESS.find(value) {
                    Some(m) => {
                        let a = m.as_str().to_ascii_lowercase();
                        if !addresses.contains(&a) {
                            addresses.push(a);
                        }
                    }
                    None => {
                        let local = value.trim().trim_matches(['<', '>', '"']).trim();
                        if !local.is_empty() && !local.contains(char::is_whitespace) {
                            bare.get_or_insert_with(|| local.to_ascii_lowercase());
                        }
                    }
                }
            }
        }
        for (name, value) in &fields {
            match name.as_str() {
                "action" => action = value.trim().to_ascii_lowercase(),
                "status" => status = value.trim().to_string(),
                "diagnostic-code" => {
                    let v = value.trim();
                    // "smtp; 550 ..." — drop the short type name.
                    let v = match v.split_once(';') {
                        Some((kind, rest)) if kind.len() <= 12 && !kind.contains(' ') => rest,
                        _ => v,
                    };
                    diagnostic = v.trim().to_string();
                }
                _ => {}
            }
        }
        // A recipient's block stripped of its address still has its action,
        // status and the server's words.
        if addresses.is_empty() && bare.is_none() && action.is_empty() && status.is_empty() {
            continue;
        }
        let temporary = if action.starts_with("failed") {
            false
        } else if action.starts_with("delayed") {
            true
        } else if action.is_empty() {
            status.starts_with('4')
        } else {
            // delivered, relayed, expanded: not a failure
            continue;
        };
        let reason = if !diagnostic.is_empty() {
            Some(clip_reason(&diagnostic))
        } else if !status.is_empty() {
            Some(format!(
                "status {}",
                status.split_whitespace().next().unwrap_or("")
            ))
        } else {
            None
        };
        out.push(Failure {
            addresses,
            local_part: bare,
            reason,
            temporary,
        });
    }
    out
}

/// `Name: value` fields of one block, names lowercased, folded lines joined.
fn unfold(block: &str) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = Vec::new();
    for line in block.lines().take(200) {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = fields.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
            continue;
        }
        if let Some((name, value)) = line.split_once(':') {
            let name = name.trim();
            if !name.is_empty() && !name.contains(' ') {
                fields.push((name.to_ascii_lowercase(), value.trim().to_string()));
            }
        }
    }
    fields
}

/// Whether text carries the per-recipient fields of a report (a report
/// forwarded inline, or pasted into a plain message).
pub fn looks_like_report(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    lower.contains("final-recipient:") || lower.contains("original-recipient:")
}
