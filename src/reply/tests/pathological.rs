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
