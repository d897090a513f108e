use super::*;
use crate::reply::{Kind, understand};

fn message(headers: &str, body: &str) -> Vec<u8> {
    format!(
        "{headers}Date: Mon, 16 Nov 2026 09:13:02 +0000\r\nMessage-ID: <t@x.example>\r\n\r\n{body}"
    )
    .into_bytes()
}

#[test]
fn a_delay_warning_names_the_address_as_delayed_not_failed() {
    let raw = message(
        "From: MAILER-DAEMON@mx.example\r\nTo: dana@example.org\r\nSubject: Delayed Mail (still being retried)\r\n",
        "This is a warning only. You do not need to resend your message.\r\n\r\n<pia@slow.example>: connect to mx.slow.example: Connection timed out\r\n",
    );
    let u = understand(&raw, &[]);
    assert_eq!(u.kind, Kind::Bounce);
    assert!(u.bounced.is_empty(), "{:?}", u.bounced);
    assert_eq!(u.delayed, ["pia@slow.example"]);
    assert!(u.bounce.is_some_and(|b| b.temporary));
}

#[test]
fn an_out_of_office_that_is_only_unmonitored_is_not_a_gone_address() {
    let raw = message(
        "From: Ana <ana@example.com>\r\nTo: dana@example.org\r\nSubject: Out of office\r\nAuto-Submitted: auto-replied\r\n",
        "I am out of the office until Monday and this mailbox is not monitored.\r\n",
    );
    let u = understand(&raw, &[]);
    assert_eq!(u.kind, Kind::AutoReply);
    assert!(u.bounced.is_empty());
}

#[test]
fn an_auto_reply_saying_the_address_is_closed_names_its_sender() {
    let raw = message(
        "From: Ana <ana@example.com>\r\nTo: dana@example.org\r\nSubject: Automatic reply\r\nAuto-Submitted: auto-replied\r\n",
        "Hello. This account has been closed. Please use ana@new.example.\r\n",
    );
    let u = understand(&raw, &[]);
    assert_eq!(u.kind, Kind::AutoReply);
    assert_eq!(u.bounced, ["ana@example.com"]);
    assert_eq!(
        u.bounce.and_then(|b| b.reason).as_deref(),
        Some("This account has been closed.")
    );
}

#[test]
fn tokens_are_found_in_returned_message_ids_anywhere() {
    let raw =
        b"x\r\nIn a quoted line: Message-ID: <rsvp.k7wq3xrpmv2ahd5ye6tcnbf4ju.inv@example.org>\r\n";
    assert_eq!(tokens_in(raw), ["k7wq3xrpmv2ahd5ye6tcnbf4ju"]);
    assert!(tokens_in(b"<rsvp.short.inv@example.org>").is_empty());
}

#[test]
fn a_human_reply_mentioning_delivery_is_not_a_bounce() {
    let raw = message(
        "From: Ana <ana@example.com>\r\nTo: dana@example.org\r\nSubject: Re: Invitation\r\n",
        "Yes we'll come! Sorry, your first mail could not be delivered to my old address, so I'm writing from this one.\r\n",
    );
    assert_eq!(understand(&raw, &[]).kind, Kind::Human);
}

#[test]
fn a_report_stripped_of_addresses_keeps_the_servers_words_and_names_nobody() {
    let raw = message(
        "From: MAILER-DAEMON@mx.example\r\nTo: dana@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\nAuto-Submitted: auto-replied\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\r\n",
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered to one or more recipients.\r\n\r\n--B\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example\r\n\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 User doesn't\r\n    exist\r\n\r\n--B\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <rsvp.tl6z7kktxntd7npryp744d6qle.inv@example.org>\r\nTo: Al <al@example.com>, Ali <ali@example.com>\r\n\r\n--B--\r\n",
    );
    let u = understand(&raw, &[]);
    assert_eq!(u.kind, Kind::Bounce);
    // Two recipients in the returned original: which one failed is unknown.
    assert!(u.bounced.is_empty(), "{:?}", u.bounced);
    let b = u.bounce.expect("bounce");
    assert!(!b.temporary);
    assert_eq!(b.reason.as_deref(), Some("550 5.1.1 User doesn't exist"));
    assert_eq!(b.tokens, ["tl6z7kktxntd7npryp744d6qle"]);
}
