//! Understand one inbound message: bytes in, decision out.
//!
//! Pure: never imports `mail`, `store`, `clock` or tokio, and never fails on
//! input from strangers (an unreadable reply is `unclear`, not an error).

use serde::Serialize;

/// What kind of mail this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Human,
    AutoReply,
    Bounce,
}

pub use crate::model::Answer;

/// The decision about one message; serialises to the `classify --json` contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Understanding {
    pub kind: Kind,
    pub answer: Option<Answer>,
    pub guests: Option<u32>,
    pub confidence: f32,
    pub note: Option<String>,
    pub evidence: Vec<String>,
    pub bounced: Vec<String>,
    pub in_reply_to: Vec<String>,
}

/// Understand a raw message. `sent` holds the texts rsvpd sent this family
/// (invitation, reminders, confirmations), whose lines count as quoted.
pub fn understand(_raw: &[u8], _sent: &[String]) -> Understanding {
    Understanding {
        kind: Kind::Human,
        answer: Some(Answer::Unclear),
        guests: None,
        confidence: 0.0,
        note: None,
        evidence: vec![],
        bounced: vec![],
        in_reply_to: vec![],
    }
}
