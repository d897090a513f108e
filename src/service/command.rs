//! What a host can tell a sent party by email, beyond the digest's
//! corrections: `add: …` a family, `change time: …`, `change place: …`,
//! `cancel party`, `stop` (no more digests) and `resume digests`.
//!
//! Pure and never failing: each line is a command, or left for the
//! digest's command parser (`Luka: yes 3`, `remind Okafor`), which ignores
//! prose.

use serde::Serialize;

use crate::digest::command::fold;

/// One service command and the line it was on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Command {
    /// A family to invite: the rest of the line, as a pasted roster line.
    Add {
        line: usize,
        text: String,
    },
    ChangeTime {
        text: String,
    },
    ChangePlace {
        text: String,
    },
    CancelParty,
    /// No more digests for this party.
    StopDigests,
    ResumeDigests,
}

impl Command {
    /// Whether the command sends mail to families (and so needs a sender
    /// that passes authentication, and counts against the caps).
    pub fn sends(&self) -> bool {
        matches!(
            self,
            Command::Add { .. }
                | Command::ChangeTime { .. }
                | Command::ChangePlace { .. }
                | Command::CancelParty
        )
    }
}

/// The service commands of a message, and the lines left for the digest's
/// commands.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub commands: Vec<Command>,
    pub rest: String,
}

const ADD: &[&str] = &[
    "add",
    "add family",
    "invite",
    "anadir",
    "agregar",
    "invitar",
    "ajouter",
    "inviter",
    "hinzufugen",
    "einladen",
];
const CHANGE_TIME: &[&str] = &[
    "change time",
    "new time",
    "change date",
    "new date",
    "cambiar hora",
    "nueva hora",
    "cambiar fecha",
    "nueva fecha",
    "changer l'heure",
    "changer heure",
    "nouvelle heure",
    "changer la date",
    "nouvelle date",
    "zeit andern",
    "neue zeit",
    "datum andern",
    "neues datum",
];
const CHANGE_PLACE: &[&str] = &[
    "change place",
    "new place",
    "change location",
    "new location",
    "cambiar lugar",
    "nuevo lugar",
    "changer le lieu",
    "changer lieu",
    "nouveau lieu",
    "ort andern",
    "neuer ort",
];
const CANCEL: &[&str] = &[
    "cancel party",
    "cancel the party",
    "cancelar fiesta",
    "cancelar la fiesta",
    "annuler la fete",
    "annuler fete",
    "feier absagen",
    "party absagen",
    "die feier absagen",
];
const STOP: &[&str] = &[
    "stop",
    "stop digests",
    "stop the digests",
    "no more digests",
    "parar",
    "detener",
    "arreter",
    "stopp",
];
const RESUME: &[&str] = &[
    "resume digests",
    "start digests",
    "reanudar",
    "reprendre",
    "fortsetzen",
];

fn normalise(text: &str) -> String {
    fold(text)
        .replace('\u{2019}', "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Read the service commands in the host's fresh lines.
pub fn parse(fresh: &[(usize, String)]) -> Parsed {
    let mut parsed = Parsed::default();
    let mut rest = Vec::new();
    for (n, line) in fresh {
        let trimmed = line.trim().trim_start_matches(['-', '*', '•']).trim();
        let whole = normalise(trimmed.trim_end_matches(['.', '!']));
        let keyed = trimmed
            .split_once(':')
            .map(|(k, v)| (normalise(k), v.trim()));
        let command = match keyed {
            Some((key, value)) if ADD.contains(&key.as_str()) && !value.is_empty() => {
                Some(Command::Add {
                    line: *n,
                    text: value.to_owned(),
                })
            }
            Some((key, value)) if CHANGE_TIME.contains(&key.as_str()) && !value.is_empty() => {
                Some(Command::ChangeTime {
                    text: value.to_owned(),
                })
            }
            Some((key, value)) if CHANGE_PLACE.contains(&key.as_str()) && !value.is_empty() => {
                Some(Command::ChangePlace {
                    text: value.to_owned(),
                })
            }
            _ if CANCEL.contains(&whole.as_str()) => Some(Command::CancelParty),
            _ if STOP.contains(&whole.as_str()) => Some(Command::StopDigests),
            _ if RESUME.contains(&whole.as_str()) => Some(Command::ResumeDigests),
            _ => None,
        };
        match command {
            Some(command) => parsed.commands.push(command),
            None => rest.push(line.as_str()),
        }
    }
    parsed.rest = rest.join("\n");
    parsed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::message::numbered as fresh;

    #[test]
    fn service_commands_and_the_rest() {
        let p = parse(&fresh(
            "add: Zoe Park, jin.park@example.org\nChange time: 16 Jan 4-6pm\nchange place: Town Hall\nLuka: yes 3\nstop\nThanks!",
        ));
        assert_eq!(
            p.commands,
            [
                Command::Add {
                    line: 1,
                    text: "Zoe Park, jin.park@example.org".into()
                },
                Command::ChangeTime {
                    text: "16 Jan 4-6pm".into()
                },
                Command::ChangePlace {
                    text: "Town Hall".into()
                },
                Command::StopDigests,
            ]
        );
        assert_eq!(p.rest, "Luka: yes 3\nThanks!");
        assert!(p.commands[0].sends() && !p.commands[3].sends());
    }

    #[test]
    fn in_other_languages() {
        let p = parse(&fresh(
            "Annuler la fête\nNeue Zeit: 17.1.2027 15 Uhr\ncambiar lugar: Parque\nstop reminders",
        ));
        assert_eq!(p.commands.len(), 3);
        assert_eq!(p.commands[0], Command::CancelParty);
        assert_eq!(p.rest, "stop reminders", "the digest's own command");
    }

    #[test]
    fn an_empty_value_is_not_a_command() {
        let p = parse(&fresh("add:\nchange time:"));
        assert!(p.commands.is_empty());
    }
}
