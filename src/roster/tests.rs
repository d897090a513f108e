use super::*;

const EXAMPLE: &[u8] = include_bytes!("../../examples/class/roster.csv");

fn problems(csv: &str) -> Vec<String> {
    match parse(Path::new("class/roster.csv"), csv.as_bytes(), false) {
        Ok(r) => panic!("expected errors, got {r:?}"),
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn example_roster_merges_parents_and_siblings() {
    let r = parse(Path::new("roster.csv"), EXAMPLE, false).expect("valid");
    assert_eq!(r.families.len(), 25);
    let novak = r.families.iter().find(|f| f.key == "Novak").expect("Novak");
    assert_eq!(novak.children, vec!["Luka Novak"]);
    assert_eq!(novak.contacts.len(), 2);
    let brown = r.families.iter().find(|f| f.key == "Brown").expect("Brown");
    assert_eq!(brown.children, vec!["Oliver Brown", "Amelia Brown"]);
    // Sarah is listed for both children but is one contact.
    assert_eq!(
        brown
            .contacts
            .iter()
            .map(|c| c.email.as_str())
            .collect::<Vec<_>>(),
        vec!["sarah.brown@example.co.uk", "james.brown@example.co.uk"]
    );
    let garcia = r
        .families
        .iter()
        .find(|f| f.key == "Garcia")
        .expect("Garcia");
    assert_eq!(garcia.language.as_deref(), Some("es"));
    assert_eq!(r.n_children(), 26);
}

#[test]
fn malformed_email_names_file_line_and_field() {
    let csv =
        "family,child,contact_name,email\nA,Ann,Al,al@example.org\nB,Bo,Bea,bea@@example.org\n";
    assert_eq!(
        problems(csv),
        vec!["class/roster.csv:3: email: \"bea@@example.org\" is not a valid email address"]
    );
}

#[test]
fn one_address_in_two_families_is_an_error() {
    let csv = "family,child,contact_name,email\nA,Ann,Al,al@example.org\nB,Bo,Al,AL@example.org\n";
    assert_eq!(
        problems(csv),
        vec![
            "class/roster.csv:3: email: AL@example.org is already the address of family \"A\" (line 2); one address cannot belong to two families"
        ]
    );
}

#[test]
fn a_family_with_no_contact_is_an_error_unless_allowed() {
    let csv = "family,child,contact_name,email\nA,Ann,Al,al@example.org\nB,Bo,,\n";
    assert_eq!(
        problems(csv),
        vec![
            "class/roster.csv:3: email: family \"B\" has no contact address: nobody can invite Bo; add an email, or set allow_unreachable = true for the event to invite the others anyway"
        ]
    );
    let r = parse(Path::new("r.csv"), csv.as_bytes(), true).expect("allowed");
    assert_eq!(
        r.unreachable().map(|f| f.key.as_str()).collect::<Vec<_>>(),
        vec!["B"]
    );
}

#[test]
fn header_problems_are_reported() {
    assert_eq!(
        problems("family,kid,email\nA,Ann,a@example.org\n"),
        vec![
            "class/roster.csv:1: kid: unknown column \"kid\" (column 2); known columns: family, child, contact_name, email, language"
        ]
    );
    assert_eq!(
        problems("name,child\nA,Ann\n"),
        vec![
            "class/roster.csv:1: name: unknown column \"name\" (column 1); known columns: family, child, contact_name, email, language",
            "class/roster.csv:1: the header must name at least the columns `family` and `email` (found: name, child)",
        ]
    );
}

#[test]
fn rows_are_trimmed_blank_rows_skipped_and_bom_ignored() {
    let csv = "\u{feff}family , email\n\n A , a@example.org \n";
    let r = parse(Path::new("r.csv"), csv.as_bytes(), false).expect("valid");
    assert_eq!(r.families[0].key, "A");
    assert_eq!(r.families[0].contacts[0].email.as_str(), "a@example.org");
}

#[test]
fn quoted_line_breaks_in_names_are_refused() {
    let csv = "family,child,contact_name,email\nA,Ann,\"Al\r\nBcc: x@evil.test\",al@example.org\n";
    assert_eq!(
        problems(csv),
        vec![
            "class/roster.csv:2: contact_name: must not contain line breaks or control characters"
        ]
    );
}

#[test]
fn empty_roster_is_an_error() {
    assert_eq!(
        problems("family,email\n"),
        vec!["class/roster.csv:1: the roster has no families"]
    );
}
