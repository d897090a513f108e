//! One integration-test binary (fast to build); one module per area.

mod bounce_fixtures;
mod bounce_postfix;
mod compose;
mod daemon_imap;
mod daemon_local;
mod doctor;
mod foundation;
mod host_local;
mod mail_smoke;
mod receive;
mod reply_corpus;
mod send_local;
mod send_smtp;
mod service_imap;
mod service_local;
mod support;
mod tidy;
mod workers;
