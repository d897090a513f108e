//! What the host is told: the digest's input read from the store, digests
//! and reminders recorded together with their outbox rows.

use super::db::params;
use super::outbox::{NewMessage, insert_outbox};
use super::{Result, Store, timestamp};
use crate::digest::remind::{FamilyReminders, SentReminder};
use crate::digest::{
    AnswerInput, AttentionInput, AttentionReason, Disagreement, FamilyInput, Invitation, Snapshot,
};
use crate::model::Answer;
use chrono::{DateTime, NaiveDate, Utc};

/// Replies read with less confidence than this go to "needs your eyes"
/// (the reply engine's one review threshold).
pub const LOW_CONFIDENCE: f32 = crate::reply::REVIEW_THRESHOLD;

fn parse_time(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

fn invitation_state(s: Option<&str>) -> Invitation {
    match s {
        Some("queued") => Invitation::Queued,
        Some("sent") => Invitation::Sent,
        Some("failed") => Invitation::Failed,
        Some("bounced") => Invitation::Bounced,
        _ => Invitation::None,
    }
}

/// family id, invitation id (0: none), sent at, state, created at.
type InvitationRow = (i64, i64, Option<String>, Option<String>, String);
/// The previous digest's snapshot, local date and creation time.
type LastDigest = (Option<Snapshot>, Option<NaiveDate>, Option<DateTime<Utc>>);

/// One response row as the digest needs it.
struct ResponseRow {
    source: String,
    author: Option<String>,
    answer: Answer,
    guests: Option<u32>,
    note: Option<String>,
    quote: Option<String>,
    confidence: f32,
    answered_at: DateTime<Utc>,
    /// When rsvpd recorded it: what the host has or has not seen yet.
    recorded_at: DateTime<Utc>,
    /// The reply only said thank you.
    only_thanks: bool,
    /// rsvpd asked the parent about this reply, and their next reply
    /// settled it with this answer.
    settled_as: Option<Answer>,
}

/// The digest's raw material for one event.
#[derive(Debug, Clone)]
pub struct DigestData {
    pub families: Vec<FamilyInput>,
    pub attention: Vec<AttentionInput>,
    pub previous: Option<Snapshot>,
    pub last_date: Option<NaiveDate>,
}

impl Store {
    /// Everything the digest of `slug` reports, as of now.
    pub fn digest_data(&self, slug: &str) -> Result<DigestData> {
        let status = self.event_status(slug)?;
        let event_id: Option<i64> = self.db.query_opt(
            "SELECT id FROM events WHERE slug = ?1",
            params![slug],
            |r| r.get(0),
        )?;
        let Some(event_id) = event_id else {
            return Ok(DigestData {
                families: Vec::new(),
                attention: Vec::new(),
                previous: None,
                last_date: None,
            });
        };
        let (previous, last_date, last_at) = self.last_digest(event_id)?;
        let mut families = Vec::with_capacity(status.families.len());
        let mut attention = Vec::new();
        for f in status.families {
            let row: Option<InvitationRow> = self.db.query_opt(
                "SELECT f.id, i.id, i.sent_at, i.state, i.created_at FROM families f
                 JOIN events e ON e.id = f.event_id
                 LEFT JOIN invitations i ON i.family_id = f.id
                 WHERE e.slug = ?1 AND f.key = ?2",
                params![slug, f.family],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get::<Option<i64>>(1)?.unwrap_or(0),
                        r.get(2)?,
                        r.get(3)?,
                        r.get::<Option<String>>(4)?.unwrap_or_default(),
                    ))
                },
            )?;
            let Some((family_id, invitation_id, sent_at, state, created_at)) = row else {
                continue;
            };
            let names = self.contact_names(family_id)?;
            let responses = if invitation_id > 0 {
                self.responses(invitation_id)?
            } else {
                Vec::new()
            };
            // The current answer: the latest clear one, else the latest unclear one.
            let counted: Vec<&ResponseRow> =
                responses.iter().filter(|r| r.source != "suspect").collect();
            let current = counted
                .iter()
                .filter(|r| r.answer != Answer::Unclear)
                .max_by_key(|r| r.answered_at)
                .or_else(|| counted.iter().max_by_key(|r| r.answered_at))
                .copied();
            let disagreement = current.and_then(|cur| {
                counted
                    .iter()
                    .filter(|r| {
                        r.answer != Answer::Unclear
                            && r.answer != cur.answer
                            && r.author != cur.author
                            && r.answered_at < cur.answered_at
                    })
                    .max_by_key(|r| r.answered_at)
                    .map(|r| Disagreement {
                        author: r.author.clone().unwrap_or_default(),
                        answer: r.answer,
                        guests: r.guests,
                        at: r.answered_at,
                    })
            });
            let (reminders_sent, last_reminder_at) = self.reminders_of(invitation_id)?;
            for r in &responses {
                // By when rsvpd recorded it, not the reply's own Date: a reply
                // that arrives late with an early Date is still news.
                let recorded_since = last_at.is_none_or(|at| r.recorded_at > at);
                if !recorded_since {
                    continue;
                }
                // "Thanks!" after an answer: nothing for the host to read.
                let answered_before = || {
                    counted
                        .iter()
                        .any(|e| e.answer != Answer::Unclear && e.answered_at <= r.answered_at)
                };
                if r.answer == Answer::Unclear && r.only_thanks && answered_before() {
                    continue;
                }
                let reason = if let Some(answer) = r.settled_as {
                    Some(AttentionReason::SettledByParent { answer })
                } else if r.source == "suspect" {
                    Some(AttentionReason::FailedAuthentication)
                } else if r.answer == Answer::Unclear {
                    Some(AttentionReason::Unclear)
                } else if r.confidence < LOW_CONFIDENCE && r.source == "reply" {
                    Some(AttentionReason::LowConfidence {
                        answer: r.answer,
                        confidence: r.confidence,
                    })
                } else {
                    None
                };
                if let Some(reason) = reason {
                    attention.push(AttentionInput {
                        family: Some(f.family.clone()),
                        author: r.author.clone().unwrap_or_default(),
                        at: r.answered_at,
                        quote: r.quote.clone().unwrap_or_default(),
                        reason,
                    });
                }
            }
            families.push(FamilyInput {
                key: f.family.clone(),
                children: f.children.clone(),
                contacts: names,
                invitation: invitation_state(state.as_deref()),
                invited_at: sent_at
                    .as_deref()
                    .and_then(parse_time)
                    .or_else(|| parse_time(&created_at)),
                answer: current.map(|r| AnswerInput {
                    answer: r.answer,
                    children: None,
                    adults: None,
                    guests: r.guests,
                    confidence: r.confidence,
                    note: r.note.clone(),
                    quote: r.quote.clone().unwrap_or_default(),
                    author: r.author.clone().unwrap_or_default(),
                    at: r.answered_at,
                    by_host: r.source == "host",
                }),
                disagreement,
                reminders_sent,
                last_reminder_at,
                unreachable: f.unreachable_reason.clone(),
                problems: f.problems.clone(),
            });
        }
        Ok(DigestData {
            families,
            attention,
            previous,
            last_date,
        })
    }

    fn contact_names(&self, family_id: i64) -> Result<Vec<String>> {
        self.db.query(
            "SELECT CASE WHEN name = '' THEN email ELSE name END FROM contacts
             WHERE family_id = ?1 AND active = 1 ORDER BY id",
            params![family_id],
            |r| r.get(0),
        )
    }

    fn responses(&self, invitation_id: i64) -> Result<Vec<ResponseRow>> {
        self.db.query(
            "SELECT r.source, r.author, r.answer, r.guests, r.note, r.quote, r.confidence,
                    r.answered_at, r.evidence, r.recorded_at, s.answer
             FROM responses r
             LEFT JOIN parent_questions q
                 ON q.inbound_id = r.inbound_id AND q.settled_by IS NOT NULL
             LEFT JOIN responses s ON s.inbound_id = q.settled_by
             WHERE r.invitation_id = ?1 ORDER BY r.answered_at, r.id",
            params![invitation_id],
            |r| {
                let answer: String = r.get(2)?;
                let at: String = r.get(7)?;
                let evidence: String = r.get(8)?;
                let recorded: String = r.get(9)?;
                let evidence: Vec<String> = serde_json::from_str(&evidence).unwrap_or_default();
                Ok(ResponseRow {
                    source: r.get(0)?,
                    author: r.get(1)?,
                    answer: Answer::parse(&answer).unwrap_or(Answer::Unclear),
                    guests: r.get(3)?,
                    note: r.get(4)?,
                    quote: r.get(5)?,
                    confidence: r.get(6)?,
                    answered_at: parse_time(&at).unwrap_or_default(),
                    recorded_at: parse_time(&recorded).unwrap_or_default(),
                    only_thanks: crate::reply::evidence_only_thanks(&evidence),
                    settled_as: r
                        .get::<Option<String>>(10)?
                        .as_deref()
                        .and_then(Answer::parse),
                })
            },
        )
    }

    fn reminders_of(&self, invitation_id: i64) -> Result<(u32, Option<DateTime<Utc>>)> {
        let (n, last): (u32, Option<String>) = self.db.query_row(
            "SELECT count(*), max(created_at) FROM reminders WHERE invitation_id = ?1",
            params![invitation_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((n, last.as_deref().and_then(parse_time)))
    }

    /// The previous digest's snapshot, its local date and when it was made.
    fn last_digest(&self, event_id: i64) -> Result<LastDigest> {
        let row: Option<(String, String, String)> = self.db.query_opt(
            "SELECT snapshot, local_date, created_at FROM digests
             WHERE event_id = ?1 AND local_date NOT LIKE 'extra:%'
             ORDER BY local_date DESC LIMIT 1",
            params![event_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        Ok(match row {
            None => (None, None, None),
            Some((snapshot, date, at)) => (
                serde_json::from_str(&snapshot).ok(),
                NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok(),
                parse_time(&at),
            ),
        })
    }

    /// Record the digest of a local date (and queue its message, if any) in
    /// one transaction. False if that date already has one: never twice.
    pub fn record_digest(
        &mut self,
        slug: &str,
        date: NaiveDate,
        snapshot: &Snapshot,
        token: Option<&str>,
        message: Option<&NewMessage>,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        let inserted = tx.execute(
            "INSERT INTO digests (event_id, local_date, snapshot, token, message_id, created_at)
             SELECT id, ?2, ?3, ?4, ?5, ?6 FROM events WHERE slug = ?1
             ON CONFLICT (event_id, local_date) DO NOTHING",
            params![
                slug,
                date.format("%Y-%m-%d").to_string(),
                serde_json::to_string(snapshot).unwrap_or_else(|_| "{}".into()),
                token,
                message.map(|m| m.message_id.clone()),
                now
            ],
        )?;
        if inserted == 0 {
            return Ok(false);
        }
        if let Some(message) = message {
            insert_outbox(&tx, message, None, &now)?;
        }
        tx.commit()?;
        Ok(true)
    }

    /// A digest sent by hand on a date that already has one: queued, with
    /// its command token remembered, without replacing the date's record.
    pub fn record_extra_digest(
        &mut self,
        slug: &str,
        token: &str,
        message: &NewMessage,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        // A row per extra digest keeps its token valid for commands; its
        // date is marked so it never counts as a scheduled one.
        tx.execute(
            "INSERT INTO digests (event_id, local_date, snapshot, token, message_id, created_at)
             SELECT id, 'extra:' || ?2, '{}', ?2, ?3, ?4 FROM events WHERE slug = ?1",
            params![slug, token, message.message_id, now],
        )?;
        insert_outbox(&tx, message, None, &now)?;
        tx.commit()?;
        Ok(())
    }

    /// The local date of the event's last digest.
    pub fn last_digest_date(&self, slug: &str) -> Result<Option<NaiveDate>> {
        let date: Option<String> = self.db.query_row(
            "SELECT max(d.local_date) FROM digests d JOIN events e ON e.id = d.event_id
             WHERE e.slug = ?1 AND d.local_date NOT LIKE 'extra:%'",
            params![slug],
            |r| r.get(0),
        )?;
        Ok(date.and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok()))
    }

    /// The event a digest token belongs to.
    pub fn digest_event_by_token(&self, token: &str) -> Result<Option<String>> {
        self.db.query_opt(
            "SELECT e.slug FROM digests d JOIN events e ON e.id = d.event_id WHERE d.token = ?1",
            params![token.to_ascii_lowercase()],
            |r| r.get(0),
        )
    }

    /// Per family of the event: what the reminder plan needs.
    pub fn reminder_state(&self, slug: &str) -> Result<Vec<(i64, FamilyReminders)>> {
        let status = self.event_status(slug)?;
        let mut out = Vec::new();
        for f in status.families {
            let row: Option<(i64, Option<String>, String)> = self.db.query_opt(
                "SELECT i.id, i.sent_at, i.created_at FROM invitations i JOIN families f ON f.id = i.family_id
                 JOIN events e ON e.id = f.event_id WHERE e.slug = ?1 AND f.key = ?2",
                params![slug, f.family],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )?;
            let Some((invitation_id, sent_at, created_at)) = row else {
                continue;
            };
            let sent: Vec<SentReminder> = self.db.query(
                "SELECT ordinal, created_at FROM reminders WHERE invitation_id = ?1
                 ORDER BY ordinal",
                params![invitation_id],
                |r| {
                    let at: String = r.get(1)?;
                    Ok(SentReminder {
                        ordinal: r.get(0)?,
                        at: parse_time(&at).unwrap_or_default(),
                    })
                },
            )?;
            out.push((
                invitation_id,
                FamilyReminders {
                    key: f.family.clone(),
                    answered: f.answer.is_some_and(|a| a != Answer::Unclear),
                    reachable: !f.unreachable,
                    invited_at: sent_at
                        .as_deref()
                        .and_then(parse_time)
                        .or_else(|| parse_time(&created_at)),
                    sent,
                },
            ));
        }
        Ok(out)
    }

    /// Record a reminder and queue its message in one transaction. False if
    /// that reminder was already sent: each at most once.
    pub fn record_reminder(
        &mut self,
        invitation_id: i64,
        ordinal: u32,
        message: &NewMessage,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        let inserted = tx.execute(
            "INSERT INTO reminders (invitation_id, ordinal, message_id, created_at) VALUES (?1, ?2, ?3, ?4)
             ON CONFLICT (invitation_id, ordinal) DO NOTHING",
            params![invitation_id, ordinal, message.message_id, now],
        )?;
        if inserted == 0 {
            return Ok(false);
        }
        insert_outbox(&tx, message, Some(invitation_id), &now)?;
        tx.commit()?;
        Ok(true)
    }

    pub fn reminders_paused(&self, slug: &str) -> Result<bool> {
        Ok(self
            .db
            .query_opt(
                "SELECT reminders_paused FROM events WHERE slug = ?1",
                params![slug],
                |r| r.get::<bool>(0),
            )?
            .unwrap_or(false))
    }

    pub fn set_reminders_paused(&mut self, slug: &str, paused: bool) -> Result<()> {
        self.db.execute(
            "UPDATE events SET reminders_paused = ?2 WHERE slug = ?1",
            params![slug, paused],
        )?;
        Ok(())
    }
}
