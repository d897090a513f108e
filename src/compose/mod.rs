//! Render what rsvpd sends: invitations, updates, calendar parts, tokens.
//!
//! Pure: takes plain values, returns message bytes; never touches I/O.
