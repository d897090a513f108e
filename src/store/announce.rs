//! What families were told about an event, for updates and cancellations.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use super::db::params;
use super::outbox::{NewMessage, insert_outbox};
use super::{Result, Store, timestamp};
use crate::model::{Event, Family};

/// The parts of an event that families were told.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Announced {
    pub title: String,
    pub start: NaiveDateTime,
    pub end: NaiveDateTime,
    pub time_zone: String,
    pub location: String,
    pub details: String,
    pub rsvp_by: NaiveDate,
}

impl Announced {
    pub fn of(event: &Event) -> Announced {
        Announced {
            title: event.title.clone(),
            start: event.start,
            end: event.end,
            time_zone: event.time_zone.name().to_string(),
            location: event.location.clone(),
            details: event.details.clone(),
            rsvp_by: event.rsvp_by,
        }
    }

    /// The event as announced, with the current event's other fields.
    pub fn apply_to(&self, current: &Event) -> Event {
        Event {
            title: self.title.clone(),
            start: self.start,
            end: self.end,
            time_zone: self.time_zone.parse().unwrap_or(current.time_zone),
            location: self.location.clone(),
            details: self.details.clone(),
            rsvp_by: self.rsvp_by,
            ..current.clone()
        }
    }
}

/// An invitation that went out, to follow up in its thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentInvitation {
    pub invitation_id: i64,
    pub token: String,
    pub message_id: String,
    pub family: Family,
}

impl Store {
    /// What families were last told about the event, and its calendar SEQUENCE.
    pub fn announced(&self, slug: &str) -> Result<Option<(Announced, u32)>> {
        let row: Option<(Option<String>, u32)> = self.db.query_opt(
            "SELECT announced, sequence FROM events WHERE slug = ?1",
            params![slug],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(row.and_then(|(json, seq)| {
            json.and_then(|j| serde_json::from_str(&j).ok())
                .map(|a| (a, seq))
        }))
    }

    /// Remember what the first invitations said (no-op once set).
    pub fn record_first_announcement(&mut self, event: &Event) -> Result<()> {
        let json = serde_json::to_string(&Announced::of(event)).unwrap_or_default();
        self.db.execute(
            "UPDATE events SET announced = ?2 WHERE slug = ?1 AND announced IS NULL",
            params![event.slug, json],
        )?;
        Ok(())
    }

    /// Invitations of families still on the roster that were (or are being) delivered.
    pub fn sent_invitations(&self, slug: &str) -> Result<Vec<SentInvitation>> {
        let rows: Vec<(i64, String, String, i64)> = self.db.query(
            "SELECT i.id, i.token, i.message_id, f.id FROM invitations i
             JOIN families f ON f.id = i.family_id JOIN events e ON e.id = f.event_id
             WHERE e.slug = ?1 AND f.active = 1 AND i.state IN ('queued', 'sent')
             ORDER BY f.position",
            params![slug],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )?;
        let families = self.roster_families(slug)?;
        Ok(rows
            .into_iter()
            .filter_map(|(invitation_id, token, message_id, family_id)| {
                let family = families.iter().find(|(id, _)| *id == family_id)?.1.clone();
                (!family.contacts.is_empty()).then_some(SentInvitation {
                    invitation_id,
                    token,
                    message_id,
                    family,
                })
            })
            .collect())
    }

    /// Queue an update (or cancellation) to every family, and record what
    /// they are now told, in one transaction.
    pub fn queue_announcement(
        &mut self,
        event: &Event,
        sequence: u32,
        cancelled: bool,
        messages: &[(i64, NewMessage)],
        now: DateTime<Utc>,
    ) -> Result<()> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        for (invitation_id, message) in messages {
            insert_outbox(&tx, message, Some(*invitation_id), &now)?;
            tx.execute(
                "UPDATE invitations SET sequence = ?2 WHERE id = ?1",
                params![invitation_id, sequence],
            )?;
        }
        let json = serde_json::to_string(&Announced::of(event)).unwrap_or_default();
        tx.execute(
            "UPDATE events SET announced = ?2, sequence = ?3,
                 cancelled_at = CASE WHEN ?4 = 1 THEN ?5 ELSE cancelled_at END
             WHERE slug = ?1",
            params![event.slug, json, sequence, cancelled, now],
        )?;
        tx.commit()?;
        Ok(())
    }
}
