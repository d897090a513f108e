//! Service mode, in process: hosts run parties by email through the same
//! handler the daemon calls for each message, with a fixed clock.

use chrono::{DateTime, Duration, TimeZone, Utc};
use rsvpd::config::Config;
use rsvpd::daemon::inbox;
use rsvpd::store::{OutboxKind, Source, Store};

const CONFIG: &str = r#"
[host]
name = "Oak School parties"
email = "party@school.example"
time_zone = "Europe/Berlin"

[mail]
mode = "local"
reply_address = "party+rsvp-{token}@school.example"

[service]
address = "party@school.example"
hosts = ["*@parents.example", "kim@mail.example"]
"#;

const PASS: &str =
    "Authentication-Results: mx.school.example; dkim=pass header.d=parents.example; spf=pass\n";
const FAIL: &str =
    "Authentication-Results: mx.school.example; dkim=fail header.d=parents.example; spf=fail\n";

struct World {
    _dir: tempfile::TempDir,
    config: Config,
    store: Store,
    n: u32,
}

/// One message that left the service.
#[derive(Debug, Clone)]
struct Sent {
    kind: OutboxKind,
    to: String,
    reply_to: String,
    subject: String,
    text: String,
}

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, day, hour, 0, 0)
        .single()
        .expect("time")
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("rsvpd.toml");
        std::fs::write(&path, CONFIG).expect("write");
        crate::support::use_test_store(&path);
        let config = Config::load(&path).expect("config");
        let store = crate::support::open_store(&config);
        World {
            _dir: dir,
            config,
            store,
            n: 0,
        }
    }

    /// Deliver one message; what it queued, by whom.
    fn mail(&mut self, raw: &str, now: DateTime<Utc>) -> Vec<Sent> {
        self.n += 1;
        let raw = raw.replace('\n', "\r\n");
        inbox::handle(
            &mut self.store,
            &self.config,
            raw.as_bytes(),
            Source {
                mailbox: "INBOX".into(),
                uid_validity: None,
                uid: None,
            },
            now,
            now,
        )
        .expect("handle");
        self.drain(now)
    }

    fn drain(&mut self, now: DateTime<Utc>) -> Vec<Sent> {
        let items = self.store.due_outbox(now, 10_000).expect("outbox");
        let mut out = Vec::new();
        for item in items {
            let message = mail_parser::MessageParser::default()
                .parse(&item.raw)
                .expect("parse");
            out.push(Sent {
                kind: item.kind,
                to: item.recipient.clone(),
                reply_to: message
                    .reply_to()
                    .and_then(|r| r.first())
                    .and_then(|a| a.address())
                    .unwrap_or_default()
                    .to_string(),
                subject: message.subject().unwrap_or_default().to_string(),
                text: message.body_text(0).unwrap_or_default().to_string(),
            });
            self.store.record_sent(&item, now).expect("sent");
        }
        out
    }

    fn next_id(&self) -> String {
        format!("<m{}@mail.example>", self.n + 1)
    }
}

fn only(sent: &[Sent], to: &str) -> Sent {
    let to_them: Vec<_> = sent.iter().filter(|s| s.to == to).collect();
    assert_eq!(to_them.len(), 1, "one message to {to}: {sent:#?}");
    to_them[0].clone()
}

fn plain(from: &str, to: &str, id: &str, auth: &str, subject: &str, body: &str) -> String {
    format!(
        "{auth}From: Host <{from}>\nTo: <{to}>\nSubject: {subject}\nMessage-ID: {id}\nDate: Tue, 01 Dec 2026 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n{body}\n"
    )
}

fn with_csv(from: &str, to: &str, id: &str, body: &str, csv: &str) -> String {
    format!(
        "{PASS}From: Host <{from}>\nTo: <{to}>\nSubject: Re: Your party\nMessage-ID: {id}\nDate: Tue, 01 Dec 2026 10:05:00 +0000\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b1\"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n{body}\n--b1\nContent-Type: text/csv; name=\"class.csv\"\nContent-Disposition: attachment; filename=\"class.csv\"\n\n{csv}\n--b1--\n"
    )
}

const FORM: &str = "Party: Mia's 7th birthday\nWhen: 2027-01-16 15:00-17:00\nWhere: Mill Park, Oak Lane 3\nReply by: 2027-01-11\nDetails: Cake and games.\nLanguage: en";

/// A host writes to the service to start a party; the form sent back.
fn ask_for_form(w: &mut World, host: &str, subject: &str, body: &str, now: DateTime<Utc>) -> Sent {
    let id = w.next_id();
    let sent = w.mail(
        &plain(host, "party@school.example", &id, PASS, subject, body),
        now,
    );
    only(&sent, host)
}

/// A host goes from nothing to a preview; the preview's letter.
fn up_to_preview(w: &mut World, host: &str, csv: &str, now: DateTime<Utc>) -> Sent {
    let form = ask_for_form(w, host, "new party", "new party", now);
    let id = w.next_id();
    let sent = w.mail(&with_csv(host, &form.reply_to, &id, FORM, csv), now);
    let preview = only(&sent, host);
    assert!(sent.iter().all(|s| s.kind != OutboxKind::Invitation));
    preview
}

const CLASS: &str = "Child,Parent email\nBen Adler,eva.adler@example.org\nLuka Novak,ana.novak@example.org\nKofi Mensah,\n";

#[test]
fn a_host_goes_from_nothing_to_sent_invitations_by_email() {
    let mut w = World::new();
    let now = at(1, 10);
    let host = "dana@parents.example";
    let form = ask_for_form(&mut w, host, "new party", "new party", now);
    for line in ["Party:", "When:", "Where:", "Reply by:"] {
        assert!(
            form.text.contains(line),
            "{line} in the form:\n{}",
            form.text
        );
    }
    assert!(form.reply_to.starts_with("party+"), "{}", form.reply_to);

    let id = w.next_id();
    let sent = w.mail(&with_csv(host, &form.reply_to, &id, FORM, CLASS), now);
    let preview = only(&sent, host);
    assert!(
        sent.iter().all(|s| s.kind != OutboxKind::Invitation),
        "nobody is mailed before the OK"
    );
    assert!(preview.text.contains("Reply OK"), "{}", preview.text);
    assert!(
        preview.text.contains("3 families, 2 addresses"),
        "{}",
        preview.text
    );
    assert!(
        preview.text.contains("line 4: no address for Kofi"),
        "{}",
        preview.text
    );
    assert!(preview.text.contains("Mill Park"), "{}", preview.text);

    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &preview.reply_to, &id, PASS, "Re: Preview", "OK"),
        now,
    );
    let invitations: Vec<_> = sent
        .iter()
        .filter(|s| s.kind == OutboxKind::Invitation)
        .collect();
    assert_eq!(invitations.len(), 2, "{sent:#?}");
    assert!(invitations.iter().any(|s| s.to == "eva.adler@example.org"));
    assert!(invitations[0].text.contains("Mill Park"));
    let done = only(&sent, host);
    assert!(done.subject.starts_with("Sent:"), "{}", done.subject);

    // The same code again does nothing.
    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &preview.reply_to, &id, PASS, "Re: Preview", "OK"),
        now,
    );
    assert!(
        sent.iter().all(|s| s.kind != OutboxKind::Invitation),
        "{sent:#?}"
    );
    assert!(only(&sent, host).text.contains("already sent"));

    // Every sending command is logged with who and when.
    let log = w.store.command_log().expect("log");
    let ok: Vec<_> = log.iter().filter(|l| l.2 == "ok").collect();
    assert_eq!(ok.len(), 1, "{log:?}");
    assert_eq!(ok[0].0, host);
    assert_eq!(ok[0].3, 2);
}

#[test]
fn a_stranger_gets_one_polite_reply_a_day_and_invites_nobody() {
    let mut w = World::new();
    let now = at(1, 10);
    let stranger = "spam@elsewhere.example";
    let body = format!("{FORM}\nBen Adler, eva.adler@example.org");
    let id = w.next_id();
    let sent = w.mail(
        &plain(stranger, "party@school.example", &id, PASS, "party", &body),
        now,
    );
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_eq!(sent[0].to, stranger);
    let id = w.next_id();
    let again = w.mail(
        &plain(stranger, "party@school.example", &id, PASS, "party", &body),
        now + Duration::hours(2),
    );
    assert!(again.is_empty(), "{again:#?}");
    let id = w.next_id();
    let tomorrow = w.mail(
        &plain(stranger, "party@school.example", &id, PASS, "party", &body),
        now + Duration::hours(25),
    );
    assert_eq!(tomorrow.len(), 1);
}

#[test]
fn a_forged_expired_or_foreign_ok_sends_nothing() {
    let mut w = World::new();
    let now = at(1, 10);
    let host = "dana@parents.example";
    let preview = up_to_preview(&mut w, host, CLASS, now);

    // Forged: the host's address, failing DKIM and SPF.
    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &preview.reply_to, &id, FAIL, "Re: Preview", "OK"),
        now,
    );
    assert!(
        sent.iter().all(|s| s.kind != OutboxKind::Invitation),
        "{sent:#?}"
    );

    // Another allowed host with the code: not their party.
    let id = w.next_id();
    let sent = w.mail(
        &plain(
            "eve@parents.example",
            &preview.reply_to,
            &id,
            PASS,
            "Re: Preview",
            "OK",
        ),
        now,
    );
    assert!(sent.is_empty(), "{sent:#?}");

    // After 48 hours the code has expired.
    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &preview.reply_to, &id, PASS, "Re: Preview", "OK"),
        now + Duration::hours(49),
    );
    assert!(
        sent.iter().all(|s| s.kind != OutboxKind::Invitation),
        "{sent:#?}"
    );
    assert!(only(&sent, host).text.contains("expired"));
}

#[test]
fn three_hosts_each_get_their_own_digest_and_a_parents_stop_holds_across_parties() {
    let mut w = World::new();
    let now = at(1, 10);
    let hosts = [
        "dana@parents.example",
        "kim@mail.example",
        "lee@parents.example",
    ];
    let classes = [
        "Child,Email\nBen Adler,eva.adler@example.org\nLuka Novak,ana.novak@example.org\n",
        "Child,Email\nZoe Kim,zoe.parent@example.org\nAda Li,ada.parent@example.org\n",
        "Child,Email\nOmar Haddad,omar.parent@example.org\n",
    ];
    let previews: Vec<Sent> = hosts
        .iter()
        .zip(classes)
        .map(|(h, c)| up_to_preview(&mut w, h, c, now))
        .collect();
    for (h, p) in hosts.iter().zip(&previews) {
        let id = w.next_id();
        let sent = w.mail(&plain(h, &p.reply_to, &id, PASS, "Re: Preview", "OK"), now);
        assert!(
            sent.iter().any(|s| s.kind == OutboxKind::Invitation),
            "{sent:#?}"
        );
    }
    let parties = w.store.sent_parties().expect("parties");
    assert_eq!(parties.len(), 3);

    // Ana answers yes; Zoe's parent says stop.
    let inv = w
        .store
        .invitations_by_sender("ana.novak@example.org")
        .expect("ana");
    assert_eq!(inv.len(), 1);
    let id = w.next_id();
    let yes = format!(
        "From: <ana.novak@example.org>\nTo: <party+rsvp-{}@school.example>\nSubject: Re: invitation\nMessage-ID: {id}\nDate: Tue, 01 Dec 2026 11:00:00 +0000\nContent-Type: text/plain\n\nYes, Luka will be there!\n",
        inv[0].token
    );
    w.mail(&yes, at(1, 11));
    let zoe = w
        .store
        .invitations_by_sender("zoe.parent@example.org")
        .expect("zoe");
    let id = w.next_id();
    let stop = format!(
        "From: <zoe.parent@example.org>\nTo: <party+rsvp-{}@school.example>\nSubject: Re: invitation\nMessage-ID: {id}\nDate: Tue, 01 Dec 2026 11:00:00 +0000\nContent-Type: text/plain\n\nunsubscribe\n",
        zoe[0].token
    );
    let sent = w.mail(&stop, at(1, 11));
    assert!(
        sent.is_empty(),
        "no confirmation to a parent who asked for no more mail: {sent:#?}"
    );
    assert_eq!(
        w.store.opted_out().expect("opted out"),
        vec!["zoe.parent@example.org".to_owned()]
    );

    // Each host's digest the next morning: only their own families.
    let morning = at(2, 8);
    for party in &parties {
        let (config, event) = rsvpd::daemon::service::party_config(
            &w.config,
            party.party.as_ref().expect("party"),
            &party.host_email,
            party.slug.as_deref().expect("slug"),
        )
        .expect("config");
        let templates = rsvpd::compose::TemplateSet::embedded();
        rsvpd::host::digest_if_due(&mut w.store, &config, &event, &templates, morning, true)
            .expect("digest");
    }
    let digests = w.drain(morning);
    for (host, names) in hosts
        .iter()
        .zip([["Luka", "Ben"], ["Ada", "Ada"], ["Omar", "Omar"]])
    {
        let digest = only(&digests, host);
        for name in names {
            assert!(
                digest.text.contains(name),
                "{name} in {host}'s digest:\n{}",
                digest.text
            );
        }
        for other in ["Luka", "Zoe", "Omar", "Ada"] {
            if !names.contains(&other) && other != "Zoe" {
                assert!(
                    !digest.text.contains(other),
                    "{other} not in {host}'s digest:\n{}",
                    digest.text
                );
            }
        }
    }

    // Zoe's parent is left out of a new party by another host.
    let preview = up_to_preview(
        &mut w,
        "lee@parents.example",
        "Child,Email\nZoe Kim,zoe.parent@example.org\nMax Roth,max.parent@example.org\n",
        at(2, 9),
    );
    assert!(
        preview
            .text
            .contains("zoe.parent@example.org (Zoe) asked never"),
        "{}",
        preview.text
    );
    let id = w.next_id();
    let sent = w.mail(
        &plain(
            "lee@parents.example",
            &preview.reply_to,
            &id,
            PASS,
            "Re: Preview",
            "OK",
        ),
        at(2, 9),
    );
    assert!(
        sent.iter().all(|s| s.to != "zoe.parent@example.org"),
        "{sent:#?}"
    );
    assert!(sent.iter().any(|s| s.to == "max.parent@example.org"));
}

#[test]
fn a_host_moves_the_time_and_the_families_are_told() {
    let mut w = World::new();
    let now = at(1, 10);
    let host = "dana@parents.example";
    let preview = up_to_preview(&mut w, host, CLASS, now);
    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &preview.reply_to, &id, PASS, "Re: Preview", "OK"),
        now,
    );
    let done = only(&sent, host);
    let id = w.next_id();
    let sent = w.mail(
        &plain(
            host,
            &done.reply_to,
            &id,
            PASS,
            "Re: Sent",
            "change time: 2027-01-16 16:00-18:00\nadd: Ada Lovelace, ada.parent@example.org",
        ),
        at(1, 12),
    );
    let updates: Vec<_> = sent
        .iter()
        .filter(|s| s.kind == OutboxKind::Update)
        .collect();
    assert_eq!(updates.len(), 2, "{sent:#?}");
    assert!(
        sent.iter()
            .any(|s| s.kind == OutboxKind::Invitation && s.to == "ada.parent@example.org")
    );
    let confirmation = only(&sent, host);
    assert!(
        confirmation.text.contains("new time"),
        "{}",
        confirmation.text
    );
    assert!(
        confirmation.text.contains("invited Ada"),
        "{}",
        confirmation.text
    );

    // A forged "cancel party" changes nothing.
    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &done.reply_to, &id, FAIL, "Re: Sent", "cancel party"),
        at(1, 13),
    );
    assert!(
        sent.iter().all(|s| s.kind != OutboxKind::Cancel),
        "{sent:#?}"
    );
}

#[test]
fn a_host_corrects_an_answer_by_replying_to_the_digest_and_nobody_else_can() {
    let mut w = World::new();
    let now = at(1, 10);
    let host = "dana@parents.example";
    let preview = up_to_preview(&mut w, host, CLASS, now);
    let id = w.next_id();
    w.mail(
        &plain(host, &preview.reply_to, &id, PASS, "Re: Preview", "OK"),
        now,
    );
    let party = w.store.sent_parties().expect("parties").remove(0);
    let (config, event) = rsvpd::daemon::service::party_config(
        &w.config,
        party.party.as_ref().expect("party"),
        &party.host_email,
        party.slug.as_deref().expect("slug"),
    )
    .expect("config");
    let templates = rsvpd::compose::TemplateSet::embedded();
    rsvpd::host::digest_if_due(&mut w.store, &config, &event, &templates, at(2, 8), true)
        .expect("digest");
    let digest = only(&w.drain(at(2, 8)), host);
    assert!(
        digest.reply_to.starts_with("party+rsvp-"),
        "{}",
        digest.reply_to
    );

    // Another host replying to Dana's digest changes nothing.
    let id = w.next_id();
    let sent = w.mail(
        &plain(
            "eve@parents.example",
            &digest.reply_to,
            &id,
            PASS,
            "Re: digest",
            "Ben: yes 3\nchange place: Elsewhere",
        ),
        at(2, 9),
    );
    assert!(sent.is_empty(), "{sent:#?}");
    let status = w
        .store
        .event_status(party.slug.as_deref().expect("slug"))
        .expect("status");
    let ben = status
        .families
        .iter()
        .find(|f| f.family == "Adler")
        .expect("Ben");
    assert!(ben.answer.is_none(), "{ben:?}");

    // Dana's own correction and a new place.
    let id = w.next_id();
    let sent = w.mail(
        &plain(
            host,
            &digest.reply_to,
            &id,
            PASS,
            "Re: digest",
            "Ben: yes 3\nchange place: Town Hall, Main Street 1",
        ),
        at(2, 9),
    );
    assert_eq!(
        sent.iter().filter(|s| s.kind == OutboxKind::Update).count(),
        2,
        "{sent:#?}"
    );
    let status = w
        .store
        .event_status(party.slug.as_deref().expect("slug"))
        .expect("status");
    let ben = status
        .families
        .iter()
        .find(|f| f.family == "Adler")
        .expect("Ben");
    assert_eq!(ben.answer, Some(rsvpd::model::Answer::Yes), "{ben:?}");
}

/// The daemon in local mode: the host's mail dropped into the inbox
/// Maildir, the answers read from the outbox folder.
#[test]
fn rsvpd_run_in_local_mode_answers_in_the_hosts_thread_and_mails_families_only_after_ok() {
    use std::process::{Command as Process, Stdio};
    use std::time::Instant;

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("rsvpd.toml"), CONFIG).expect("config");
    crate::support::use_test_store(&dir.path().join("rsvpd.toml"));
    let inbox = dir.path().join("state/inbox");
    for sub in ["new", "cur", "tmp"] {
        std::fs::create_dir_all(inbox.join(sub)).expect("maildir");
    }
    let deliver = |name: &str, raw: &str| {
        let tmp = inbox.join("tmp").join(name);
        std::fs::write(&tmp, raw.replace('\n', "\r\n")).expect("write");
        std::fs::rename(&tmp, inbox.join("new").join(name)).expect("rename");
    };
    let outbox = dir.path().join("state/outbox");
    let messages = || -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        if let Ok(entries) = std::fs::read_dir(&outbox) {
            for e in entries.flatten() {
                out.push((
                    e.file_name().to_string_lossy().into_owned(),
                    std::fs::read(e.path()).expect("read"),
                ));
            }
        }
        out
    };
    // The message to `to` that answers `answered`: (Reply-To, text).
    let answer_to = |answered: &str| -> (String, String) {
        let deadline = Instant::now() + std::time::Duration::from_secs(30);
        loop {
            for (_, raw) in messages() {
                let m = mail_parser::MessageParser::default()
                    .parse(&raw)
                    .expect("parse");
                if m.in_reply_to().as_text() == Some(answered) {
                    return (
                        m.reply_to()
                            .and_then(|r| r.first())
                            .and_then(|a| a.address())
                            .unwrap_or_default()
                            .to_owned(),
                        m.body_text(0).unwrap_or_default().into_owned(),
                    );
                }
            }
            assert!(Instant::now() < deadline, "no answer to {answered}");
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    };
    let mut daemon = Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
        .args(["run", "-c"])
        .arg(dir.path().join("rsvpd.toml"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn");
    let host = "dana@parents.example";
    deliver(
        "m1",
        &plain(
            host,
            "party@school.example",
            "<m1@parents.example>",
            PASS,
            "new party",
            "new party",
        ),
    );
    let (form_reply_to, form) = answer_to("m1@parents.example");
    for line in ["Party:", "When:", "Where:", "Reply by:"] {
        assert!(form.contains(line), "{line} in {form}");
    }
    deliver(
        "m2",
        &with_csv(host, &form_reply_to, "<m2@parents.example>", FORM, CLASS),
    );
    let (code, preview) = answer_to("m2@parents.example");
    assert!(preview.contains("Reply OK"), "{preview}");
    assert_eq!(
        messages().len(),
        2,
        "nobody but the host is mailed before the OK"
    );
    deliver(
        "m3",
        &plain(
            host,
            &code,
            "<m3@parents.example>",
            PASS,
            "Re: Preview",
            "OK",
        ),
    );
    answer_to("m3@parents.example");
    let deadline = Instant::now() + std::time::Duration::from_secs(30);
    while messages().len() < 5 {
        assert!(
            Instant::now() < deadline,
            "invitations: {:?}",
            messages().len()
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let invited: Vec<String> = messages()
        .into_iter()
        .filter_map(|(_, raw)| {
            let m = mail_parser::MessageParser::default().parse(&raw)?;
            let is_invitation = String::from_utf8_lossy(&raw).contains("METHOD:REQUEST");
            is_invitation
                .then(|| m.to()?.first()?.address().map(str::to_owned))
                .flatten()
        })
        .collect();
    assert_eq!(invited.len(), 2, "{invited:?}");
    let _ = Process::new("kill")
        .args(["-TERM", &daemon.id().to_string()])
        .status();
    let _ = daemon.wait();
}

#[test]
fn a_spanish_host_is_answered_in_spanish_from_the_form_to_the_commands() {
    let mut w = World::new();
    let now = at(1, 10);
    let host = "lucia@parents.example";
    let form = ask_for_form(
        &mut w,
        host,
        "nueva fiesta",
        "Hola, quiero organizar una nueva fiesta.",
        now,
    );
    assert_eq!(form.subject, "Tu fiesta: rellena estas líneas");
    assert!(form.text.contains("\nCuándo: "), "{}", form.text);

    let lines = "Fiesta: El cumpleaños de Mía\nCuándo: sábado 16 de enero de 2027, de 17:00 a 19:00\nDónde: Parque del Molino\nConfirmar hasta: 11 de enero de 2027\nIdioma: es";
    let id = w.next_id();
    let sent = w.mail(&with_csv(host, &form.reply_to, &id, lines, CLASS), now);
    let preview = only(&sent, host);
    assert_eq!(
        preview.subject, "Vista previa: responde OK para invitarlos",
        "{}",
        preview.text
    );
    assert!(
        preview
            .text
            .contains("3 familias, 2 direcciones (1 sin dirección)."),
        "{}",
        preview.text
    );

    let id = w.next_id();
    let sent = w.mail(
        &plain(host, &preview.reply_to, &id, PASS, "Re: Vista previa", "OK"),
        now,
    );
    let done = only(&sent, host);
    assert_eq!(
        done.subject, "Invitaciones enviadas: El cumpleaños de Mía",
        "{}",
        done.text
    );

    let id = w.next_id();
    let sent = w.mail(
        &plain(
            host,
            &done.reply_to,
            &id,
            PASS,
            "Re: Invitaciones enviadas",
            "cambiar lugar: Ayuntamiento, calle Mayor 1\ncambiar hora: pronto",
        ),
        at(1, 12),
    );
    let answer = only(&sent, host);
    assert!(
        answer.text.replace("\r\n", "\n").starts_with(
            "Hecho:\n- nuevo lugar: Ayuntamiento, calle Mayor 1 (se ha enviado un aviso a 2 direcciones)\n\nSin hacer:\n- cambiar hora: no se pudo leer «pronto» como fecha y hora\n"
        ),
        "{}",
        answer.text
    );
}
