//! Understand one inbound message: bytes in, decision out.
//!
//! Pure: never imports `mail`, `store`, `clock` or tokio, and never fails on
//! input from strangers (an unreadable reply is `unclear`, not an error).
//!
//! Flow: [`parse`] (mail-parser, with limits) → [`bounce`] (delivery
//! failures) → [`kind`] (automatic reply, calendar reply) → [`extract`]
//! (fresh text without quotes and signatures) → [`classify`] (answer, guests, note) → [`correlate`]
//! (thread Message-IDs). Cue words live in `cues/*.toml`, one per language.
//!
//! Limits: messages are read up to [`parse::MAX_MESSAGE_BYTES`] (the rest is
//! ignored and `truncated` evidence is given); more than
//! [`parse::MAX_MIME_DEPTH`] nested multiparts make the message unreadable
//! (`unclear`, evidence "unreadable"); only the first [`parse::MAX_PARTS`]
//! parts, [`parse::MAX_TEXT_CHARS`] characters of text, [`extract::MAX_LINES`]
//! lines and [`classify::MAX_CLASSIFY_CHARS`] characters of fresh text are
//! read. HTML is cut at the first webmail quote container; HTML larger than
//! [`extract::MAX_HTML2TEXT_BYTES`] or nested deeper than
//! [`extract::MAX_HTML_DEPTH`] is reduced to text by a linear tag stripper
//! instead of html2text. A panic inside mail-parser or html2text is caught
//! and read as unreadable. Each pathological case stays under 100 ms
//! (`cargo bench --bench reply`).

pub mod bounce;
pub mod classify;
pub mod confidence;
pub mod correlate;
pub mod cues;
pub mod extract;
pub mod kind;
pub mod language;
pub mod parse;
pub mod text;

#[cfg(test)]
mod tests;

use serde::Serialize;

use confidence::Source;

pub use crate::model::Answer;
pub use classify::ChildAnswer;

/// Replies read with less confidence than this are put in front of the host
/// (the digest's "needs your eyes") and asked about. The one place this
/// threshold lives: the digest and `classify --json`'s `review` read it here;
/// [`confidence`] says how a reply's confidence is computed.
pub const REVIEW_THRESHOLD: f32 = 0.6;

/// Would the host be shown this human reply to read: it is unclear, or read
/// with less confidence than [`REVIEW_THRESHOLD`].
pub fn needs_review(answer: Answer, confidence: f32) -> bool {
    answer == Answer::Unclear || confidence < REVIEW_THRESHOLD
}

/// What kind of mail this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Human,
    AutoReply,
    Bounce,
}

/// The decision about one message; serialises to the `classify --json` contract.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Understanding {
    pub kind: Kind,
    /// `None` unless `kind` is human.
    pub answer: Option<Answer>,
    /// Everyone coming (children and adults), when stated; `None` for no.
    pub guests: Option<u32>,
    #[serde(serialize_with = "two_decimals")]
    pub confidence: f32,
    pub note: Option<String>,
    pub evidence: Vec<String>,
    pub bounced: Vec<String>,
    /// Addresses a delay warning says are not delivered yet (the server keeps trying).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub delayed: Vec<String>,
    pub in_reply_to: Vec<String>,
    /// Per-child answers when the reply names children.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub children: Vec<ChildAnswer>,
    /// ISO 639-1 code of the language the reply's fresh text is written in
    /// (`None` for automatic mail and replies without words).
    pub language: Option<&'static str>,
    /// Children coming, when the reply counts them apart from adults.
    pub children_count: Option<u32>,
    /// Adults staying, when the reply counts them apart from children
    /// (`Some(0)` when the child is dropped off).
    pub adults_count: Option<u32>,
    /// The host would be shown this reply to read ([`needs_review`]).
    pub review: bool,
    /// The text that was read as the reply (quotes and signature removed).
    #[serde(skip)]
    pub fresh_text: String,
    /// The whole delivery report, when this is a bounce.
    #[serde(skip)]
    pub bounce: Option<bounce::Bounce>,
}

/// Confidence as a short decimal (0.9, not 0.8999999761581421).
fn two_decimals<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_f64((f64::from(*x) * 100.0).round() / 100.0)
}

/// Does a recorded reply's evidence say it only thanks ("Thanks!")? Such a
/// reply after an answer needs neither a confirmation nor the host's eyes.
pub fn evidence_only_thanks(evidence: &[String]) -> bool {
    let reason = format!("unclear: {}", classify::ONLY_THANKS);
    evidence.contains(&reason)
}

impl Understanding {
    /// A human reply that only says thank you.
    pub fn only_thanks(&self) -> bool {
        self.kind == Kind::Human
            && self.answer == Some(Answer::Unclear)
            && evidence_only_thanks(&self.evidence)
    }

    fn new(kind: Kind) -> Understanding {
        Understanding {
            kind,
            answer: None,
            guests: None,
            confidence: 0.0,
            note: None,
            evidence: Vec::new(),
            bounced: Vec::new(),
            delayed: Vec::new(),
            in_reply_to: Vec::new(),
            children: Vec::new(),
            language: None,
            children_count: None,
            adults_count: None,
            review: false,
            fresh_text: String::new(),
            bounce: None,
        }
    }
}

/// Compile the cue data now rather than on the first reply. A long-running
/// process calls this first thing: the first reply is not slowed by it, and
/// the memory the compilation uses only briefly is reused by what comes
/// after instead of staying resident as holes in the heap.
pub fn warm_up() {
    std::sync::LazyLock::force(&cues::CUES);
}

/// An automatic reply saying its own address is gone: the sender is the
/// address that failed, with the reply's words as the reason.
fn address_gone(u: &mut Understanding, parsed: &parse::Parsed) {
    if parsed.from_address.is_empty() || bounce::is_system_address(&parsed.from_address) {
        return;
    }
    if let Some(words) = bounce::address_gone(parsed) {
        u.evidence
            .push(format!("automatic reply: the address is gone: \"{words}\""));
        u.bounced = vec![parsed.from_address.clone()];
        u.bounce = Some(bounce::Bounce {
            recipients: u.bounced.clone(),
            reasons: vec![(parsed.from_address.clone(), words.clone())],
            reason: Some(words),
            evidence: "automatic reply saying the address is gone".into(),
            ..bounce::Bounce::default()
        });
    }
}

/// Understand a raw message. `sent` holds the texts rsvpd sent this family
/// (invitation, reminders, confirmations), whose lines count as quoted.
pub fn understand(raw: &[u8], sent: &[String]) -> Understanding {
    let mut u = read(raw, sent);
    u.review =
        u.kind == Kind::Human && needs_review(u.answer.unwrap_or(Answer::Unclear), u.confidence);
    u
}

fn read(raw: &[u8], sent: &[String]) -> Understanding {
    let cues = &*cues::CUES;
    let parsed = match parse::parse(raw) {
        Ok(p) => p,
        Err(why) => {
            let mut u = Understanding::new(Kind::Human);
            u.answer = Some(Answer::Unclear);
            u.evidence.push(format!("unreadable: {why:?}"));
            return u;
        }
    };
    let in_reply_to = correlate::thread_ids(&parsed);
    let truncated = parsed.truncated.then(|| {
        format!(
            "truncated: only the first {} bytes were read",
            parse::MAX_MESSAGE_BYTES
        )
    });

    if let Some(bounce) = bounce::detect_bounce(raw, &parsed, cues) {
        let mut u = Understanding::new(Kind::Bounce);
        u.confidence = if bounce.recipients.is_empty() && bounce.delayed.is_empty() {
            0.8
        } else {
            0.95
        };
        u.evidence.push(bounce.evidence.clone());
        u.bounced = bounce.recipients.clone();
        u.delayed = bounce.delayed.clone();
        u.in_reply_to = in_reply_to;
        u.evidence.extend(truncated);
        u.bounce = Some(bounce);
        return u;
    }
    // A calendar reply is a person's answer even when the calendar service
    // marks its mail as automatic.
    let calendar = parsed.calendar.as_deref().and_then(kind::calendar_reply);
    let auto = calendar
        .is_none()
        .then(|| kind::auto_reply_header_evidence(&parsed, cues))
        .flatten();
    if let Some(why) = auto {
        let mut u = Understanding::new(Kind::AutoReply);
        u.confidence = 0.95;
        u.evidence.push(why);
        u.in_reply_to = in_reply_to;
        address_gone(&mut u, &parsed);
        return u;
    }

    let sent_text = extract::SentText::new(sent);
    let mut evidence: Vec<String> = Vec::new();
    let body = match (&parsed.text, &parsed.html) {
        (Some(t), _) => t.clone(),
        (None, Some(h)) => match extract::html_to_text(h) {
            Some(t) => {
                evidence.push("text: converted from HTML".into());
                t
            }
            None => {
                evidence.push("unreadable: HTML could not be converted".into());
                String::new()
            }
        },
        (None, None) => String::new(),
    };
    let fresh = extract::fresh_text(&body, &sent_text, cues);
    let cls = classify::classify(&fresh.text, cues);

    // Out-of-office text without headers.
    let decided = cls.answer.is_some() && cls.strength >= 0.8;
    let local = parsed.from_address.split('@').next().unwrap_or_default();
    let no_reply_sender = [
        "noreply",
        "no-reply",
        "donotreply",
        "do-not-reply",
        "no_reply",
    ]
    .iter()
    .any(|n| local.contains(n));
    // A clear answer from a person's address is never an automatic reply.
    let fresh_norm = if decided && !no_reply_sender {
        String::new()
    } else {
        cues.normalize(&fresh.text).padded
    };
    let ooo: Vec<&String> = cues
        .lines
        .auto_body
        .iter()
        .filter(|p| fresh_norm.contains(p.as_str()))
        .collect();
    // A bulk or list Precedence header makes it automatic only when the
    // text holds no clear answer.
    let bulk = calendar
        .is_none()
        .then(|| kind::bulk_precedence(&parsed))
        .flatten()
        .filter(|_| !decided);
    // A calendar reply is a person's answer whatever its note says ("I'm
    // away but her auntie is bringing Mia").
    let text_auto = calendar.is_none()
        && ((!ooo.is_empty() && cls.answer.is_none())
            || (ooo.len() >= 2 && !decided)
            || (no_reply_sender && !decided));
    if text_auto || bulk.is_some() {
        let first = ooo
            .first()
            .map(|p| p.trim())
            .or(bulk.as_deref())
            .unwrap_or("no-reply sender");
        let mut u = Understanding::new(Kind::AutoReply);
        u.confidence = if ooo.len() >= 2 { 0.85 } else { 0.7 };
        u.evidence.push(format!("automatic reply: \"{first}\""));
        u.in_reply_to = in_reply_to;
        u.fresh_text = fresh.text;
        address_gone(&mut u, &parsed);
        return u;
    }

    let mut u = Understanding::new(Kind::Human);
    u.in_reply_to = in_reply_to;
    u.evidence.extend(evidence);
    u.evidence.extend(fresh.evidence.iter().cloned());
    u.evidence.extend(truncated);
    u.children = cls.children.clone();
    u.note = cls.note.clone();

    u.language = cls.language;
    let mut commented = false;
    let mut doubts: Vec<confidence::Doubt> = Vec::new();
    let mut split = (cls.children_count, cls.adults_count);
    let (answer, confidence, guests) = if let Some(cal) = &calendar {
        u.evidence
            .push(format!("calendar reply: PARTSTAT={}", cal.partstat));
        // The attendee's note: the COMMENT property, a quoted note in the
        // invitation service's text, or a short text part.
        let note = cal.comment.clone().or_else(|| quoted_note(&fresh.text));
        // The service's own text part ("Emeka Okafor has accepted this
        // invitation") can carry the answer but never a head-count: the
        // names in it are the attendee's.
        let from_text_part = note.is_none();
        let comment = note.as_deref().map(|c| classify::classify(c, cues));
        if let Some(c) = &comment {
            commented = true;
            u.language = c.language.or(u.language);
            split = (c.children_count, c.adults_count);
        }
        let comment = comment.or_else(|| (fresh.text.chars().count() <= 400).then(|| cls.clone()));
        let guests_of = |c: &classify::Classification| if from_text_part { None } else { c.guests };
        // A comment overrides the button only when it states attendance itself;
        // a mixed one ("I can't, but Ella will come") still does.
        let button = confidence::confidence(Source::CalendarButton, 1.0, &[]);
        match comment.and_then(|c| c.answer.filter(|_| c.strength >= 0.7).map(|a| (a, c))) {
            Some((a, c)) if a != cal.answer => {
                u.evidence
                    .push(format!("comment overrides calendar: {}", a.as_str()));
                let guests = guests_of(&c);
                u.evidence.extend(c.evidence);
                doubts.extend(c.doubts.iter().copied());
                let conf = confidence::confidence(Source::CalendarComment, 1.0, &doubts);
                (a, conf, guests)
            }
            Some((_, c)) => (cal.answer, button, guests_of(&c)),
            None => (cal.answer, button, None),
        }
    } else if let Some(a) = cls.answer {
        u.evidence.extend(cls.evidence.iter().cloned());
        doubts.extend(cls.doubts.iter().copied());
        let conf = confidence::confidence(Source::Text, cls.strength, &doubts);
        (a, conf, cls.guests)
    } else if let Some(sub) = subject_answer(&parsed.subject, &sent_text, cues) {
        let a = sub.answer.unwrap_or(Answer::Unclear);
        u.language = u.language.or(sub.language);
        split = (sub.children_count, sub.adults_count);
        u.evidence.push("answer from the subject".into());
        u.evidence.extend(sub.evidence);
        doubts.extend(sub.doubts.iter().copied());
        let conf = confidence::confidence(Source::Subject, 1.0, &doubts);
        (a, conf, sub.guests)
    } else if let Some((a, head)) = kind::calendar_subject(&parsed.subject, cues) {
        u.evidence.push(format!("calendar subject: \"{head}\""));
        let conf = confidence::confidence(Source::CalendarSubject, 1.0, &[]);
        (a, conf, None)
    } else {
        let why = cls.undecided_reason.unwrap_or("no answer words");
        u.evidence.push(format!("unclear: {why}"));
        let confidence = match why {
            "question" | "deferral" | "acknowledgement" | classify::ONLY_THANKS | "empty" => 0.7,
            _ => 0.4,
        };
        (Answer::Unclear, confidence, None)
    };
    u.evidence
        .extend(doubts.iter().map(|d| d.evidence().to_string()));
    u.answer = Some(answer);
    u.confidence = confidence;
    u.guests = if matches!(answer, Answer::Yes | Answer::Maybe) {
        guests
    } else {
        None
    };
    if u.guests.is_some() {
        (u.children_count, u.adults_count) = split;
    }
    let from_calendar =
        calendar.is_some() || u.evidence.iter().any(|e| e.starts_with("calendar subject"));
    if from_calendar && !commented {
        // A calendar button without a comment: the language of its
        // localized subject ("Zugesagt: …"), else of the service's text.
        u.language = kind::calendar_subject_language(&parsed.subject, cues).or(u.language);
    }
    u.fresh_text = fresh.text;
    u
}

/// The answer written into the subject ("Re: … — yes, 2 of us!"), read only
/// outside the invitation's own subject.
fn subject_answer(
    subject: &str,
    sent: &extract::SentText,
    cues: &cues::Cues,
) -> Option<classify::Classification> {
    let mut s = subject.to_string();
    for original in &sent.subjects {
        if !original.trim().is_empty() {
            s = s.replace(original.trim(), "\n");
        }
    }
    let s = drop_inner_symbols(&s);
    let stripped = kind::strip_reply_prefixes(&s, cues);
    // Text before a reply prefix that is not at the start ("YES - Re: …").
    let mut segments: Vec<String> = Vec::new();
    let lower = s.to_lowercase();
    if let Some(i) = lower
        .find("re:")
        .or_else(|| lower.find("aw:"))
        .filter(|i| *i > 0)
    {
        segments.push(s[..i].to_string());
    }
    // Arrows, dashes and sentence ends separate what the parent typed from
    // the invitation's subject ("… Sat 5 July → Yes, we'll come!").
    let parts: Vec<&str> = stripped
        .split([
            ':', '|', '—', '–', '\n', '(', ')', '[', ']', '→', '⇒', '!', '?', '¡', '¿',
        ])
        .flat_map(|p| p.split(" - "))
        .flat_map(|p| p.split("->"))
        .flat_map(|p| p.split("=>"))
        .flat_map(|p| p.split(">>"))
        .collect();
    let has_invite_word = |p: &str| {
        let n = cues.normalize(p).padded;
        cues.lines.invite.iter().any(|w| n.contains(w.as_str()))
    };
    let last_invite = parts.iter().rposition(|p| has_invite_word(p));
    let start = last_invite.map_or(0, |i| i + 1);
    segments.extend(parts[start..].iter().map(|p| p.to_string()));
    // "Elias's birthday party on Saturday yes": a bare answer word that
    // ends the invitation's own segment.
    if let Some(i) = last_invite
        && let Some(word) = trailing_answer_word(parts[i], cues)
    {
        segments.push(word);
    }
    let text = segments.join("\n");
    if text.trim().is_empty() {
        return None;
    }
    // An attendance verb alone ("come celebrate!") may be the invitation's
    // own wording; the subject needs an answer word.
    let answer_word = cues.find(&cues.normalize(&text).padded).iter().any(|h| {
        use cues::Cat;
        [
            Cat::Yes,
            Cat::YesWord,
            Cat::No,
            Cat::NoWord,
            Cat::Maybe,
            Cat::WeakNo,
        ]
        .iter()
        .any(|c| h.is(*c))
    });
    let c = classify::classify(&text, cues);
    // "— 2 coming": a head-count with an attendance verb answers too.
    let counted = c.guests.is_some();
    c.answer
        .filter(|_| c.strength >= 0.8 && (answer_word || counted))
        .map(|_| c)
}

/// The subject without the emoji between its words: "Timothée 🎉 mercredi"
/// is the invitation's own decoration; a parent's 👍 ends the subject or
/// comes before it ("👍 Re: …").
fn drop_inner_symbols(subject: &str) -> String {
    let symbol = |c: char| text::is_emoji(c) || text::is_ignorable(c);
    let first_word = subject.find(char::is_alphanumeric).unwrap_or(0);
    let last_word = subject.rfind(char::is_alphanumeric).unwrap_or(0);
    subject
        .char_indices()
        .filter(|&(i, c)| !(symbol(c) && i > first_word && i < last_word))
        .map(|(_, c)| c)
        .collect()
}

/// The last word of a subject segment when it is a bare answer word
/// ("yes", "nein", "peut-être").
fn trailing_answer_word(segment: &str, cues: &cues::Cues) -> Option<String> {
    use cues::Cat;
    let norm = cues.normalize(segment);
    let last = norm.tokens.last()?;
    let hits = cues.find(&format!(" {last} "));
    hits.iter()
        .any(|h| h.is(Cat::YesWord) || h.is(Cat::NoWord) || h.is(Cat::Maybe))
        .then(|| last.clone())
}

/// A note in double quotes on a line of its own, as calendar services quote
/// the attendee's comment.
fn quoted_note(text: &str) -> Option<String> {
    text.lines().map(str::trim).find_map(|l| {
        let inner = l
            .strip_prefix(['"', '“', '«'])
            .and_then(|r| r.strip_suffix(['"', '”', '»']))?;
        (inner.chars().count() >= 2).then(|| inner.to_string())
    })
}
