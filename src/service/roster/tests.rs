use super::*;
use crate::service::message::numbered as lines;

fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/service")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn addresses(e: &Entry) -> Vec<&str> {
    e.contacts.iter().map(|(_, a)| a.as_str()).collect()
}

#[test]
fn pasted_lines_one_family_each() {
    let text = "Party: Mia's 7th\n\nBen Adler, eva.adler@example.org, tom.adler@example.org\nKofi Mensah\nLéa Dubois; Claire Dubois <claire.dubois@example.fr>\n\nThanks!\nDana";
    let rows = pasted_rows(&lines(text), &[1]);
    assert_eq!(rows.len(), 3, "{rows:?}");
    let r = read_rows(&rows);
    assert_eq!(r.families.len(), 3);
    let ben = &r.families[0];
    assert_eq!(ben.key, "Adler");
    assert_eq!(ben.children, ["Ben Adler"]);
    assert_eq!(
        addresses(ben),
        ["eva.adler@example.org", "tom.adler@example.org"]
    );
    assert_eq!(r.families[1].children, ["Kofi Mensah"]);
    assert!(r.families[1].contacts.is_empty());
    assert_eq!(
        r.families[2].contacts[0],
        ("Claire Dubois".into(), "claire.dubois@example.fr".into())
    );
    assert_eq!(
        r.problems,
        [Noted {
            file: None,
            line: Some(4),
            problem: Problem::NoAddress {
                name: "Kofi".into(),
                phone: None
            }
        }]
    );
}

#[test]
fn a_csv_with_named_columns_in_any_language() {
    let r = read_attachment(&Attachment {
        name: "class.csv".into(),
        content_type: "text/csv".into(),
        bytes: fixture("class.csv"),
    });
    let keys: Vec<&str> = r.families.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["Novak", "García", "Brown", "Okafor", "Kim"]);
    assert_eq!(
        addresses(&r.families[0]),
        ["ana.novak@example.org", "ivan.novak@example.org"]
    );
    assert_eq!(r.families[0].contacts[1].0, "Ivan Novak");
    assert_eq!(r.families[1].language.as_deref(), Some("es"));
    assert_eq!(r.families[2].children, ["Oliver Brown", "Amelia Brown"]);
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    assert_eq!(r.problems[0].line, Some(6));
    assert_eq!(r.problems[0].file.as_deref(), Some("class.csv"));
}

#[test]
fn a_spreadsheet_with_a_title_row_and_two_address_columns() {
    let r = read_attachment(&Attachment {
        name: "Klasse 2b.xlsx".into(),
        content_type: "application/octet-stream".into(),
        bytes: fixture("class.xlsx"),
    });
    let keys: Vec<&str> = r.families.iter().map(|f| f.key.as_str()).collect();
    assert_eq!(keys, ["Adler", "Mensah", "Dubois", "Weber"], "{r:?}");
    assert_eq!(r.families[0].children, ["Ben", "Mia"]);
    assert_eq!(
        addresses(&r.families[0]),
        ["eva.adler@example.org", "tom.adler@example.org"]
    );
    assert_eq!(r.families[0].language.as_deref(), Some("de"));
    assert_eq!(r.families[2].language.as_deref(), Some("fr"));
    assert_eq!(
        r.problems[0].problem,
        Problem::NoAddress {
            name: "Kofi".into(),
            phone: Some("0171 2345678".into())
        }
    );
    assert_eq!(r.problems[0].line, Some(5), "the sheet's own row number");
}

#[test]
fn columns_are_found_by_content_without_a_header() {
    let rows =
        csv_rows(b"Luka Novak,ana@example.org\nMia Ruiz,pablo@example.es;marta@example.es\n");
    let r = read_rows(&rows);
    assert_eq!(r.families.len(), 2);
    assert_eq!(
        addresses(&r.families[1]),
        ["pablo@example.es", "marta@example.es"]
    );
}

#[test]
fn siblings_sharing_an_address_are_one_family() {
    let rows = csv_rows(b"child,email\nBen Adler,eva@example.org\nMia Adler,eva@example.org\nZoe Adler,zoe.mum@example.org\n");
    let r = read_rows(&rows);
    assert_eq!(r.families.len(), 2);
    assert_eq!(r.families[0].children, ["Ben Adler", "Mia Adler"]);
    assert_eq!(r.families[0].key, "Adler");
    assert_eq!(
        r.families[1].key, "Zoe Adler",
        "a second Adler family keeps its own name"
    );
}

#[test]
fn windows_1252_and_bad_addresses() {
    let mut bytes = b"Kind,E-Mail\nJ\xfcrgen M\xfcller,juergen@example\n".to_vec();
    bytes.extend_from_slice(b"Anna Schmidt,anna@example.de\n");
    let r = read_rows(&csv_rows(&bytes));
    assert_eq!(r.families[0].children, ["Jürgen Müller"]);
    assert!(
        r.problems.iter().any(
            |p| matches!(&p.problem, Problem::BadAddress { text } if text == "juergen@example")
        )
    );
    assert!(
        r.problems
            .iter()
            .any(|p| matches!(&p.problem, Problem::NoAddress { name, .. } if name == "Jürgen"))
    );
}

#[test]
fn an_unreadable_attachment_is_a_problem_not_a_failure() {
    let r = read_attachment(&Attachment {
        name: "class.xlsx".into(),
        content_type: String::new(),
        bytes: b"not a zip".to_vec(),
    });
    assert!(r.families.is_empty());
    assert_eq!(
        r.problems[0].problem,
        Problem::Unreadable {
            file: "class.xlsx".into()
        }
    );
}

#[test]
fn family_and_class_columns() {
    let rows = csv_rows(b"Familie;Kind;Klasse;Eltern;Mail\nNovak;Luka;2b;Ana & Ivan Novak;ana@example.org ivan@example.org\n");
    let r = read_rows(&rows);
    assert_eq!(r.ignored_columns, ["Klasse"]);
    assert_eq!(
        r.families[0].contacts,
        [
            ("Ana Novak".to_owned(), "ana@example.org".to_owned()),
            ("Ivan Novak".to_owned(), "ivan@example.org".to_owned()),
        ]
    );
}

#[test]
fn csv_line_numbers_hold_with_crlf_line_ends() {
    let rows = csv_rows(b"Child,Parent email\r\nBen Adler,eva@example.org\r\nLuka Novak,ana@example.org\r\nKofi Mensah,\r\n");
    assert_eq!(
        rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [1, 2, 3, 4]
    );
}
