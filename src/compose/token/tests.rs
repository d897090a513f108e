use super::*;

// Expected strings computed independently with Python's base64.b32encode.
#[test]
fn encodes_like_rfc_4648_base32_lowercase_unpadded() {
    assert_eq!(encode_token([0; 16]), "aaaaaaaaaaaaaaaaaaaaaaaaaa");
    assert_eq!(encode_token([0xff; 16]), "77777777777777777777777774");
    let counting: [u8; 16] = std::array::from_fn(|i| i as u8);
    assert_eq!(encode_token(counting), "aaaqeayeaudaocajbifqydiob4");
    let dead_beef: [u8; 16] = std::array::from_fn(|i| [0xde, 0xad, 0xbe, 0xef][i % 4]);
    assert_eq!(encode_token(dead_beef), "32w35366vw7o7xvnx3x55ln654");
}

#[test]
fn round_trips_many_tokens() {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..1000 {
        let bytes: [u8; 16] = std::array::from_fn(|_| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (state >> 56) as u8
        });
        let token = encode_token(bytes);
        assert_eq!(token.len(), TOKEN_LEN);
        assert!(is_token(&token), "{token}");
        assert_eq!(decode_token(&token), Some(bytes));
    }
}

#[test]
fn rejects_what_is_not_a_canonical_token() {
    let good = encode_token([42; 16]);
    assert!(is_token(&good));
    for bad in [
        String::new(),
        good.to_ascii_uppercase(),
        good[..25].to_owned(),
        format!("{good}a"),
        format!("{good}======"),
        format!("{}1", &good[..25]),
        format!("{}8", &good[..25]),
        // the last character's two pad bits must be zero: 'b' is 00001
        format!("{}b", &good[..25]),
        format!("{}é", &good[..24]),
    ] {
        assert!(!is_token(&bad), "{bad:?} should not be a token");
    }
}

const PATTERN: &str = "dana+rsvp-{token}@example.org";

#[test]
fn reply_address_carries_the_token_and_gives_it_back() {
    let token = encode_token([3; 16]);
    let address = reply_address(PATTERN, &token).expect("valid pattern");
    assert_eq!(address.as_str(), format!("dana+rsvp-{token}@example.org"));
    assert_eq!(
        token_from_address(PATTERN, address.as_str()),
        Some(token.clone())
    );
}

#[test]
fn token_from_address_ignores_case_and_brackets() {
    let token = encode_token([200; 16]);
    let shouted = format!("DANA+RSVP-{}@EXAMPLE.ORG", token.to_ascii_uppercase());
    assert_eq!(token_from_address(PATTERN, &shouted), Some(token.clone()));
    let bracketed = format!(" <dana+rsvp-{token}@Example.org> ");
    assert_eq!(token_from_address(PATTERN, &bracketed), Some(token));
}

#[test]
fn token_from_address_rejects_other_addresses() {
    let token = encode_token([5; 16]);
    for other in [
        "dana@example.org".to_owned(),
        format!("dana+rsvp-{token}@example.com"),
        format!("bob+rsvp-{token}@example.org"),
        format!("dana+rsvp-{}@example.org", &token[..20]),
        format!("dana+rsvp-{token}x@example.org"),
    ] {
        assert_eq!(token_from_address(PATTERN, &other), None, "{other}");
    }
}

#[test]
fn reply_pattern_must_hold_the_token_once_in_the_local_part() {
    assert!(check_reply_pattern(PATTERN).is_ok());
    assert!(check_reply_pattern("rsvp-{token}@mail.example.org").is_ok());
    for bad in [
        "dana@example.org",
        "dana+{token}{token}@example.org",
        "dana@{token}.example.org",
        "dana +{token}@example.org",
        "dana+{token}",
        "dana+{token}@example.org\r\nBcc: x@y.z",
    ] {
        assert!(
            check_reply_pattern(bad).is_err(),
            "{bad:?} should be refused"
        );
    }
    assert!(matches!(
        reply_address(PATTERN, "NOT-A-TOKEN"),
        Err(ComposeError::InvalidToken)
    ));
}

#[test]
fn message_ids_are_distinct_per_kind_and_carry_the_token() {
    let token = encode_token([9; 16]);
    let kinds = [
        MessageKind::Invitation,
        MessageKind::Update(1),
        MessageKind::Update(2),
        MessageKind::Cancel(3),
        MessageKind::Reminder(1),
    ];
    let ids: Vec<String> = kinds
        .iter()
        .map(|&kind| message_id(&token, kind, "Example.ORG").expect("valid"))
        .collect();
    for (i, id) in ids.iter().enumerate() {
        assert!(id.starts_with('<') && id.ends_with("@example.org>"), "{id}");
        assert_eq!(parse_message_id_token(id), Some(token.clone()));
        for other in &ids[i + 1..] {
            assert_ne!(id, other);
        }
    }
    assert_eq!(
        ids[0],
        format!("<rsvp.{token}.inv@example.org>"),
        "the invitation's Message-ID is recorded and must stay stable"
    );
}

#[test]
fn message_id_token_survives_case_changes_and_missing_brackets() {
    let token = encode_token([77; 16]);
    let id = message_id(&token, MessageKind::Update(4), "example.org").expect("valid");
    let bare = id
        .trim_matches(|c| c == '<' || c == '>')
        .to_ascii_uppercase();
    assert_eq!(parse_message_id_token(&bare), Some(token));
}

#[test]
fn foreign_message_ids_carry_no_token() {
    for id in [
        "<CAF=abc@mail.gmail.com>",
        "<rsvp.short.inv@example.org>",
        "<rsvp@example.org>",
        "",
        "<>",
        "<rsvp.>",
    ] {
        assert_eq!(parse_message_id_token(id), None, "{id:?}");
    }
}

#[test]
fn finds_the_token_among_references() {
    let token = encode_token([11; 16]);
    let ours = message_id(&token, MessageKind::Invitation, "example.org").expect("valid");
    let references = format!("<CAF123@mail.gmail.com>\r\n {ours} <x@y.z>");
    assert_eq!(find_token_in_message_ids(&references), Some(token.clone()));
    let outlook = format!("{ours},<AM0PR@outlook.com>");
    assert_eq!(find_token_in_message_ids(&outlook), Some(token));
    assert_eq!(find_token_in_message_ids("<a@b> <c@d>"), None);
}

#[test]
fn message_id_refuses_bad_domains_and_tokens() {
    let token = encode_token([1; 16]);
    assert!(message_id(&token, MessageKind::Invitation, "").is_err());
    assert!(message_id(&token, MessageKind::Invitation, "exa mple.org").is_err());
    assert!(message_id(&token, MessageKind::Invitation, "x.org>\r\nBcc: a@b.c").is_err());
    assert!(message_id("abc", MessageKind::Invitation, "example.org").is_err());
}

#[test]
fn verp_senders_carry_the_token_and_the_contact_tag() {
    let token = encode_token([7; 16]);
    let verp = verp_address(PATTERN, &token, "Ana@Example.com").expect("verp");
    let tag = contact_tag("ana@example.com");
    assert_eq!(verp, format!("dana+rsvp-{token}-{tag}@example.org"));
    assert_ne!(tag, contact_tag("bob@example.com"));
    assert_eq!(
        verp_from_address(PATTERN, &verp.to_ascii_uppercase()),
        Some((token.clone(), tag))
    );
    // A reply address is not a VERP sender, and a VERP sender is no reply address.
    assert_eq!(
        verp_from_address(PATTERN, &format!("dana+rsvp-{token}@example.org")),
        None
    );
    assert_eq!(token_from_address(PATTERN, &verp), None);
}
