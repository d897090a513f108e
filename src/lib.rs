//! rsvpd: invite a whole class by email and understand the parents' replies.
//!
//! The crate is a functional core inside an imperative shell (see
//! `ARCHITECTURE.md`). Pure modules decide; I/O modules move bytes.

// Pure core: no tokio, no sockets, no SQLite, no wall clock.
pub mod compose;
pub mod config;
pub mod diagnostic;
pub mod digest;
pub mod matching;
pub mod model;
pub mod reply;
pub mod roster;
pub mod service;
pub mod workflow;

// Imperative shell: files, database, mail servers, clock.
pub mod cli;
pub mod clock;
pub mod daemon;
pub mod delivery;
pub mod host;
pub mod mail;
pub mod store;
