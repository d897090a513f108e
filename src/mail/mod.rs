//! Mail transports: local folders (outbox `.eml`, inbox Maildir), SMTP, IMAP.
//!
//! I/O only: what to send and what a message means is decided elsewhere.

pub mod endpoint;
pub mod imap;
pub mod local;
pub mod smtp;
pub mod tls;
