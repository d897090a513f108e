//! Hosting parties by email for many hosts: what the service decides.
//!
//! Pure: the host's mail arrives as bytes and values (`now`, the limits,
//! the addresses that opted out) and leaves as values — a form, a preview,
//! commands, refusals. Never touches the store, the clock, the random
//! source or the network; the shell (`daemon::service`) does.

pub mod command;
pub mod date;
pub mod form;
pub mod letter;
pub mod message;
pub mod preview;
pub mod roster;
pub mod rules;
