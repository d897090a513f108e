//! The party form: one `Key: value` line each, in English, Spanish, French
//! or German ("Party:", "Fiesta:", "Fête :", "Feier:"), read from what the
//! host wrote and kept between rounds.
//!
//! Pure. English keys are always accepted; each language's own keys too,
//! with common synonyms ("Date:", "Lieu :", "Ort:").

use serde::{Deserialize, Serialize};

use super::date::Language;
use crate::digest::command::fold;

/// One field of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Key {
    Party,
    When,
    Where,
    ReplyBy,
    Details,
    Language,
    Host,
    TimeZone,
}

impl Key {
    /// Every field.
    pub const ALL: [Key; 8] = [
        Key::Party,
        Key::When,
        Key::Where,
        Key::ReplyBy,
        Key::Details,
        Key::Language,
        Key::Host,
        Key::TimeZone,
    ];

    /// The fields in the order the form shows them.
    pub const FORM: [Key; 7] = [
        Key::Party,
        Key::When,
        Key::Where,
        Key::ReplyBy,
        Key::Details,
        Key::Language,
        Key::Host,
    ];

    /// The key as the form writes it in `language`.
    pub fn label(self, language: Language) -> &'static str {
        use Language::{De, En, Es, Fr};
        match (self, language) {
            (Key::Party, En) => "Party",
            (Key::Party, Es) => "Fiesta",
            (Key::Party, Fr) => "Fête",
            (Key::Party, De) => "Feier",
            (Key::When, En) => "When",
            (Key::When, Es) => "Cuándo",
            (Key::When, Fr) => "Quand",
            (Key::When, De) => "Wann",
            (Key::Where, En) => "Where",
            (Key::Where, Es) => "Dónde",
            (Key::Where, Fr) => "Où",
            (Key::Where, De) => "Wo",
            (Key::ReplyBy, En) => "Reply by",
            (Key::ReplyBy, Es) => "Confirmar hasta",
            (Key::ReplyBy, Fr) => "Répondre d'ici le",
            (Key::ReplyBy, De) => "Antwort bis",
            (Key::Details, En) => "Details",
            (Key::Details, Es) => "Detalles",
            (Key::Details, Fr) => "Détails",
            (Key::Details, De) => "Details",
            (Key::Language, En) => "Language",
            (Key::Language, Es) => "Idioma",
            (Key::Language, Fr) => "Langue",
            (Key::Language, De) => "Sprache",
            (Key::Host, En) => "Host",
            (Key::Host, Es) => "De parte de",
            (Key::Host, Fr) => "De la part de",
            (Key::Host, De) => "Einladung von",
            (Key::TimeZone, En) => "Time zone",
            (Key::TimeZone, Es) => "Zona horaria",
            (Key::TimeZone, Fr) => "Fuseau horaire",
            (Key::TimeZone, De) => "Zeitzone",
        }
    }
}

/// Folded keys and synonyms, with the language they are typical of (None:
/// shared or English).
const KEYS: &[(&str, Key, Option<Language>)] = &[
    ("party", Key::Party, None),
    ("title", Key::Party, None),
    ("event", Key::Party, None),
    ("fiesta", Key::Party, Some(Language::Es)),
    ("titulo", Key::Party, Some(Language::Es)),
    ("evento", Key::Party, Some(Language::Es)),
    ("fete", Key::Party, Some(Language::Fr)),
    ("titre", Key::Party, Some(Language::Fr)),
    ("evenement", Key::Party, Some(Language::Fr)),
    ("feier", Key::Party, Some(Language::De)),
    ("fest", Key::Party, Some(Language::De)),
    ("titel", Key::Party, Some(Language::De)),
    ("anlass", Key::Party, Some(Language::De)),
    ("when", Key::When, None),
    ("date", Key::When, None),
    ("date and time", Key::When, None),
    ("cuando", Key::When, Some(Language::Es)),
    ("fecha", Key::When, Some(Language::Es)),
    ("fecha y hora", Key::When, Some(Language::Es)),
    ("quand", Key::When, Some(Language::Fr)),
    ("date et heure", Key::When, Some(Language::Fr)),
    ("wann", Key::When, Some(Language::De)),
    ("datum", Key::When, Some(Language::De)),
    ("datum und uhrzeit", Key::When, Some(Language::De)),
    ("where", Key::Where, None),
    ("place", Key::Where, None),
    ("location", Key::Where, None),
    ("venue", Key::Where, None),
    ("donde", Key::Where, Some(Language::Es)),
    ("lugar", Key::Where, Some(Language::Es)),
    ("ou", Key::Where, Some(Language::Fr)),
    ("lieu", Key::Where, Some(Language::Fr)),
    ("wo", Key::Where, Some(Language::De)),
    ("ort", Key::Where, Some(Language::De)),
    ("reply by", Key::ReplyBy, None),
    ("rsvp by", Key::ReplyBy, None),
    ("rsvp", Key::ReplyBy, None),
    ("answer by", Key::ReplyBy, None),
    ("respond by", Key::ReplyBy, None),
    ("confirmar hasta", Key::ReplyBy, Some(Language::Es)),
    ("confirmar antes de", Key::ReplyBy, Some(Language::Es)),
    ("responder antes de", Key::ReplyBy, Some(Language::Es)),
    ("responder hasta", Key::ReplyBy, Some(Language::Es)),
    ("repondre d'ici le", Key::ReplyBy, Some(Language::Fr)),
    ("repondre avant le", Key::ReplyBy, Some(Language::Fr)),
    ("reponse avant le", Key::ReplyBy, Some(Language::Fr)),
    ("reponse d'ici le", Key::ReplyBy, Some(Language::Fr)),
    ("antwort bis", Key::ReplyBy, Some(Language::De)),
    ("antworten bis", Key::ReplyBy, Some(Language::De)),
    ("zusage bis", Key::ReplyBy, Some(Language::De)),
    ("ruckmeldung bis", Key::ReplyBy, Some(Language::De)),
    ("details", Key::Details, None),
    ("notes", Key::Details, None),
    ("info", Key::Details, None),
    ("detalles", Key::Details, Some(Language::Es)),
    ("notas", Key::Details, Some(Language::Es)),
    ("precisions", Key::Details, Some(Language::Fr)),
    ("remarques", Key::Details, Some(Language::Fr)),
    ("hinweise", Key::Details, Some(Language::De)),
    ("language", Key::Language, None),
    ("idioma", Key::Language, Some(Language::Es)),
    ("langue", Key::Language, Some(Language::Fr)),
    ("sprache", Key::Language, Some(Language::De)),
    ("host", Key::Host, None),
    ("your name", Key::Host, None),
    ("invited by", Key::Host, None),
    ("de parte de", Key::Host, Some(Language::Es)),
    ("anfitrion", Key::Host, Some(Language::Es)),
    ("anfitriona", Key::Host, Some(Language::Es)),
    ("de la part de", Key::Host, Some(Language::Fr)),
    ("organisateur", Key::Host, Some(Language::Fr)),
    ("organisatrice", Key::Host, Some(Language::Fr)),
    ("einladung von", Key::Host, Some(Language::De)),
    ("gastgeber", Key::Host, Some(Language::De)),
    ("gastgeberin", Key::Host, Some(Language::De)),
    ("time zone", Key::TimeZone, None),
    ("timezone", Key::TimeZone, None),
    ("zona horaria", Key::TimeZone, Some(Language::Es)),
    ("fuseau horaire", Key::TimeZone, Some(Language::Fr)),
    ("zeitzone", Key::TimeZone, Some(Language::De)),
];

/// Longest value kept per field: a title is a line, details a paragraph.
const MAX_VALUE: usize = 500;

/// The form as the host has filled it so far (values as written).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fields {
    pub party: Option<String>,
    pub when: Option<String>,
    #[serde(rename = "where")]
    pub place: Option<String>,
    pub reply_by: Option<String>,
    pub details: Option<String>,
    pub language: Option<String>,
    pub host: Option<String>,
    pub time_zone: Option<String>,
}

impl Fields {
    pub fn get(&self, key: Key) -> Option<&str> {
        match key {
            Key::Party => self.party.as_deref(),
            Key::When => self.when.as_deref(),
            Key::Where => self.place.as_deref(),
            Key::ReplyBy => self.reply_by.as_deref(),
            Key::Details => self.details.as_deref(),
            Key::Language => self.language.as_deref(),
            Key::Host => self.host.as_deref(),
            Key::TimeZone => self.time_zone.as_deref(),
        }
    }

    fn slot(&mut self, key: Key) -> &mut Option<String> {
        match key {
            Key::Party => &mut self.party,
            Key::When => &mut self.when,
            Key::Where => &mut self.place,
            Key::ReplyBy => &mut self.reply_by,
            Key::Details => &mut self.details,
            Key::Language => &mut self.language,
            Key::Host => &mut self.host,
            Key::TimeZone => &mut self.time_zone,
        }
    }

    pub fn is_empty(&self) -> bool {
        Key::ALL.iter().all(|k| self.get(*k).is_none())
    }

    /// These fields with every value `newer` gives laid over them.
    pub fn updated_with(&self, newer: &Fields) -> Fields {
        let mut out = self.clone();
        for key in Key::ALL {
            if let Some(value) = newer.get(key) {
                *out.slot(key) = Some(value.to_owned());
            }
        }
        out
    }
}

/// What one message said on the form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    pub fields: Fields,
    /// Numbers of the lines that were form lines (not a roster line).
    pub lines: Vec<usize>,
    /// The language the keys were written in, when they say.
    pub language: Option<Language>,
}

/// The key and value of a `Key: value` line, when the key is a form key.
pub fn parse_line(line: &str) -> Option<(Key, Option<Language>, String)> {
    let line = line.trim().trim_start_matches(['*', '-', '•']).trim();
    let (key, value) = line.split_once(':')?;
    if key.chars().count() > 30 {
        return None;
    }
    let folded = fold(key)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace('\u{2019}', "'");
    let (_, key, language) = KEYS.iter().find(|(k, _, _)| *k == folded)?;
    let value = value.trim().trim_matches('*').trim();
    let value: String = value.chars().take(MAX_VALUE).collect();
    Some((*key, *language, value))
}

/// Read the form lines of a message: its fresh lines first; a key the
/// fresh text does not give is taken from the quoted lines when the host
/// filled it in there (a value different from the form's own example).
pub fn read(fresh: &[(usize, String)], quoted: &[String]) -> Reading {
    let mut reading = Reading::default();
    let mut votes = [0usize; 4];
    for (n, line) in fresh {
        if let Some((key, language, value)) = parse_line(line) {
            reading.lines.push(*n);
            if let Some(language) = language {
                votes[language_index(language)] += 1;
            }
            if !value.is_empty() {
                *reading.fields.slot(key) = Some(value);
            }
        }
    }
    for line in quoted {
        if let Some((key, _, value)) = parse_line(line) {
            let is_example = [Language::En, Language::Es, Language::Fr, Language::De]
                .iter()
                .any(|l| example(*l).get(key) == Some(value.as_str()));
            let slot = reading.fields.slot(key);
            if slot.is_none() && !value.is_empty() && !is_example {
                *slot = Some(value);
            }
        }
    }
    let best = (0..4).max_by_key(|i| votes[*i]).unwrap_or(0);
    if votes[best] > 0 {
        reading.language = Some([Language::En, Language::Es, Language::Fr, Language::De][best]);
    }
    reading
}

fn language_index(language: Language) -> usize {
    match language {
        Language::En => 0,
        Language::Es => 1,
        Language::Fr => 2,
        Language::De => 3,
    }
}

/// The example the form shows, in each language. Quoted lines equal to it
/// are the form's, not the host's.
pub fn example(language: Language) -> Fields {
    let s = |v: &str| Some(v.to_owned());
    match language {
        Language::En => Fields {
            party: s("Mia's 7th birthday"),
            when: s("Saturday 16 January, 3-5pm"),
            place: s("Mill Park, Oak Lane 3"),
            reply_by: s("11 January"),
            details: s("Cake and games. Wear something warm."),
            language: s("en"),
            host: None,
            time_zone: None,
        },
        Language::Es => Fields {
            party: s("El 7.º cumpleaños de Mía"),
            when: s("sábado 16 de enero, de 17:00 a 19:00"),
            place: s("Parque del Molino, calle del Roble 3"),
            reply_by: s("11 de enero"),
            details: s("Habrá tarta y juegos. Traigan ropa de abrigo."),
            language: s("es"),
            host: None,
            time_zone: None,
        },
        Language::Fr => Fields {
            party: s("Les 7 ans de Mia"),
            when: s("samedi 16 janvier, de 15 h à 17 h"),
            place: s("Parc du Moulin, 3 allée des Chênes"),
            reply_by: s("11 janvier"),
            details: s("Gâteau et jeux. Prévoir des vêtements chauds."),
            language: s("fr"),
            host: None,
            time_zone: None,
        },
        Language::De => Fields {
            party: s("Mias 7. Geburtstag"),
            when: s("Samstag, 16. Januar, 15–17 Uhr"),
            place: s("Mühlenpark, Eichenweg 3"),
            reply_by: s("11. Januar"),
            details: s("Kuchen und Spiele. Bitte warm anziehen."),
            language: s("de"),
            host: None,
            time_zone: None,
        },
    }
}

/// The language code a "Language:" value names ("Spanish", "español",
/// "es-MX" → `es`); `None` when it names no language.
pub fn language_code(value: &str) -> Option<String> {
    let folded = fold(value.trim());
    let word = folded
        .split([' ', ',', ';', '('])
        .next()
        .unwrap_or_default();
    let named = match word {
        "english" | "ingles" | "anglais" | "englisch" => Some("en"),
        "spanish" | "espanol" | "castellano" | "espagnol" | "spanisch" => Some("es"),
        "french" | "frances" | "francais" | "franzosisch" => Some("fr"),
        "german" | "aleman" | "allemand" | "deutsch" => Some("de"),
        "italian" | "italiano" | "italien" | "italienisch" => Some("it"),
        "portuguese" | "portugues" | "portugais" | "portugiesisch" => Some("pt"),
        "dutch" | "nederlands" | "neerlandais" | "niederlandisch" => Some("nl"),
        "polish" | "polski" | "polaco" | "polonais" | "polnisch" => Some("pl"),
        _ => None,
    };
    if let Some(code) = named {
        return Some(code.to_owned());
    }
    let tag = word.replace('_', "-");
    let primary = tag.split('-').next().unwrap_or_default();
    let valid = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    valid.then(|| primary.to_owned())
}

/// A guess at the host's language from a message that has no form keys:
/// its `Content-Language`, else a few telling words.
pub fn guess_language(header: Option<&str>, text: &str) -> Option<Language> {
    if let Some(tag) = header {
        let code = tag
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if matches!(code.as_str(), "en" | "es" | "fr" | "de") {
            return Some(Language::of(&code));
        }
    }
    let folded = fold(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let cues: [(Language, &[&str]); 4] = [
        (
            Language::Es,
            &["fiesta", "cumpleanos", "hola", "nueva", "quiero", "gracias"],
        ),
        (
            Language::Fr,
            &["fete", "anniversaire", "bonjour", "nouvelle", "merci", "je"],
        ),
        (
            Language::De,
            &[
                "feier",
                "geburtstag",
                "hallo",
                "neue",
                "danke",
                "ich",
                "kindergeburtstag",
            ],
        ),
        (
            Language::En,
            &["party", "birthday", "hello", "hi", "new", "thanks"],
        ),
    ];
    cues.iter()
        .map(|(language, cue)| (*language, words.iter().filter(|w| cue.contains(w)).count()))
        .filter(|(_, n)| *n > 0)
        .max_by_key(|(_, n)| *n)
        .map(|(language, _)| language)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::message::numbered as lines;

    #[test]
    fn english_keys_and_values() {
        let r = read(
            &lines(
                "Party: Mia's 7th birthday\nWhen: 2027-01-16 15:00-17:00\nWhere: Mill Park, Oak Lane 3\nReply by: 2027-01-11\nDetails: Cake and games.\nLanguage: en\n\nBen Adler, eva@example.org",
            ),
            &[],
        );
        assert_eq!(r.fields.party.as_deref(), Some("Mia's 7th birthday"));
        assert_eq!(r.fields.when.as_deref(), Some("2027-01-16 15:00-17:00"));
        assert_eq!(r.fields.place.as_deref(), Some("Mill Park, Oak Lane 3"));
        assert_eq!(r.fields.reply_by.as_deref(), Some("2027-01-11"));
        assert_eq!(r.fields.details.as_deref(), Some("Cake and games."));
        assert_eq!(r.lines, [1, 2, 3, 4, 5, 6]);
        assert_eq!(r.language, None);
    }

    #[test]
    fn keys_in_other_languages_say_the_language() {
        let r = read(
            &lines("Fête : Les 7 ans de Mia\nQuand : 16/01/2027 15h\nLieu : Parc"),
            &[],
        );
        assert_eq!(r.fields.party.as_deref(), Some("Les 7 ans de Mia"));
        assert_eq!(r.fields.place.as_deref(), Some("Parc"));
        assert_eq!(r.language, Some(Language::Fr));
        let r = read(
            &lines("Feier: Mias Geburtstag\nWann: 16.1.2027 15 Uhr\nAntwort bis: 11.1."),
            &[],
        );
        assert_eq!(r.fields.reply_by.as_deref(), Some("11.1."));
        assert_eq!(r.language, Some(Language::De));
        let r = read(&lines("**Cuándo:** sábado 16 de enero"), &[]);
        assert_eq!(r.fields.when.as_deref(), Some("sábado 16 de enero"));
    }

    #[test]
    fn values_filled_in_the_quote_count_unless_they_are_the_example() {
        let quoted = vec![
            "Party: Ben's party".to_owned(),
            "When:".to_owned(),
            "Where: Mill Park, Oak Lane 3".to_owned(),
        ];
        let r = read(&lines("When: 16 Jan 3-5pm"), &quoted);
        assert_eq!(r.fields.party.as_deref(), Some("Ben's party"));
        assert_eq!(r.fields.when.as_deref(), Some("16 Jan 3-5pm"));
        assert_eq!(r.fields.place, None, "the example is not the host's");
    }

    #[test]
    fn lines_that_are_not_form_keys_are_not_read() {
        let r = read(
            &lines("Hi!\nhttps://maps.example/x\nNote to self: buy cake"),
            &[],
        );
        assert!(r.fields.is_empty());
    }

    #[test]
    fn later_values_replace_earlier_ones() {
        let old = Fields {
            party: Some("A".into()),
            when: Some("x".into()),
            ..Fields::default()
        };
        let new = Fields {
            when: Some("y".into()),
            ..Fields::default()
        };
        let merged = old.updated_with(&new);
        assert_eq!(merged.party.as_deref(), Some("A"));
        assert_eq!(merged.when.as_deref(), Some("y"));
    }

    #[test]
    fn language_values() {
        assert_eq!(language_code("Español").as_deref(), Some("es"));
        assert_eq!(language_code("de-AT").as_deref(), Some("de"));
        assert_eq!(language_code("fr (please)").as_deref(), Some("fr"));
        assert_eq!(language_code("Klingon!!"), None);
        assert_eq!(
            guess_language(None, "Hola, quiero una fiesta"),
            Some(Language::Es)
        );
        assert_eq!(
            guess_language(Some("de-CH"), "new party"),
            Some(Language::De)
        );
        assert_eq!(guess_language(None, "x"), None);
    }
}
