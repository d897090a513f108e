//! Reply tokens and the identifiers that carry them: the per-family reply
//! address and the Message-IDs of what rsvpd sends.
//!
//! A token is 128 random bits in lowercase RFC 4648 base32 without padding
//! (26 characters). Lowercase because some servers lowercase local parts.
//! The random bytes are passed in: this module never reads a random source.

use crate::model::EmailAddress;

use super::ComposeError;

/// Number of characters of an encoded token: 128 bits in 5-bit groups.
pub const TOKEN_LEN: usize = 26;

/// The placeholder a reply-address pattern must contain exactly once.
pub const TOKEN_PLACEHOLDER: &str = "{token}";

const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";

/// Encode 128 random bits as a token: lowercase base32, no padding.
pub fn encode_token(bytes: [u8; 16]) -> String {
    let mut out = String::with_capacity(TOKEN_LEN);
    let mut buffer: u32 = 0;
    let mut n_bits = 0;
    for byte in bytes {
        buffer = (buffer << 8) | u32::from(byte);
        n_bits += 8;
        while n_bits >= 5 {
            n_bits -= 5;
            out.push(char::from(ALPHABET[((buffer >> n_bits) & 31) as usize]));
        }
    }
    if n_bits > 0 {
        out.push(char::from(
            ALPHABET[((buffer << (5 - n_bits)) & 31) as usize],
        ));
    }
    out
}

/// The 16 bytes behind a token, or `None` when `s` is not a canonical token
/// (lowercase only; uppercase input should be lowercased by the caller).
pub fn decode_token(s: &str) -> Option<[u8; 16]> {
    if s.len() != TOKEN_LEN {
        return None;
    }
    let mut out = [0u8; 16];
    let mut buffer: u32 = 0;
    let mut n_bits = 0;
    let mut index = 0;
    for (position, c) in s.bytes().enumerate() {
        let value = ALPHABET.iter().position(|&a| a == c)? as u32;
        if position == TOKEN_LEN - 1 {
            // the last character carries 3 bits and 2 zero pad bits
            if value & 0b11 != 0 {
                return None;
            }
            buffer = (buffer << 3) | (value >> 2);
            n_bits += 3;
        } else {
            buffer = (buffer << 5) | value;
            n_bits += 5;
        }
        if n_bits >= 8 {
            n_bits -= 8;
            *out.get_mut(index)? = ((buffer >> n_bits) & 0xff) as u8;
            index += 1;
        }
    }
    (index == 16).then_some(out)
}

/// Whether `s` is a canonical token (26 lowercase base32 characters).
pub fn is_token(s: &str) -> bool {
    decode_token(s).is_some()
}

/// Check a reply-address pattern such as `dana+rsvp-{token}@example.org`:
/// `{token}` exactly once, in the local part, and the result a valid address.
pub fn check_reply_pattern(pattern: &str) -> Result<(), ComposeError> {
    let bad = |reason: &str| ComposeError::ReplyPattern {
        pattern: pattern.to_owned(),
        reason: reason.to_owned(),
    };
    if pattern.matches(TOKEN_PLACEHOLDER).count() != 1 {
        return Err(bad("must contain {token} exactly once"));
    }
    let (local, _) = pattern
        .rsplit_once('@')
        .ok_or_else(|| bad("must be an address local@domain"))?;
    if !local.contains(TOKEN_PLACEHOLDER) {
        return Err(bad("{token} must be in the part before @"));
    }
    let example = pattern.replace(TOKEN_PLACEHOLDER, &encode_token([0; 16]));
    if EmailAddress::parse(&example).is_none() || example.trim() != example {
        return Err(bad("does not give a valid address"));
    }
    Ok(())
}

/// The reply address for one family: `pattern` with `{token}` replaced.
pub fn reply_address(pattern: &str, token: &str) -> Result<EmailAddress, ComposeError> {
    check_reply_pattern(pattern)?;
    if !is_token(token) {
        return Err(ComposeError::InvalidToken);
    }
    EmailAddress::parse(&pattern.replace(TOKEN_PLACEHOLDER, token)).ok_or_else(|| {
        ComposeError::ReplyPattern {
            pattern: pattern.to_owned(),
            reason: "does not give a valid address".to_owned(),
        }
    })
}

/// The token in `address` when it matches `pattern`, compared without regard
/// to case (servers may lowercase or, rarely, uppercase the local part).
pub fn token_from_address(pattern: &str, address: &str) -> Option<String> {
    let middle = placeholder_part(pattern, address)?;
    is_token(&middle).then_some(middle)
}

/// What stands in `address` where `pattern` has its placeholder, lowercased.
fn placeholder_part(pattern: &str, address: &str) -> Option<String> {
    let (prefix, suffix) = pattern.split_once(TOKEN_PLACEHOLDER)?;
    let address = address.trim().trim_start_matches('<').trim_end_matches('>');
    let address = address.to_ascii_lowercase();
    let middle = address
        .strip_prefix(&prefix.to_ascii_lowercase())?
        .strip_suffix(&suffix.to_ascii_lowercase())?;
    Some(middle.to_owned())
}

/// Characters of a contact's tag in a VERP envelope sender.
pub const TAG_LEN: usize = 4;

/// A short tag naming one address: 20 bits of its SHA-256, base32. Enough
/// to tell a family's two or three contacts apart, never to reveal one.
pub fn contact_tag(address: &str) -> String {
    let digest = ring::digest::digest(
        &ring::digest::SHA256,
        address.trim().to_ascii_lowercase().as_bytes(),
    );
    let digest = digest.as_ref();
    let bits = (u32::from(digest[0]) << 16) | (u32::from(digest[1]) << 8) | u32::from(digest[2]);
    (0..TAG_LEN)
        .map(|i| char::from(ALPHABET[((bits >> (19 - 5 * i as u32)) & 31) as usize]))
        .collect()
}

/// The envelope sender for one delivery (VERP): the family's reply address
/// with the recipient's tag after the token (`dana+rsvp-TOKEN-TAG@…`), so
/// that a bounce names the invitation and the contact even when its report
/// names nobody.
pub fn verp_address(pattern: &str, token: &str, recipient: &str) -> Option<String> {
    if !is_token(token) || !pattern.contains(TOKEN_PLACEHOLDER) {
        return None;
    }
    let tagged = format!("{token}-{}", contact_tag(recipient));
    Some(pattern.replacen(TOKEN_PLACEHOLDER, &tagged, 1))
}

/// The token and contact tag of a VERP envelope sender made by
/// [`verp_address`], in any case.
pub fn verp_from_address(pattern: &str, address: &str) -> Option<(String, String)> {
    let middle = placeholder_part(pattern, address)?;
    let (token, tag) = middle.split_once('-')?;
    (is_token(token) && tag.len() == TAG_LEN && tag.bytes().all(|b| ALPHABET.contains(&b)))
        .then(|| (token.to_owned(), tag.to_owned()))
}

/// Which message of a family's thread a Message-ID names. Each kind and
/// sequence number gives a distinct Message-ID for the same token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum MessageKind {
    Invitation,
    /// The n-th update (calendar SEQUENCE n).
    Update(u32),
    /// A cancellation at calendar SEQUENCE n.
    Cancel(u32),
    /// The n-th reminder.
    Reminder(u32),
    /// A confirmation of what a reply said; `n` derives from the reply's
    /// Message-ID, so the same reply never gets two confirmations.
    Confirmation(u32),
    /// The host's daily digest (its token is the digest's own).
    Digest,
}

impl MessageKind {
    fn label(self) -> String {
        match self {
            MessageKind::Invitation => "inv".to_owned(),
            MessageKind::Update(n) => format!("upd{n}"),
            MessageKind::Cancel(n) => format!("cxl{n}"),
            MessageKind::Reminder(n) => format!("rem{n}"),
            MessageKind::Confirmation(n) => format!("ack{n:08x}"),
            MessageKind::Digest => "dig".to_owned(),
        }
    }
}

/// The Message-ID (with angle brackets) of one message to a family:
/// `<rsvp.{token}.{kind}@{domain}>`.
pub fn message_id(token: &str, kind: MessageKind, domain: &str) -> Result<String, ComposeError> {
    if !is_token(token) {
        return Err(ComposeError::InvalidToken);
    }
    let domain_ok = !domain.is_empty()
        && domain
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.');
    if !domain_ok {
        return Err(ComposeError::InvalidMessageId(domain.to_owned()));
    }
    Ok(format!(
        "<rsvp.{token}.{}@{}>",
        kind.label(),
        domain.to_ascii_lowercase()
    ))
}

/// The token carried by one Message-ID made by [`message_id`], with or
/// without angle brackets, in any case.
pub fn parse_message_id_token(id: &str) -> Option<String> {
    let id = id.trim();
    let id = id.strip_prefix('<').unwrap_or(id);
    let id = id.strip_suffix('>').unwrap_or(id);
    let (local, _domain) = id.rsplit_once('@')?;
    let rest = local.get(..5)?;
    if !rest.eq_ignore_ascii_case("rsvp.") {
        return None;
    }
    let (token, _kind) = local.get(5..)?.split_once('.')?;
    let token = token.to_ascii_lowercase();
    is_token(&token).then_some(token)
}

/// The first token found among the Message-IDs of a header value such as
/// `References: <a@x> <rsvp.…@y>` or `In-Reply-To`.
pub fn find_token_in_message_ids(header_value: &str) -> Option<String> {
    header_value
        .split(|c: char| c == '<' || c == '>' || c == ',' || c.is_whitespace())
        .filter(|piece| !piece.is_empty())
        .find_map(parse_message_id_token)
}

#[cfg(test)]
mod tests;
