//! Render what rsvpd sends: invitations, updates, cancellations and
//! reminders (text, HTML and calendar parts), the host's digest and
//! confirmations, reply tokens, reply addresses and Message-IDs.
//!
//! Pure: takes plain values (the time, the random token, template sources)
//! and returns message bytes. Never touches files, sockets, the database, the
//! clock or a random source. Each message is built from one family's data
//! only, so no other family's address can appear in it.

pub mod confirm;
pub mod digest;
pub mod ics;
mod locale;
pub mod message;
pub mod template;
pub mod token;

pub use confirm::{
    Confirmation, ConfirmationInput, confirmation, confirmation_number, confirmation_text,
};
pub use digest::{confirmation as host_confirmation, digest};
pub use ics::{Method, event_uid, local_to_utc};
pub use message::{
    Composed, FollowUpInput, HostMessageInput, InvitationInput, ReminderInput, cancel, invitation,
    letter, reminder, update,
};
pub use template::{TemplateError, TemplateErrors, TemplateKind, TemplateSet};
pub use token::{
    MessageKind, check_reply_pattern, contact_tag, decode_token, encode_token,
    find_token_in_message_ids, is_token, message_id, parse_message_id_token, reply_address,
    token_from_address, verp_address, verp_from_address,
};

/// Why a message could not be composed. Every case is about configuration or
/// the caller's values, never about a stranger's input.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ComposeError {
    #[error("reply address pattern {pattern:?} {reason}")]
    ReplyPattern { pattern: String, reason: String },
    #[error("not a reply token (26 lowercase base32 characters)")]
    InvalidToken,
    #[error("invalid message id or domain {0:?}")]
    InvalidMessageId(String),
    #[error("address {0:?} cannot be used in a message header")]
    InvalidAddress(String),
    #[error("family {0:?} has no contact to write to")]
    NoContacts(String),
    #[error("rendering template {0}")]
    Template(template::TemplateError),
    #[error("building the message: {0}")]
    Build(String),
}
