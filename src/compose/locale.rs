//! Words and formats of the supported languages: month and weekday names,
//! how dates, times and lists of names are written. Tiny tables instead of an
//! i18n library; an unknown language is written the English way.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

/// A language whose dates and lists rsvpd knows how to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    En,
    Es,
    Fr,
}

const EN_MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const EN_WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const ES_MONTHS: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];
const ES_WEEKDAYS: [&str; 7] = [
    "lunes",
    "martes",
    "miércoles",
    "jueves",
    "viernes",
    "sábado",
    "domingo",
];
const FR_MONTHS: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const FR_WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

impl Locale {
    /// The locale for a language tag such as `es` or `es-MX`; English when
    /// the language is not one of ours.
    pub fn for_language(tag: &str) -> Locale {
        let primary = tag
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        match primary.as_str() {
            "es" => Locale::Es,
            "fr" => Locale::Fr,
            _ => Locale::En,
        }
    }

    fn month(self, date: NaiveDate) -> &'static str {
        let index = date.month0() as usize % 12;
        match self {
            Locale::En => EN_MONTHS[index],
            Locale::Es => ES_MONTHS[index],
            Locale::Fr => FR_MONTHS[index],
        }
    }

    fn weekday(self, date: NaiveDate) -> &'static str {
        let index = date.weekday().num_days_from_monday() as usize % 7;
        match self {
            Locale::En => EN_WEEKDAYS[index],
            Locale::Es => ES_WEEKDAYS[index],
            Locale::Fr => FR_WEEKDAYS[index],
        }
    }

    /// A date with its weekday: "Saturday, March 14, 2026",
    /// "sábado, 14 de marzo de 2026", "samedi 14 mars 2026".
    pub fn date(self, date: NaiveDate) -> String {
        let (weekday, month, day, year) = (
            self.weekday(date),
            self.month(date),
            date.day(),
            date.year(),
        );
        match self {
            Locale::En => format!("{weekday}, {month} {day}, {year}"),
            Locale::Es => format!("{weekday}, {day} de {month} de {year}"),
            Locale::Fr if day == 1 => format!("{weekday} 1er {month} {year}"),
            Locale::Fr => format!("{weekday} {day} {month} {year}"),
        }
    }

    /// A short date for subjects and lists: "Sat 12 Dec", "sáb 12 dic",
    /// "sam. 12 déc.".
    pub fn short_date(self, date: NaiveDate) -> String {
        let day = date.day();
        let cut = |word: &str, n: usize| word.chars().take(n).collect::<String>();
        let (weekday, month) = (self.weekday(date), self.month(date));
        match self {
            Locale::En => format!("{} {day} {}", cut(weekday, 3), cut(month, 3)),
            Locale::Es => format!("{} {day} {}", cut(weekday, 3), cut(month, 3)),
            Locale::Fr => {
                let month = if month.chars().count() <= 4 {
                    month.to_owned()
                } else {
                    format!("{}.", cut(month, 3))
                };
                format!("{}. {day} {month}", cut(weekday, 3))
            }
        }
    }

    /// A time of day: "3:00 pm", "15:00", "15h00".
    pub fn time(self, time: NaiveDateTime) -> String {
        let (hour, minute) = (time.hour(), time.minute());
        match self {
            Locale::En => {
                let (hour12, suffix) = match hour {
                    0 => (12, "am"),
                    1..=11 => (hour, "am"),
                    12 => (12, "pm"),
                    _ => (hour - 12, "pm"),
                };
                format!("{hour12}:{minute:02} {suffix}")
            }
            Locale::Es => format!("{hour}:{minute:02}"),
            Locale::Fr => format!("{hour}h{minute:02}"),
        }
    }

    /// From start to end: the time span on one day ("3:00 pm – 5:00 pm",
    /// "de 15:00 a 17:00"), or both dates when the end is on another day.
    pub fn span(self, start: NaiveDateTime, end: NaiveDateTime) -> String {
        let (from, to) = (self.time(start), self.time(end));
        if end <= start {
            return from;
        }
        if start.date() == end.date() {
            return match self {
                Locale::En => format!("{from} – {to}"),
                Locale::Es => format!("de {from} a {to}"),
                Locale::Fr => format!("de {from} à {to}"),
            };
        }
        let end_date = self.date(end.date());
        match self {
            Locale::En => format!("{from} – {end_date}, {to}"),
            Locale::Es => format!("de {from} al {end_date}, {to}"),
            Locale::Fr => format!("de {from} au {end_date}, {to}"),
        }
    }

    /// Names as a sentence: "Luka and Mia", "Ana, Luka y Mia", "Luka e Isabel".
    pub fn join_names(self, names: &[String]) -> String {
        match names {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => {
                let conjunction = match self {
                    Locale::En => "and",
                    Locale::Es if sounds_like_i(last) => "e",
                    Locale::Es => "y",
                    Locale::Fr => "et",
                };
                format!("{} {conjunction} {last}", init.join(", "))
            }
        }
    }
}

/// Whether a Spanish word starts with the sound /i/ ("Isabel", "Hilda"), before
/// which "y" becomes "e"; not "hie"/"hia" ("Hierro"), which start with /j/.
fn sounds_like_i(word: &str) -> bool {
    let lower = word.trim().to_lowercase();
    let rest = lower.strip_prefix('h').unwrap_or(&lower);
    let mut chars = rest.chars();
    match chars.next() {
        Some('i' | 'í') => !matches!(
            chars.next(),
            Some('a' | 'e' | 'o' | 'u' | 'á' | 'é' | 'ó' | 'ú')
        ),
        _ => false,
    }
}

#[cfg(test)]
mod tests;
