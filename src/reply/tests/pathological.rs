//! Hostile and broken input: each returns a value, never panics.

use crate::reply::{Answer, Kind, understand};

fn nested_mime(levels: usize) -> Vec<u8> {
    let mut s = String::from("From: a@example.com\r\nSubject: deep\r\n");
    for i in 0..levels {
        s.push_str(&format!(
            "Content-Type: multipart/mixed; boundary=\"b{i}\"\r\n\r\n--b{i}\r\n"
        ));
    }
    s.push_str("Content-Type: text/plain\r\n\r\nyes\r\n");
    for i in (0..levels).rev() {
        s.push_str(&format!("--b{i}--\r\n"));
    }
    s.into_bytes()
}

#[test]
fn thousand_level_nested_mime_is_unreadable_not_a_crash() {
    let u = understand(&nested_mime(1000), &[]);
    assert_eq!(u.answer, Some(Answer::Unclear));
    assert!(
        u.evidence.iter().any(|e| e.contains("unreadable")),
        "{:?}",
        u.evidence
    );
    // Within the limit the text is read.
    let u = understand(&nested_mime(20), &[]);
    assert_eq!(u.answer, Some(Answer::Yes), "{:?}", u.evidence);
}

#[test]
fn ten_megabyte_body_is_truncated() {
    let mut raw = b"From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/plain\r\n\r\nYes we'll come!\r\n".to_vec();
    raw.extend(
        std::iter::repeat_n(
            b"lorem ipsum dolor sit amet\r\n".as_slice(),
            10 * 1024 * 1024 / 28,
        )
        .flatten(),
    );
    let u = understand(&raw, &[]);
    assert_eq!(u.answer, Some(Answer::Yes));
    assert!(
        u.evidence.iter().any(|e| e.contains("truncated")),
        "{:?}",
        u.evidence
    );
}

#[test]
fn hundred_thousand_quoted_lines() {
    let mut raw = b"From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/plain\r\n\r\nNo sorry\r\n".to_vec();
    for _ in 0..100_000 {
        raw.extend_from_slice(b"> yes yes yes\r\n");
    }
    let u = understand(&raw, &[]);
    assert_eq!(u.answer, Some(Answer::No));
}

#[test]
fn invalid_charsets_and_bytes() {
    let raw = b"From: a@example.com\r\nSubject: =?x-unknown?Q?=FF=FE?=\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nyes \xff\xfe\xfd\r\n";
    let u = understand(raw, &[]);
    assert_eq!(u.kind, Kind::Human);
    let raw = b"\xff\xfe\x00\x01garbage\x00\x00";
    let _ = understand(raw, &[]);
    let _ = understand(b"", &[]);
}

#[test]
fn truncated_messages() {
    let full = b"From: a@example.com\r\nSubject: Re: party\r\nContent-Type: multipart/alternative; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\nWWVzLCB3ZSdsbCBjb21lIQ==\r\n--zz\r\nContent-Type: text/html\r\n\r\n<div>Yes, we'll come!</div>\r\n--zz--\r\n";
    for cut in 0..full.len() {
        let _ = understand(&full[..cut], &[]);
    }
}

#[test]
fn long_lines_and_many_clauses() {
    let body = "yes, no, maybe, ".repeat(50_000);
    let raw = format!("From: a@example.com\r\nSubject: x\r\n\r\n{body}\r\n");
    let _ = understand(raw.as_bytes(), &[]);
    let huge_html = format!(
        "From: a@example.com\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n{}",
        "<div><blockquote>".repeat(20_000)
    );
    let _ = understand(huge_html.as_bytes(), &[]);
}

/// A small deterministic mutation run (the `fuzz/` target does this at
/// scale): flipped, dropped and duplicated bytes in realistic messages.
#[test]
fn mutated_messages_never_panic() {
    let seeds: Vec<Vec<u8>> = vec![
        b"From: a@example.com\r\nSubject: Re: party - yes, 2 of us\r\nIn-Reply-To: <x@y>\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nYes! Lu=C3=ADs and I will come =F0=9F=8E=89\r\n\r\nOn Sat, 3 May 2025, Host <h@example.org> wrote:\r\n> Please reply yes, no or maybe.\r\n--b\r\nContent-Type: text/html\r\n\r\n<div>Yes!</div><div class=\"gmail_quote\"><blockquote>x</blockquote></div>\r\n--b--\r\n".to_vec(),
        b"From: MAILER-DAEMON@x.org\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=r\r\n\r\n--r\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; a@b.c\r\nAction: failed\r\n--r\r\nContent-Type: message/rfc822\r\n\r\nMessage-ID: <m@x>\r\nSubject: hi\r\n\r\nbody\r\n--r--\r\n".to_vec(),
        b"From: a@example.com\r\nSubject: Accepted: party\r\nContent-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.com\r\nCOMMENT:We'll be there\\, thanks\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".to_vec(),
    ];
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for round in 0..3000 {
        let mut m = seeds[round % seeds.len()].clone();
        for _ in 0..(1 + next() % 8) {
            if m.is_empty() {
                break;
            }
            let at = (next() as usize) % m.len();
            match next() % 4 {
                0 => m[at] = (next() & 0xff) as u8,
                1 => {
                    m.remove(at);
                }
                2 => {
                    let b = m[at];
                    m.insert(at, b);
                }
                _ => m.truncate(at),
            }
        }
        let u = understand(&m, &[String::from_utf8_lossy(&m).into_owned()]);
        assert!((0.0..=1.0).contains(&u.confidence));
    }
}
