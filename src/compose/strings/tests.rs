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
fn ships_four_languages_with_the_same_messages() {
    let s = Strings::embedded();
    assert_eq!(s.languages(), ["de", "en", "es", "fr"]);
    let reference = s.ids(REFERENCE);
    for language in s.languages() {
        let ids = s.ids(&language);
        let missing: Vec<_> = reference.difference(&ids).collect();
        let extra: Vec<_> = ids.difference(&reference).collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(extra.is_empty(), "{language} has unknown {extra:?}");
    }
}

#[test]
fn the_shipped_files_parse_without_errors() {
    for (file, source) in Strings::embedded_sources() {
        let mut s = Strings::embedded();
        let language = language_of_file(&file).expect("file name");
        assert_eq!(s.add(&file, language, source), [], "{file}");
    }
}

#[test]
fn a_syntax_error_names_its_file_and_line() {
    let mut s = Strings::embedded();
    let errors = s.add("strings/xx.ftl", "xx", "ok = fine\n\nbroken = { $n ->\n");
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].file, "strings/xx.ftl");
    assert_eq!(
        errors[0].line,
        Some(4),
        "the end of the file, where the message breaks off"
    );
    assert_eq!(s.format("xx", "ok", &[], false).as_deref(), Ok("fine"));
}

#[test]
fn a_language_never_borrows_another_languages_words() {
    let mut s = Strings::embedded();
    let _ = s.add("strings/xx.ftl", "xx", "only = here\n");
    let error = s
        .format("xx", "invitation-title", &[], false)
        .expect_err("missing");
    assert!(error.contains("strings/xx.ftl"), "{error}");
}

#[test]
fn html_escapes_arguments_but_not_safe_ones() {
    let mut s = Strings::embedded();
    let _ = s.add("strings/xx.ftl", "xx", "hi = Hi { $name }!\n");
    let plain = [("name", Arg::from("<b>Ana</b>"))];
    assert_eq!(
        s.format("xx", "hi", &plain, true).as_deref(),
        Ok("Hi &lt;b&gt;Ana&lt;/b&gt;!")
    );
    let safe = [(
        "name",
        Arg::Text {
            text: "<b>Ana</b>".into(),
            safe: true,
        },
    )];
    assert_eq!(
        s.format("xx", "hi", &safe, true).as_deref(),
        Ok("Hi <b>Ana</b>!")
    );
    assert_eq!(
        s.format("xx", "hi", &plain, false).as_deref(),
        Ok("Hi <b>Ana</b>!")
    );
}

#[test]
fn writes_dates_with_weekdays() {
    let s = Strings::embedded();
    let date = at(2026, 12, 31, 0, 0).date();
    let got: Vec<_> = ["en", "es", "fr", "de"]
        .iter()
        .map(|l| s.full_date(l, date))
        .collect();
    assert_eq!(
        got,
        [
            "Thursday 31 December 2026",
            "jueves 31 de diciembre de 2026",
            "jeudi 31 décembre 2026",
            "Donnerstag, 31. Dezember 2026",
        ]
    );
    assert_eq!(
        s.date("fr", at(2026, 3, 1, 0, 0).date()),
        "dimanche 1er mars"
    );
    assert_eq!(s.short_date("de", date), "Do., 31. Dez.");
}

#[test]
fn writes_times_of_day() {
    let s = Strings::embedded();
    let got: Vec<_> = [(0, 5), (12, 0), (15, 0), (23, 45)]
        .iter()
        .flat_map(|(h, m)| {
            ["en", "es", "fr", "de"]
                .iter()
                .map(|l| s.time(l, at(2026, 1, 1, *h, *m)))
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(
        got,
        [
            "12:05 am",
            "0:05",
            "0\u{a0}h\u{a0}05",
            "0:05 Uhr",
            "12 pm",
            "12:00",
            "12\u{a0}h",
            "12 Uhr",
            "3 pm",
            "15:00",
            "15\u{a0}h",
            "15 Uhr",
            "11:45 pm",
            "23:45",
            "23\u{a0}h\u{a0}45",
            "23:45 Uhr",
        ]
    );
}

#[test]
fn writes_spans_on_one_day_and_across_days() {
    let s = Strings::embedded();
    let start = at(2026, 6, 6, 15, 0);
    let got: Vec<_> = ["en", "es", "fr", "de"]
        .iter()
        .flat_map(|l| {
            [
                s.span(l, start, at(2026, 6, 6, 18, 0)),
                s.span(l, start, at(2026, 6, 7, 11, 0)),
            ]
        })
        .collect();
    assert_eq!(
        got,
        [
            "3 pm – 6 pm",
            "3 pm – Sunday 7 June, 11 am",
            "de 15:00 a 18:00",
            "de 15:00 al domingo 7 de junio, 11:00",
            "de 15\u{a0}h à 18\u{a0}h",
            "de 15\u{a0}h au dimanche 7 juin, 11\u{a0}h",
            "von 15 bis 18 Uhr",
            "von 15 Uhr bis Sonntag, 7. Juni, 11 Uhr",
        ]
    );
    assert_eq!(s.span("en", start, start), "3 pm");
}

#[test]
fn joins_names_as_a_sentence() {
    let s = Strings::embedded();
    assert_eq!(s.join_names("en", &names(&[])), "");
    assert_eq!(s.join_names("en", &names(&["Luka"])), "Luka");
    assert_eq!(s.join_names("en", &names(&["Luka", "Mia"])), "Luka and Mia");
    assert_eq!(
        s.join_names("en", &names(&["Ana", "Luka", "Mia"])),
        "Ana, Luka and Mia"
    );
    assert_eq!(s.join_names("es", &names(&["Luka", "Mia"])), "Luka y Mia");
    assert_eq!(s.join_names("fr", &names(&["Luka", "Mia"])), "Luka et Mia");
    assert_eq!(s.join_names("de", &names(&["Luka", "Mia"])), "Luka und Mia");
}

#[test]
fn spanish_y_becomes_e_before_an_i_sound() {
    let s = Strings::embedded();
    let es = |last: &str| s.join_names("es", &names(&["Luka", last]));
    assert_eq!(es("Isabel"), "Luka e Isabel");
    assert_eq!(es("Hilda"), "Luka e Hilda");
    assert_eq!(es("Íñigo"), "Luka e Íñigo");
    assert_eq!(es("Hierro"), "Luka y Hierro");
    assert_eq!(es("Yolanda"), "Luka y Yolanda");
}

#[test]
fn each_message_knows_the_line_it_was_defined_on() {
    let mut strings = Strings::embedded();
    let source = "# greeting\nhello = Hello\n    continued = not an id\n\nbye =\n    Goodbye\n";
    assert!(strings.add("strings/en.ftl", "en", source).is_empty());
    assert_eq!(
        strings.origin("en", "hello"),
        Some(("strings/en.ftl".to_owned(), 2))
    );
    assert_eq!(
        strings.origin("en", "bye"),
        Some(("strings/en.ftl".to_owned(), 5))
    );
    // Untouched messages keep the shipped file's line.
    let (file, line) = strings.origin("en", "month-1").expect("shipped message");
    assert_eq!(file, file_name("en"));
    let shipped = include_str!("../../../templates/strings/en.ftl");
    let expected = shipped
        .lines()
        .position(|l| l.starts_with("month-1 "))
        .expect("month-1 in en.ftl")
        + 1;
    assert_eq!(line, expected);
}
