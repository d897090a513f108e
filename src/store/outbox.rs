//! Invitations and the outbox: what must go out, and what happened to it.
//!
//! A message is queued together with the invitation it carries (one
//! transaction), as one outbox row per recipient so that one bad address
//! fails alone. Delivery outcomes are recorded one row at a time.

use super::db::{Db, params};
use super::{Result, Store, timestamp};
use crate::model::{Contact, EmailAddress, Family};
use chrono::{DateTime, Utc};

/// What an outbox row carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutboxKind {
    Invitation,
    Update,
    Cancel,
    Reminder,
    Confirmation,
    Digest,
}

impl OutboxKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OutboxKind::Invitation => "invitation",
            OutboxKind::Update => "update",
            OutboxKind::Cancel => "cancel",
            OutboxKind::Reminder => "reminder",
            OutboxKind::Confirmation => "confirmation",
            OutboxKind::Digest => "digest",
        }
    }

    fn parse(s: &str) -> OutboxKind {
        match s {
            "invitation" => OutboxKind::Invitation,
            "update" => OutboxKind::Update,
            "cancel" => OutboxKind::Cancel,
            "reminder" => OutboxKind::Reminder,
            "confirmation" => OutboxKind::Confirmation,
            _ => OutboxKind::Digest,
        }
    }
}

/// A family on the roster that has no invitation yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingFamily {
    pub family_id: i64,
    pub family: Family,
}

/// A rendered message ready to queue.
#[derive(Debug, Clone)]
pub struct NewMessage {
    pub kind: OutboxKind,
    pub message_id: String,
    pub envelope_from: String,
    pub recipients: Vec<String>,
    pub raw: Vec<u8>,
    /// The plain-text part, kept so replies can be told apart from the quote of it.
    pub text: Option<String>,
}

/// One delivery to do: a message to one recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutboxItem {
    pub id: i64,
    pub kind: OutboxKind,
    pub invitation_id: Option<i64>,
    pub message_id: String,
    pub envelope_from: String,
    pub recipient: String,
    pub raw: Vec<u8>,
    pub attempts: u32,
}

/// Queue totals.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OutboxCounts {
    pub queued: usize,
    pub sent: usize,
    pub failed: usize,
}

/// A family as stored: its children are a JSON list of names.
fn family_from_row(
    key: String,
    children: &str,
    language: Option<String>,
    contacts: Vec<Contact>,
) -> Family {
    Family {
        key,
        children: serde_json::from_str(children).unwrap_or_default(),
        contacts,
        language,
    }
}

impl Store {
    /// Families on the event's roster (active) that have never been invited.
    pub fn families_without_invitation(&self, slug: &str) -> Result<Vec<PendingFamily>> {
        self.families_where(slug, "AND i.id IS NULL")
    }

    /// Every family on the event's roster, with its live contacts.
    pub fn roster_families(&self, slug: &str) -> Result<Vec<(i64, Family)>> {
        Ok(self
            .families_where(slug, "")?
            .into_iter()
            .map(|p| (p.family_id, p.family))
            .collect())
    }

    /// One family on its roster (active), with its live contacts.
    pub fn roster_family(&self, family_id: i64) -> Result<Option<Family>> {
        let row: Option<(String, String, Option<String>)> = self.db.query_opt(
            "SELECT key, children, language FROM families WHERE id = ?1 AND active = 1",
            params![family_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let Some((key, children, language)) = row else {
            return Ok(None);
        };
        let contacts = self.live_contacts(family_id)?;
        Ok(Some(family_from_row(key, &children, language, contacts)))
    }

    fn families_where(&self, slug: &str, condition: &str) -> Result<Vec<PendingFamily>> {
        let rows: Vec<(i64, String, String, Option<String>)> = self.db.query(
            &format!(
                "SELECT f.id, f.key, f.children, f.language FROM families f
                 JOIN events e ON e.id = f.event_id
                 LEFT JOIN invitations i ON i.family_id = f.id
                 WHERE e.slug = ?1 AND f.active = 1 {condition}
                 ORDER BY f.position"
            ),
            params![slug],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        // Every family's contacts in one query, not one per family.
        let contact_rows: Vec<(i64, String, String)> = self.db.query(
            "SELECT c.family_id, c.name, c.email FROM contacts c
             JOIN families f ON f.id = c.family_id
             JOIN events e ON e.id = f.event_id
             WHERE e.slug = ?1 AND c.active = 1 AND c.unreachable_reason IS NULL
             ORDER BY c.id",
            params![slug],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut contacts: std::collections::HashMap<i64, Vec<Contact>> =
            std::collections::HashMap::new();
        for (family_id, name, email) in contact_rows {
            if let Some(email) = EmailAddress::parse(&email) {
                contacts
                    .entry(family_id)
                    .or_default()
                    .push(Contact { name, email });
            }
        }
        Ok(rows
            .into_iter()
            .map(|(family_id, key, children, language)| {
                let family_contacts = contacts.remove(&family_id).unwrap_or_default();
                PendingFamily {
                    family_id,
                    family: family_from_row(key, &children, language, family_contacts),
                }
            })
            .collect())
    }

    /// A family's contacts that are on the roster and not known to bounce.
    pub fn live_contacts(&self, family_id: i64) -> Result<Vec<Contact>> {
        let rows: Vec<(String, String)> = self.db.query(
            "SELECT name, email FROM contacts
             WHERE family_id = ?1 AND active = 1 AND unreachable_reason IS NULL ORDER BY id",
            params![family_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(rows
            .into_iter()
            .filter_map(|(name, email)| {
                EmailAddress::parse(&email).map(|email| Contact { name, email })
            })
            .collect())
    }

    /// Record a family's invitation and queue its message, in one transaction.
    /// Returns `None` (and changes nothing) if the family was invited meanwhile.
    pub fn queue_invitation(
        &mut self,
        family_id: i64,
        token: &str,
        message: &NewMessage,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        let inserted = tx.query_opt(
            "INSERT INTO invitations (family_id, token, message_id, state, created_at)
             VALUES (?1, ?2, ?3, 'queued', ?4)
             ON CONFLICT (family_id) DO NOTHING RETURNING id",
            params![family_id, token, message.message_id, now],
            |r| r.get::<i64>(0),
        )?;
        let Some(invitation_id) = inserted else {
            return Ok(None);
        };
        insert_outbox(&tx, message, Some(invitation_id), &now)?;
        tx.commit()?;
        Ok(Some(invitation_id))
    }

    /// Queue a message that changes no other state (digest, confirmation…).
    pub fn queue_message(
        &mut self,
        message: &NewMessage,
        invitation_id: Option<i64>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        insert_outbox(&tx, message, invitation_id, &now)?;
        tx.commit()?;
        Ok(())
    }

    /// Deliveries due at `now`, oldest first.
    pub fn due_outbox(&self, now: DateTime<Utc>, limit: usize) -> Result<Vec<OutboxItem>> {
        self.db.query(
            "SELECT id, kind, invitation_id, message_id, envelope_from, recipient, raw, attempts
             FROM outbox WHERE state = 'queued' AND next_attempt_at <= ?1
             ORDER BY next_attempt_at, id LIMIT ?2",
            params![timestamp(now), limit],
            outbox_item,
        )
    }

    /// Claim the oldest delivery due at `now` for `worker` until `until`:
    /// on PostgreSQL another worker skips it until then, and takes it over
    /// once the claim has expired (its worker died). One at a time, just
    /// before delivering it, so a claim never waits behind the rate limit.
    /// SQLite has one worker: it skips only its own claims (deliveries it
    /// has in flight), so a claim left by a process that was killed never
    /// delays the next one.
    pub fn claim_outbox(
        &mut self,
        now: DateTime<Utc>,
        worker: &str,
        until: DateTime<Utc>,
    ) -> Result<Option<OutboxItem>> {
        let unclaimed = if self.db.is_postgres() {
            "AND (claimed_until IS NULL OR claimed_until <= ?1)"
        } else {
            // Only this process's own claims are in flight.
            "AND (claimed_by IS NULL OR claimed_by <> ?2 OR claimed_until <= ?1)"
        };
        // One statement: the claim commits on its own, in one round trip.
        let sql = format!(
            "UPDATE outbox SET claimed_by = ?2, claimed_until = ?3
             WHERE id = (SELECT id FROM outbox
                         WHERE state = 'queued' AND next_attempt_at <= ?1 {unclaimed}
                         ORDER BY next_attempt_at, id LIMIT 1{})
             RETURNING id, kind, invitation_id, message_id, envelope_from, recipient, raw, attempts",
            self.db.skip_locked()
        );
        self.db.query_opt(
            &sql,
            params![timestamp(now), worker, timestamp(until)],
            outbox_item,
        )
    }

    /// Give a claimed delivery back, untried.
    pub fn release_outbox(&mut self, item: &OutboxItem) -> Result<()> {
        self.db.execute(
            "UPDATE outbox SET claimed_by = NULL, claimed_until = NULL WHERE id = ?1",
            params![item.id],
        )?;
        Ok(())
    }

    /// When the next queued delivery is due (or another worker's claim on
    /// it expires), if any is queued.
    pub fn next_outbox_attempt(&self) -> Result<Option<String>> {
        let sql = if self.db.is_postgres() {
            "SELECT min(CASE WHEN claimed_until > next_attempt_at THEN claimed_until
                             ELSE next_attempt_at END)
             FROM outbox WHERE state = 'queued'"
        } else {
            "SELECT min(next_attempt_at) FROM outbox WHERE state = 'queued'"
        };
        self.db.query_row(sql, params![], |r| r.get(0))
    }

    pub fn outbox_counts(&self) -> Result<OutboxCounts> {
        let mut counts = OutboxCounts::default();
        let rows: Vec<(String, usize)> = self.db.query(
            "SELECT state, count(*) FROM outbox GROUP BY state",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        for (state, n) in rows {
            match state.as_str() {
                "queued" => counts.queued = n,
                "sent" => counts.sent = n,
                _ => counts.failed = n,
            }
        }
        Ok(counts)
    }

    /// The server accepted the message for this recipient.
    pub fn record_sent(&mut self, item: &OutboxItem, now: DateTime<Utc>) -> Result<()> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        tx.execute(
            "UPDATE outbox SET state = 'sent', sent_at = ?2, attempts = attempts + 1, last_error = NULL,
                 claimed_by = NULL, claimed_until = NULL
             WHERE id = ?1",
            params![item.id, now],
        )?;
        if let (OutboxKind::Invitation, Some(invitation_id)) = (item.kind, item.invitation_id) {
            tx.execute(
                "UPDATE invitations SET state = 'sent', sent_at = coalesce(sent_at, ?2), last_error = NULL
                 WHERE id = ?1 AND state IN ('queued', 'failed')",
                params![invitation_id, now],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// A temporary failure: try again at `next_attempt_at`.
    pub fn record_deferred(
        &mut self,
        item: &OutboxItem,
        error: &str,
        next_attempt_at: DateTime<Utc>,
    ) -> Result<()> {
        self.db.execute(
            "UPDATE outbox SET attempts = attempts + 1, last_error = ?2, next_attempt_at = ?3,
                 claimed_by = NULL, claimed_until = NULL
             WHERE id = ?1",
            params![item.id, error, timestamp(next_attempt_at)],
        )?;
        Ok(())
    }

    /// A permanent failure for this recipient, with the server's words. The
    /// contact is marked unreachable; the invitation fails when no recipient is left.
    pub fn record_failed(&mut self, item: &OutboxItem, error: &str) -> Result<()> {
        let tx = self.db.transaction()?;
        if let Some(invitation_id) = item.invitation_id {
            // Whether any recipient is left is read, then acted on.
            tx.lock(&format!("invitation:{invitation_id}"))?;
        }
        tx.execute(
            "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?2,
                 claimed_by = NULL, claimed_until = NULL WHERE id = ?1",
            params![item.id, error],
        )?;
        if let Some(invitation_id) = item.invitation_id {
            tx.execute(
                "UPDATE contacts SET unreachable_reason = ?3
                 WHERE email = ?2 AND family_id = (SELECT family_id FROM invitations WHERE id = ?1)",
                params![invitation_id, item.recipient.to_ascii_lowercase(), error],
            )?;
            if item.kind == OutboxKind::Invitation {
                let alive: i64 = tx.query_row(
                    "SELECT count(*) FROM outbox
                     WHERE invitation_id = ?1 AND kind = 'invitation' AND state IN ('queued', 'sent')",
                    params![invitation_id],
                    |r| r.get(0),
                )?;
                if alive == 0 {
                    tx.execute(
                        "UPDATE invitations SET state = 'failed', last_error = ?2 WHERE id = ?1",
                        params![invitation_id, format!("{}: {error}", item.recipient)],
                    )?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }
}

pub(super) fn insert_outbox(
    tx: &Db,
    message: &NewMessage,
    invitation_id: Option<i64>,
    now: &str,
) -> Result<()> {
    for recipient in &message.recipients {
        tx.execute(
            "INSERT INTO outbox (kind, invitation_id, message_id, envelope_from, recipient, raw, text,
                                 state, next_attempt_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, 'queued', ?7, ?7)
             ON CONFLICT (message_id, recipient) DO NOTHING",
            params![
            message.kind.as_str(),
            invitation_id,
            message.message_id,
            message.envelope_from,
            recipient,
            message.raw,
                now,
                message.text
            ],
        )?;
    }
    Ok(())
}

/// An outbox row read as `id, kind, invitation_id, message_id,
/// envelope_from, recipient, raw, attempts`.
fn outbox_item(r: &super::db::Row<'_>) -> Result<OutboxItem> {
    Ok(OutboxItem {
        id: r.get(0)?,
        kind: OutboxKind::parse(&r.get::<String>(1)?),
        invitation_id: r.get(2)?,
        message_id: r.get(3)?,
        envelope_from: r.get(4)?,
        recipient: r.get(5)?,
        raw: r.get(6)?,
        attempts: r.get(7)?,
    })
}
