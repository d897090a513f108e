//! The host's side in local mode: demo, digest, reminders, commands by email.

use std::path::{Path, PathBuf};
use std::process::{Child, Command as Process, Stdio};
use std::time::{Duration, Instant};

use crate::support::rsvpd;
use predicates::prelude::*;

fn status(dir: &Path) -> serde_json::Value {
    let out = rsvpd()
        .args(["status", "--json", "-c"])
        .arg(dir.join("rsvpd.toml"))
        .assert()
        .success();
    serde_json::from_slice(&out.get_output().stdout).expect("json")
}

fn family(status: &serde_json::Value, key: &str) -> serde_json::Value {
    status["events"][0]["families"]
        .as_array()
        .expect("families")
        .iter()
        .find(|f| f["family"] == key)
        .cloned()
        .expect("family")
}

fn outbox(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join("state/outbox"))
        .map(|rd| rd.map(|e| e.expect("entry").path()).collect())
        .unwrap_or_default();
    files.sort();
    files
}

fn outbox_matching(dir: &Path, needle: &str) -> Vec<String> {
    outbox(dir)
        .iter()
        .filter(|p| p.to_string_lossy().contains(needle))
        .map(|p| std::fs::read_to_string(p).expect("read"))
        .collect()
}

#[test]
fn the_demo_runs_the_whole_loop() {
    let dir = tempfile::tempdir().expect("tempdir");
    let demo = dir.path().join("demo");
    rsvpd()
        .arg("demo")
        .arg(&demo)
        .assert()
        .success()
        .stdout(predicate::str::contains("Invitations"))
        .stdout(predicate::str::contains("COULD NOT REACH (1)"))
        .stdout(predicate::str::contains("digest.html"));
    let s = status(&demo);
    let counts = &s["events"][0]["counts"];
    assert_eq!(counts["unreachable"], 1, "{s}");
    assert!(counts["yes"].as_u64().unwrap_or(0) >= 7, "{s}");
    assert!(counts["no"].as_u64().unwrap_or(0) >= 3, "{s}");
    assert_eq!(
        family(&s, "Andersson")["answer"],
        serde_json::Value::Null,
        "an out-of-office is no answer"
    );
    assert_eq!(family(&s, "Johnson")["answer"], "unclear");
    let html = std::fs::read_to_string(demo.join("digest.html")).expect("digest.html");
    assert!(
        html.contains("<html") && html.contains("Mensah"),
        "the digest names the unreachable family"
    );
    assert!(
        !outbox_matching(&demo, ".ack").is_empty(),
        "parents got confirmations"
    );
    // A second run refuses to overwrite; --force starts over.
    rsvpd().arg("demo").arg(&demo).assert().code(2);
    rsvpd()
        .arg("demo")
        .arg(&demo)
        .arg("--force")
        .assert()
        .success();
}

#[test]
fn digest_preview_sends_nothing_and_send_sends_now() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    crate::support::init(d);
    let config = d.join("rsvpd.toml");
    rsvpd().args(["send", "-c"]).arg(&config).assert().success();
    let before = outbox(d).len();
    let html = d.join("preview.html");
    rsvpd()
        .args(["digest", "--preview"])
        .arg(&html)
        .arg("-c")
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("Subject: RSVP digest"))
        .stdout(predicate::str::contains("NO ANSWER YET (25)"));
    assert!(html.is_file());
    // Without a file it writes next to the state and says where.
    let out = rsvpd()
        .args(["digest", "--preview", "-c"])
        .arg(&config)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8_lossy(&out);
    let written = out
        .lines()
        .find_map(|l| l.strip_prefix("(HTML version: "))
        .and_then(|l| l.strip_suffix(')'))
        .expect("names the HTML file");
    assert!(
        written.ends_with(".html") && written.contains("digest-"),
        "{written}"
    );
    assert!(std::path::Path::new(written).is_file(), "{written}");
    assert_eq!(outbox(d).len(), before);
    rsvpd()
        .args(["digest", "--send", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("digest for"));
    let digests = outbox_matching(d, ".dig@");
    assert_eq!(digests.len(), 1);
    assert!(
        digests[0].contains("To: dana@example.org") || digests[0].contains("<dana@example.org>")
    );
    // By hand it sends again; the schedule still counts today as done.
    rsvpd()
        .args(["digest", "--send", "-c"])
        .arg(&config)
        .assert()
        .success();
    assert_eq!(outbox_matching(d, ".dig@").len(), 2);
}

/// The scheduled digest through the library, with a fixed clock: once per
/// local date, on start-up when rsvpd was down at the digest time.
#[test]
fn the_scheduled_digest_goes_once_per_local_date() {
    use chrono::TimeZone;
    use rsvpd::config::Config;
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    crate::support::init(d);
    let config = Config::load(&d.join("rsvpd.toml")).expect("config");
    let event = &config.events[0];
    let roster = rsvpd::roster::load(&event.roster, false).expect("roster");
    let mut store = crate::support::open_store(&config);
    let at = |day: u32, h: u32, m: u32| {
        chrono_tz::Europe::Zagreb
            .with_ymd_and_hms(2026, 11, day, h, m, 0)
            .single()
            .expect("time")
            .with_timezone(&chrono::Utc)
    };
    store
        .sync_roster(&event.event, &roster, at(20, 6, 0))
        .expect("sync");
    let templates = rsvpd::host::load_templates(event).expect("templates");
    let check = |store: &mut rsvpd::store::Store, now| {
        rsvpd::host::digest_if_due(store, &config, event, &templates, now, false)
            .expect("digest")
            .queued
    };
    // 07:29: not yet. 07:30: today's. Later the same day: nothing more.
    assert_eq!(check(&mut store, at(20, 7, 29)), None);
    let day20 = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).expect("date");
    assert_eq!(check(&mut store, at(20, 7, 30)), Some(day20));
    assert_eq!(check(&mut store, at(20, 9, 0)), None);
    // Restarted twice on the 21st after a night down: one digest for the 21st.
    let day21 = day20.succ_opt().expect("date");
    assert_eq!(check(&mut store, at(21, 11, 0)), Some(day21));
    assert_eq!(check(&mut store, at(21, 11, 5)), None);
    assert_eq!(store.last_digest_date("luka-8").expect("last"), Some(day21));
}

/// Today's date in the host's zone (Europe/Zagreb in the example).
#[allow(clippy::disallowed_methods)]
fn today() -> chrono::NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Zagreb)
        .date_naive()
}

#[test]
fn reminders_go_once_to_reachable_families_without_an_answer() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    crate::support::init(d);
    let config = d.join("rsvpd.toml");
    // RSVP-by in two days: the reminder "3 days before" was due yesterday.
    let rsvp_by = today() + chrono::Duration::days(2);
    let party_day = today() + chrono::Duration::days(5);
    let text = std::fs::read_to_string(&config)
        .expect("config")
        .replace("2026-12-05", &rsvp_by.to_string())
        .replace("2026-12-12", &party_day.to_string());
    std::fs::write(&config, text).expect("write");
    let roster = d.join("roster.csv");
    let mut csv = std::fs::read_to_string(&roster).expect("roster");
    csv.push_str("Ito,Haruto Ito,,,\n");
    std::fs::write(&roster, csv).expect("write");
    rsvpd()
        .args(["send", "--allow-unreachable", "-c"])
        .arg(&config)
        .assert()
        .success();
    // Chen answers.
    let inbox = d.join("state/inbox/new");
    std::fs::create_dir_all(&inbox).expect("inbox");
    let chen = outbox_matching(d, "")
        .into_iter()
        .find(|m| m.contains("wei.chen@example.com"))
        .expect("Chen's invitation");
    let reply_to = chen
        .lines()
        .find_map(|l| l.strip_prefix("Reply-To: "))
        .and_then(|v| {
            v.rsplit_once('<')
                .map(|(_, a)| a.trim_end_matches('>').to_string())
        })
        .expect("reply-to");
    std::fs::write(
        inbox.join("1.chen"),
        format!("From: <wei.chen@example.com>\r\nTo: <{reply_to}>\r\nSubject: Re\r\nMessage-ID: <chen@x>\r\n\r\nYes, we'll come!\r\n"),
    )
    .expect("reply");
    let mut child = start(d);
    wait_until("Chen's answer", || {
        family(&status(d), "Chen")["answer"] == "yes"
    });
    stop(&mut child);
    // The invitations went out three days ago (nobody is reminded on the day
    // they were invited).
    let three_days_ago = format!("{}T08:00:00.000Z", today() - chrono::Duration::days(3));
    crate::support::execute(
        &config,
        &format!(
            "UPDATE invitations SET sent_at = '{three_days_ago}', created_at = '{three_days_ago}'"
        ),
    );
    let out = rsvpd()
        .args(["remind", "--dry-run", "-c"])
        .arg(&config)
        .assert()
        .success();
    let listed = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(listed.contains("would remind Novak"), "{listed}");
    assert!(!listed.contains("Chen"), "answered: {listed}");
    assert!(!listed.contains("Ito"), "unreachable: {listed}");
    assert_eq!(listed.matches("would remind").count(), 24, "{listed}");
    rsvpd()
        .args(["remind", "-c"])
        .arg(&config)
        .assert()
        .success();
    let reminders = outbox_matching(d, ".rem");
    assert_eq!(reminders.len(), 24);
    assert!(
        reminders.iter().all(|r| r.contains("In-Reply-To: <rsvp.")),
        "in the invitation's thread"
    );
    rsvpd()
        .args(["remind", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("no reminder is due"));
    assert_eq!(
        outbox_matching(d, ".rem").len(),
        24,
        "each reminder at most once"
    );
}

fn start(dir: &Path) -> Child {
    Process::new(assert_cmd::cargo::cargo_bin("rsvpd"))
        .args(["run", "-c"])
        .arg(dir.join("rsvpd.toml"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn")
}

fn stop(child: &mut Child) {
    let pid = child.id().to_string();
    assert!(
        Process::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill")
            .success()
    );
    assert!(child.wait().expect("wait").success());
}

fn wait_until(what: &str, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !ready() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn the_host_answers_the_digest_with_commands() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    crate::support::init(d);
    let config = d.join("rsvpd.toml");
    rsvpd().args(["send", "-c"]).arg(&config).assert().success();
    rsvpd()
        .args(["digest", "--send", "-c"])
        .arg(&config)
        .assert()
        .success();
    let digest = outbox_matching(d, ".dig@").pop().expect("a digest");
    let reply_to = digest
        .lines()
        .find_map(|l| l.strip_prefix("Reply-To: "))
        .and_then(|v| {
            v.rsplit_once('<')
                .map(|(_, a)| a.trim_end_matches('>').to_string())
        })
        .expect("reply-to");
    let inbox = d.join("state/inbox/new");
    std::fs::create_dir_all(&inbox).expect("inbox");
    // A stranger's commands change nothing.
    std::fs::write(
        inbox.join("1.stranger"),
        format!("From: <wei.chen@example.com>\r\nTo: <{reply_to}>\r\nSubject: Re: digest\r\nMessage-ID: <cmd-1@x>\r\n\r\nNovak: no\r\n"),
    )
    .expect("write");
    std::fs::write(
        inbox.join("2.host"),
        format!(
            "From: Dana <dana@example.org>\r\nTo: <{reply_to}>\r\nSubject: Re: digest\r\nMessage-ID: <cmd-2@x>\r\n\r\nChen: yes 3\r\nremind Kim\r\npause reminders\r\nZebra: yes 2\r\n\r\nOn Thu, Dana wrote:\r\n> Novak: no\r\n"
        ),
    )
    .expect("write");
    let mut child = start(d);
    wait_until("the host's correction", || {
        family(&status(d), "Chen")["answer"] == "yes"
    });
    wait_until("the confirmation", || {
        outbox(d)
            .iter()
            .any(|p| std::fs::read_to_string(p).is_ok_and(|t| t.contains("In-Reply-To: <cmd-2@x>")))
    });
    stop(&mut child);
    let s = status(d);
    assert_eq!(family(&s, "Chen")["guests"], 3);
    assert!(
        family(&s, "Novak")["answer"].is_null(),
        "neither the stranger nor the quote changed Novak"
    );
    assert_eq!(
        outbox_matching(d, ".rem").len(),
        1,
        "remind Kim: {:?}",
        outbox(d)
    );
    assert!(outbox_matching(d, ".rem")[0].contains("soojin.kim@example.kr"));
    let confirmation = outbox(d)
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .find(|t| t.contains("In-Reply-To: <cmd-2@x>"))
        .expect("confirmation");
    let parsed = mail_parser::MessageParser::default()
        .parse(confirmation.as_bytes())
        .expect("parse");
    let text = parsed.body_text(0).expect("text").into_owned();
    assert!(
        text.contains("Zebra: yes 2"),
        "quotes the line it did not understand: {text}"
    );
    // Reminders are paused: none is due even on its day.
    rsvpd()
        .args(["remind", "--dry-run", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("would remind").not());
}
