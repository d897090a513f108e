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
