//! The foundation through the binary: init, check, status, exit codes.

use std::path::{Path, PathBuf};

use crate::support::edit;
use crate::support::rsvpd;
use predicates::prelude::*;

fn scaffold() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    rsvpd().arg("init").arg(dir.path()).assert().success();
    let config = dir.path().join("rsvpd.toml");
    (dir, config)
}

fn replace_line(path: &Path, line: usize, with: &str) {
    edit(path, |text| {
        let mut lines: Vec<&str> = text.lines().collect();
        lines[line - 1] = with;
        lines.join("\n") + "\n"
    });
}

#[test]
fn init_then_check_summarises_the_example_class() {
    let (_dir, config) = scaffold();
    rsvpd()
        .args(["check", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("25 families, 26 children"))
        .stdout(predicate::str::contains("local mode"));
}

#[test]
fn init_refuses_to_overwrite() {
    let (dir, _config) = scaffold();
    rsvpd()
        .arg("init")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exist"));
    rsvpd()
        .arg("init")
        .arg(dir.path())
        .arg("--force")
        .assert()
        .success();
}

#[test]
fn malformed_email_on_line_7_names_roster_csv_7() {
    let (dir, config) = scaffold();
    let roster = dir.path().join("roster.csv");
    replace_line(
        &roster,
        7,
        "Schmidt,Jonas Schmidt,Katrin Schmidt,katrin.schmidt(at)example.de,",
    );
    rsvpd()
        .args(["check", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "roster.csv:7: email: \"katrin.schmidt(at)example.de\" is not a valid email address",
        ));
}

#[test]
fn every_roster_problem_is_reported_at_once() {
    let (dir, config) = scaffold();
    let roster = dir.path().join("roster.csv");
    replace_line(
        &roster,
        4,
        "Garcia,Mireya Garcia,Lucía García,ngozi.okafor@example.com,es",
    );
    replace_line(&roster, 9, "Haddad,Yusuf Haddad,,,");
    replace_line(&roster, 10, "Haddad,Yusuf Haddad,,,");
    let out = rsvpd().args(["check", "-c"]).arg(&config).assert().code(2);
    let stderr = String::from_utf8_lossy(&out.get_output().stderr).into_owned();
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 2, "{stderr}");
    assert!(lines[0].ends_with("roster.csv:4: email: ngozi.okafor@example.com is already the address of family \"Okafor\" (line 2); one address cannot belong to two families"), "{stderr}");
    assert!(
        lines[1].contains("roster.csv:9: email: family \"Haddad\" has no contact address"),
        "{stderr}"
    );
    // Allowed explicitly, the unreachable family is still named.
    replace_line(
        &roster,
        4,
        "Garcia,Mireya Garcia,Lucía García,lucia.garcia@example.com,es",
    );
    rsvpd()
        .args(["check", "--allow-unreachable", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "cannot be reached by email (allowed): Haddad",
        ));
}

#[test]
fn config_problems_name_file_line_and_key() {
    let (_dir, config) = scaffold();
    edit(&config, |t| {
        t.replace(
            "time_zone = \"Europe/Zagreb\"",
            "time_zone = \"Mars/Olympus\"",
        )
        .replace("[digest]", "[digest]\nweekday = \"monday\"")
    });
    // A parse error stops before semantic checks: fix it and see the next.
    rsvpd()
        .args(["check", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(
            predicate::str::is_match(r"rsvpd\.toml:\d+: digest\.weekday: unknown field `weekday`")
                .expect("regex"),
        );
    edit(&config, |t| t.replace("weekday = \"monday\"\n", ""));
    rsvpd()
        .args(["check", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "rsvpd.toml:8: host.time_zone: unknown time zone \"Mars/Olympus\"",
        ));
}

#[test]
fn a_missing_config_is_bad_input_with_a_hint() {
    let dir = tempfile::tempdir().expect("tempdir");
    rsvpd()
        .current_dir(dir.path())
        .arg("check")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "rsvpd.toml: no such file (create one with `rsvpd init DIR`",
        ));
}

#[test]
fn status_json_has_the_documented_shape() {
    let (_dir, config) = scaffold();
    let out = rsvpd()
        .args(["status", "--json", "-c"])
        .arg(&config)
        .assert()
        .success();
    let v: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("json");
    let events = v["events"].as_array().expect("events");
    assert_eq!(events.len(), 1);
    let e = &events[0];
    assert_eq!(e["slug"], "luka-8");
    let counts = e["counts"].as_object().expect("counts");
    for key in ["yes", "no", "maybe", "unclear", "no_answer", "unreachable"] {
        assert!(counts[key].is_u64(), "{key}");
    }
    assert_eq!(counts["no_answer"], 25);
    let families = e["families"].as_array().expect("families");
    assert_eq!(families.len(), 25);
    let brown = families
        .iter()
        .find(|f| f["family"] == "Brown")
        .expect("Brown");
    assert_eq!(
        brown["children"],
        serde_json::json!(["Oliver Brown", "Amelia Brown"])
    );
    assert_eq!(
        brown["contacts"],
        serde_json::json!(["sarah.brown@example.co.uk", "james.brown@example.co.uk"])
    );
    assert_eq!(brown["invitation"], "none");
    assert!(brown["answer"].is_null() && brown["guests"].is_null());
}

#[test]
fn status_follows_roster_edits() {
    let (dir, config) = scaffold();
    rsvpd()
        .args(["status", "-c"])
        .arg(&config)
        .assert()
        .success();
    let roster = dir.path().join("roster.csv");
    edit(&roster, |t| {
        t + "Ito,Haruto Ito,Yui Ito,yui.ito@example.jp,\n"
    });
    rsvpd()
        .args(["status", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("no answer 26"))
        .stdout(predicate::str::contains("Haruto Ito"));
}

#[test]
fn unknown_event_and_bad_usage_exit_2() {
    let (_dir, config) = scaffold();
    rsvpd()
        .args(["status", "--event", "nope", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no event \"nope\""));
    rsvpd().arg("frobnicate").assert().code(2);
}

#[test]
fn classify_exits_2_for_unreadable_input() {
    let dir = tempfile::tempdir().expect("tempdir");
    rsvpd()
        .args(["classify", "--json"])
        .arg(dir.path().join("missing.eml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("missing.eml"));
    rsvpd()
        .args(["classify", "--json", "-"])
        .write_stdin("")
        .assert()
        .code(2);
}

/// `rsvpd classify --json -` on one message.
fn classify_json(message: &str) -> serde_json::Value {
    let out = rsvpd()
        .args(["classify", "--json", "-"])
        .write_stdin(message.to_string())
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice(&out).expect("one JSON object")
}

#[test]
fn classify_json_keeps_its_keys_and_adds_language_split_and_review() {
    let reply = "From: Ana <ana@example.org>\r\nTo: host@example.org\r\n\
                 Subject: Re: Fiesta de Mateo\r\nMessage-ID: <a1@example.org>\r\n\
                 Content-Type: text/plain; charset=utf-8\r\n\r\n\
                 ¡Sí! Vamos 2 niños y 1 adulto.\r\n";
    let v = classify_json(reply);
    for key in [
        "kind",
        "answer",
        "guests",
        "confidence",
        "note",
        "evidence",
        "bounced",
        "in_reply_to",
        "language",
        "children_count",
        "adults_count",
        "review",
    ] {
        assert!(v.get(key).is_some(), "missing key {key} in {v}");
    }
    assert_eq!(v["answer"], "yes");
    assert_eq!(v["guests"], 3);
    assert_eq!(v["language"], "es");
    assert_eq!(v["children_count"], 2);
    assert_eq!(v["adults_count"], 1);
    assert_eq!(v["review"], false);

    let unclear = reply.replace("¡Sí! Vamos 2 niños y 1 adulto.", "¿A qué hora termina?");
    let v = classify_json(&unclear);
    assert_eq!(v["answer"], "unclear");
    assert_eq!(
        v["review"], true,
        "an unclear reply goes in front of the host"
    );
}

#[test]
fn a_broken_template_names_its_file_and_line() {
    let (dir, config) = scaffold();
    assert!(
        dir.path().join("templates/invitation.html").is_file()
            && dir.path().join("templates/strings/es.ftl").is_file(),
        "init writes the templates"
    );
    edit(&config, |t| {
        t.replace("# templates = \"templates\"", "templates = \"templates\"")
    });
    rsvpd()
        .args(["check", "-c"])
        .arg(&config)
        .assert()
        .success()
        .stdout(predicate::str::contains("languages: de, en, es, fr"));
    edit(&dir.path().join("templates/invitation.txt"), |t| {
        t + "{{ oops\n"
    });
    rsvpd()
        .args(["check", "-c"])
        .arg(&config)
        .assert()
        .code(2)
        .stderr(
            predicate::str::is_match(r"templates/invitation\.txt:\d+: syntax error")
                .expect("regex"),
        );
}
