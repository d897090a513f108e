use std::path::Path;

use chrono::{TimeZone, Utc};

use super::testing::{on_both, on_both_shared};
use super::*;
use crate::model::{Answer, Event};
use crate::roster;

fn event() -> Event {
    crate::config::Config::parse(
        Path::new("/p/rsvpd.toml"),
        include_str!("../../examples/class/rsvpd.toml"),
    )
    .expect("example config")
    .events
    .remove(0)
    .event
}

fn roster_from(csv: &str) -> roster::Roster {
    roster::parse(Path::new("roster.csv"), csv.as_bytes(), false).expect("roster")
}

fn at(hour: u32) -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 20, hour, 0, 0)
        .single()
        .expect("time")
}

const TWO: &str =
    "family,child,contact_name,email\nA,Ann,Al,al@example.org\nB,Bo,Bea,bea@example.org\n";

#[test]
fn migrates_an_empty_database_to_the_latest_version() {
    let store = Store::open_in_memory().expect("open");
    assert_eq!(store.schema_version().expect("version"), latest_version());
    let tables: i64 = store
        .db()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN
             ('events','families','contacts','invitations','outbox','inbound_messages',
              'responses','digests','reminders','imap_checkpoints','roster_imports')",
            db::params![],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(tables, 11);
}

#[test]
fn migrates_a_version_1_database_keeping_its_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("old.sqlite3");
    {
        let store = Store::open_at_version(&path, 1).expect("v1");
        assert_eq!(store.schema_version().expect("version"), 1);
        store
            .db()
            .execute_batch(
                "INSERT INTO events (slug, title, created_at) VALUES ('luka-8', 'Party', 'x');
                 INSERT INTO families (event_id, key, children, position, updated_at)
                 VALUES (1, 'A', '[\"Ann\"]', 0, 'x');",
            )
            .expect("seed");
    }
    let store = Store::open(&path).expect("reopen migrates");
    assert_eq!(store.schema_version().expect("version"), latest_version());
    let (key, removed): (String, Option<String>) = store
        .db()
        .query_row("SELECT key, removed_at FROM families", db::params![], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("row");
    assert_eq!((key.as_str(), removed), ("A", None));
    // Opening again is a no-op.
    drop(store);
    assert_eq!(
        Store::open(&path)
            .expect("again")
            .schema_version()
            .expect("v"),
        latest_version()
    );
}

#[test]
fn a_newer_database_is_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("new.sqlite3");
    drop(Store::open(&path).expect("create"));
    let conn = rusqlite::Connection::open(&path).expect("raw");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    drop(conn);
    match Store::open(&path) {
        Err(StoreError::TooNew { found: 99, .. }) => {}
        other => panic!("expected TooNew, got {:?}", other.err()),
    }
}

on_both! {
fn first_import_adds_every_family_in_roster_order(store) {
    let report = store
        .sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    assert_eq!(
        report,
        SyncReport {
            added: 2,
            ..SyncReport::default()
        }
    );
    let status = store.event_status("luka-8").expect("status");
    let keys: Vec<_> = status.families.iter().map(|f| f.family.as_str()).collect();
    assert_eq!(keys, ["A", "B"]);
    assert_eq!(status.counts.no_answer, 2);
    assert_eq!(status.families[0].invitation, InvitationState::None);
    // Re-importing the same roster changes nothing.
    let again = store
        .sync_roster(&event(), &roster_from(TWO), at(2))
        .expect("sync");
    assert_eq!(
        again,
        SyncReport {
            unchanged: 2,
            ..SyncReport::default()
        }
    );
}
}

on_both! {
fn reimporting_an_edited_roster_keeps_history(store) {
    store
        .sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    // B was invited and answered yes.
    store
        .db()
        .execute_batch(
            "INSERT INTO invitations (family_id, token, message_id, state, created_at)
             SELECT id, 'tok', '<m@x>', 'sent', 'x' FROM families WHERE key = 'B';
             INSERT INTO responses (invitation_id, source, answer, guests, confidence, evidence, answered_at, recorded_at)
             VALUES (1, 'reply', 'yes', 3, 0.9, '[]', '2026-11-20T01:00:00Z', 'x');",
        )
        .expect("seed");
    // B leaves the roster, A gets a second parent and a new spelling.
    let edited =
        "family,child,contact_name,email\nA,Anna,Al,al@example.org\nA,Anna,Ali,ali@example.org\n";
    let report = store
        .sync_roster(&event(), &roster_from(edited), at(2))
        .expect("sync");
    assert_eq!(
        report,
        SyncReport {
            changed: 1,
            removed: 1,
            ..SyncReport::default()
        }
    );
    let status = store.event_status("luka-8").expect("status");
    assert_eq!(status.families.len(), 1);
    assert_eq!(status.families[0].children, ["Anna"]);
    assert_eq!(
        status.families[0].contacts,
        ["al@example.org", "ali@example.org"]
    );
    // B comes back: its invitation and answer are still there.
    let report = store
        .sync_roster(&event(), &roster_from(TWO), at(3))
        .expect("sync");
    assert_eq!(report.changed, 2);
    let status = store.event_status("luka-8").expect("status");
    let b = status.families.iter().find(|f| f.family == "B").expect("B");
    assert_eq!(
        (b.invitation, b.answer, b.guests),
        (InvitationState::Sent, Some(Answer::Yes), Some(3))
    );
    assert_eq!(status.counts.yes, 1);
    let imports: i64 = store
        .db()
        .query_row("SELECT count(*) FROM roster_imports", db::params![], |r| {
            r.get(0)
        })
        .expect("count");
    assert_eq!(imports, 3);
}
}

on_both! {
fn latest_clear_answer_wins_over_a_later_unclear_one(store) {
    store
        .sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    store
        .db()
        .execute_batch(
            "INSERT INTO invitations (family_id, token, message_id, state, created_at)
             SELECT id, 'tok', '<m@x>', 'sent', 'x' FROM families WHERE key = 'A';
             INSERT INTO responses (invitation_id, source, answer, guests, confidence, evidence, answered_at, recorded_at) VALUES
               (1, 'reply', 'no', NULL, 0.9, '[]', '2026-11-20T03:00:00Z', 'x'),
               (1, 'reply', 'yes', 2, 0.9, '[]', '2026-11-20T01:00:00Z', 'x'),
               (1, 'reply', 'unclear', NULL, 0.3, '[]', '2026-11-20T05:00:00Z', 'x');",
        )
        .expect("seed");
    // Recorded out of order: the reply's own date decides, not insertion order.
    assert_eq!(
        store.current_answer(1).expect("answer"),
        (Some(Answer::No), None)
    );
}
}

on_both! {
fn a_family_whose_invitation_bounced_is_unreachable_until_it_answers(store) {
    store
        .sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    store
        .db()
        .execute_batch(
            "INSERT INTO invitations (family_id, token, message_id, state, last_error, created_at)
             SELECT id, 'tok', '<m@x>', 'bounced', '550 5.1.1 no such user', 'x' FROM families WHERE key = 'A';",
        )
        .expect("seed");
    let status = store.event_status("luka-8").expect("status");
    assert_eq!(status.counts.unreachable, 1);
    assert_eq!(
        status.families[0].unreachable_reason.as_deref(),
        Some("550 5.1.1 no such user")
    );
}
}

fn message(id: &str, recipients: &[&str]) -> NewMessage {
    NewMessage {
        kind: OutboxKind::Invitation,
        message_id: id.to_string(),
        envelope_from: "dana@example.org".into(),
        recipients: recipients.iter().map(|r| r.to_string()).collect(),
        raw: b"Subject: hi\r\n\r\nbody\r\n".to_vec(),
        text: Some("body".into()),
    }
}

const PARENTS: &str = "family,child,contact_name,email\nA,Ann,Al,al@example.org\nA,Ann,Ali,ali@example.org\nB,Bo,Bea,bea@example.org\n";

on_both! {
fn queueing_an_invitation_is_once_per_family(store) {
    store
        .sync_roster(&event(), &roster_from(PARENTS), at(1))
        .expect("sync");
    let pending = store
        .families_without_invitation("luka-8")
        .expect("pending");
    assert_eq!(pending.len(), 2);
    assert_eq!(pending[0].family.contacts.len(), 2);
    let a = pending[0].family_id;
    let first = store
        .queue_invitation(
            a,
            "tok-a",
            &message("<a@x>", &["al@example.org", "ali@example.org"]),
            at(1),
        )
        .expect("queue");
    assert!(first.is_some());
    // A second attempt (a re-run racing the first) changes nothing.
    let second = store
        .queue_invitation(a, "tok-a2", &message("<a2@x>", &["al@example.org"]), at(1))
        .expect("queue");
    assert_eq!(second, None);
    assert_eq!(
        store
            .families_without_invitation("luka-8")
            .expect("pending")
            .len(),
        1
    );
    assert_eq!(store.due_outbox(at(1), 10).expect("due").len(), 2);
    assert_eq!(
        store.event_status("luka-8").expect("status").families[0].invitation,
        InvitationState::Queued
    );
}
}

on_both! {
fn one_bounced_parent_leaves_the_invitation_sent_both_fail_it(store) {
    store
        .sync_roster(&event(), &roster_from(PARENTS), at(1))
        .expect("sync");
    let pending = store
        .families_without_invitation("luka-8")
        .expect("pending");
    store
        .queue_invitation(
            pending[0].family_id,
            "ta",
            &message("<a@x>", &["al@example.org", "ali@example.org"]),
            at(1),
        )
        .expect("queue");
    store
        .queue_invitation(
            pending[1].family_id,
            "tb",
            &message("<b@x>", &["bea@example.org"]),
            at(1),
        )
        .expect("queue");
    let due = store.due_outbox(at(2), 10).expect("due");
    assert_eq!(
        due.iter().map(|d| d.recipient.as_str()).collect::<Vec<_>>(),
        ["al@example.org", "ali@example.org", "bea@example.org"]
    );
    store
        .record_failed(&due[0], "550 5.1.1 no such user")
        .expect("fail");
    store.record_sent(&due[1], at(2)).expect("sent");
    store
        .record_deferred(&due[2], "450 4.2.1 try later", at(3))
        .expect("defer");
    assert!(store.due_outbox(at(2), 10).expect("due").is_empty());
    let status = store.event_status("luka-8").expect("status");
    assert_eq!(status.families[0].invitation, InvitationState::Sent);
    assert!(!status.families[0].unreachable);
    // Only Ali is left to write to.
    assert_eq!(
        store
            .live_contacts(pending[0].family_id)
            .expect("live")
            .len(),
        1
    );
    // B's retry comes due, then fails for good.
    let again = store.due_outbox(at(3), 10).expect("due");
    assert_eq!(again.len(), 1);
    assert_eq!(again[0].attempts, 1);
    store
        .record_failed(&again[0], "550 5.1.1 mailbox gone")
        .expect("fail");
    let status = store.event_status("luka-8").expect("status");
    let b = &status.families[1];
    assert_eq!(b.invitation, InvitationState::Failed);
    assert_eq!(
        b.unreachable_reason.as_deref(),
        Some("bea@example.org: 550 5.1.1 mailbox gone")
    );
    assert_eq!(status.counts.unreachable, 1);
    assert_eq!(
        store.outbox_counts().expect("counts"),
        OutboxCounts {
            queued: 0,
            sent: 1,
            failed: 2
        }
    );
}
}

on_both! {
fn atomically_commits_everything_or_nothing(store) {
    store
        .sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    let due = |store: &Store| store.due_outbox(at(2), 10).expect("due").len();
    // An error after two recorded changes undoes both.
    let failed: anyhow::Result<()> = store.atomically(|store| {
        store.queue_message(&message("<one@x>", &["al@example.org"]), None, at(1))?;
        store.queue_message(&message("<two@x>", &["bea@example.org"]), None, at(1))?;
        anyhow::bail!("the third step failed")
    });
    assert!(failed.is_err());
    assert_eq!(due(&store), 0);
    // So does a panic, and the connection is usable afterwards.
    let panicked = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let _: Result<()> = store.atomically(|store| {
            store.queue_message(&message("<one@x>", &["al@example.org"]), None, at(1))?;
            panic!("a bug half-way");
        });
    }));
    assert!(panicked.is_err());
    assert_eq!(due(&store), 0);
    let done: Result<()> = store.atomically(|store| {
        store.queue_message(&message("<one@x>", &["al@example.org"]), None, at(1))?;
        store.queue_message(&message("<two@x>", &["bea@example.org"]), None, at(1))?;
        Ok(())
    });
    done.expect("commits");
    assert_eq!(due(&store), 2);
    // Each method alone still commits on its own.
    store
        .queue_message(&message("<three@x>", &["al@example.org"]), None, at(1))
        .expect("queue");
    assert_eq!(due(&store), 3);
}
}

on_both! {
fn an_inner_step_that_fails_is_undone_alone_and_empty_steps_cost_nothing(store) {
    store
        .sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    let due = |store: &Store| store.due_outbox(at(2), 10).expect("due").len();
    let kept: Result<()> = store.atomically(|store| {
        // Opened and closed with nothing in them, at both depths.
        store.atomically(|_| Ok::<_, StoreError>(()))?;
        store.queue_message(&message("<one@x>", &["al@example.org"]), None, at(1))?;
        // Written, then rolled back to its savepoint only.
        let inner: anyhow::Result<()> = store.atomically(|store| {
            store.queue_message(&message("<two@x>", &["bea@example.org"]), None, at(1))?;
            anyhow::bail!("this step failed")
        });
        assert!(inner.is_err());
        // An empty inner step that fails leaves the outer one usable too.
        let empty: anyhow::Result<()> = store.atomically(|_| anyhow::bail!("nothing done"));
        assert!(empty.is_err());
        store.queue_message(&message("<three@x>", &["bea@example.org"]), None, at(1))?;
        Ok(())
    });
    kept.expect("commits");
    assert_eq!(due(&store), 2);
    let nothing: Result<()> = store.atomically(|_| Ok(()));
    nothing.expect("an empty transaction commits");
    let undone: Result<()> = store.atomically(|_| Err(StoreError::NoRow));
    assert!(undone.is_err());
    // Still in step with the server after all of that.
    store
        .queue_message(&message("<four@x>", &["al@example.org"]), None, at(1))
        .expect("queue");
    assert_eq!(due(&store), 3);
}
}

#[test]
fn both_backends_have_the_same_migration_numbers() {
    assert_eq!(schema::SQLITE.len(), schema::POSTGRES.len());
}

fn seconds(hour: u32, s: i64) -> chrono::DateTime<Utc> {
    at(hour) + chrono::Duration::seconds(s)
}

#[test]
fn a_claimed_delivery_is_skipped_by_other_workers_until_its_claim_expires() {
    // Claims are PostgreSQL's: SQLite has one worker.
    let Some((mut a, mut b)) = super::testing::postgres_pair() else {
        return;
    };
    a.sync_roster(&event(), &roster_from(PARENTS), at(1))
        .expect("sync");
    let pending = a.families_without_invitation("luka-8").expect("pending");
    a.queue_invitation(
        pending[0].family_id,
        "tok-a",
        &message("<a@x>", &["al@example.org"]),
        at(1),
    )
    .expect("queue");
    a.queue_invitation(
        pending[1].family_id,
        "tok-b",
        &message("<b@x>", &["bea@example.org"]),
        at(1),
    )
    .expect("queue");
    let now = at(2);
    let first = a
        .claim_outbox(now, "worker-a", seconds(2, 60))
        .expect("claim")
        .expect("an item");
    let second = b
        .claim_outbox(now, "worker-b", seconds(2, 60))
        .expect("claim")
        .expect("another item");
    assert_ne!(first.id, second.id, "two workers never hold one delivery");
    assert_eq!(
        b.claim_outbox(now, "worker-b", seconds(2, 60))
            .expect("claim"),
        None
    );
    // Worker a finishes its delivery; worker b dies holding its claim.
    a.record_sent(&first, seconds(2, 1)).expect("sent");
    assert_eq!(
        a.claim_outbox(seconds(2, 30), "worker-a", seconds(2, 90))
            .expect("claim"),
        None,
        "b's claim still holds"
    );
    assert_eq!(
        a.next_outbox_attempt().expect("next").as_deref(),
        Some(timestamp(seconds(2, 60)).as_str()),
        "the next look is when b's claim expires, not at once"
    );
    let taken_over = a
        .claim_outbox(seconds(2, 60), "worker-a", seconds(2, 120))
        .expect("claim")
        .expect("the expired claim");
    assert_eq!(taken_over.id, second.id);
    a.record_sent(&taken_over, seconds(2, 61)).expect("sent");
    assert_eq!(a.outbox_counts().expect("counts").sent, 2);
    assert_eq!(b.outbox_counts().expect("counts").queued, 0);
}

on_both_shared! {
fn a_lease_has_one_holder_until_it_expires_or_is_released(a, b) {
    let lease = "inbox:imap.example.org/dana/INBOX";
    assert!(a.acquire_lease(lease, "a", at(1), seconds(1, 20)).expect("lease"));
    assert!(!b.acquire_lease(lease, "b", seconds(1, 5), seconds(1, 25)).expect("lease"));
    // Renewed by its holder, it lasts.
    assert!(a.acquire_lease(lease, "a", seconds(1, 10), seconds(1, 30)).expect("lease"));
    assert!(!b.acquire_lease(lease, "b", seconds(1, 25), seconds(1, 45)).expect("lease"));
    // Its holder died: once it expires another worker takes it.
    assert!(b.acquire_lease(lease, "b", seconds(1, 30), seconds(1, 50)).expect("lease"));
    assert!(!a.acquire_lease(lease, "a", seconds(1, 31), seconds(1, 51)).expect("lease"));
    // A clean stop hands it over at once.
    b.release_lease(lease, "b").expect("release");
    assert!(a.acquire_lease(lease, "a", seconds(1, 32), seconds(1, 52)).expect("lease"));
    // Other names are other leases.
    assert!(b.acquire_lease("inbox:other", "b", seconds(1, 32), seconds(1, 52)).expect("lease"));
}
}

on_both_shared! {
fn a_digest_and_a_reminder_go_out_once_per_date_across_workers(a, b) {
    a.sync_roster(&event(), &roster_from(TWO), at(1))
        .expect("sync");
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 21).expect("date");
    let snapshot = crate::digest::Snapshot {
        date,
        families: Default::default(),
    };
    let mut digest = message("<digest-a@x>", &["dana@example.org"]);
    digest.kind = OutboxKind::Digest;
    assert!(a
        .record_digest("luka-8", date, &snapshot, Some("dga"), Some(&digest), at(7))
        .expect("digest"));
    digest.message_id = "<digest-b@x>".into();
    assert!(!b
        .record_digest("luka-8", date, &snapshot, Some("dgb"), Some(&digest), at(7))
        .expect("digest"));
    let pending = a.families_without_invitation("luka-8").expect("pending");
    let invitation = a
        .queue_invitation(
            pending[0].family_id,
            "tok-a",
            &message("<a@x>", &["al@example.org"]),
            at(1),
        )
        .expect("queue")
        .expect("queued");
    let mut reminder = message("<r1-a@x>", &["al@example.org"]);
    reminder.kind = OutboxKind::Reminder;
    assert!(a.record_reminder(invitation, 1, &reminder, at(8)).expect("reminder"));
    reminder.message_id = "<r1-b@x>".into();
    assert!(!b.record_reminder(invitation, 1, &reminder, at(8)).expect("reminder"));
    let queued: i64 = b
        .db()
        .query_row(
            "SELECT count(*) FROM outbox WHERE kind IN ('digest', 'reminder')",
            db::params![],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(queued, 2, "one digest and one reminder queued, by one worker each");
}
}

/// A bounce or delay warning for invitation `invitation_id`, message `n`.
fn bounce_record(n: u32, invitation_id: i64) -> InboundRecord {
    InboundRecord {
        source: Source {
            mailbox: "INBOX".into(),
            uid_validity: Some(1),
            uid: Some(n),
        },
        message_id: Some(format!("<bounce-{n}@mx>")),
        sender: Some("mailer-daemon@mx.example".into()),
        kind: InboundKind::Bounce,
        invitation_id: Some(invitation_id),
        matched_by: Some("thread"),
        received_at: None,
        detail: None,
        response: None,
        bounced: Vec::new(),
        delayed: Vec::new(),
        bounce_words: None,
        confirmation: None,
        question: QuestionChange::None,
    }
}

/// PARENTS synced, A's invitation sent to both parents: its id.
fn invited_two_parents(store: &mut Store) -> i64 {
    store
        .sync_roster(&event(), &roster_from(PARENTS), at(1))
        .expect("sync");
    let pending = store
        .families_without_invitation("luka-8")
        .expect("pending");
    store
        .queue_invitation(
            pending[0].family_id,
            "ta",
            &message("<a@x>", &["al@example.org", "ali@example.org"]),
            at(1),
        )
        .expect("queue")
        .expect("queued")
}

fn problems_of_a(store: &Store) -> (bool, Option<String>, Vec<(String, bool)>) {
    let status = store.event_status("luka-8").expect("status");
    let a = &status.families[0];
    (
        a.unreachable,
        a.unreachable_reason.clone(),
        a.problems
            .iter()
            .map(|p| (p.address.clone(), p.delayed))
            .collect(),
    )
}

on_both! {
fn a_delayed_parent_is_delayed_then_unreachable_after_the_retry_lifetime(store) {
    let id = invited_two_parents(&mut store);
    let mut warning = bounce_record(1, id);
    warning.delayed = vec![("ali@example.org".into(), "450 4.2.2 mailbox full".into())];
    store.record_inbound(&warning, at(2)).expect("record");
    assert_eq!(
        problems_of_a(&store),
        (false, None, vec![("ali@example.org".into(), true)])
    );
    // Not yet: a day later nothing changes.
    assert_eq!(store.expire_delays(at(2) + chrono::Duration::days(1)).expect("expire"), 0);
    // A second warning keeps the first one's time.
    let mut again = bounce_record(2, id);
    again.delayed = warning.delayed.clone();
    store.record_inbound(&again, at(20)).expect("record");
    assert_eq!(problems_of_a(&store).2, vec![("ali@example.org".into(), true)]);
    // After the lifetime the parent counts as unreachable; Al still works.
    let later = at(2) + RETRY_LIFETIME;
    assert_eq!(store.expire_delays(later).expect("expire"), 1);
    assert_eq!(store.expire_delays(later).expect("expire again"), 0);
    let (unreachable, _, problems) = problems_of_a(&store);
    assert!(!unreachable);
    assert_eq!(problems, vec![("ali@example.org".into(), false)]);
    let status = store.event_status("luka-8").expect("status");
    assert!(
        status.families[0].problems[0]
            .reason
            .starts_with("delayed, and no reply or further word from the mail server in 5 days: 450 4.2.2 mailbox full"),
        "{:?}",
        status.families[0].problems
    );
}
}

on_both! {
fn a_warning_after_the_lifetime_marks_the_parent_unreachable(store) {
    let id = invited_two_parents(&mut store);
    for (n, when) in [(1, at(2)), (2, at(2) + RETRY_LIFETIME)] {
        let mut warning = bounce_record(n, id);
        warning.delayed = vec![("al@example.org".into(), "451 4.4.1 no answer".into())];
        store.record_inbound(&warning, when).expect("record");
    }
    assert_eq!(problems_of_a(&store).2, vec![("al@example.org".into(), false)]);
}
}

on_both! {
fn a_tied_bounce_naming_none_of_the_family_marks_the_family(store) {
    let id = invited_two_parents(&mut store);
    let mut b = bounce_record(1, id);
    b.bounced = vec![("old.alias@elsewhere.example".into(), "550 5.1.1 gone".into())];
    b.bounce_words = Some("550 5.1.1 gone".into());
    store.record_inbound(&b, at(2)).expect("record");
    let (unreachable, reason, _) = problems_of_a(&store);
    assert!(unreachable);
    assert_eq!(
        reason.as_deref(),
        Some("a message to this family bounced: 550 5.1.1 gone")
    );
    // A delay warning alone never does.
    let id_b = {
        let pending = store.families_without_invitation("luka-8").expect("pending");
        store
            .queue_invitation(pending[0].family_id, "tb", &message("<b@x>", &["bea@example.org"]), at(1))
            .expect("queue")
            .expect("queued")
    };
    let mut d = bounce_record(2, id_b);
    d.delayed = vec![("someone@elsewhere.example".into(), "451 later".into())];
    store.record_inbound(&d, at(2)).expect("record");
    let status = store.event_status("luka-8").expect("status");
    assert!(!status.families[1].unreachable);
}
}
