//! The digest model: what the store says about an event's families, turned
//! into what the host should read today.
//!
//! Pure: the shell fills an [`Input`] from the store (with `now` from the
//! clock), [`build`] returns a [`Digest`] with every list in a fixed order,
//! and the [`Snapshot`] to store for tomorrow's "what changed".

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::model::{Answer, Event, Host};

/// Where a family's invitation stands (the store's invitation state).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Invitation {
    /// Not queued yet.
    None,
    Queued,
    Sent,
    /// Delivery failed permanently.
    Failed,
    Bounced,
}

/// Settings of the digest model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// People assumed for a family that said yes without a number (default 2:
    /// the child and one grown-up).
    pub default_guests: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options { default_guests: 2 }
    }
}

/// Everything the digest is built from. The shell fills it from the store.
#[derive(Debug, Clone)]
pub struct Input {
    pub event: Event,
    pub host: Host,
    /// The moment the digest is built (from the clock).
    pub now: DateTime<Utc>,
    pub options: Options,
    /// Every family on the event's current roster, in any order.
    pub families: Vec<FamilyInput>,
    /// Replies a human should read: unclear or low-confidence replies not
    /// yet superseded, sender-only matches that failed authentication.
    pub attention: Vec<AttentionInput>,
    /// The snapshot stored with the previous digest, if any.
    pub previous: Option<Snapshot>,
}

/// One family as the store knows it.
#[derive(Debug, Clone)]
pub struct FamilyInput {
    /// The roster's family key, e.g. `Novak`.
    pub key: String,
    /// Children's names as on the roster, e.g. `Luka Novak`.
    pub children: Vec<String>,
    /// Contacts' display names (the address when a contact has no name).
    pub contacts: Vec<String>,
    pub invitation: Invitation,
    /// When the invitation was sent (None while not sent).
    pub invited_at: Option<DateTime<Utc>>,
    /// The current answer: the latest that is not unclear, or a host
    /// correction; `unclear` if the family only wrote unclear things.
    pub answer: Option<AnswerInput>,
    /// An earlier answer from another contact that differs from the current one.
    pub disagreement: Option<Disagreement>,
    pub reminders_sent: u32,
    pub last_reminder_at: Option<DateTime<Utc>>,
    /// Why the family cannot be reached (bounced, failed, no live address).
    pub unreachable: Option<String>,
    /// One of the family's addresses bounced or is delayed while the family
    /// can still be reached.
    pub problems: Vec<DeliveryProblem>,
}

/// An address of a family whose mail bounced or is delayed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeliveryProblem {
    pub address: String,
    /// The server's words.
    pub reason: String,
    /// The server is still trying: not unreachable (yet).
    pub delayed: bool,
}

/// The reply (or host correction) that set a family's current answer.
#[derive(Debug, Clone)]
pub struct AnswerInput {
    pub answer: Answer,
    /// People coming, when stated.
    pub guests: Option<u32>,
    /// Children coming, when the reply says (else the family's children).
    pub children: Option<u32>,
    /// Adults coming, when the reply says (else the stated total less the children).
    pub adults: Option<u32>,
    /// 0.0 to 1.0.
    pub confidence: f32,
    pub note: Option<String>,
    /// A short quote of the reply's fresh text.
    pub quote: String,
    /// Who wrote it: a contact's name or address, or the host.
    pub author: String,
    /// The reply's date.
    pub at: DateTime<Utc>,
    /// Set by the host's correction rather than the family's reply.
    pub by_host: bool,
}

/// Another contact of the same family answered differently before.
#[derive(Debug, Clone)]
pub struct Disagreement {
    pub author: String,
    pub answer: Answer,
    pub guests: Option<u32>,
    pub at: DateTime<Utc>,
}

/// A reply a human should read.
#[derive(Debug, Clone)]
pub struct AttentionInput {
    /// The family's key when the reply was matched to one.
    pub family: Option<String>,
    pub author: String,
    pub at: DateTime<Utc>,
    pub quote: String,
    pub reason: AttentionReason,
}

/// Why a reply needs a human.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AttentionReason {
    /// rsvpd could not tell yes from no.
    Unclear,
    /// An answer was read, but with little confidence (0.0 to 1.0).
    LowConfidence { answer: Answer, confidence: f32 },
    /// Matched by the sender's address only, and DKIM/SPF failed: not counted.
    FailedAuthentication,
    /// Unclear at first, but rsvpd asked the parent and their next reply
    /// answered: shown as settled, not for the host to read.
    SettledByParent { answer: Answer },
    /// Two contacts of the family answered differently; the latest counts.
    Disagreement {
        earlier: Answer,
        latest: Answer,
        earlier_author: Option<String>,
    },
}

/// What one digest reported about one family.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotEntry {
    pub answer: Option<Answer>,
    pub guests: Option<u32>,
    pub invitation: Invitation,
    pub unreachable: bool,
}

/// What a digest reported, stored with it (JSON) for the next one's "what changed".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// The local date of the digest.
    pub date: NaiveDate,
    /// By family key.
    pub families: BTreeMap<String, SnapshotEntry>,
}

/// Families per bucket; every family is in exactly one (as in `status`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub yes: usize,
    pub no: usize,
    pub maybe: usize,
    pub unclear: usize,
    pub no_answer: usize,
    pub unreachable: usize,
    pub total: usize,
    /// Reachable families without a yes, no or maybe: no answer yet or only
    /// unclear replies (the "no answer yet" list).
    pub waiting: usize,
}

/// Expected people: stated numbers plus the default for a yes without one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct HeadCount {
    /// Stated plus estimated, for families that said yes.
    pub total: u32,
    /// People estimated with the default (yes without a number).
    pub estimated: u32,
    /// Families whose yes gave no number.
    pub estimated_families: usize,
    /// More people if every maybe comes (stated or default).
    pub maybe: u32,
    /// The default used per family.
    pub default_guests: u32,
    /// Children coming (families that said yes).
    pub children: u32,
    /// Adults coming: stated, plus the estimate for families that did not say.
    pub adults: u32,
    /// Adults estimated (one for each yes that gave no number).
    pub adults_estimated: u32,
}

/// One segment of the bar at the top of the digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// `yes`, `maybe`, `no`, `unclear`, `no_answer` or `unreachable`.
    pub kind: &'static str,
    pub count: usize,
    /// Whole percent; the segments of a bar add up to 100.
    pub percent: u32,
}

/// A day count with its date, for "in 16 days (Saturday, …)".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct DayCount {
    pub date: NaiveDate,
    /// Days from today; negative once the date has passed.
    pub days: i64,
}

/// A family whose answer is known.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Standing {
    pub family: String,
    pub key: String,
    pub answer: Answer,
    /// Stated people, or the default for a yes without a number.
    pub guests: Option<u32>,
    pub estimated: bool,
    /// Children coming (yes and maybe).
    pub children: u32,
    /// Adults coming, when known.
    pub adults: Option<u32>,
    pub by_host: bool,
    pub author: String,
    pub date: NaiveDate,
}

/// Something that changed since the previous digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub family: String,
    pub key: String,
    /// `new_answer`, `changed_answer` or `unreachable`.
    pub kind: &'static str,
    pub old: Option<Answer>,
    pub old_guests: Option<u32>,
    pub new: Option<Answer>,
    pub new_guests: Option<u32>,
    /// Children and adults of the new answer (yes or maybe), as in [`Standing`].
    pub new_children: Option<u32>,
    pub new_adults: Option<u32>,
    pub by_host: bool,
    pub author: Option<String>,
    pub date: Option<NaiveDate>,
    /// A short quote of the reply that set the new answer.
    pub quote: Option<String>,
    /// Why the family became unreachable.
    pub reason: Option<String>,
}

/// A reply a human should read, with the family it is about.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attention {
    /// The family's label, when known.
    pub family: Option<String>,
    pub author: String,
    pub date: NaiveDate,
    pub quote: String,
    pub reason: AttentionReason,
}

/// A reachable family that has not answered.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Waiting {
    pub family: String,
    pub key: String,
    pub contacts: Vec<String>,
    /// False while the invitation is not sent yet.
    pub invited: bool,
    pub invited_on: Option<NaiveDate>,
    pub days_since_invitation: Option<i64>,
    pub reminders: u32,
    pub last_reminder_on: Option<NaiveDate>,
    /// The family wrote, but only things rsvpd could not read.
    pub unclear: bool,
    /// Addresses of the family that bounced or are delayed.
    pub problems: Vec<DeliveryProblem>,
}

/// A family nobody could reach: the host may phone them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unreachable {
    pub family: String,
    pub key: String,
    pub contacts: Vec<String>,
    pub reason: String,
}

/// An address that bounced of a family that can still be reached.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartlyBounced {
    pub family: String,
    pub key: String,
    pub address: String,
    pub reason: String,
}

/// What a family's note is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteTag {
    Allergy,
    LeavingEarly,
    Question,
}

/// A note from a family's current answer.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Note {
    pub family: String,
    pub author: String,
    pub text: String,
    pub tags: Vec<NoteTag>,
}

/// The digest of one event on one local date.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Digest {
    pub title: String,
    pub slug: String,
    pub host_name: String,
    pub location: String,
    /// The party's start, local to the event's zone.
    pub start: NaiveDateTime,
    /// Today in the event's zone.
    pub today: NaiveDate,
    pub event: DayCount,
    pub rsvp_by: DayCount,
    pub counts: Counts,
    pub head_count: HeadCount,
    /// The bar: non-empty buckets in a fixed order (yes, maybe, no, no
    /// answer yet with the unclear ones, could not reach).
    pub bar: Vec<Segment>,
    /// The date of the digest the changes are relative to.
    pub previous: Option<NaiveDate>,
    pub changes: Vec<Change>,
    pub attention: Vec<Attention>,
    /// Replies rsvpd was unsure of and asked the parent about, whose next
    /// reply answered: "settled by the parent", not for the host to read.
    pub settled: Vec<Attention>,
    pub waiting: Vec<Waiting>,
    pub unreachable: Vec<Unreachable>,
    /// Addresses that bounced while their family can still be reached
    /// (answered, or another address works): shown with could-not-reach.
    pub partly_bounced: Vec<PartlyBounced>,
    pub notes: Vec<Note>,
    /// Families that said yes, maybe or no, by label.
    pub yes: Vec<Standing>,
    pub maybe: Vec<Standing>,
    pub no: Vec<Standing>,
    /// Whether anything differs from the previous snapshot (always true for the first digest).
    pub changed: bool,
    /// What this digest reports, to store with it.
    pub snapshot: Snapshot,
}

/// How a family is named to the host: the children's first names and the
/// family key, "Luka (Novak)"; the key alone when it says it all.
pub fn family_label(key: &str, children: &[String]) -> String {
    let firsts: Vec<String> = children
        .iter()
        .filter_map(|name| name.split_whitespace().next())
        .map(|name| clip(name, 40))
        .collect();
    let key = clip(key, 60);
    match firsts.as_slice() {
        [] => key,
        [one] if one.eq_ignore_ascii_case(&key) => key,
        names => format!("{} ({key})", names.join(" & ")),
    }
}

/// Children and adults of an answer: as the reply says, else the family's
/// children (no more than the stated total) and the rest of the total as
/// adults; adults are unknown when nothing was stated.
fn party(family: &FamilyInput, answer: &AnswerInput) -> (u32, Option<u32>) {
    let roster = u32::try_from(family.children.len())
        .unwrap_or(u32::MAX)
        .max(1);
    let children = answer
        .children
        .unwrap_or_else(|| answer.guests.map_or(roster, |g| g.min(roster)));
    let adults = answer
        .adults
        .or_else(|| answer.guests.map(|g| g.saturating_sub(children)));
    (children, adults)
}

/// Build the digest of `input.event` as of `input.now`.
pub fn build(input: &Input) -> Digest {
    let zone = input.event.time_zone;
    let local_date = |at: DateTime<Utc>| at.with_timezone(&zone).date_naive();
    let today = local_date(input.now);
    let default_guests = input.options.default_guests;

    let mut families: Vec<(String, &FamilyInput)> = input
        .families
        .iter()
        .map(|f| (family_label(&f.key, &f.children), f))
        .collect();
    families.sort_by(|(a, fa), (b, fb)| {
        a.to_lowercase()
            .cmp(&b.to_lowercase())
            .then_with(|| fa.key.cmp(&fb.key))
    });
    let label_of: BTreeMap<&str, &str> = families
        .iter()
        .map(|(label, f)| (f.key.as_str(), label.as_str()))
        .collect();

    let mut counts = Counts::default();
    let mut head_count = HeadCount {
        default_guests,
        ..HeadCount::default()
    };
    let (mut yes, mut maybe, mut no) = (Vec::new(), Vec::new(), Vec::new());
    let mut waiting = Vec::new();
    let mut unreachable = Vec::new();
    let mut partly_bounced = Vec::new();
    let mut notes = Vec::new();
    let mut attention: Vec<Attention> = Vec::new();
    let mut snapshot = Snapshot {
        date: today,
        families: BTreeMap::new(),
    };

    for (label, family) in &families {
        counts.total += 1;
        let current = family.answer.as_ref();
        let answer = current.map(|a| a.answer);
        match answer {
            Some(Answer::Yes) => counts.yes += 1,
            Some(Answer::No) => counts.no += 1,
            Some(Answer::Maybe) => counts.maybe += 1,
            Some(Answer::Unclear) => counts.unclear += 1,
            None if family.unreachable.is_some() => counts.unreachable += 1,
            None => counts.no_answer += 1,
        }
        snapshot.families.insert(
            family.key.clone(),
            SnapshotEntry {
                answer,
                guests: current.and_then(|a| a.guests),
                invitation: family.invitation,
                unreachable: family.unreachable.is_some(),
            },
        );

        if let Some(current) = current {
            let (children, adults) = party(family, current);
            // A yes without a number: the children and one adult per family
            // (the default head-count less the one child it assumes).
            let default_adults = default_guests.saturating_sub(1);
            let (guests, estimated) = match (current.answer, current.guests) {
                (Answer::Yes | Answer::Maybe, None) => {
                    (Some(children + adults.unwrap_or(default_adults)), true)
                }
                (_, guests) => (guests, false),
            };
            let standing = Standing {
                family: label.clone(),
                key: family.key.clone(),
                answer: current.answer,
                guests,
                estimated,
                children,
                adults,
                by_host: current.by_host,
                author: clip(&current.author, 80),
                date: local_date(current.at),
            };
            match current.answer {
                Answer::Yes => {
                    let people = guests.unwrap_or(0);
                    head_count.total += people;
                    head_count.children += children;
                    match adults {
                        Some(n) => head_count.adults += n,
                        None => {
                            head_count.adults += default_adults;
                            head_count.adults_estimated += default_adults;
                        }
                    }
                    if estimated {
                        head_count.estimated += people;
                        head_count.estimated_families += 1;
                    }
                    yes.push(standing);
                }
                Answer::Maybe => {
                    head_count.maybe += guests.unwrap_or(0);
                    maybe.push(standing);
                }
                Answer::No => no.push(standing),
                Answer::Unclear => {}
            }
            if let Some(text) = current.note.as_deref().map(|n| clip(n, 300))
                && !text.is_empty()
            {
                notes.push(Note {
                    family: label.clone(),
                    author: clip(&current.author, 80),
                    tags: note_tags(&text),
                    text,
                });
            }
            if let Some(other) = &family.disagreement
                && other.answer != current.answer
            {
                attention.push(Attention {
                    family: Some(label.clone()),
                    author: clip(&current.author, 80),
                    date: local_date(current.at),
                    quote: clip(&current.quote, 160),
                    reason: AttentionReason::Disagreement {
                        earlier: other.answer,
                        latest: current.answer,
                        earlier_author: Some(clip(&other.author, 80)),
                    },
                });
            }
        }

        let has_answer = matches!(
            answer,
            Some(Answer::Yes | Answer::No | Answer::Maybe | Answer::Unclear)
        );
        match (&family.unreachable, has_answer) {
            (Some(reason), false) => unreachable.push(Unreachable {
                family: label.clone(),
                key: family.key.clone(),
                contacts: family.contacts.iter().map(|c| clip(c, 80)).collect(),
                reason: clip(reason, 200),
            }),
            (None, _) if matches!(answer, None | Some(Answer::Unclear)) => {
                let invited_on = family.invited_at.map(local_date);
                waiting.push(Waiting {
                    family: label.clone(),
                    key: family.key.clone(),
                    contacts: family.contacts.iter().map(|c| clip(c, 80)).collect(),
                    invited: matches!(family.invitation, Invitation::Sent) || invited_on.is_some(),
                    invited_on,
                    days_since_invitation: invited_on.map(|d| (today - d).num_days()),
                    reminders: family.reminders_sent,
                    last_reminder_on: family.last_reminder_at.map(local_date),
                    unclear: answer == Some(Answer::Unclear),
                    // Bounces are listed with could-not-reach; delays here.
                    problems: family
                        .problems
                        .iter()
                        .filter(|p| p.delayed)
                        .map(|p| DeliveryProblem {
                            address: clip(&p.address, 80),
                            reason: clip(&p.reason, 200),
                            delayed: p.delayed,
                        })
                        .collect(),
                });
            }
            _ => {}
        }
        if family.unreachable.is_none() {
            partly_bounced.extend(family.problems.iter().filter(|p| !p.delayed).map(|p| {
                PartlyBounced {
                    family: label.clone(),
                    key: family.key.clone(),
                    address: clip(&p.address, 80),
                    reason: clip(&p.reason, 200),
                }
            }));
        }
    }

    for item in &input.attention {
        attention.push(Attention {
            family: item.family.as_deref().map(|key| {
                label_of
                    .get(key)
                    .map_or_else(|| clip(key, 60), |l| (*l).to_owned())
            }),
            author: clip(&item.author, 80),
            date: local_date(item.at),
            quote: clip(&item.quote, 160),
            reason: item.reason.clone(),
        });
    }
    attention.sort_by(|a, b| {
        a.date
            .cmp(&b.date)
            .then_with(|| a.family.cmp(&b.family))
            .then_with(|| a.author.cmp(&b.author))
            .then_with(|| a.quote.cmp(&b.quote))
    });
    let (settled, attention): (Vec<Attention>, Vec<Attention>) = attention
        .into_iter()
        .partition(|a| matches!(a.reason, AttentionReason::SettledByParent { .. }));
    notes.sort_by(|a, b| {
        let first = |n: &Note| n.tags.first().copied().map_or(3, |t| t as u8);
        first(a)
            .cmp(&first(b))
            .then_with(|| a.family.cmp(&b.family))
    });

    counts.waiting = waiting.len();
    let changes = changes(&families, input.previous.as_ref(), &local_date);
    let changed = input
        .previous
        .as_ref()
        .is_none_or(|previous| previous.families != snapshot.families);

    Digest {
        title: clip(&input.event.title, 200),
        slug: input.event.slug.clone(),
        host_name: clip(&input.host.name, 80),
        location: clip(&input.event.location, 200),
        start: input.event.start,
        today,
        event: DayCount {
            date: input.event.start.date(),
            days: (input.event.start.date() - today).num_days(),
        },
        rsvp_by: DayCount {
            date: input.event.rsvp_by,
            days: (input.event.rsvp_by - today).num_days(),
        },
        bar: bar(&counts),
        counts,
        head_count,
        previous: input.previous.as_ref().map(|p| p.date),
        changes,
        attention,
        settled,
        waiting,
        unreachable,
        partly_bounced,
        notes,
        yes,
        maybe,
        no,
        changed,
        snapshot,
    }
}

fn changes(
    families: &[(String, &FamilyInput)],
    previous: Option<&Snapshot>,
    local_date: &dyn Fn(DateTime<Utc>) -> NaiveDate,
) -> Vec<Change> {
    let mut answers = Vec::new();
    let mut unreachable = Vec::new();
    for (label, family) in families {
        let before = previous.and_then(|p| p.families.get(&family.key));
        let old = before.and_then(|b| b.answer);
        let old_guests = before.and_then(|b| b.guests);
        if let Some(current) = &family.answer {
            let kind = match old {
                None => Some("new_answer"),
                Some(old) if old != current.answer || old_guests != current.guests => {
                    Some("changed_answer")
                }
                Some(_) => None,
            };
            if let Some(kind) = kind {
                answers.push((
                    current.at,
                    Change {
                        family: label.clone(),
                        key: family.key.clone(),
                        kind,
                        old,
                        old_guests,
                        new: Some(current.answer),
                        new_guests: current.guests,
                        new_children: Some(party(family, current).0),
                        new_adults: party(family, current).1,
                        by_host: current.by_host,
                        author: Some(clip(&current.author, 80)),
                        date: Some(local_date(current.at)),
                        quote: (!current.by_host && !current.quote.trim().is_empty())
                            .then(|| clip(&current.quote, 120)),
                        reason: None,
                    },
                ));
            }
        }
        if let Some(reason) = &family.unreachable
            && !before.is_some_and(|b| b.unreachable)
        {
            unreachable.push(Change {
                family: label.clone(),
                key: family.key.clone(),
                kind: "unreachable",
                old,
                old_guests,
                new: family.answer.as_ref().map(|a| a.answer),
                new_guests: family.answer.as_ref().and_then(|a| a.guests),
                new_children: None,
                new_adults: None,
                by_host: false,
                author: None,
                date: None,
                quote: None,
                reason: Some(clip(reason, 200)),
            });
        }
    }
    // Stable sort: same moment keeps label order.
    answers.sort_by_key(|(at, _)| *at);
    answers
        .into_iter()
        .map(|(_, change)| change)
        .chain(unreachable)
        .collect()
}

/// The bar's segments: whole percents that add up to 100 (largest remainder).
fn bar(counts: &Counts) -> Vec<Segment> {
    // Unclear replies are waited on like no answer: one bucket, as the
    // "no answer yet" list and the subject count them.
    let buckets = [
        ("yes", counts.yes),
        ("maybe", counts.maybe),
        ("no", counts.no),
        ("no_answer", counts.no_answer + counts.unclear),
        ("unreachable", counts.unreachable),
    ];
    let total: usize = buckets.iter().map(|(_, n)| n).sum();
    if total == 0 {
        return Vec::new();
    }
    let mut segments: Vec<(Segment, usize)> = buckets
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(kind, n)| {
            let exact = n * 100;
            (
                Segment {
                    kind,
                    count: *n,
                    percent: u32::try_from(exact / total).unwrap_or(100),
                },
                exact % total,
            )
        })
        .collect();
    let assigned: u32 = segments.iter().map(|(s, _)| s.percent).sum();
    let mut order: Vec<usize> = (0..segments.len()).collect();
    order.sort_by(|&a, &b| segments[b].1.cmp(&segments[a].1).then(a.cmp(&b)));
    for &i in order.iter().take(100u32.saturating_sub(assigned) as usize) {
        segments[i].0.percent += 1;
    }
    segments.into_iter().map(|(s, _)| s).collect()
}

/// What a note is about, from a few words in English, Spanish, French and
/// German (whose compounds carry the word inside: "Nussallergie").
fn note_tags(note: &str) -> Vec<NoteTag> {
    let lower = note.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    const ALLERGY_STEMS: &[&str] = &["allerg", "alerg", "intoler", "celiac", "celíac", "coeliac"];
    // Found anywhere in a word, for compounds.
    const ALLERGY_INSIDE: &[&str] = &["allergi", "intoleran", "unverträglich", "zöliak"];
    const ALLERGY_WORDS: &[&str] = &[
        "gluten",
        "nut",
        "nuts",
        "peanut",
        "peanuts",
        "lactose",
        "lactosa",
        "dairy",
        "vegan",
        "vegano",
        "vegana",
        "végétarien",
        "vegetarian",
        "vegetariano",
        "vegetariana",
        "epipen",
        "cacahuete",
        "cacahuetes",
        "arachide",
        "arachides",
        "halal",
        "kosher",
        "egg",
        "eggs",
        "nüsse",
        "erdnüsse",
        "laktose",
        "vegetarisch",
    ];
    const EARLY_PHRASES: &[&str] = &[
        "early",
        "leave at",
        "leaving at",
        "pick him up",
        "pick her up",
        "pick them up",
        "have to leave",
        "has to leave",
        "need to leave",
        "antes",
        "nos vamos a las",
        "recoger",
        "plus tôt",
        "partir à",
        "partir avant",
        "récupérer",
        "abholen",
        "früher gehen",
    ];
    let mut tags = Vec::new();
    let is_allergy = words.iter().any(|w| {
        ALLERGY_WORDS.contains(w)
            || ALLERGY_STEMS.iter().any(|stem| w.starts_with(stem))
            || ALLERGY_INSIDE.iter().any(|part| w.contains(part))
    });
    if is_allergy {
        tags.push(NoteTag::Allergy);
    }
    if EARLY_PHRASES.iter().any(|p| contains_words(&words, p)) {
        tags.push(NoteTag::LeavingEarly);
    }
    if note.contains('?') || note.contains('¿') {
        tags.push(NoteTag::Question);
    }
    tags
}

/// Whether `phrase`'s words occur in `words` one after the other.
fn contains_words(words: &[&str], phrase: &str) -> bool {
    let wanted: Vec<&str> = phrase.split(' ').collect();
    !wanted.is_empty() && words.windows(wanted.len()).any(|w| w == wanted.as_slice())
}

/// Text from a stranger made safe for one line of a digest: control
/// characters and line breaks become spaces, and it is cut at `max`
/// characters with an ellipsis.
pub(crate) fn clip(text: &str, max: usize) -> String {
    let one_line = text
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if one_line.chars().count() <= max {
        return one_line;
    }
    let cut: String = one_line.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests;
