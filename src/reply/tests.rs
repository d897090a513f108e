use super::cues::{CUES, parse_files};

#[test]
fn every_cue_file_parses() {
    if let Err(e) = parse_files() {
        panic!("{e}");
    }
}

#[test]
fn debug_find() {
    let n = CUES.normalize("Thank you! Yes we'll come");
    eprintln!("{:?}", CUES.find(&n.padded));
}

#[test]
fn debug_guests() {
    for t in [
        "Good news - the tournament got moved, so Finn can come after all! I'll drop\nhim off.",
        "She can come, but only until 4 - I'll pick her up then.",
    ] {
        let c = super::classify::classify(t, &CUES);
        eprintln!("{c:?}");
        for h in CUES.find(&CUES.normalize(t).padded) {
            eprintln!("  {} {:?}", h.text, h.cats);
        }
    }
}
