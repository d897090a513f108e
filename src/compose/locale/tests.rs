use super::*;

fn at(y: i32, m: u32, d: u32, h: u32, min: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(y, m, d)
        .and_then(|date| date.and_hms_opt(h, min, 0))
        .expect("valid test time")
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|name| (*name).to_owned()).collect()
}

#[test]
fn picks_the_locale_from_the_primary_subtag() {
    assert_eq!(Locale::for_language("es-MX"), Locale::Es);
    assert_eq!(Locale::for_language("FR_ca"), Locale::Fr);
    assert_eq!(Locale::for_language("en"), Locale::En);
    assert_eq!(Locale::for_language("de"), Locale::En);
    assert_eq!(Locale::for_language(""), Locale::En);
}

#[test]
fn writes_dates_with_weekdays() {
    let date = at(2026, 12, 31, 0, 0).date();
    assert_eq!(Locale::En.date(date), "Thursday, December 31, 2026");
    assert_eq!(Locale::Es.date(date), "jueves, 31 de diciembre de 2026");
    assert_eq!(Locale::Fr.date(date), "jeudi 31 décembre 2026");
    assert_eq!(
        Locale::Fr.date(at(2026, 3, 1, 0, 0).date()),
        "dimanche 1er mars 2026"
    );
}

#[test]
fn writes_times_of_day() {
    assert_eq!(Locale::En.time(at(2026, 1, 1, 0, 5)), "12:05 am");
    assert_eq!(Locale::En.time(at(2026, 1, 1, 12, 0)), "12:00 pm");
    assert_eq!(Locale::En.time(at(2026, 1, 1, 23, 45)), "11:45 pm");
    assert_eq!(Locale::Es.time(at(2026, 1, 1, 9, 5)), "9:05");
    assert_eq!(Locale::Fr.time(at(2026, 1, 1, 15, 30)), "15h30");
}

#[test]
fn writes_spans_on_one_day_and_across_days() {
    let start = at(2026, 6, 6, 10, 0);
    assert_eq!(
        Locale::En.span(start, at(2026, 6, 6, 13, 0)),
        "10:00 am – 1:00 pm"
    );
    assert_eq!(
        Locale::Es.span(start, at(2026, 6, 6, 13, 0)),
        "de 10:00 a 13:00"
    );
    assert_eq!(
        Locale::Fr.span(start, at(2026, 6, 7, 11, 0)),
        "de 10h00 au dimanche 7 juin 2026, 11h00"
    );
    assert_eq!(Locale::En.span(start, start), "10:00 am");
}

#[test]
fn joins_names_as_a_sentence() {
    assert_eq!(Locale::En.join_names(&names(&[])), "");
    assert_eq!(Locale::En.join_names(&names(&["Luka"])), "Luka");
    assert_eq!(
        Locale::En.join_names(&names(&["Luka", "Mia"])),
        "Luka and Mia"
    );
    assert_eq!(
        Locale::En.join_names(&names(&["Ana", "Luka", "Mia"])),
        "Ana, Luka and Mia"
    );
    assert_eq!(
        Locale::Es.join_names(&names(&["Luka", "Mia"])),
        "Luka y Mia"
    );
    assert_eq!(
        Locale::Fr.join_names(&names(&["Luka", "Mia"])),
        "Luka et Mia"
    );
}

#[test]
fn spanish_y_becomes_e_before_an_i_sound() {
    assert_eq!(
        Locale::Es.join_names(&names(&["Luka", "Isabel"])),
        "Luka e Isabel"
    );
    assert_eq!(
        Locale::Es.join_names(&names(&["Luka", "Hilda"])),
        "Luka e Hilda"
    );
    assert_eq!(
        Locale::Es.join_names(&names(&["Luka", "Íñigo"])),
        "Luka e Íñigo"
    );
    assert_eq!(
        Locale::Es.join_names(&names(&["Luka", "Hierro"])),
        "Luka y Hierro"
    );
    assert_eq!(
        Locale::Es.join_names(&names(&["Luka", "Yolanda"])),
        "Luka y Yolanda"
    );
}
