//! Where each family of an event stands: invitation, current answer, reach.

use serde::Serialize;

use super::db::params;
use super::{Result, Store};
use crate::digest::DeliveryProblem;
use crate::model::Answer;

/// State of a family's invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum InvitationState {
    None,
    Queued,
    Sent,
    Failed,
    Bounced,
}

impl InvitationState {
    fn parse(s: &str) -> InvitationState {
        match s {
            "queued" => InvitationState::Queued,
            "sent" => InvitationState::Sent,
            "failed" => InvitationState::Failed,
            "bounced" => InvitationState::Bounced,
            _ => InvitationState::None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            InvitationState::None => "none",
            InvitationState::Queued => "queued",
            InvitationState::Sent => "sent",
            InvitationState::Failed => "failed",
            InvitationState::Bounced => "bounced",
        }
    }
}

/// family id, key, children JSON, invitation id, invitation state, last error.
type FamilyRow = (
    i64,
    String,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
);

/// One family's line in `status`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FamilyStatus {
    pub family: String,
    pub children: Vec<String>,
    pub contacts: Vec<String>,
    pub invitation: InvitationState,
    pub answer: Option<Answer>,
    pub guests: Option<u32>,
    /// No way to reach the family: invitation failed or bounced, or no live address.
    pub unreachable: bool,
    /// Why, when unreachable.
    pub unreachable_reason: Option<String>,
    /// Addresses that bounced or are delayed while the family is reachable.
    pub problems: Vec<DeliveryProblem>,
}

/// Families per answer; every active family is in exactly one bucket.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub yes: usize,
    pub no: usize,
    pub maybe: usize,
    pub unclear: usize,
    pub no_answer: usize,
    pub unreachable: usize,
}

impl Counts {
    pub fn add(&mut self, f: &FamilyStatus) {
        match f.answer {
            Some(Answer::Yes) => self.yes += 1,
            Some(Answer::No) => self.no += 1,
            Some(Answer::Maybe) => self.maybe += 1,
            Some(Answer::Unclear) => self.unclear += 1,
            None if f.unreachable => self.unreachable += 1,
            None => self.no_answer += 1,
        }
    }
}

/// An event's standing.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventStatus {
    pub slug: String,
    pub counts: Counts,
    pub families: Vec<FamilyStatus>,
}

impl Store {
    /// The standing of every family on the event's current roster.
    pub fn event_status(&self, slug: &str) -> Result<EventStatus> {
        let mut families = Vec::new();
        let event_id: Option<i64> = self.db.query_opt(
            "SELECT id FROM events WHERE slug = ?1",
            params![slug],
            |r| r.get(0),
        )?;
        if let Some(event_id) = event_id {
            let rows: Vec<FamilyRow> = self.db.query(
                "SELECT f.id, f.key, f.children, i.id, i.state, i.last_error
                 FROM families f LEFT JOIN invitations i ON i.family_id = f.id
                 WHERE f.event_id = ?1 AND f.active = 1
                 ORDER BY f.position",
                params![event_id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        r.get(2)?,
                        r.get(3)?,
                        r.get(4)?,
                        r.get(5)?,
                    ))
                },
            )?;
            for (family_id, key, children, invitation_id, state, last_error) in rows {
                families.push(self.family_status(
                    family_id,
                    key,
                    &children,
                    invitation_id,
                    state.as_deref(),
                    last_error,
                )?);
            }
        }
        let mut counts = Counts::default();
        for f in &families {
            counts.add(f);
        }
        Ok(EventStatus {
            slug: slug.to_string(),
            counts,
            families,
        })
    }

    fn family_status(
        &self,
        family_id: i64,
        key: String,
        children: &str,
        invitation_id: Option<i64>,
        state: Option<&str>,
        last_error: Option<String>,
    ) -> Result<FamilyStatus> {
        let rows: Vec<(String, Option<String>, Option<String>)> = self.db.query(
            "SELECT email, unreachable_reason, delay_reason FROM contacts
             WHERE family_id = ?1 AND active = 1 ORDER BY id",
            params![family_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let problems: Vec<DeliveryProblem> = rows
            .iter()
            .filter_map(|(email, failed, delayed)| match (failed, delayed) {
                (Some(reason), _) => Some((email, reason, false)),
                (None, Some(reason)) => Some((email, reason, true)),
                (None, None) => None,
            })
            .map(|(email, reason, delayed)| DeliveryProblem {
                address: email.clone(),
                reason: reason.clone(),
                delayed,
            })
            .collect();
        let contacts: Vec<(String, Option<String>)> = rows
            .into_iter()
            .map(|(email, failed, _)| (email, failed))
            .collect();
        let invitation = state.map_or(InvitationState::None, InvitationState::parse);
        let (answer, guests) = match invitation_id {
            None => (None, None),
            Some(id) => self.current_answer(id)?,
        };
        let live = contacts
            .iter()
            .filter(|(_, reason)| reason.is_none())
            .count();
        let unreachable_reason = if matches!(
            invitation,
            InvitationState::Failed | InvitationState::Bounced
        ) {
            Some(last_error.unwrap_or_else(|| format!("invitation {}", invitation.as_str())))
        } else if contacts.is_empty() {
            Some("no contact address on the roster".to_string())
        } else if live == 0 {
            contacts.iter().find_map(|(_, r)| r.clone())
        } else {
            None
        };
        Ok(FamilyStatus {
            family: key,
            children: serde_json::from_str(children).unwrap_or_default(),
            contacts: contacts.into_iter().map(|(email, _)| email).collect(),
            invitation,
            answer,
            guests,
            unreachable: unreachable_reason.is_some(),
            problems: if unreachable_reason.is_some() {
                Vec::new()
            } else {
                problems
            },
            unreachable_reason,
        })
    }

    /// The latest answer that is not `unclear` (by the reply's own date), else
    /// `unclear` if the family only wrote unclear things, with its guests.
    pub fn current_answer(&self, invitation_id: i64) -> Result<(Option<Answer>, Option<u32>)> {
        let row: Option<(String, Option<u32>)> = self.db.query_opt(
            "SELECT answer, guests FROM responses
             WHERE invitation_id = ?1 AND source != 'suspect'
             ORDER BY answer = 'unclear', answered_at DESC, id DESC LIMIT 1",
            params![invitation_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(match row {
            None => (None, None),
            Some((answer, guests)) => (Answer::parse(&answer), guests),
        })
    }
}
