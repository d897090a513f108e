//! Fuzz `reply::understand`: any bytes, with or without a sent text, must
//! give a value without panicking. Run: `cargo fuzz run understand`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte chooses whether a "sent" text (the tail) is passed too.
    let (sent, raw) = match data.split_first() {
        Some((flag, rest)) if flag & 1 == 1 => {
            let cut = rest.len() / 2;
            (
                vec![String::from_utf8_lossy(&rest[cut..]).into_owned()],
                &rest[..cut],
            )
        }
        Some((_, rest)) => (Vec::new(), rest),
        None => (Vec::new(), data),
    };
    let u = rsvpd::reply::understand(raw, &sent);
    assert!((0.0..=1.0).contains(&u.confidence));
});
