use super::*;

const EXAMPLE: &str = include_str!("../../examples/class/rsvpd.toml");

fn problems(source: &str) -> Vec<String> {
    match Config::parse(Path::new("/party/rsvpd.toml"), source) {
        Ok(_) => panic!("expected errors"),
        Err(e) => e.problems.iter().map(|p| p.to_string()).collect(),
    }
}

#[test]
fn example_config_is_valid() {
    let c = Config::parse(Path::new("/party/rsvpd.toml"), EXAMPLE).expect("valid");
    assert_eq!(c.host.email.as_str(), "dana@example.org");
    assert_eq!(c.host.time_zone, chrono_tz::Europe::Zagreb);
    assert_eq!(c.mail.mode, Mode::Local);
    assert_eq!(c.state_dir, Path::new("/party/state"));
    assert_eq!(c.events.len(), 1);
    let e = &c.events[0];
    assert_eq!(e.roster, Path::new("/party/roster.csv"));
    assert_eq!(e.event.start.to_string(), "2026-12-12 15:00:00");
    assert_eq!(e.event.default_language, "en");
    assert_eq!(c.digest.time.to_string(), "07:30:00");
    assert_eq!(c.reminders.days_before, vec![3]);
}

#[test]
fn server_mode_defaults_ports_by_security() {
    let src = EXAMPLE.replace(
        "mode = \"local\"",
        "mode = \"server\"\n[mail.smtp]\nhost = \"smtp.example.org\"\nsecurity = \"starttls\"\nuser = \"dana\"\npassword_env = \"SMTP_PW\"\n[mail.imap]\nhost = \"imap.example.org\"\nuser = \"dana\"\npassword_env = \"IMAP_PW\"\n",
    );
    // The reply_address line now sits after the sub-tables; move it up.
    let src = src.replace("reply_address = \"dana+rsvp-{token}@example.org\"\n", "");
    let src = src.replace(
        "[mail]\n",
        "[mail]\nreply_address = \"dana+rsvp-{token}@example.org\"\n",
    );
    let c = Config::parse(Path::new("/p/rsvpd.toml"), &src).expect("valid");
    let smtp = c.mail.smtp.expect("smtp");
    assert_eq!(
        (smtp.port, smtp.security, smtp.rate_per_minute),
        (587, Security::Starttls, 30)
    );
    let imap = c.mail.imap.expect("imap");
    assert_eq!(
        (imap.port, imap.security, imap.mailbox.as_str()),
        (993, Security::Tls, "INBOX")
    );
}

#[test]
fn unknown_key_names_file_line_and_key() {
    let src = EXAMPLE.replace("time = \"07:30\"", "time = \"07:30\"\ncolour = \"blue\"");
    let line = src
        .lines()
        .position(|l| l.starts_with("colour"))
        .expect("line")
        + 1;
    let got = problems(&src);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].starts_with(&format!(
            "/party/rsvpd.toml:{line}: digest.colour: unknown field `colour`"
        )),
        "{got:?}"
    );
}

#[test]
fn wrong_type_names_the_key() {
    let src = EXAMPLE.replace("days_before = [3]", "days_before = \"three\"");
    let got = problems(&src);
    let line = src
        .lines()
        .position(|l| l.starts_with("days_before"))
        .expect("line")
        + 1;
    assert!(
        got[0].starts_with(&format!(
            "/party/rsvpd.toml:{line}: reminders.days_before: "
        )),
        "{got:?}"
    );
}

#[test]
fn every_semantic_problem_is_reported_with_its_line() {
    let src = EXAMPLE
        .replace("Europe/Zagreb", "Europe/Zagrab")
        .replace("email = \"dana@example.org\"", "email = \"dana@\"")
        .replace("{token}@", "@")
        .replace("\"07:30\"", "\"7h30\"")
        .replace("2026-12-12T18:00", "2026-12-12T14:00")
        .replace("2026-12-05", "2026-12-20");
    let got = problems(&src);
    let at = |needle: &str| {
        src.lines()
            .position(|l| l.contains(needle))
            .expect("needle")
            + 1
    };
    assert_eq!(
        got,
        vec![
            format!(
                "/party/rsvpd.toml:{}: host.time_zone: unknown time zone \"Europe/Zagrab\" (use an IANA name such as \"Europe/Zagreb\")",
                at("Zagrab")
            ),
            format!(
                "/party/rsvpd.toml:{}: host.email: \"dana@\" is not a valid email address",
                at("\"dana@\"")
            ),
            format!(
                "/party/rsvpd.toml:{}: mail.reply_address: \"dana+rsvp-@example.org\" must contain `{{token}}` exactly once, e.g. \"dana+rsvp-{{token}}@example.org\"",
                at("reply_address =")
            ),
            format!(
                "/party/rsvpd.toml:{}: digest.time: \"7h30\" is not a time like \"07:30\"",
                at("7h30")
            ),
            format!(
                "/party/rsvpd.toml:{}: event[0].end: must be after start",
                at("end = ")
            ),
            format!(
                "/party/rsvpd.toml:{}: event[0].rsvp_by: is after the event starts",
                at("rsvp_by =")
            ),
        ]
    );
}

#[test]
fn plaintext_is_refused_for_a_remote_host() {
    let src = EXAMPLE.replace(
        "[digest]",
        "[mail.smtp]\nhost = \"smtp.example.org\"\nport = 25\nsecurity = \"none\"\nuser = \"dana\"\npassword_env = \"PW\"\n\n[digest]",
    );
    let got = problems(&src);
    let line = src
        .lines()
        .position(|l| l.starts_with("security = \"none\""))
        .expect("line")
        + 1;
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].starts_with(&format!(
            "/party/rsvpd.toml:{line}: mail.smtp.security: \"none\" sends passwords"
        )),
        "{got:?}"
    );
    let ok = src.replace("smtp.example.org", "127.0.0.1");
    Config::parse(Path::new("/party/rsvpd.toml"), &ok).expect("loopback may use none");
}

#[test]
fn a_password_in_the_file_is_refused() {
    let src = EXAMPLE.replace(
        "[digest]",
        "[mail.imap]\nhost = \"imap.example.org\"\nuser = \"dana\"\npassword_env = \"hunter2 !\"\n\n[digest]",
    );
    let got = problems(&src);
    assert!(
        got[0].contains(
            "mail.imap.password_env: \"hunter2 !\" must be the NAME of an environment variable"
        ),
        "{got:?}"
    );
}

#[test]
fn broken_toml_names_the_line() {
    let src = EXAMPLE.replace(
        "title = \"Luka's 8th birthday party\"",
        "title = \"Luka's 8th birthday party",
    );
    let got = problems(&src);
    let line = src
        .lines()
        .position(|l| l.starts_with("title"))
        .expect("line")
        + 1;
    assert!(
        got[0].starts_with(&format!("/party/rsvpd.toml:{line}: ")),
        "{got:?}"
    );
}

#[test]
fn missing_event_is_an_error() {
    let cut = EXAMPLE.find("[[event]]").expect("event");
    let got = problems(&EXAMPLE[..cut]);
    assert!(
        got[0].ends_with("event: no [[event]] defined: add at least one party"),
        "{got:?}"
    );
}

#[test]
fn loopback_detection() {
    for h in [
        "127.0.0.1",
        "127.1.2.3",
        "::1",
        "[::1]",
        "localhost",
        "LOCALHOST",
    ] {
        assert!(is_loopback(h), "{h}");
    }
    for h in [
        "10.0.0.1",
        "example.org",
        "localhost.example.org",
        "192.168.1.1",
    ] {
        assert!(!is_loopback(h), "{h}");
    }
}

/// The example with an `[mail.imap]` table made of `lines`.
fn with_imap(lines: &str) -> String {
    EXAMPLE.replace(
        "[digest]",
        &format!("[mail.imap]\nhost = \"imap.example.org\"\nuser = \"dana\"\n{lines}\n\n[digest]"),
    )
}

fn line_of_text(src: &str, start: &str) -> usize {
    src.lines()
        .position(|l| l.starts_with(start))
        .expect("line")
        + 1
}

#[test]
fn password_file_and_credentials_directory_are_accepted() {
    let c = Config::parse(
        Path::new("/party/rsvpd.toml"),
        &with_imap("password_file = \"secrets/imap\""),
    )
    .expect("valid");
    let imap = c.mail.imap.expect("imap");
    assert_eq!(
        imap.credential,
        Credential::PasswordFile(PathBuf::from("/party/secrets/imap"))
    );
    let c = Config::parse(
        Path::new("/party/rsvpd.toml"),
        &with_imap("password_file = \"$CREDENTIALS_DIRECTORY/imap-password\""),
    )
    .expect("valid");
    assert_eq!(
        c.mail.imap.expect("imap").credential,
        Credential::PasswordFile(PathBuf::from("$CREDENTIALS_DIRECTORY/imap-password"))
    );
}

#[test]
fn xoauth2_takes_a_token_file_or_command() {
    let c = Config::parse(
        Path::new("/party/rsvpd.toml"),
        &with_imap("auth = \"xoauth2\"\ntoken_command = \"oauth2-token --account dana\""),
    )
    .expect("valid");
    let credential = c.mail.imap.expect("imap").credential;
    assert!(credential.is_xoauth2());
    assert_eq!(
        credential,
        Credential::TokenCommand("oauth2-token --account dana".into())
    );
    let c = Config::parse(
        Path::new("/party/rsvpd.toml"),
        &with_imap("auth = \"xoauth2\"\ntoken_file = \"token.txt\""),
    )
    .expect("valid");
    assert_eq!(
        c.mail.imap.expect("imap").credential,
        Credential::TokenFile(PathBuf::from("/party/token.txt"))
    );
}

#[test]
fn credential_mistakes_name_their_line() {
    // no secret at all
    let src = with_imap("");
    let got = problems(&src);
    assert_eq!(got.len(), 1, "{got:?}");
    assert!(
        got[0].contains("mail.imap.auth: needs password_env"),
        "{got:?}"
    );

    // xoauth2 without a token source: the `auth` line
    let src = with_imap("auth = \"xoauth2\"");
    let got = problems(&src);
    let line = line_of_text(&src, "auth = ");
    assert_eq!(
        got,
        [format!(
            "/party/rsvpd.toml:{line}: mail.imap.auth: with auth = \"xoauth2\" needs token_file or token_command"
        )]
    );

    // a password key with xoauth2
    let src = with_imap("auth = \"xoauth2\"\ntoken_file = \"t\"\npassword_env = \"PW\"");
    let got = problems(&src);
    let line = line_of_text(&src, "password_env");
    assert_eq!(
        got,
        [format!(
            "/party/rsvpd.toml:{line}: mail.imap.password_env: is not used with auth = \"xoauth2\" (remove it, or change auth)"
        )]
    );

    // both password keys
    let src = with_imap("password_env = \"PW\"\npassword_file = \"pw\"");
    let got = problems(&src);
    let line = line_of_text(&src, "password_file");
    assert_eq!(
        got,
        [format!(
            "/party/rsvpd.toml:{line}: mail.imap.password_file: give only one of password_env and password_file"
        )]
    );

    // a token command spread over lines, and an unknown mechanism
    let src = with_imap("auth = \"xoauth2\"\ntoken_command = \"\"\"a\nb\"\"\"");
    let got = problems(&src);
    assert!(
        got[0].contains("mail.imap.token_command: must be one non-empty command line"),
        "{got:?}"
    );
    let got = problems(&with_imap("auth = \"kerberos\"\npassword_env = \"PW\""));
    assert!(got[0].contains("mail.imap.auth"), "{got:?}");
}

const SERVICE: &str = r#"
[host]
name = "Oak School parties"
email = "party@school.example"
time_zone = "Europe/Berlin"

[mail]
reply_address = "party+rsvp-{token}@school.example"

[service]
address = "party@school.example"
hosts = ["*@parents.example", "Kim@Mail.example"]
messages_per_day = 120
"#;

#[test]
fn service_mode_needs_no_event_and_has_default_limits() {
    let c = Config::parse(Path::new("/s/rsvpd.toml"), SERVICE).expect("valid");
    assert!(c.events.is_empty());
    let s = c.service.expect("service");
    assert_eq!(s.address.as_str(), "party@school.example");
    assert!(crate::service::rules::is_allowed(
        &s.hosts,
        "dana@parents.example"
    ));
    assert!(crate::service::rules::is_allowed(
        &s.hosts,
        "kim@mail.example"
    ));
    assert!(!crate::service::rules::is_allowed(
        &s.hosts,
        "eve@elsewhere.example"
    ));
    assert_eq!(s.limits.messages_per_day, 120);
    assert_eq!(s.limits.parties_per_day, 3);
    assert_eq!(s.limits.families_per_party, 60);
}

#[test]
fn service_mode_names_a_bad_host_pattern_and_a_zero_limit() {
    let src = SERVICE
        .replace("\"*@parents.example\"", "\"parents.example\"")
        .replace("messages_per_day = 120", "messages_per_day = 0");
    let p = problems(&src);
    assert!(
        p.iter()
            .any(|l| l.contains(":12: service.hosts:") && l.contains("parents.example")),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|l| l.contains("service.messages_per_day: must be at least 1")),
        "{p:?}"
    );
}

#[test]
fn a_store_url_selects_postgres_and_refuses_secrets_and_plaintext() {
    let with = |store: &str| format!("{EXAMPLE}\n[store]\n{store}\n");
    let c = Config::parse(
        Path::new("/party/rsvpd.toml"),
        &with("url = \"postgres://rsvpd@db.example.org/rsvpd\"\npassword_env = \"PGPASSWORD\""),
    )
    .expect("valid");
    let store = c.store.expect("store");
    assert_eq!(store.url, "postgres://rsvpd@db.example.org/rsvpd");
    assert!(matches!(store.credential, Some(Credential::PasswordEnv(ref n)) if n == "PGPASSWORD"));
    assert!(
        Config::parse(Path::new("/p/rsvpd.toml"), EXAMPLE)
            .expect("valid")
            .store
            .is_none(),
        "SQLite stays the default"
    );
    let refused = [
        ("url = \"mysql://db/rsvpd\"", "not a postgres://"),
        (
            "url = \"postgres://rsvpd:secret@db.example.org/rsvpd\"",
            "holds a password",
        ),
        (
            "url = \"postgres://rsvpd@db.example.org/rsvpd?sslmode=disable\"",
            "unencrypted",
        ),
        (
            "url = \"postgres://rsvpd@db/rsvpd\"\npassword_env = \"no such\"",
            "NAME of an environment variable",
        ),
    ];
    for (store, expected) in refused {
        let found = problems(&with(store));
        assert!(
            found
                .iter()
                .any(|p| p.contains("store.") && p.contains(expected)),
            "{store}: {found:?}"
        );
    }
    // Plaintext towards this machine is allowed.
    Config::parse(
        Path::new("/p/rsvpd.toml"),
        &with("url = \"postgres://rsvpd@127.0.0.1:5432/rsvpd?sslmode=disable\""),
    )
    .expect("loopback without TLS");
}

#[test]
fn the_state_folder_is_read_without_validating_the_rest() {
    let file = Path::new("/party/rsvpd.toml");
    let full = |src: &str| Config::parse(file, src).expect("valid").state_dir;
    // The default, a relative and an absolute folder agree with the full load.
    assert_eq!(state_dir_in(file, EXAMPLE), Some(full(EXAMPLE)));
    let bare = EXAMPLE.replace("state_dir = \"state\"\n", "");
    assert_eq!(state_dir_in(file, &bare), Some(full(&bare)));
    for line in ["state_dir = \"var/rsvpd\"\n", "state_dir = '/srv/rsvpd'\n"] {
        let src = format!("# rsvpd\n\n{line}{bare}");
        assert_eq!(state_dir_in(file, &src), Some(full(&src)));
    }
    // The rest of the file is not looked at: a mistake there does not matter.
    let broken = format!("state_dir = \"s\"\n{bare}\n[[event]]\nslug = 3\n");
    assert_eq!(state_dir_in(file, &broken), Some(PathBuf::from("/party/s")));
    // A key after a table belongs to it, so it is not the state folder.
    let in_table = "[host]\nstate_dir = \"elsewhere\"\n";
    assert_eq!(
        state_dir_in(file, in_table),
        Some(PathBuf::from("/party/state"))
    );
    // A multi-line value cut at a line that looks like a table fails, so
    // the caller loads the whole file instead of guessing.
    let tricky = "note = \"\"\"\n[not a table]\n\"\"\"\nstate_dir = \"s\"\n[host]\n";
    assert_eq!(state_dir_in(file, tricky), None);
    // Top-level text that is not TOML fails too.
    assert_eq!(state_dir_in(file, "state_dir = \n[host]\n"), None);
}
