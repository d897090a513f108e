//! Roster CSV → families, with line-numbered diagnostics.
//!
//! Pure: takes the file's bytes and a name for messages. One row per contact;
//! rows with the same `family` merge (two parents, siblings). Every problem is
//! collected and reported as `file:line: field: message`; nothing is dropped
//! silently, because a child missing from the roster is a child left out.

use std::collections::HashMap;
use std::path::Path;

pub use crate::diagnostic::{Problem, Problems};
use crate::model::{Contact, EmailAddress, Family};

/// Columns, in any order. `family` and `email` are required; see README.
const COLUMNS: &[&str] = &["family", "child", "contact_name", "email", "language"];

/// Every problem found in a roster.
pub type RosterError = Problems;

/// A parsed roster, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roster {
    pub families: Vec<Family>,
}

impl Roster {
    /// Families without any deliverable address.
    pub fn unreachable(&self) -> impl Iterator<Item = &Family> {
        self.families.iter().filter(|f| f.contacts.is_empty())
    }

    pub fn n_children(&self) -> usize {
        self.families.iter().map(|f| f.children.len()).sum()
    }

    pub fn n_contacts(&self) -> usize {
        self.families.iter().map(|f| f.contacts.len()).sum()
    }
}

/// Parse a roster. Families with no contact are kept (so they can be shown)
/// but reported as problems unless `allow_unreachable` is set.
pub fn parse(file: &Path, bytes: &[u8], allow_unreachable: bool) -> Result<Roster, RosterError> {
    let mut problems = Vec::new();
    macro_rules! push {
        ($line:expr, $field:expr, $message:expr $(,)?) => {
            problems.push(Problem {
                file: file.to_path_buf(),
                line: $line,
                key: ($field).to_string(),
                message: $message,
            })
        };
    }
    // A UTF-8 byte-order mark (spreadsheet exports) is not part of the header.
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(bytes);
    let header: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|c| c.trim().to_ascii_lowercase()).collect(),
        Err(e) => {
            push!(1, "", format!("cannot read the header row: {e}"));
            return Err(RosterError { problems });
        }
    };
    let column = |name: &str| header.iter().position(|c| c == name);
    for (i, name) in header.iter().enumerate() {
        if !COLUMNS.contains(&name.as_str()) {
            push!(
                1,
                name,
                format!(
                    "unknown column {:?} (column {}); known columns: {}",
                    name,
                    i + 1,
                    COLUMNS.join(", ")
                ),
            );
        }
    }
    let (Some(col_family), Some(col_email)) = (column("family"), column("email")) else {
        push!(
            1,
            "",
            format!(
                "the header must name at least the columns `family` and `email` (found: {})",
                header.join(", ")
            ),
        );
        return Err(RosterError { problems });
    };
    let col_child = column("child");
    let col_name = column("contact_name");
    let col_language = column("language");

    struct Building {
        family: Family,
        first_line: u64,
    }
    let mut order: Vec<String> = Vec::new();
    let mut families: HashMap<String, Building> = HashMap::new();
    // email (lowercased) → (family key, line), to catch one address in two families.
    let mut owners: HashMap<String, (String, u64)> = HashMap::new();
    // Families with a rejected address row: "no contact" would only repeat that.
    let mut rejected_address: Vec<String> = Vec::new();

    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                push!(line, "", format!("unreadable row: {e}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).unwrap_or("").trim();
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let key = get(Some(col_family));
        if key.is_empty() {
            push!(
                line,
                "family",
                "is empty: every row needs a family name".into()
            );
            continue;
        }
        if let Some(bad) = [
            ("family", key),
            ("child", get(col_child)),
            ("contact_name", get(col_name)),
        ]
        .into_iter()
        .find(|(_, v)| v.chars().any(|c| c.is_control()))
        {
            push!(
                line,
                bad.0,
                "must not contain line breaks or control characters".into()
            );
            continue;
        }
        let entry = families.entry(key.to_string()).or_insert_with(|| {
            order.push(key.to_string());
            Building {
                family: Family {
                    key: key.to_string(),
                    children: Vec::new(),
                    contacts: Vec::new(),
                    language: None,
                },
                first_line: line,
            }
        });
        let child = get(col_child);
        if !child.is_empty() && !entry.family.children.iter().any(|c| c == child) {
            entry.family.children.push(child.to_string());
        }
        let language = get(col_language).to_ascii_lowercase();
        if !language.is_empty() {
            if language.len() < 2
                || !language
                    .chars()
                    .all(|c| c.is_ascii_alphabetic() || c == '-')
            {
                push!(
                    line,
                    "language",
                    format!("{language:?} is not a language code like \"es\"")
                );
            } else if let Some(previous) = &entry.family.language
                && *previous != language
            {
                push!(
                    line,
                    "language",
                    format!("family {key:?} already has language {previous:?}"),
                );
            } else {
                entry.family.language = Some(language);
            }
        }
        let raw_email = get(Some(col_email));
        if raw_email.is_empty() {
            continue;
        }
        let Some(email) = EmailAddress::parse(raw_email) else {
            push!(
                line,
                "email",
                format!("{raw_email:?} is not a valid email address")
            );
            rejected_address.push(key.to_string());
            continue;
        };
        let normalized = email.normalized();
        match owners.get(&normalized) {
            Some((owner, owner_line)) if owner != key => {
                push!(
                    line,
                    "email",
                    format!(
                        "{email} is already the address of family {owner:?} (line {owner_line}); one address cannot belong to two families"
                    ),
                );
                rejected_address.push(key.to_string());
                continue;
            }
            Some(_) => {
                // The same parent listed again for a sibling: one contact.
                if let Some(contact) = entry
                    .family
                    .contacts
                    .iter_mut()
                    .find(|c| c.email.normalized() == normalized)
                    && contact.name.is_empty()
                {
                    contact.name = get(col_name).to_string();
                }
                continue;
            }
            None => {
                owners.insert(normalized, (key.to_string(), line));
            }
        }
        entry.family.contacts.push(Contact {
            name: get(col_name).to_string(),
            email,
        });
    }

    let mut out = Vec::with_capacity(order.len());
    for key in order {
        if let Some(b) = families.remove(&key) {
            if b.family.contacts.is_empty()
                && !allow_unreachable
                && !rejected_address.contains(&b.family.key)
            {
                push!(
                    b.first_line,
                    "email",
                    format!(
                        "family {:?} has no contact address: nobody can invite {}; add an email, or set allow_unreachable = true for the event to invite the others anyway",
                        b.family.key,
                        if b.family.children.is_empty() {
                            "them".to_string()
                        } else {
                            b.family.children.join(" and ")
                        }
                    ),
                );
            }
            out.push(b.family);
        }
    }
    if out.is_empty() && problems.is_empty() {
        push!(1, "", "the roster has no families".into());
    }
    if problems.is_empty() {
        Ok(Roster { families: out })
    } else {
        Err(RosterError { problems })
    }
}

/// Read and parse a roster file.
pub fn load(path: &Path, allow_unreachable: bool) -> Result<Roster, RosterError> {
    let bytes = std::fs::read(path).map_err(|e| RosterError {
        problems: vec![Problem {
            file: path.to_path_buf(),
            line: 0,
            key: String::new(),
            message: format!("cannot read: {e}"),
        }],
    })?;
    parse(path, &bytes, allow_unreachable)
}

#[cfg(test)]
mod tests;
