//! Mirror an event's roster into the store without losing history.
//!
//! Families are matched by their roster key; a family that leaves the roster
//! is marked inactive (its invitation and answers stay), and comes back
//! intact if it is re-added.

use super::db::{Db, params};
use super::{Result, Store, timestamp};
use crate::model::Event;
use crate::roster::Roster;
use chrono::{DateTime, Utc};

/// What an import changed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SyncReport {
    pub added: usize,
    pub changed: usize,
    pub removed: usize,
    pub unchanged: usize,
}

impl Store {
    /// Make the store's families for `event` match `roster`, in one transaction.
    pub fn sync_roster(
        &mut self,
        event: &Event,
        roster: &Roster,
        now: DateTime<Utc>,
    ) -> Result<SyncReport> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        // Workers starting together import the same roster one at a time.
        tx.lock(&format!("roster:{}", event.slug))?;
        tx.execute(
            "INSERT INTO events (slug, title, created_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (slug) DO UPDATE SET title = excluded.title",
            params![event.slug, event.title, now],
        )?;
        let event_id: i64 = tx.query_row(
            "SELECT id FROM events WHERE slug = ?1",
            params![event.slug],
            |r| r.get(0),
        )?;
        let mut report = SyncReport::default();
        let mut seen = Vec::with_capacity(roster.families.len());
        for (position, family) in roster.families.iter().enumerate() {
            let children = serde_json::to_string(&family.children).unwrap_or_else(|_| "[]".into());
            let existing: Option<(i64, String, Option<String>, i64, i64)> = tx.query_opt(
                "SELECT id, children, language, position, active FROM families
                 WHERE event_id = ?1 AND key = ?2",
                params![event_id, family.key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )?;
            let position = position as i64;
            let family_id = match existing {
                None => {
                    report.added += 1;
                    tx.query_row(
                        "INSERT INTO families (event_id, key, children, language, position, active, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6) RETURNING id",
                        params![event_id, family.key, children, family.language, position, now],
                        |r| r.get(0),
                    )?
                }
                Some((id, old_children, old_language, old_position, active)) => {
                    let mut changed =
                        old_children != children || old_language != family.language || active == 0;
                    changed |= sync_contacts(&tx, id, family)?;
                    if changed || old_position != position {
                        tx.execute(
                            "UPDATE families SET children = ?2, language = ?3, position = ?4,
                                 active = 1, removed_at = NULL, updated_at = ?5
                             WHERE id = ?1",
                            params![id, children, family.language, position, now],
                        )?;
                    }
                    if changed {
                        report.changed += 1;
                    } else {
                        report.unchanged += 1;
                    }
                    seen.push(id);
                    continue;
                }
            };
            sync_contacts(&tx, family_id, family)?;
            seen.push(family_id);
        }
        // Families no longer on the roster keep their history but leave the counts.
        let active: Vec<i64> = tx.query(
            "SELECT id FROM families WHERE event_id = ?1 AND active = 1",
            params![event_id],
            |r| r.get(0),
        )?;
        for id in active.into_iter().filter(|id| !seen.contains(id)) {
            tx.execute(
                "UPDATE families SET active = 0, removed_at = ?2, updated_at = ?2 WHERE id = ?1",
                params![id, now],
            )?;
            report.removed += 1;
        }
        if report.added + report.changed + report.removed > 0 {
            tx.execute(
                "INSERT INTO roster_imports (event_id, imported_at, added, changed, removed)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![event_id, now, report.added, report.changed, report.removed],
            )?;
        }
        tx.commit()?;
        Ok(report)
    }
}

/// Upsert a family's contacts; deactivate those no longer listed. True if anything changed.
fn sync_contacts(tx: &Db, family_id: i64, family: &crate::model::Family) -> Result<bool> {
    let mut changed = false;
    let mut listed = Vec::with_capacity(family.contacts.len());
    for contact in &family.contacts {
        let email = contact.email.normalized();
        let existing: Option<(i64, String, i64)> = tx.query_opt(
            "SELECT id, name, active FROM contacts WHERE family_id = ?1 AND email = ?2",
            params![family_id, email],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        match existing {
            None => {
                tx.execute(
                    "INSERT INTO contacts (family_id, name, email, active) VALUES (?1, ?2, ?3, 1)",
                    params![family_id, contact.name, email],
                )?;
                changed = true;
            }
            Some((id, name, active)) => {
                if name != contact.name || active == 0 {
                    tx.execute(
                        "UPDATE contacts SET name = ?2, active = 1 WHERE id = ?1",
                        params![id, contact.name],
                    )?;
                    changed = true;
                }
            }
        }
        listed.push(email);
    }
    let current: Vec<(i64, String)> = tx.query(
        "SELECT id, email FROM contacts WHERE family_id = ?1 AND active = 1",
        params![family_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    for (id, email) in current {
        if !listed.contains(&email) {
            tx.execute("UPDATE contacts SET active = 0 WHERE id = ?1", params![id])?;
            changed = true;
        }
    }
    Ok(changed)
}
