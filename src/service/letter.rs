//! What the service writes to hosts and strangers: the form, the preview
//! with its problems by line, the confirmation that a party went out, the
//! answers to commands, and the one polite reply to a stranger.
//!
//! Pure: values in, subject and plain text out.

use super::date::{self, Doubt, Language};
use super::form::{self, Fields, Key};
use super::preview::{Issue, Note, Party, Preview};
use super::roster::Problem;
use super::rules::{CodeState, LimitHit};

/// A message's subject and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    pub subject: String,
    pub text: String,
}

fn form_lines(fields: &Fields, language: Language) -> String {
    Key::FORM
        .iter()
        .filter_map(|key| {
            let value = fields.get(*key)?;
            Some(format!("{}: {value}\n", key.label(language)))
        })
        .collect()
}

fn intro(language: Language) -> &'static str {
    match language {
        Language::En => "",
        Language::Es => {
            "Responde a este mensaje con estas líneas rellenadas, una por línea, y adjunta la lista de la clase (CSV o Excel) o pégala debajo: nombre del niño o de la niña y las direcciones de los padres.\n"
        }
        Language::Fr => {
            "Répondez à ce message avec ces lignes remplies, une par ligne, et joignez la liste de la classe (CSV ou Excel) ou collez-la dessous : le prénom de l'enfant et les adresses des parents.\n"
        }
        Language::De => {
            "Antworten Sie auf diese Nachricht mit diesen ausgefüllten Zeilen, eine pro Zeile, und hängen Sie die Klassenliste an (CSV oder Excel) oder fügen Sie sie darunter ein: der Name des Kindes und die Adressen der Eltern.\n"
        }
    }
}

/// The form, sent to a host who starts a party: in English, and in the
/// host's language too.
pub fn form(language: Language) -> Letter {
    let mut text = String::from(
        "Hello,\n\nTo invite a class to a party, reply to this message with these lines filled in, one per line:\n\n",
    );
    text.push_str(&form_lines(&form::example(Language::En), Language::En));
    text.push_str(
        "\nAttach the class list (CSV or Excel), or paste it below the lines, one family a line:\n\nBen Adler, eva.adler@example.org, tom.adler@example.org\n\nYou will get a preview of the invitation first. Nobody is invited until you reply OK to the preview.\n",
    );
    if language != Language::En {
        text.push_str("\n---\n\n");
        text.push_str(intro(language));
        text.push('\n');
        text.push_str(&form_lines(&form::example(language), language));
    }
    Letter {
        subject: "Your party: fill in these lines".into(),
        text,
    }
}

fn doubt(d: &Doubt) -> &'static str {
    match d {
        Doubt::YearAssumed => "no year was given, so the next one was taken",
        Doubt::DayOrMonth => "it could be day/month or month/day: day first was taken",
        Doubt::WeekdayMismatch { .. } => "the weekday written is not that date's weekday",
        Doubt::NextWeekday => "only a weekday was given: the next one was taken",
        Doubt::NoEnd => "no end time: two hours were assumed",
        Doubt::Afternoon => "no am/pm: the afternoon was assumed",
        Doubt::FarAhead => "it is more than a year and a half away",
    }
}

fn date_error(e: &date::DateError) -> &'static str {
    match e {
        date::DateError::NoDate => "no date found",
        date::DateError::NoTime => "no time of day found",
        date::DateError::NotADate => "that day does not exist",
        date::DateError::EndBeforeStart => "the end is not after the start",
        date::DateError::InPast => "that date has passed",
    }
}

fn issue(i: &Issue) -> String {
    match i {
        Issue::Missing { key } => format!("the \"{}:\" line is missing", key.label(Language::En)),
        Issue::BadWhen { text, error } => {
            format!("When: \"{text}\" could not be read ({})", date_error(error))
        }
        Issue::BadReplyBy { text, error } => {
            format!(
                "Reply by: \"{text}\" could not be read ({})",
                date_error(error)
            )
        }
        Issue::ReplyByAfterStart => "the reply-by date is after the party".into(),
        Issue::UnknownTimeZone { text } => format!("unknown time zone \"{text}\""),
        Issue::NoFamilies => {
            "no class list yet: attach it (CSV or Excel) or paste it, one family a line".into()
        }
        Issue::TooManyFamilies { given, max } => {
            format!("{given} families: this service invites at most {max} to one party")
        }
        Issue::NobodyToEmail => "not one family on the list has an email address".into(),
    }
}

fn where_(file: &Option<String>, line: Option<usize>) -> String {
    match (file, line) {
        (Some(f), Some(l)) => format!("{f} line {l}: "),
        (None, Some(l)) => format!("line {l}: "),
        (Some(f), None) => format!("{f}: "),
        (None, None) => String::new(),
    }
}

fn note(n: &Note, language: Language) -> String {
    match n {
        Note::Guessed { key, text, doubts } => format!(
            "{}: \"{text}\" was read as shown above ({}): please check",
            key.label(Language::En),
            doubts.iter().map(doubt).collect::<Vec<_>>().join("; "),
        ),
        Note::ReplyByChosen { date } => format!(
            "no reply-by date was given: {} was chosen",
            date::spell_date(*date, language)
        ),
        Note::LanguageUnavailable { code } => {
            format!("invitations in \"{code}\" are not available yet: English is used")
        }
        Note::Roster(noted) => {
            let at = where_(&noted.file, noted.line);
            match &noted.problem {
                Problem::NoAddress { name, phone } => match phone {
                    Some(p) => format!("{at}no address for {name}: phone them? ({p})"),
                    None => format!("{at}no address for {name}: phone them?"),
                },
                Problem::BadAddress { text } => format!("{at}\"{text}\" is not an email address"),
                Problem::NoName { address } => format!("{at}{address} has no child's name"),
                Problem::SameAddress {
                    address,
                    other_line,
                    other,
                } => format!("{at}{address} is also on line {other_line} ({other})"),
                Problem::Unreadable { file } => format!("{file} could not be read as a list"),
            }
        }
        Note::OptedOut {
            line,
            name,
            address,
        } => format!(
            "line {line}: {address} ({name}) asked never to get mail from this service: left out"
        ),
        Note::IgnoredColumns { columns } => {
            format!("columns not used: {}", columns.join(", "))
        }
    }
}

/// The preview: the invitation as families will see it (`invitation`, the
/// text of the first family's), the counts, every problem with its line,
/// and what to reply.
pub fn preview(preview: &Preview, invitation: Option<&str>, language: Language) -> Letter {
    let mut text = String::new();
    let families = |n: usize| if n == 1 { "family" } else { "families" };
    let addresses = |n: usize| if n == 1 { "address" } else { "addresses" };
    if let Some(party) = &preview.party {
        text.push_str(&format!(
            "{}\n{}\n{}\nReply by {}\n\n",
            party.title,
            date::spell_span(party.span(), language),
            party.location,
            date::spell_date(party.rsvp_by, language)
        ));
    }
    text.push_str(&format!(
        "{} {}, {} {}",
        preview.n_families,
        families(preview.n_families),
        preview.n_addresses,
        addresses(preview.n_addresses)
    ));
    if preview.n_unreachable > 0 {
        text.push_str(&format!(" ({} without an address)", preview.n_unreachable));
    }
    text.push_str(".\n");
    if !preview.issues.is_empty() {
        text.push_str("\nBefore it can go out:\n");
        for i in &preview.issues {
            text.push_str(&format!("- {}\n", issue(i)));
        }
    }
    if !preview.notes.is_empty() {
        text.push_str("\nPlease check:\n");
        for n in &preview.notes {
            text.push_str(&format!("- {}\n", note(n, language)));
        }
    }
    let subject;
    if preview.is_ready() {
        subject = "Preview: reply OK to invite them".to_owned();
        text.push_str(
            "\nReply OK to invite them. The OK works for 48 hours, from your address only.\nTo change something, reply with the corrected lines instead (or a new class list): you will get a new preview.\n",
        );
    } else {
        subject = "Your party: a few lines to fix".to_owned();
        text.push_str("\nReply with the corrected lines (or the class list), and you will get a new preview.\n");
    }
    if let Some(party) = &preview.party {
        text.push_str("\nThe party as read:\n\n");
        text.push_str(&form_lines(&super::preview::form_of(party), Language::En));
    }
    if let Some(invitation) = invitation {
        text.push_str("\n--- The invitation, as the first family will see it ---\n\n");
        text.push_str(invitation.replace("\r\n", "\n").trim_end());
        text.push('\n');
    }
    Letter { subject, text }
}

/// The party went out.
pub fn sent(party: &Party, n_families: usize, n_messages: usize, language: Language) -> Letter {
    Letter {
        subject: format!("Sent: {}", party.title),
        text: format!(
            "The invitations to {} are on their way: {n_families} families, {n_messages} messages.\n\nYou will get a digest of the answers each morning. Reply to a digest to correct an answer (\"Ben: yes 2\"), or write one of these lines:\n\nadd: Ada Lovelace, ada.parent@example.org\nchange time: {}\nchange place: Town Hall, Main Street 1\ncancel party\nstop (no more digests)\n",
            party.title,
            date::iso_span(party.span()),
        ) + &format!(
            "\n{}, {}\n",
            date::spell_span(party.span(), language),
            party.location
        ),
    }
}

/// Why an OK did not send.
pub fn not_sent(state: CodeState) -> Letter {
    let why = match state {
        CodeState::Expired => "This preview's OK has expired (it holds for 48 hours).",
        CodeState::Superseded => "A newer preview replaced this one: reply OK to the newest.",
        CodeState::Used => "These invitations were already sent: nothing was sent again.",
        CodeState::Valid => "Nothing was sent.",
    };
    Letter {
        subject: "Nothing was sent".into(),
        text: format!(
            "{why}\n\nReply to this message with the party's lines to get a new preview.\n"
        ),
    }
}

/// A sending command from the host's address that failed DKIM and SPF.
pub fn not_authenticated() -> Letter {
    Letter {
        subject: "Nothing was sent".into(),
        text: "Your mail server could not confirm that this message came from you (DKIM and SPF failed), so nothing was sent. Please reply again from your usual mail account.\n".into(),
    }
}

/// A cap stopped something.
pub fn limit(hit: LimitHit) -> Letter {
    let why = match hit {
        LimitHit::PartiesPerDay { max } => {
            format!("You have started {max} parties today, the most this service allows in a day.")
        }
        LimitHit::FamiliesPerParty { max, given } => {
            format!(
                "The list has {given} families; this service invites at most {max} to one party."
            )
        }
        LimitHit::MessagesPerDay { max, sent, wanted } => format!(
            "This would send {wanted} messages; with {sent} sent today it would pass this service's {max} a day. Please reply OK again tomorrow."
        ),
    };
    Letter {
        subject: "Nothing was sent".into(),
        text: format!("{why}\n\nNothing was sent.\n"),
    }
}

/// What the host's commands to a sent party did.
pub fn commands(title: &str, done: &[String], errors: &[String]) -> Letter {
    let mut text = String::new();
    if !done.is_empty() {
        text.push_str("Done:\n");
        for d in done {
            text.push_str(&format!("- {d}\n"));
        }
    }
    if !errors.is_empty() {
        text.push_str("\nNot done:\n");
        for e in errors {
            text.push_str(&format!("- {e}\n"));
        }
    }
    if done.is_empty() && errors.is_empty() {
        text.push_str("No command was found in your message. You can write:\n\nadd: Ada Lovelace, ada.parent@example.org\nchange time: 2027-01-16 15:00-17:00\nchange place: Town Hall, Main Street 1\ncancel party\nstop\n");
    }
    Letter {
        subject: format!("Re: {title}"),
        text,
    }
}

/// The one polite reply a day to someone who may not host.
pub fn stranger(service: &str) -> Letter {
    Letter {
        subject: "About your message".into(),
        text: format!(
            "Hello,\n\n{service} sends party invitations for the hosts its operator has allowed, and your address is not one of them, so nothing was done with your message. If you think it should be, please ask the people who run {service}.\n\nThis is an automatic reply; you will not get another one today.\n"
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_has_the_english_keys_and_the_hosts_language() {
        let letter = form(Language::Es);
        for line in [
            "Party:",
            "When:",
            "Where:",
            "Reply by:",
            "Fiesta:",
            "Cuándo:",
        ] {
            assert!(letter.text.contains(line), "{line} in {}", letter.text);
        }
    }

    #[test]
    fn a_stranger_is_told_nothing_was_done() {
        assert!(
            stranger("party@school.example")
                .text
                .contains("nothing was done")
        );
    }
}
