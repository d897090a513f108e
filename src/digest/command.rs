//! The host's commands by email: `Luka: yes 3`, `Mireya: no`, `Okafor maybe`,
//! `remind Okafor`, `pause reminders`, `resume reminders`.
//!
//! Pure and never failing: a message's text becomes commands plus errors that
//! quote each line that looked like a command but could not be understood.
//! Whether the sender may give commands at all (host address, token,
//! DKIM/SPF) is decided by the shell before calling [`parse`].

use serde::Serialize;

use super::model::{clip, family_label};
use crate::model::Answer;

/// A family as commands may name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyNames {
    pub key: String,
    pub children: Vec<String>,
}

/// One thing the host asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Command {
    /// Set a family's answer (a host correction).
    SetAnswer {
        /// The family's key.
        family: String,
        answer: Answer,
        guests: Option<u32>,
    },
    /// Send this family a reminder now.
    Remind {
        family: String,
    },
    PauseReminders,
    ResumeReminders,
}

/// A line that looked like a command but was not understood.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CommandError {
    /// The line as written (one line, clipped).
    pub line: String,
    /// Why, lowercase, e.g. `no family called "Lukas"`.
    pub reason: String,
}

/// What a message asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Parsed {
    pub commands: Vec<Command>,
    pub errors: Vec<CommandError>,
}

/// One done command as the confirmation tells it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Done {
    /// `set_answer`, `remind`, `pause_reminders` or `resume_reminders`.
    pub kind: &'static str,
    /// The family's label, e.g. "Luka (Novak)".
    pub family: Option<String>,
    pub answer: Option<Answer>,
    pub guests: Option<u32>,
}

/// What the confirmation email reports: what was done, and each line that
/// was not understood.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Confirmation {
    pub done: Vec<Done>,
    pub errors: Vec<CommandError>,
}

/// The confirmation of `commands` (those the shell applied) and `errors`.
pub fn confirmation(
    commands: &[Command],
    errors: &[CommandError],
    families: &[FamilyNames],
) -> Confirmation {
    let label = |key: &str| {
        families
            .iter()
            .find(|f| f.key == key)
            .map_or_else(|| clip(key, 60), |f| family_label(&f.key, &f.children))
    };
    let done = commands
        .iter()
        .map(|command| match command {
            Command::SetAnswer {
                family,
                answer,
                guests,
            } => Done {
                kind: "set_answer",
                family: Some(label(family)),
                answer: Some(*answer),
                guests: *guests,
            },
            Command::Remind { family } => Done {
                kind: "remind",
                family: Some(label(family)),
                answer: None,
                guests: None,
            },
            Command::PauseReminders => Done {
                kind: "pause_reminders",
                family: None,
                answer: None,
                guests: None,
            },
            Command::ResumeReminders => Done {
                kind: "resume_reminders",
                family: None,
                answer: None,
                guests: None,
            },
        })
        .collect();
    Confirmation {
        done,
        errors: errors.to_vec(),
    }
}

/// The most people a host correction may state for one family.
const MAX_GUESTS: u32 = 50;

/// Parse the host's message text. Quoted lines (`>`), everything from an
/// attribution line ("On … wrote:") or a signature delimiter (`-- `) on,
/// bullets and surrounding spaces are ignored; prose lines that name neither
/// a family nor a command word ("Thanks!", "Dana") are ignored too.
pub fn parse(text: &str, families: &[FamilyNames]) -> Parsed {
    let mut parsed = Parsed::default();
    for raw_line in fresh_lines(text) {
        let line = strip_bullet(raw_line.trim());
        if line.is_empty() {
            continue;
        }
        match parse_line(line, families) {
            Line::Commands(commands) => parsed.commands.extend(commands),
            Line::Error(reason) => parsed.errors.push(CommandError {
                line: clip(line, 120),
                reason,
            }),
            Line::Prose => {}
        }
    }
    parsed
}

/// The lines of a message written fresh: before the quoted original and the
/// signature. A minimal rule of its own (the reply engine's quote stripper
/// is for families' mail in any client; the host answers a digest).
fn fresh_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        let lower = trimmed.to_lowercase();
        let is_attribution = (lower.starts_with("on ") && lower.ends_with("wrote:"))
            || (lower.starts_with("el ") && lower.ends_with("escribió:"))
            || (lower.starts_with("le ") && lower.ends_with("a écrit :"))
            || (lower.starts_with("le ") && lower.ends_with("a écrit:"))
            || lower.starts_with("-----original message")
            || lower.starts_with("-----mensaje original")
            || (lower.starts_with("from:") && !lines.is_empty() && lower.contains('@'))
            || trimmed.starts_with("________________");
        if is_attribution || line == "-- " || trimmed == "--" {
            break;
        }
        if trimmed.starts_with('>') {
            continue;
        }
        lines.push(line);
    }
    lines
}

fn strip_bullet(line: &str) -> &str {
    let line = line.trim_start_matches(['-', '*', '•', '–', '—', '·', '+']);
    // "1." or "2)" numbering.
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let line = if digits > 0 && matches!(line[digits..].chars().next(), Some('.' | ')')) {
        &line[digits + 1..]
    } else {
        line
    };
    line.trim()
}

enum Line {
    Commands(Vec<Command>),
    Error(String),
    Prose,
}

fn parse_line(line: &str, families: &[FamilyNames]) -> Line {
    let lower = fold(line);
    let words: Vec<&str> = lower
        .split(|c: char| {
            c.is_whitespace() || matches!(c, ',' | ':' | ';' | '=' | '.' | '!' | '(' | ')')
        })
        .filter(|w| !w.is_empty())
        .collect();
    let Some(first) = words.first() else {
        return Line::Prose;
    };

    match *first {
        "pause" | "stop" | "resume" | "restart" | "start" | "unpause"
            if words.get(1).is_some_and(|w| w.starts_with("reminder")) && words.len() == 2 =>
        {
            return Line::Commands(vec![if matches!(*first, "pause" | "stop") {
                Command::PauseReminders
            } else {
                Command::ResumeReminders
            }]);
        }
        "pause" | "resume" => {
            return Line::Error("say \"pause reminders\" or \"resume reminders\"".to_owned());
        }
        "remind" => {
            let names: Vec<&str> = words[1..]
                .iter()
                .copied()
                .filter(|w| !matches!(*w, "and" | "y" | "et" | "&"))
                .collect();
            if names.is_empty() {
                return Line::Error("remind whom? e.g. \"remind Okafor\"".to_owned());
            }
            let mut commands = Vec::new();
            let mut rest: &[&str] = &names;
            while !rest.is_empty() {
                match find_family(rest, families) {
                    Ok((key, used)) => {
                        commands.push(Command::Remind { family: key });
                        rest = &rest[used..];
                    }
                    Err(reason) => return Line::Error(reason),
                }
            }
            return Line::Commands(commands);
        }
        _ => {}
    }

    // "NAME[:] ANSWER [N]" or "NAME[:] N ANSWER".
    let name_part_ends_at_colon = line.contains(':');
    let found = find_family(&words, families);
    let answer_at = words.iter().position(|w| parse_answer(w).is_some());
    let (key, used) = match found {
        Ok(found) => found,
        Err(reason) => {
            // Only a line shaped like a command is an error; other prose is not.
            let after_colon = lower
                .split_once(':')
                .and_then(|(_, right)| right.split_whitespace().next())
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
            let looks_like_command = answer_at.is_some_and(|at| (1..=3).contains(&at))
                || (name_part_ends_at_colon
                    && after_colon
                        .is_some_and(|w| parse_answer(w).is_some() || parse_number(w).is_some()));
            return if looks_like_command {
                Line::Error(reason)
            } else {
                Line::Prose
            };
        }
    };
    let rest = &words[used..];
    let mut answer = None;
    let mut guests = None;
    for word in rest {
        if let Some(a) = parse_answer(word) {
            if answer.is_some_and(|seen| seen != a) {
                return Line::Error("two different answers on one line".to_owned());
            }
            answer = Some(a);
        } else if let Some(n) = parse_number(word) {
            if guests.is_some() {
                return Line::Error("two numbers on one line".to_owned());
            }
            guests = Some(n);
        } else if !is_filler(word) {
            return Line::Error(format!("did not understand {word:?}"));
        }
    }
    let Some(answer) = answer else {
        return Line::Error("say yes, no or maybe after the name".to_owned());
    };
    let guests = match (answer, guests) {
        (Answer::No, _) => None,
        (_, Some(0)) => return Line::Error("0 people: did you mean no?".to_owned()),
        (_, Some(n)) if n > MAX_GUESTS => {
            return Line::Error(format!("{n} people is more than {MAX_GUESTS}"));
        }
        (_, n) => n,
    };
    Line::Commands(vec![Command::SetAnswer {
        family: key,
        answer,
        guests,
    }])
}

/// The family named by the first one to three of `words`: its key and how
/// many words the name took. The longest match wins; a name that fits two
/// families is an error.
fn find_family(words: &[&str], families: &[FamilyNames]) -> Result<(String, usize), String> {
    for n in (1..=words.len().min(3)).rev() {
        let name = words[..n].join(" ");
        let matches: Vec<&FamilyNames> = families
            .iter()
            .filter(|f| names_of(f).contains(&name))
            .collect();
        match matches.as_slice() {
            [] => continue,
            [one] => return Ok((one.key.clone(), n)),
            several => {
                let labels: Vec<String> = several
                    .iter()
                    .map(|f| family_label(&f.key, &f.children))
                    .collect();
                return Err(format!(
                    "{:?} could be {}: write the family name",
                    words[..n].join(" "),
                    labels.join(" or ")
                ));
            }
        }
    }
    let first = words.first().copied().unwrap_or_default();
    Err(format!("no family called {first:?}"))
}

/// Every way a family may be named, folded: its key, each child's first
/// name and full name.
fn names_of(family: &FamilyNames) -> Vec<String> {
    let mut names = vec![fold(family.key.trim())];
    for child in &family.children {
        let full = fold(child.trim());
        if let Some(first) = full.split_whitespace().next() {
            names.push(first.to_owned());
        }
        names.push(full.split_whitespace().collect::<Vec<_>>().join(" "));
    }
    names
}

fn parse_answer(word: &str) -> Option<Answer> {
    match word {
        "yes" | "y" | "si" | "oui" | "coming" | "ja" | "da" => Some(Answer::Yes),
        "no" | "n" | "non" | "nein" | "ne" => Some(Answer::No),
        "maybe" | "perhaps" | "quizas" | "quiza" | "talvez" | "peut-etre" => Some(Answer::Maybe),
        _ => None,
    }
}

fn parse_number(word: &str) -> Option<u32> {
    let digits = word.trim_start_matches('+').trim_start_matches('x');
    if !digits.is_empty() && digits.len() <= 3 && digits.chars().all(|c| c.is_ascii_digit()) {
        return digits.parse().ok();
    }
    match word {
        "one" | "uno" | "una" | "un" | "une" => Some(1),
        "two" | "dos" | "deux" => Some(2),
        "three" | "tres" | "trois" => Some(3),
        "four" | "cuatro" | "quatre" => Some(4),
        "five" | "cinco" | "cinq" => Some(5),
        "six" | "seis" => Some(6),
        _ => None,
    }
}

fn is_filler(word: &str) -> bool {
    matches!(
        word,
        "people"
            | "person"
            | "persons"
            | "guests"
            | "guest"
            | "of"
            | "us"
            | "them"
            | "total"
            | "personas"
            | "persona"
            | "personnes"
            | "personne"
            | "-"
            | "("
            | ")"
            | "please"
            | "thanks"
    )
}

/// Lowercase without accents, for comparing names and words.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' | 'ā' | 'ą' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' | 'ē' | 'ę' | 'ě' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' | 'ī' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' | 'ő' => out.push('o'),
            'ú' | 'ù' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'ñ' | 'ń' | 'ň' => out.push('n'),
            'ç' | 'ć' | 'č' => out.push('c'),
            'š' | 'ś' => out.push('s'),
            'ž' | 'ź' | 'ż' => out.push('z'),
            'đ' | 'ď' => out.push('d'),
            'ł' => out.push('l'),
            'ř' => out.push('r'),
            'ť' => out.push('t'),
            'ß' => out.push_str("ss"),
            '\u{2019}' => out.push('\''),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
