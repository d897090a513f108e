//! Thread identifiers of a reply: the Message-IDs it answers, so the shell
//! can match it to an invitation.
//!
//! Must never decide which invitation matches (that needs the store).

use super::parse::Parsed;

/// Message-IDs kept from one message.
pub const MAX_THREAD_IDS: usize = 50;

/// Message-IDs from `In-Reply-To` then `References`, without angle
/// brackets, each once, in order; a bounce's returned original last.
pub fn thread_ids(p: &Parsed) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let all = p
        .in_reply_to
        .iter()
        .chain(p.references.iter())
        .chain(p.original_message_id.iter());
    for id in all {
        for one in id.split_whitespace() {
            let one = one
                .trim()
                .trim_start_matches('<')
                .trim_end_matches('>')
                .trim();
            if !one.is_empty() && one.len() <= 998 && !out.iter().any(|o| o == one) {
                out.push(one.to_string());
            }
            if out.len() >= MAX_THREAD_IDS {
                return out;
            }
        }
    }
    out
}
