//! A class list as hosts send it: a CSV or spreadsheet attachment, or lines
//! pasted into the mail ("Ben Adler, eva.adler@example.org,
//! tom.adler@example.org"). Columns are found by their name in English,
//! Spanish, French or German, and by what they hold (the column of
//! addresses is the one full of `@`).
//!
//! Pure: bytes and lines in, families and numbered problems out. Never
//! fails: a list that cannot be read is a problem to tell the host.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, Reader};
use serde::{Deserialize, Serialize};

use super::message::Attachment;
use crate::digest::command::fold;
use crate::model::{Contact, EmailAddress, Family};

/// One row of a list, with the line (or sheet row) it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<String>,
}

/// A family as read from the list, kept between the preview and the OK.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// Where the family's first row was, e.g. `class.xlsx` row 7 or line 7.
    pub line: usize,
    pub key: String,
    pub children: Vec<String>,
    /// (name, address) of each parent; the name may be empty.
    pub contacts: Vec<(String, String)>,
    pub language: Option<String>,
}

impl Entry {
    /// The family as the rest of rsvpd knows it.
    pub fn family(&self) -> Family {
        Family {
            key: self.key.clone(),
            children: self.children.clone(),
            contacts: self
                .contacts
                .iter()
                .filter_map(|(name, email)| {
                    EmailAddress::parse(email).map(|email| Contact {
                        name: name.clone(),
                        email,
                    })
                })
                .collect(),
            language: self.language.clone(),
        }
    }

    /// A short name for messages: the first child's first name, else the key.
    pub fn name(&self) -> String {
        self.children
            .first()
            .and_then(|c| c.split_whitespace().next())
            .map_or_else(|| self.key.clone(), str::to_owned)
    }
}

/// Something about one line the host should know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// A child with no email address: phone them?
    NoAddress { name: String, phone: Option<String> },
    /// Something with an `@` that is not an address.
    BadAddress { text: String },
    /// An address with no child's or family's name.
    NoName { address: String },
    /// An address already on another line, for another family.
    SameAddress {
        address: String,
        other_line: usize,
        other: String,
    },
    /// The attachment could not be read as a list.
    Unreadable { file: String },
}

/// A problem and where it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Noted {
    /// The attachment's name; `None` for lines in the mail.
    pub file: Option<String>,
    pub line: Option<usize>,
    #[serde(flatten)]
    pub problem: Problem,
}

/// A class list read from one source.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    pub families: Vec<Entry>,
    pub problems: Vec<Noted>,
    /// Header cells that named no column rsvpd uses ("Class", "Notes").
    pub ignored_columns: Vec<String>,
    /// Where the list came from: the attachment's name, or `None` for lines.
    pub file: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Family,
    Child,
    Parent,
    Email,
    Language,
    Phone,
}

/// Folded header words and the column they name. Checked in order: an
/// email column first ("Parent email"), then parents, children, families.
const HEADERS: &[(&str, Role)] = &[
    ("mail", Role::Email),
    ("correo", Role::Email),
    ("courriel", Role::Email),
    ("address", Role::Email),
    ("phone", Role::Phone),
    ("mobile", Role::Phone),
    ("tel", Role::Phone),
    ("telefono", Role::Phone),
    ("telephone", Role::Phone),
    ("movil", Role::Phone),
    ("portable", Role::Phone),
    ("telefon", Role::Phone),
    ("handy", Role::Phone),
    ("language", Role::Language),
    ("idioma", Role::Language),
    ("langue", Role::Language),
    ("sprache", Role::Language),
    ("parent", Role::Parent),
    ("guardian", Role::Parent),
    ("contact", Role::Parent),
    ("mother", Role::Parent),
    ("father", Role::Parent),
    ("mum", Role::Parent),
    ("mom", Role::Parent),
    ("dad", Role::Parent),
    ("padre", Role::Parent),
    ("madre", Role::Parent),
    ("padres", Role::Parent),
    ("tutor", Role::Parent),
    ("responsable", Role::Parent),
    ("parents", Role::Parent),
    ("mere", Role::Parent),
    ("pere", Role::Parent),
    ("eltern", Role::Parent),
    ("elternteil", Role::Parent),
    ("mutter", Role::Parent),
    ("vater", Role::Parent),
    ("kontakt", Role::Parent),
    ("erziehungsberechtigte", Role::Parent),
    ("family", Role::Family),
    ("surname", Role::Family),
    ("last name", Role::Family),
    ("familia", Role::Family),
    ("apellido", Role::Family),
    ("apellidos", Role::Family),
    ("famille", Role::Family),
    ("nom de famille", Role::Family),
    ("familie", Role::Family),
    ("familienname", Role::Family),
    ("nachname", Role::Family),
    ("child", Role::Child),
    ("children", Role::Child),
    ("kid", Role::Child),
    ("pupil", Role::Child),
    ("student", Role::Child),
    ("name", Role::Child),
    ("first name", Role::Child),
    ("nino", Role::Child),
    ("nina", Role::Child),
    ("hijo", Role::Child),
    ("hija", Role::Child),
    ("alumno", Role::Child),
    ("alumna", Role::Child),
    ("nombre", Role::Child),
    ("enfant", Role::Child),
    ("eleve", Role::Child),
    ("prenom", Role::Child),
    ("nom", Role::Child),
    ("kind", Role::Child),
    ("kinder", Role::Child),
    ("schuler", Role::Child),
    ("schulerin", Role::Child),
    ("vorname", Role::Child),
];

/// The column a header cell names, by whole words ("Parent 1 email" is an
/// email column, "E-Mail-Adresse" too).
fn header_role(cell: &str) -> Option<Role> {
    let folded = fold(cell);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let joined = words.join(" ");
    HEADERS
        .iter()
        .find(|(name, role)| {
            // "mail" and "correo" name the column inside longer words too
            // ("email", "e-mail-adresse", "correo electronico").
            if *role == Role::Email && name.len() >= 4 {
                return words.iter().any(|w| w.contains(name));
            }
            if name.contains(' ') {
                joined.contains(name)
            } else {
                words.contains(name)
            }
        })
        .map(|(_, role)| *role)
}

/// Every address in a cell ("Eva <eva@x.org>; tom@x.org"), with the name
/// written before it; pieces with an `@` that are not addresses.
fn addresses_in(cell: &str) -> (Vec<(String, EmailAddress)>, Vec<String>) {
    let mut found = Vec::new();
    let mut bad = Vec::new();
    for piece in cell.split([';', ',', '\n']) {
        let piece = piece.trim();
        if !piece.contains('@') {
            continue;
        }
        let (name, address) = match piece.rsplit_once('<') {
            Some((name, rest)) => (
                name.trim().trim_matches('"').trim(),
                rest.trim_end_matches('>'),
            ),
            None => ("", piece),
        };
        let address = address.trim().trim_start_matches("mailto:");
        // "eva@x.org tom@x.org" in one piece.
        for word in address.split_whitespace() {
            match EmailAddress::parse(word.trim_matches(|c: char| "()[]<>\"'".contains(c))) {
                Some(email) => found.push((name.to_owned(), email)),
                None => bad.push(word.to_owned()),
            }
        }
    }
    (found, bad)
}

fn looks_like_phone(cell: &str) -> bool {
    let digits = cell.chars().filter(char::is_ascii_digit).count();
    digits >= 6
        && cell
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c))
}

/// Names joined in one cell: "Ben & Mia Adler" → Ben Adler, Mia Adler.
fn split_names(cell: &str) -> Vec<String> {
    let mut parts: Vec<String> = vec![cell.trim().to_owned()];
    for separator in [" & ", " and ", " y ", " e ", " et ", " und ", " + ", " / "] {
        parts = parts
            .iter()
            .flat_map(|p| p.split(separator).map(|s| s.trim().to_owned()))
            .filter(|s| !s.is_empty())
            .collect();
    }
    // "Ben & Mia Adler": the last name's surname belongs to the others.
    if parts.len() > 1
        && let Some(surname) = parts
            .last()
            .and_then(|l| {
                l.split_whitespace()
                    .nth(1)
                    .map(|_| l.split_whitespace().last())
            })
            .flatten()
            .map(str::to_owned)
    {
        let count = parts.len();
        for part in parts.iter_mut().take(count - 1) {
            if part.split_whitespace().count() == 1 {
                part.push(' ');
                part.push_str(&surname);
            }
        }
    }
    parts
}

/// Rows of a CSV file: its separator guessed (comma, semicolon or tab), a
/// byte-order mark dropped, Windows-1252 read when it is not UTF-8.
pub fn csv_rows(bytes: &[u8]) -> Vec<Row> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
    };
    // The CSV reader counts a CRLF record end as no new line: its line
    // numbers then lag behind the host's spreadsheet by one per row.
    let text = text.replace("\r\n", "\n");
    let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
    let delimiter = [b',', b';', b'\t']
        .into_iter()
        .max_by_key(|d| first.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records() {
        // A record the CSV reader rejects is skipped; the rest still count.
        let Ok(record) = record else { continue };
        let line = record.position().map_or(0, |p| p.line() as usize);
        rows.push(Row {
            line,
            cells: record.iter().map(str::to_owned).collect(),
        });
    }
    rows
}

/// Rows of the first sheet with anything in it (XLSX, XLS, ODS); `None`
/// when the bytes are not a spreadsheet.
pub fn sheet_rows(bytes: &[u8]) -> Option<Vec<Row>> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).ok()?;
    let count = workbook.sheet_names().len();
    for index in 0..count {
        let Some(Ok(range)) = workbook.worksheet_range_at(index) else {
            continue;
        };
        let first_row = range.start().map_or(0, |(row, _)| row as usize);
        let rows: Vec<Row> = range
            .rows()
            .enumerate()
            .map(|(i, cells)| Row {
                line: first_row + i + 1,
                cells: cells
                    .iter()
                    .map(|c| match c {
                        Data::Empty => String::new(),
                        other => other.to_string().trim().to_owned(),
                    })
                    .collect(),
            })
            .filter(|r| r.cells.iter().any(|c| !c.is_empty()))
            .collect();
        if !rows.is_empty() {
            return Some(rows);
        }
    }
    None
}

/// Whether an attachment is a class list, by its name or type.
pub fn is_list(attachment: &Attachment) -> bool {
    let name = attachment.name.to_ascii_lowercase();
    let by_name = [".csv", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods", ".txt"]
        .iter()
        .any(|ext| name.ends_with(ext));
    let by_type = matches!(
        attachment.content_type.as_str(),
        "text/csv"
            | "text/tab-separated-values"
            | "application/csv"
            | "application/vnd.ms-excel"
            | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            | "application/vnd.oasis.opendocument.spreadsheet"
    );
    by_name || by_type
}

/// Read an attached list.
pub fn read_attachment(attachment: &Attachment) -> Reading {
    let name = if attachment.name.is_empty() {
        "attachment".to_owned()
    } else {
        attachment.name.clone()
    };
    let lower = name.to_ascii_lowercase();
    let spreadsheet = [".xlsx", ".xlsm", ".xls", ".ods"]
        .iter()
        .any(|e| lower.ends_with(e))
        || attachment.content_type.contains("spreadsheet")
        || attachment.content_type.contains("excel");
    let rows = if spreadsheet {
        sheet_rows(&attachment.bytes)
    } else {
        Some(csv_rows(&attachment.bytes))
    };
    let mut reading = match rows {
        Some(rows) if !rows.is_empty() => read_rows(&rows),
        _ => Reading {
            problems: vec![Noted {
                file: None,
                line: None,
                problem: Problem::Unreadable { file: name.clone() },
            }],
            ..Reading::default()
        },
    };
    for noted in &mut reading.problems {
        noted.file = Some(name.clone());
    }
    reading.file = Some(name);
    reading
}

/// Rows pasted into the mail: the fresh lines that are not form lines and
/// hold an address, plus lines with a name and no address between them
/// (a child the host cannot email). Cells are split at commas, semicolons
/// or tabs.
pub fn pasted_rows(fresh: &[(usize, String)], form_lines: &[usize]) -> Vec<Row> {
    let candidates: Vec<(usize, &str)> = fresh
        .iter()
        .filter(|(n, _)| !form_lines.contains(n))
        .map(|(n, l)| (*n, l.trim()))
        .collect();
    let mut rows = Vec::new();
    // Runs of consecutive non-empty lines.
    let mut run: Vec<(usize, &str)> = Vec::new();
    let flush = |run: &mut Vec<(usize, &str)>, rows: &mut Vec<Row>| {
        let last_with_address = run.iter().rposition(|(_, l)| l.contains('@'));
        if let Some(last) = last_with_address {
            for (i, (n, line)) in run.iter().enumerate() {
                let cells: Vec<String> = line
                    .split([',', ';', '\t'])
                    .map(|c| c.trim().to_owned())
                    .filter(|c| !c.is_empty())
                    .collect();
                let is_row = line.contains('@')
                    || (i < last && looks_like_name(line))
                    || (cells.len() > 1 && cells.iter().any(|c| looks_like_phone(c)));
                if is_row {
                    rows.push(Row { line: *n, cells });
                }
            }
        }
        run.clear();
    };
    let mut previous: Option<usize> = None;
    for (n, line) in candidates {
        let consecutive = previous.is_some_and(|p| p + 1 == n);
        if line.is_empty() || !consecutive {
            flush(&mut run, &mut rows);
        }
        if !line.is_empty() {
            run.push((n, line));
        }
        previous = Some(n);
    }
    flush(&mut run, &mut rows);
    rows
}

/// A line that is a person's name: a few capitalised words, no sentence.
fn looks_like_name(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=5).contains(&words.len())
        && !line.ends_with(['.', '!', '?', ':'])
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// Read rows into families: find the header (if any), the columns, and
/// group rows into families (the same family name, or a shared address:
/// siblings).
pub fn read_rows(rows: &[Row]) -> Reading {
    let mut reading = Reading::default();
    let is_address_row = |r: &Row| r.cells.iter().any(|c| !addresses_in(c).0.is_empty());
    let header_at = rows.iter().take(5).position(|r| {
        !is_address_row(r) && r.cells.iter().filter(|c| header_role(c).is_some()).count() >= 1
    });
    let (header, data): (Option<&Row>, &[Row]) = match header_at {
        Some(i) => (rows.get(i), rows.get(i + 1..).unwrap_or(&[])),
        None => (None, rows),
    };
    let width = data.iter().map(|r| r.cells.len()).max().unwrap_or(0);
    let mut roles: Vec<Option<Role>> = vec![None; width];
    if let Some(header) = header {
        for (i, cell) in header.cells.iter().enumerate().take(width) {
            roles[i] = header_role(cell);
            if roles[i].is_none() && !cell.trim().is_empty() {
                reading.ignored_columns.push(cell.trim().to_owned());
            }
        }
    }
    // By content: a column where most filled cells hold an address is an
    // address column, whatever its header says.
    for (i, role) in roles.iter_mut().enumerate() {
        let filled: Vec<&str> = data
            .iter()
            .filter_map(|r| r.cells.get(i).map(String::as_str))
            .filter(|c| !c.is_empty())
            .collect();
        let with_address = filled.iter().filter(|c| c.contains('@')).count();
        if !filled.is_empty() && with_address * 2 >= filled.len() {
            *role = Some(Role::Email);
        } else if *role == Some(Role::Email) && with_address == 0 && !filled.is_empty() {
            *role = None;
        }
    }
    let headerless = header.is_none();

    let mut families: Vec<Entry> = Vec::new();
    // Address → index of its family.
    let mut by_address: HashMap<String, usize> = HashMap::new();
    let mut by_family_name: HashMap<String, usize> = HashMap::new();
    for row in data {
        if row.cells.iter().all(|c| c.trim().is_empty()) || row.cells[0].starts_with('#') {
            continue;
        }
        let mut child: Vec<String> = Vec::new();
        let mut family_name = None;
        let mut parent_names: Vec<String> = Vec::new();
        let mut contacts: Vec<(String, EmailAddress)> = Vec::new();
        let mut language = None;
        let mut phone = None;
        let mut pending_name: Option<String> = None;
        for (i, cell) in row.cells.iter().enumerate() {
            let cell = cell.trim();
            if cell.is_empty() {
                continue;
            }
            let role = roles.get(i).copied().flatten();
            let role = match role {
                Some(role) => Some(role),
                // Without a header: the first text is the child, a text
                // right before an address is that parent's name.
                None if headerless && cell.contains('@') => Some(Role::Email),
                None if headerless && looks_like_phone(cell) => Some(Role::Phone),
                None if headerless && child.is_empty() => Some(Role::Child),
                None if headerless => {
                    pending_name = Some(cell.to_owned());
                    continue;
                }
                None => None,
            };
            match role {
                Some(Role::Email) => {
                    let (found, bad) = addresses_in(cell);
                    for text in bad {
                        reading.problems.push(Noted {
                            file: None,
                            line: Some(row.line),
                            problem: Problem::BadAddress { text },
                        });
                    }
                    for (name, email) in found {
                        let name = if name.is_empty() {
                            pending_name.take().unwrap_or_default()
                        } else {
                            name
                        };
                        if !contacts
                            .iter()
                            .any(|(_, e)| e.normalized() == email.normalized())
                        {
                            contacts.push((name, email));
                        }
                    }
                }
                Some(Role::Child) => child.extend(split_names(cell)),
                Some(Role::Family) => family_name = Some(cell.to_owned()),
                Some(Role::Parent) => parent_names.extend(split_names(cell)),
                Some(Role::Language) => language = super::form::language_code(cell),
                Some(Role::Phone) => phone = Some(cell.to_owned()),
                None => {}
            }
        }
        // Parent names from their own column go to the addresses in order.
        let mut names = parent_names.into_iter();
        for (name, _) in contacts.iter_mut() {
            if name.is_empty() {
                *name = names.next().unwrap_or_default();
            }
        }
        if child.is_empty() && family_name.is_none() && contacts.is_empty() {
            continue;
        }
        if child.is_empty()
            && family_name.is_none()
            && let Some((_, email)) = contacts.first()
        {
            reading.problems.push(Noted {
                file: None,
                line: Some(row.line),
                problem: Problem::NoName {
                    address: email.to_string(),
                },
            });
        }

        // Which family this row belongs to.
        let by_name = family_name
            .as_ref()
            .and_then(|n| by_family_name.get(&fold(n)).copied());
        let by_shared_address = if family_name.is_none() {
            contacts
                .iter()
                .find_map(|(_, e)| by_address.get(&e.normalized()).copied())
        } else {
            None
        };
        let index = match by_name.or(by_shared_address) {
            Some(index) => index,
            None => {
                families.push(Entry {
                    line: row.line,
                    key: String::new(),
                    children: Vec::new(),
                    contacts: Vec::new(),
                    language: None,
                });
                let index = families.len() - 1;
                if let Some(name) = &family_name {
                    by_family_name.insert(fold(name), index);
                }
                index
            }
        };
        for (name, email) in contacts {
            let normalized = email.normalized();
            match by_address.get(&normalized) {
                Some(other) if *other != index => {
                    reading.problems.push(Noted {
                        file: None,
                        line: Some(row.line),
                        problem: Problem::SameAddress {
                            address: email.to_string(),
                            other_line: families[*other].line,
                            other: families[*other].name(),
                        },
                    });
                }
                Some(_) => {}
                None => {
                    by_address.insert(normalized, index);
                    families[index].contacts.push((name, email.to_string()));
                }
            }
        }
        let family = &mut families[index];
        for c in child {
            if !family.children.iter().any(|k| fold(k) == fold(&c)) {
                family.children.push(c);
            }
        }
        if family.key.is_empty() {
            family.key = family_name.clone().unwrap_or_default();
        }
        if family.language.is_none() {
            family.language = language;
        }
        if family.contacts.is_empty() {
            let name = family
                .children
                .first()
                .and_then(|c| c.split_whitespace().next())
                .map(str::to_owned)
                .or_else(|| family_name.clone())
                .unwrap_or_default();
            reading.problems.push(Noted {
                file: None,
                line: Some(row.line),
                problem: Problem::NoAddress { name, phone },
            });
        }
    }
    name_families(&mut families);
    reading.families = families;
    reading
}

/// Give each family a key: its family name, else the first child's
/// surname, else the child's name or the parent's; unique within the list.
fn name_families(families: &mut [Entry]) {
    let mut taken: Vec<String> = families
        .iter()
        .filter(|f| !f.key.is_empty())
        .map(|f| fold(&f.key))
        .collect();
    for family in families.iter_mut() {
        if !family.key.is_empty() {
            continue;
        }
        let child = family.children.first().cloned().unwrap_or_default();
        let surname = child
            .split_whitespace()
            .nth(1)
            .and(child.split_whitespace().last())
            .map(str::to_owned);
        let parent = family
            .contacts
            .first()
            .map(|(name, email)| {
                if name.is_empty() {
                    email.split('@').next().unwrap_or_default().to_owned()
                } else {
                    name.clone()
                }
            })
            .unwrap_or_default();
        let candidates = [surname, Some(child.clone()), Some(parent)];
        let key = candidates
            .into_iter()
            .flatten()
            .filter(|k| !k.trim().is_empty())
            .find(|k| !taken.contains(&fold(k)))
            .unwrap_or_else(|| {
                let base = if child.is_empty() {
                    "family".to_owned()
                } else {
                    child
                };
                (2..)
                    .map(|n| format!("{base} {n}"))
                    .find(|k| !taken.contains(&fold(k)))
                    .unwrap_or(base)
            });
        taken.push(fold(&key));
        family.key = key;
    }
}

#[cfg(test)]
mod tests;
