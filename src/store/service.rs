//! Service mode: hosts, their parties, preview codes, parents who opted out,
//! the log of sending commands and the notices to strangers.
//!
//! Isolation lives in the queries: a party is always looked up together with
//! its host's address, and the shell compares that address with the sender.

use chrono::{DateTime, Utc};

use super::db::{Row, params};
use super::{Result, Store, timestamp};
use crate::service::preview::{Draft, Party};
use crate::service::roster::Entry;

/// A host's party as the store has it.
#[derive(Debug, Clone, PartialEq)]
pub struct PartyRecord {
    pub id: i64,
    pub host_email: String,
    pub host_name: String,
    pub token: String,
    pub state: PartyState,
    pub draft: Draft,
    /// The party as sent (after the OK).
    pub party: Option<Party>,
    /// The event's slug once sent.
    pub slug: Option<String>,
    pub digests_stopped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartyState {
    Draft,
    Sent,
    Cancelled,
}

impl PartyState {
    fn parse(s: &str) -> PartyState {
        match s {
            "sent" => PartyState::Sent,
            "cancelled" => PartyState::Cancelled,
            _ => PartyState::Draft,
        }
    }
}

/// One preview's OK code and what it sends.
#[derive(Debug, Clone, PartialEq)]
pub struct PreviewRecord {
    pub id: i64,
    pub party_id: i64,
    pub party: Party,
    pub families: Vec<Entry>,
    pub expires_at: DateTime<Utc>,
    pub superseded: bool,
    pub used: bool,
}

/// One logged command: (host, party id, command, messages queued, when).
pub type LogEntry = (String, Option<i64>, String, i64, String);

const PARTY_COLUMNS: &str =
    "p.id, h.email, h.name, p.token, p.state, p.draft, p.party, e.slug, p.digests_stopped
     FROM service_parties p JOIN service_hosts h ON h.id = p.host_id
     LEFT JOIN events e ON e.id = p.event_id";

type PartyRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
);

fn read_party(r: &Row<'_>) -> Result<PartyRow> {
    Ok((
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get(4)?,
        r.get(5)?,
        r.get(6)?,
        r.get(7)?,
        r.get(8)?,
    ))
}

fn party_record(row: PartyRow) -> PartyRecord {
    let (id, host_email, host_name, token, state, draft, party, slug, stopped) = row;
    PartyRecord {
        id,
        host_email,
        host_name,
        token,
        state: PartyState::parse(&state),
        draft: serde_json::from_str(&draft).unwrap_or_default(),
        party: party.and_then(|p| serde_json::from_str(&p).ok()),
        slug,
        digests_stopped: stopped != 0,
    }
}

fn parse_time(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

impl Store {
    /// Start a draft party for `host_email` (created as a host if new).
    pub fn start_party(
        &mut self,
        host_email: &str,
        host_name: &str,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<i64> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        let host_id: i64 = tx.query_row(
            "INSERT INTO service_hosts (email, name, created_at) VALUES (?1, ?2, ?3)
             ON CONFLICT (email) DO UPDATE SET name = excluded.name RETURNING id",
            params![host_email.to_ascii_lowercase(), host_name, now],
            |r| r.get(0),
        )?;
        let id = tx.query_row(
            "INSERT INTO service_parties (host_id, token, state, draft, created_at)
             VALUES (?1, ?2, 'draft', ?3, ?4) RETURNING id",
            params![host_id, token.to_ascii_lowercase(), "{}", now],
            |r| r.get(0),
        )?;
        tx.commit()?;
        Ok(id)
    }

    /// The party whose mail carries `token`.
    pub fn party_by_token(&self, token: &str) -> Result<Option<PartyRecord>> {
        self.db
            .query_opt(
                &format!("SELECT {PARTY_COLUMNS} WHERE p.token = ?1"),
                params![token.to_ascii_lowercase()],
                read_party,
            )
            .map(|row| row.map(party_record))
    }

    /// The party sent as the event `slug`.
    pub fn party_by_slug(&self, slug: &str) -> Result<Option<PartyRecord>> {
        self.db
            .query_opt(
                &format!("SELECT {PARTY_COLUMNS} WHERE e.slug = ?1"),
                params![slug],
                read_party,
            )
            .map(|row| row.map(party_record))
    }

    /// Every party that went out (digests and reminders run for these).
    pub fn sent_parties(&self) -> Result<Vec<PartyRecord>> {
        self.db
            .query(
                &format!("SELECT {PARTY_COLUMNS} WHERE p.state = 'sent' ORDER BY p.id"),
                params![],
                read_party,
            )
            .map(|rows| rows.into_iter().map(party_record).collect())
    }

    /// Keep what the host has told a draft so far.
    pub fn save_draft(&mut self, party_id: i64, draft: &Draft) -> Result<()> {
        self.db.execute(
            "UPDATE service_parties SET draft = ?1 WHERE id = ?2 AND state = 'draft'",
            params![to_json(draft), party_id],
        )?;
        Ok(())
    }

    /// Record a preview and its OK code; earlier codes of the party stop working.
    pub fn record_preview(
        &mut self,
        party_id: i64,
        code: &str,
        party: &Party,
        families: &[Entry],
        expires_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let tx = self.db.transaction()?;
        tx.execute(
            "UPDATE service_previews SET superseded = 1 WHERE party_id = ?1",
            params![party_id],
        )?;
        tx.execute(
            "INSERT INTO service_previews (party_id, code, party, families, expires_at, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                party_id,
                code.to_ascii_lowercase(),
                to_json(party),
                to_json(&families),
                timestamp(expires_at),
                timestamp(now)
            ],
        )?;
        tx.commit()
    }

    /// Earlier codes of the party stop working (a new preview has problems).
    pub fn supersede_previews(&mut self, party_id: i64) -> Result<()> {
        self.db.execute(
            "UPDATE service_previews SET superseded = 1 WHERE party_id = ?1",
            params![party_id],
        )?;
        Ok(())
    }

    /// The preview an OK code belongs to.
    pub fn preview_by_code(&self, code: &str) -> Result<Option<PreviewRecord>> {
        type PreviewRow = (i64, i64, String, String, String, i64, Option<String>);
        let row: Option<PreviewRow> = self.db.query_opt(
            "SELECT id, party_id, party, families, expires_at, superseded, used_at
                 FROM service_previews WHERE code = ?1",
            params![code.to_ascii_lowercase()],
            |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            },
        )?;
        Ok(row.and_then(
            |(id, party_id, party, families, expires_at, superseded, used_at)| {
                Some(PreviewRecord {
                    id,
                    party_id,
                    party: serde_json::from_str(&party).ok()?,
                    families: serde_json::from_str(&families).unwrap_or_default(),
                    expires_at: parse_time(&expires_at),
                    superseded: superseded != 0,
                    used: used_at.is_some(),
                })
            },
        ))
    }

    /// The party id a preview code names (for the party's own lookup).
    pub fn party_of_preview(&self, preview: &PreviewRecord) -> Result<Option<PartyRecord>> {
        self.db
            .query_opt(
                &format!("SELECT {PARTY_COLUMNS} WHERE p.id = ?1"),
                params![preview.party_id],
                read_party,
            )
            .map(|row| row.map(party_record))
    }

    /// The OK was accepted: the code is used and the party is sent as `slug`
    /// (whose event the roster sync created). False if the code was used
    /// meanwhile.
    pub fn mark_party_sent(
        &mut self,
        preview_id: i64,
        party_id: i64,
        slug: &str,
        party: &Party,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let now = timestamp(now);
        let tx = self.db.transaction()?;
        let used = tx.execute(
            "UPDATE service_previews SET used_at = ?1 WHERE id = ?2 AND used_at IS NULL",
            params![now, preview_id],
        )?;
        if used == 0 {
            return Ok(false);
        }
        tx.execute(
            "UPDATE service_parties SET state = 'sent', sent_at = ?1, party = ?2,
                 event_id = (SELECT id FROM events WHERE slug = ?3)
             WHERE id = ?4",
            params![now, to_json(party), slug, party_id],
        )?;
        tx.commit()?;
        Ok(true)
    }

    /// What a sent party now is (after "change time" or "change place").
    pub fn update_party(&mut self, party_id: i64, party: &Party) -> Result<()> {
        self.db.execute(
            "UPDATE service_parties SET party = ?1 WHERE id = ?2",
            params![to_json(party), party_id],
        )?;
        Ok(())
    }

    pub fn cancel_party(&mut self, party_id: i64) -> Result<()> {
        self.db.execute(
            "UPDATE service_parties SET state = 'cancelled' WHERE id = ?1",
            params![party_id],
        )?;
        Ok(())
    }

    pub fn set_digests_stopped(&mut self, party_id: i64, stopped: bool) -> Result<()> {
        self.db.execute(
            "UPDATE service_parties SET digests_stopped = ?1 WHERE id = ?2",
            params![stopped, party_id],
        )?;
        Ok(())
    }

    /// Parties a host started since `since`.
    pub fn parties_started_since(&self, host_email: &str, since: DateTime<Utc>) -> Result<usize> {
        let n: i64 = self.db.query_row(
            "SELECT COUNT(*) FROM service_parties p JOIN service_hosts h ON h.id = p.host_id
             WHERE h.email = ?1 AND p.created_at >= ?2",
            params![host_email.to_ascii_lowercase(), timestamp(since)],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// Messages to families a host's commands queued since `since`.
    pub fn messages_since(&self, host_email: &str, since: DateTime<Utc>) -> Result<usize> {
        let n: i64 = self.db.query_row(
            "SELECT CAST(COALESCE(SUM(messages), 0) AS BIGINT) FROM service_log WHERE host_email = ?1 AND at >= ?2",
            params![host_email.to_ascii_lowercase(), timestamp(since)],
            |r| r.get(0),
        )?;
        Ok(n as usize)
    }

    /// Log a sending command (or its refusal): who, when, what it queued.
    pub fn log_command(
        &mut self,
        host_email: &str,
        party_id: Option<i64>,
        command: &str,
        messages: usize,
        detail: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.db.execute(
            "INSERT INTO service_log (host_email, party_id, command, messages, detail, at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                host_email.to_ascii_lowercase(),
                party_id,
                command,
                messages,
                detail,
                timestamp(now)
            ],
        )?;
        Ok(())
    }

    /// The log, oldest first.
    pub fn command_log(&self) -> Result<Vec<LogEntry>> {
        self.db.query(
            "SELECT host_email, party_id, command, messages, at FROM service_log ORDER BY id",
            params![],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
    }

    /// A parent asked never to be mailed by the service: recorded, and
    /// every contact with that address stops getting mail, on every party.
    pub fn record_opt_out(&mut self, email: &str, now: DateTime<Utc>) -> Result<()> {
        let email = email.to_ascii_lowercase();
        let tx = self.db.transaction()?;
        tx.execute(
            "INSERT INTO service_opt_outs (email, created_at) VALUES (?1, ?2)
             ON CONFLICT (email) DO NOTHING",
            params![email, timestamp(now)],
        )?;
        tx.execute(
            "UPDATE contacts SET active = 0 WHERE email = ?1",
            params![email],
        )?;
        tx.commit()
    }

    /// Every address that opted out (lowercase).
    pub fn opted_out(&self) -> Result<Vec<String>> {
        self.db.query(
            "SELECT email FROM service_opt_outs ORDER BY email",
            params![],
            |r| r.get(0),
        )
    }

    /// Notices of `kind` sent since `since`: to `email`, and to anyone.
    pub fn notices_since(
        &self,
        email: &str,
        kind: &str,
        since: DateTime<Utc>,
    ) -> Result<(usize, usize)> {
        let since = timestamp(since);
        let to_email: i64 = self.db.query_row(
            "SELECT COUNT(*) FROM service_notices WHERE email = ?1 AND kind = ?2 AND at >= ?3",
            params![email.to_ascii_lowercase(), kind, since],
            |r| r.get(0),
        )?;
        let all: i64 = self.db.query_row(
            "SELECT COUNT(*) FROM service_notices WHERE kind = ?1 AND at >= ?2",
            params![kind, since],
            |r| r.get(0),
        )?;
        Ok((to_email as usize, all as usize))
    }

    pub fn record_notice(&mut self, email: &str, kind: &str, now: DateTime<Utc>) -> Result<()> {
        self.db.execute(
            "INSERT INTO service_notices (email, kind, at) VALUES (?1, ?2, ?3)",
            params![email.to_ascii_lowercase(), kind, timestamp(now)],
        )?;
        Ok(())
    }
}
