//! The host's view of an event: the daily digest model, when a digest is
//! due, which families get a reminder, and the host's commands by email.
//!
//! Pure: takes plain values the shell read from the store and the clock
//! (`now` is always an argument) and returns values. Never imports `store`,
//! `mail`, `clock`, tokio or SQLite; rendering is done by `compose`.

pub mod command;
mod model;
pub mod remind;
pub mod sample;
pub mod schedule;

pub use model::{
    AnswerInput, Attention, AttentionInput, AttentionReason, Change, Counts, DayCount,
    DeliveryProblem, Digest, Disagreement, FamilyInput, HeadCount, Input, Invitation, Note,
    NoteTag, Options, Segment, Snapshot, SnapshotEntry, Standing, Unreachable, Waiting, build,
    family_label,
};
