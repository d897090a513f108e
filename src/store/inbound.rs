//! Inbound mail: which invitation a message belongs to, and recording what
//! it said together with the mailbox checkpoint, in one transaction.

use super::db::{Db, params};
use super::outbox::{NewMessage, insert_outbox};
use super::{Result, Store, timestamp};
use crate::model::{Answer, ResponseSource};
use crate::workflow::ask::Question;
use chrono::{DateTime, Utc};

/// An invitation a message was matched to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationRef {
    pub invitation_id: i64,
    pub family_id: i64,
    pub event_slug: String,
    pub family_key: String,
    pub language: Option<String>,
    pub token: String,
    pub message_id: String,
}

/// Where a message was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// IMAP mailbox name, or the Maildir path for local mode.
    pub mailbox: String,
    pub uid_validity: Option<u32>,
    pub uid: Option<u32>,
}

/// What kind of message was recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InboundKind {
    Reply,
    AutoReply,
    Bounce,
    HostCommand,
    Unrelated,
    Unreadable,
}

impl InboundKind {
    /// Every kind, for parsing what the store holds.
    const ALL: [InboundKind; 6] = [
        InboundKind::Reply,
        InboundKind::AutoReply,
        InboundKind::Bounce,
        InboundKind::HostCommand,
        InboundKind::Unrelated,
        InboundKind::Unreadable,
    ];

    pub fn parse(s: &str) -> Option<InboundKind> {
        Self::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            InboundKind::Reply => "reply",
            InboundKind::AutoReply => "auto_reply",
            InboundKind::Bounce => "bounce",
            InboundKind::HostCommand => "host_command",
            InboundKind::Unrelated => "unrelated",
            InboundKind::Unreadable => "unreadable",
        }
    }
}

/// One answer to record.
#[derive(Debug, Clone, PartialEq)]
pub struct NewResponse {
    pub source: ResponseSource,
    pub author: Option<String>,
    pub answer: Answer,
    pub guests: Option<u32>,
    pub note: Option<String>,
    pub quote: Option<String>,
    /// Per-child answers as JSON, when the reply named children.
    pub children: Option<String>,
    pub confidence: f32,
    pub evidence: Vec<String>,
    /// The reply's own date: the latest answer wins by this, not by arrival.
    pub answered_at: DateTime<Utc>,
}

/// Everything one inbound message changes, recorded at once.
#[derive(Debug, Clone)]
pub struct InboundRecord {
    pub source: Source,
    pub message_id: Option<String>,
    pub sender: Option<String>,
    pub kind: InboundKind,
    pub invitation_id: Option<i64>,
    /// `token`, `thread` or `sender`.
    pub matched_by: Option<&'static str>,
    pub received_at: Option<DateTime<Utc>>,
    pub detail: Option<String>,
    pub response: Option<NewResponse>,
    /// Addresses that bounced, with the reason.
    pub bounced: Vec<(String, String)>,
    /// Addresses whose delivery is delayed (the server keeps trying), with the reason.
    pub delayed: Vec<(String, String)>,
    /// A permanent failure tied to the invitation, in the server's words:
    /// marks the family when no bounced address is one of its contacts.
    pub bounce_words: Option<String>,
    /// A confirmation to the parent, queued in the same transaction.
    pub confirmation: Option<NewMessage>,
    /// What this message does to the family's question to the parent.
    pub question: QuestionChange,
}

/// The one question rsvpd asks a parent about an unclear reply.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum QuestionChange {
    #[default]
    None,
    /// The confirmation asks this; it stays open until the next reply.
    Ask(Question),
    /// This reply answers the open question: it counts, the host need not read the first.
    Settle,
    /// Still unclear: the question closes and both replies go to the host.
    Close,
}

/// Whether the message was new.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recorded {
    New,
    /// Seen before (same Message-ID): nothing changed but the checkpoint.
    Duplicate,
}

impl Store {
    /// The IMAP checkpoint of a mailbox: UIDVALIDITY and the last UID handled.
    pub fn checkpoint(&self, mailbox: &str) -> Result<Option<(u32, u32)>> {
        self.db.query_opt(
            "SELECT uid_validity, last_uid FROM imap_checkpoints WHERE mailbox = ?1",
            params![mailbox],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
    }

    /// Start over on a mailbox whose UIDVALIDITY changed.
    pub fn reset_checkpoint(
        &mut self,
        mailbox: &str,
        uid_validity: u32,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.db.execute(
            "INSERT INTO imap_checkpoints (mailbox, uid_validity, last_uid, updated_at) VALUES (?1, ?2, 0, ?3)
             ON CONFLICT (mailbox) DO UPDATE SET uid_validity = ?2, last_uid = 0, updated_at = ?3",
            params![mailbox, uid_validity, timestamp(now)],
        )?;
        Ok(())
    }

    /// The invitation whose reply token this is.
    pub fn invitation_by_token(&self, token: &str) -> Result<Option<InvitationRef>> {
        self.invitation_where("i.token = ?1", &token.to_ascii_lowercase())
            .map(|mut v| v.pop())
    }

    /// Invitations of active families that list this address as a contact.
    pub fn invitations_by_sender(&self, email: &str) -> Result<Vec<InvitationRef>> {
        self.invitation_where(
            "i.family_id IN (SELECT family_id FROM contacts WHERE email = ?1 AND active = 1)",
            &email.to_ascii_lowercase(),
        )
    }

    fn invitation_where(&self, condition: &str, value: &str) -> Result<Vec<InvitationRef>> {
        self.db.query(
            &format!(
                "SELECT i.id, f.id, e.slug, f.key, f.language, i.token, i.message_id
                 FROM invitations i JOIN families f ON f.id = i.family_id JOIN events e ON e.id = f.event_id
                 WHERE {condition} AND f.active = 1 ORDER BY i.id"
            ),
            params![value],
            |r| {
                Ok(InvitationRef {
                    invitation_id: r.get(0)?,
                    family_id: r.get(1)?,
                    event_slug: r.get(2)?,
                    family_key: r.get(3)?,
                    language: r.get(4)?,
                    token: r.get(5)?,
                    message_id: r.get(6)?,
                })
            },
        )
    }

    /// What a message with this Message-ID was recorded as, if it was.
    pub fn recorded_kind(&self, message_id: &str) -> Result<Option<InboundKind>> {
        let kind: Option<String> = self.db.query_opt(
            "SELECT kind FROM inbound_messages WHERE message_id = ?1",
            params![message_id],
            |r| r.get(0),
        )?;
        // An unknown kind (a newer rsvpd's) still means "recorded".
        Ok(kind.map(|k| InboundKind::parse(&k).unwrap_or(InboundKind::Unrelated)))
    }

    /// The plain texts rsvpd sent this family (invitation, updates, reminders,
    /// confirmations): their lines in a reply are quoted material.
    pub fn sent_texts(&self, invitation_id: i64) -> Result<Vec<String>> {
        self.db.query(
            "SELECT text FROM outbox WHERE invitation_id = ?1 AND text IS NOT NULL
             GROUP BY text ORDER BY min(id)",
            params![invitation_id],
            |r| r.get(0),
        )
    }

    /// Confirmations queued for this invitation since `since` (for rate limiting).
    pub fn confirmations_since(&self, invitation_id: i64, since: DateTime<Utc>) -> Result<usize> {
        self.db.query_row(
            "SELECT count(DISTINCT message_id) FROM outbox
             WHERE invitation_id = ?1 AND kind = 'confirmation' AND created_at >= ?2",
            params![invitation_id, timestamp(since)],
            |r| r.get(0),
        )
    }

    /// Record one inbound message and everything it changes, and advance the
    /// mailbox checkpoint, in one transaction. A Message-ID seen before only
    /// advances the checkpoint.
    pub fn record_inbound(
        &mut self,
        record: &InboundRecord,
        now: DateTime<Utc>,
    ) -> Result<Recorded> {
        let now_text = timestamp(now);
        let tx = self.db.transaction()?;
        let inserted = tx.query_opt(
            "INSERT INTO inbound_messages (mailbox, uid_validity, uid, message_id, sender, kind,
                 invitation_id, matched_by, received_at, recorded_at, detail)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
             ON CONFLICT DO NOTHING RETURNING id",
            params![
                record.source.mailbox,
                record.source.uid_validity,
                record.source.uid,
                record.message_id,
                record.sender,
                record.kind.as_str(),
                record.invitation_id,
                record.matched_by,
                record.received_at.map(timestamp),
                now_text,
                record.detail,
            ],
            |r| r.get::<i64>(0),
        )?;
        let outcome = if let Some(inbound_id) = inserted {
            if let (Some(invitation_id), Some(r)) = (record.invitation_id, &record.response) {
                tx.execute(
                    "INSERT INTO responses (invitation_id, inbound_id, source, author, answer, guests,
                         note, quote, children, confidence, evidence, answered_at, recorded_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
                    params![
                        invitation_id,
                        inbound_id,
                        r.source.as_str(),
                        r.author,
                        r.answer.as_str(),
                        r.guests,
                        r.note,
                        r.quote,
                        r.children,
                        r.confidence,
                        serde_json::to_string(&r.evidence).unwrap_or_else(|_| "[]".into()),
                        timestamp(r.answered_at),
                        now_text,
                    ],
                )?;
            }
            let mut pinned = 0;
            for (address, reason) in &record.bounced {
                pinned += mark_bounced(&tx, record.invitation_id, address, reason)?;
            }
            for (address, reason) in &record.delayed {
                pinned += mark_delayed(&tx, record.invitation_id, address, reason, now)?;
            }
            if pinned == 0
                && let (Some(invitation_id), Some(words)) =
                    (record.invitation_id, &record.bounce_words)
            {
                // Never silent: a bounce with no address of the family's
                // still marks the family.
                tx.execute(
                    "UPDATE invitations SET state = 'bounced', last_error = ?2 WHERE id = ?1",
                    params![
                        invitation_id,
                        format!("a message to this family bounced: {words}")
                    ],
                )?;
            }
            if let Some(author) = record.response.as_ref().and_then(|r| r.author.as_deref()) {
                // The contact wrote: their mail is getting through.
                tx.execute(
                    "UPDATE contacts SET delayed_since = NULL, delay_reason = NULL
                     WHERE email = ?1 AND delayed_since IS NOT NULL",
                    params![author.to_ascii_lowercase()],
                )?;
            }
            if let Some(message) = &record.confirmation {
                insert_outbox(&tx, message, record.invitation_id, &now_text)?;
            }
            if let Some(invitation_id) = record.invitation_id {
                change_question(&tx, invitation_id, inbound_id, &record.question, &now_text)?;
            }
            Recorded::New
        } else {
            Recorded::Duplicate
        };
        if let (Some(uid_validity), Some(uid)) = (record.source.uid_validity, record.source.uid) {
            tx.execute(
                "INSERT INTO imap_checkpoints (mailbox, uid_validity, last_uid, updated_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (mailbox) DO UPDATE SET
                     last_uid = CASE WHEN imap_checkpoints.last_uid > ?3
                                THEN imap_checkpoints.last_uid ELSE ?3 END,
                     updated_at = ?4
                 WHERE imap_checkpoints.uid_validity = ?2",
                params![record.source.mailbox, uid_validity, uid, now_text],
            )?;
        }
        tx.commit()?;
        Ok(outcome)
    }

    /// Is a question to this family open (asked, not yet answered)?
    pub fn question_open(&self, invitation_id: i64) -> Result<bool> {
        let open: Option<i64> = self.db.query_opt(
            "SELECT id FROM parent_questions WHERE invitation_id = ?1 AND closed_at IS NULL",
            params![invitation_id],
            |r| r.get(0),
        )?;
        Ok(open.is_some())
    }

    /// A host correction (from an email command): outranks replies until the family writes again.
    pub fn record_host_answer(
        &mut self,
        invitation_id: i64,
        response: &NewResponse,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.db.execute(
            "INSERT INTO responses (invitation_id, source, author, answer, guests, note, confidence,
                 evidence, answered_at, recorded_at)
             VALUES (?1, 'host', ?2, ?3, ?4, ?5, 1.0, ?6, ?7, ?7)",
            params![
                invitation_id,
                response.author,
                response.answer.as_str(),
                response.guests,
                response.note,
                serde_json::to_string(&response.evidence).unwrap_or_else(|_| "[]".into()),
                timestamp(now),
            ],
        )?;
        Ok(())
    }

    /// Contacts still delayed [`RETRY_LIFETIME`] after the first warning
    /// become unreachable: the sending server has given up by then, even
    /// when its last word never arrived. Returns the contacts marked.
    pub fn expire_delays(&mut self, now: DateTime<Utc>) -> Result<usize> {
        let tx = self.db.transaction()?;
        let expired: Vec<(i64, String, Option<String>)> = tx.query(
            "SELECT family_id, email, delay_reason FROM contacts
             WHERE delayed_since IS NOT NULL AND delayed_since <= ?1
               AND unreachable_reason IS NULL AND active = 1
             ORDER BY id",
            params![timestamp(now - RETRY_LIFETIME)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut marked = 0;
        for (family_id, email, reason) in &expired {
            let Some(invitation_id) = latest_invitation(&tx, *family_id)? else {
                continue;
            };
            marked += mark_bounced(
                &tx,
                Some(invitation_id),
                email,
                &no_word_since(reason.as_deref().unwrap_or("delayed")),
            )?;
        }
        tx.commit()?;
        Ok(marked)
    }
}

/// How long a mail server keeps retrying a delayed message (Postfix's and
/// Exim's default queue lifetime): a contact still delayed after it is
/// unreachable.
pub const RETRY_LIFETIME: chrono::Duration = chrono::Duration::days(5);

/// The families a bounce is about: the matched one, else every active
/// family listing the address.
fn bounce_families(tx: &Db, invitation_id: Option<i64>, address: &str) -> Result<Vec<i64>> {
    Ok(match invitation_id {
        Some(id) => vec![tx.query_row(
            "SELECT family_id FROM invitations WHERE id = ?1",
            params![id],
            |r| r.get(0),
        )?],
        None => tx.query(
            "SELECT DISTINCT family_id FROM contacts WHERE email = ?1 AND active = 1",
            params![address],
            |r| r.get(0),
        )?,
    })
}

/// Mark an address delayed (from the first warning on); one still delayed
/// after [`RETRY_LIFETIME`] becomes unreachable. Returns the contacts marked.
fn mark_delayed(
    tx: &Db,
    invitation_id: Option<i64>,
    address: &str,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<usize> {
    let address = address.to_ascii_lowercase();
    let mut marked = 0;
    for family_id in bounce_families(tx, invitation_id, &address)? {
        // Whether any address is left is read, then acted on.
        tx.lock(&format!("family:{family_id}"))?;
        let since: Option<Option<String>> = tx.query_opt(
            "UPDATE contacts SET delayed_since = COALESCE(delayed_since, ?3), delay_reason = ?4
             WHERE family_id = ?1 AND email = ?2 AND unreachable_reason IS NULL
             RETURNING delayed_since",
            params![family_id, address, timestamp(now), reason],
            |r| r.get(0),
        )?;
        let Some(since) = since else { continue };
        marked += 1;
        let since = since
            .as_deref()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc));
        if since.is_some_and(|t| now - t >= RETRY_LIFETIME)
            && let Some(id) = invitation_for(tx, family_id, invitation_id)?
        {
            mark_bounced(tx, Some(id), &address, &gave_up(reason))?;
        }
    }
    Ok(marked)
}

fn invitation_for(tx: &Db, family_id: i64, known: Option<i64>) -> Result<Option<i64>> {
    match known {
        Some(id) => Ok(Some(id)),
        None => latest_invitation(tx, family_id),
    }
}

fn latest_invitation(tx: &Db, family_id: i64) -> Result<Option<i64>> {
    tx.query_opt(
        "SELECT id FROM invitations WHERE family_id = ?1 ORDER BY id DESC LIMIT 1",
        params![family_id],
        |r| r.get(0),
    )
}

/// The reason of a contact whose mail was still delayed at the end.
fn gave_up(reason: &str) -> String {
    let days = RETRY_LIFETIME.num_days();
    format!("still not delivered after {days} days: {reason}")
}

/// The reason of a contact whose delay was never followed by a word: the
/// server has given up or delivered late, and rsvpd cannot tell which.
fn no_word_since(reason: &str) -> String {
    let days = RETRY_LIFETIME.num_days();
    format!("delayed, and no reply or further word from the mail server in {days} days: {reason}")
}

/// Mark an address unreachable; the invitation bounces when no address is
/// left. Returns the contacts marked.
fn mark_bounced(tx: &Db, invitation_id: Option<i64>, address: &str, reason: &str) -> Result<usize> {
    let address = address.to_ascii_lowercase();
    let mut marked = 0;
    for family_id in bounce_families(tx, invitation_id, &address)? {
        // Whether any address is left is read, then acted on.
        tx.lock(&format!("family:{family_id}"))?;
        let changed = tx.execute(
            "UPDATE contacts SET unreachable_reason = ?3, delayed_since = NULL, delay_reason = NULL
             WHERE family_id = ?1 AND email = ?2",
            params![family_id, address, reason],
        )?;
        if changed == 0 {
            continue;
        }
        marked += changed;
        let live: i64 = tx.query_row(
            "SELECT count(*) FROM contacts WHERE family_id = ?1 AND active = 1 AND unreachable_reason IS NULL",
            params![family_id],
            |r| r.get(0),
        )?;
        if live == 0 {
            tx.execute(
                "UPDATE invitations SET state = 'bounced', last_error = ?2 WHERE family_id = ?1",
                params![family_id, format!("{address}: {reason}")],
            )?;
        }
    }
    Ok(marked)
}

/// Open, settle or close the family's question, inside the reply's transaction.
fn change_question(
    tx: &Db,
    invitation_id: i64,
    inbound_id: i64,
    change: &QuestionChange,
    now: &str,
) -> Result<()> {
    match change {
        QuestionChange::None => {}
        QuestionChange::Ask(question) => {
            tx.execute(
                "INSERT INTO parent_questions (invitation_id, inbound_id, question, children, asked_at)
                 VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING",
                params![
                    invitation_id,
                    inbound_id,
                    question.as_str(),
                    serde_json::to_string(question.children()).unwrap_or_else(|_| "[]".into()),
                    now,
                ],
            )?;
        }
        QuestionChange::Settle | QuestionChange::Close => {
            let settled_by = (*change == QuestionChange::Settle).then_some(inbound_id);
            tx.execute(
                "UPDATE parent_questions SET closed_at = ?2, settled_by = ?3
                 WHERE invitation_id = ?1 AND closed_at IS NULL",
                params![invitation_id, now, settled_by],
            )?;
        }
    }
    Ok(())
}
