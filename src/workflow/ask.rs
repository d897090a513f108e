//! When rsvpd is unsure of a reply, it asks the parent one short question
//! in the confirmation instead of only putting the reply before the host.
//!
//! Pure: what the reply engine understood in, at most one question out.
//! The parent's next reply that is read with confidence settles it.

use crate::model::Answer;
use crate::reply::{ChildAnswer, Kind, needs_review};

/// The one question a confirmation asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Question {
    /// Is the child (are the children) coming? Answered yes or no.
    Coming(Vec<String>),
    /// How many people are coming, children and adults?
    HowMany,
    /// Which of the family's children are coming?
    Which(Vec<String>),
}

impl Question {
    /// The stored name of the question.
    pub fn as_str(&self) -> &'static str {
        match self {
            Question::Coming(_) => "coming",
            Question::HowMany => "how_many",
            Question::Which(_) => "which",
        }
    }

    /// The children it names (first names as the roster has them).
    pub fn children(&self) -> &[String] {
        match self {
            Question::Coming(c) | Question::Which(c) => c,
            Question::HowMany => &[],
        }
    }
}

/// What the decision needs to know about one reply and its family.
#[derive(Debug, Clone, Copy)]
pub struct AskFacts<'a> {
    pub kind: Kind,
    pub answer: Answer,
    pub confidence: f32,
    /// Everyone coming, when the reply stated it.
    pub guests: Option<u32>,
    /// Per-child answers the reply gave.
    pub named: &'a [ChildAnswer],
    /// The family's children as the roster names them.
    pub roster_children: &'a [String],
    /// The reply only thanks after an earlier answer.
    pub thanks_after_answer: bool,
    /// The family answered clearly before this reply.
    pub answered_before: bool,
    /// The reply asks the host something: the host answers it, not a yes or no.
    pub asks_host: bool,
    /// The family already has a question open.
    pub question_open: bool,
    /// A confirmation is going out (confirmations on, within their rate limit).
    pub confirming: bool,
}

/// The question to ask, if any: only for a human reply the host would
/// otherwise have to read, only in a confirmation that goes out, and at
/// most one open question per family.
pub fn question(f: &AskFacts<'_>) -> Option<Question> {
    if f.kind != Kind::Human
        || !f.confirming
        || f.question_open
        || f.thanks_after_answer
        || f.asks_host
        // An unclear word after a clear answer leaves that answer standing.
        || (f.answered_before && f.answer == Answer::Unclear)
        || !needs_review(f.answer, f.confidence)
    {
        return None;
    }
    let unsure_children = f
        .named
        .iter()
        .any(|c| matches!(c.answer, Answer::Unclear | Answer::Maybe));
    if f.roster_children.len() > 1 && unsure_children {
        return Some(Question::Which(f.roster_children.to_vec()));
    }
    let children = if f.named.is_empty() {
        f.roster_children.to_vec()
    } else {
        f.named.iter().map(|c| c.name.clone()).collect()
    };
    // A yes whose head-count is fewer than the children named: who counts?
    let few = f
        .guests
        .is_some_and(|g| usize::try_from(g).is_ok_and(|g| g < children.len()));
    if f.answer == Answer::Yes && few {
        return Some(Question::HowMany);
    }
    Some(Question::Coming(children))
}

/// Does this reply settle an open question: read with confidence, or a
/// plain yes or no (which answers "is Ella coming?").
pub fn settles(kind: Kind, answer: Answer, confidence: f32) -> bool {
    kind == Kind::Human && answer != Answer::Unclear && !needs_review(answer, confidence)
}

#[cfg(test)]
mod tests;
