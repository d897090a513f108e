//! The answer in a reply's fresh text: yes / no / maybe / unclear, the
//! head-count, per-child answers, a note for the host, with evidence.
//!
//! Works on clauses: each clause gets at most one verdict from its cues
//! (negated attendance verbs, hedges, conditions), then the clauses are
//! combined (latest statement wins, hedges lower a yes to maybe, a contrast
//! turns an apology into a decline). Must never see quoted text or headers.

use super::confidence::Doubt;
use super::cues::{Cat, Cues, Hit};
use super::text::{Normalized, is_unspaced_script};
use crate::model::Answer;
use serde::Serialize;

/// Two reasons for a decline in one clause ("a christening that day"):
/// enough to answer alone, never enough to outweigh a stated answer.
pub const WEAK_PAIR: f32 = 0.7;

/// Characters of fresh text read for the answer.
pub const MAX_CLASSIFY_CHARS: usize = 8 * 1024;
/// Clauses read; a reply states its answer early.
pub const MAX_CLAUSES: usize = 200;

/// One child's answer when the reply names them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChildAnswer {
    pub name: String,
    pub answer: Answer,
}

/// The decision about one text.
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// `None` when nothing in the text decides.
    pub answer: Option<Answer>,
    pub strength: f32,
    pub guests: Option<u32>,
    pub note: Option<String>,
    pub evidence: Vec<String>,
    pub children: Vec<ChildAnswer>,
    /// The text only asks, defers or acknowledges.
    pub undecided_reason: Option<&'static str>,
    /// ISO 639-1 code of the text's language.
    pub language: Option<&'static str>,
    /// Children and adults coming, when the text tells them apart.
    pub children_count: Option<u32>,
    pub adults_count: Option<u32>,
    /// Reasons the answer could be wrong ([`super::confidence`]).
    pub doubts: Vec<Doubt>,
}

#[derive(Debug)]
struct Clause {
    raw: String,
    norm: Normalized,
    hits: Vec<Hit>,
    /// Hits in the clause without parenthesized asides (for counting).
    count_hits: Vec<Hit>,
    count_norm: Normalized,
    sentence: usize,
    question: bool,
    after_contrast: bool,
    /// The value of a "Key: value" line; the key is the previous clause.
    after_colon: bool,
    /// Names in the clause, and outside its parenthesized asides.
    names: Vec<String>,
    names_plain: Vec<String>,
}

#[derive(Debug, Clone)]
struct Verdict {
    clause: usize,
    answer: Answer,
    strength: f32,
    evidence: String,
    /// "We'd love to": a yes unless a "but" follows.
    wish: bool,
}

fn sentence_end(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ';' | '…' | '。' | '！' | '？' | '؟' | '؛'
    )
}

/// Split text into sentences (with a question flag), joining hard-wrapped lines.
fn sentences(text: &str) -> Vec<(String, bool)> {
    let mut joined = String::with_capacity(text.len());
    let lines: Vec<&str> = text.lines().collect();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        joined.push_str(t);
        let wrapped = t.chars().count() >= 60
            && !t.ends_with(|c: char| sentence_end(c) || c == ':' || c == ',')
            && lines.get(i + 1).is_some_and(|n| !n.trim().is_empty());
        joined.push(if wrapped { ' ' } else { '\n' });
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let chars: Vec<char> = joined.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let boundary = c == '\n'
            || (sentence_end(c)
                && (c != '.'
                    || chars.get(i + 1).is_none_or(|n| n.is_whitespace())
                        && !chars
                            .get(i.wrapping_sub(1))
                            .is_some_and(|p| p.is_ascii_digit())));
        if boundary {
            let mut question = c == '?' || c == '？' || c == '؟';
            // "?!" and "??" runs
            while chars.get(i + 1).is_some_and(|n| sentence_end(*n)) {
                i += 1;
                question |= matches!(chars[i], '?' | '？' | '؟');
            }
            if !cur.trim().is_empty() {
                out.push((cur.trim().to_string(), question));
            }
            cur.clear();
        } else {
            cur.push(c);
        }
        i += 1;
    }
    if !cur.trim().is_empty() {
        out.push((cur.trim().to_string(), false));
    }
    out
}

fn is_clause_separator(c: char) -> bool {
    matches!(c, ',' | ':' | '(' | ')' | '，' | '、' | '،' | '–' | '—')
}

/// Split a sentence at commas, dashes and contrast words.
fn clause_texts(sentence: &str, cues: &Cues) -> Vec<(String, bool, bool)> {
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut colon_before = false;
    let mut cur = String::new();
    let chars: Vec<char> = sentence.chars().collect();
    let mut depth = 0i32;
    for (i, &c) in chars.iter().enumerate() {
        if c == '(' {
            depth += 1;
        }
        if c == ')' {
            depth -= 1;
        }
        let dash = c == '-'
            && chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_whitespace())
            && chars.get(i + 1).is_some_and(|n| n.is_whitespace());
        // Parenthesized asides stay in their clause ("1 child (Hugo)").
        let sep = (is_clause_separator(c) && c != '(' && c != ')' && depth <= 0) || dash;
        let numeric_comma = c == ','
            && chars
                .get(i.wrapping_sub(1))
                .is_some_and(|p| p.is_ascii_digit())
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        if sep && !numeric_comma {
            parts.push((std::mem::take(&mut cur), colon_before));
            colon_before = c == ':';
        } else {
            cur.push(c);
        }
    }
    parts.push((cur, colon_before));
    let mut out = Vec::new();
    for (part, after_colon) in parts {
        // Contrast words start a new clause ("yes, but sadly…").
        let mut current = String::new();
        let mut after = false;
        for word in part.split_whitespace() {
            let is_contrast = !current.is_empty() && is_contrast_word(word, cues);
            if is_contrast {
                out.push((std::mem::take(&mut current), after, after_colon));
                after = true;
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        if !current.trim().is_empty() {
            let starts_with_contrast = {
                let first = current.split_whitespace().next().unwrap_or_default();
                is_contrast_word(first, cues)
            };
            out.push((current, after || starts_with_contrast, after_colon));
        }
    }
    out.retain(|(t, _, _)| !t.trim().is_empty());
    out
}

fn is_contrast_word(word: &str, cues: &Cues) -> bool {
    if word.is_ascii() {
        let w = word
            .trim_matches(|c: char| !c.is_ascii_alphanumeric())
            .to_ascii_lowercase();
        return cues.contrast_words.contains(&w);
    }
    cues.contrast_words
        .contains(&cues.normalize(word).tokens.join(" "))
}

fn strip_parens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0i32;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

fn build_clauses(text: &str, cues: &Cues) -> (Vec<Clause>, Vec<String>) {
    let mut clauses = Vec::new();
    let mut sentence_texts = Vec::new();
    let all = sentences(text);
    let n_sentences = all.len();
    for (s_idx, (sentence, is_q)) in all.into_iter().enumerate() {
        let parts = clause_texts(&sentence, cues);
        // "… Kind regards, Jo" at the very end: a sign-off, not an answer.
        let first = parts
            .first()
            .map(|(t, _, _)| cues.normalize(t).tokens.join(" "));
        let sign_off = s_idx + 1 == n_sentences
            && s_idx > 0
            && parts.len() == 2
            && first.is_some_and(|f| cues.lines.closing.contains(&f))
            && parts[1].0.split_whitespace().count() <= 2;
        if sign_off {
            continue;
        }
        sentence_texts.resize(s_idx + 1, String::new());
        sentence_texts[s_idx] = if is_q {
            format!("{sentence}?")
        } else {
            sentence.clone()
        };
        let n = parts.len();
        for (k, (raw, after_contrast, after_colon)) in parts.into_iter().enumerate() {
            let norm = cues.normalize(&raw);
            if norm.tokens.is_empty() {
                continue;
            }
            let hits = cues.find(&norm.padded);
            let plain = strip_parens(&raw);
            let names = names_in(&raw, cues);
            let (count_norm, count_hits, names_plain) = if plain.len() == raw.len() {
                (norm.clone(), hits.clone(), names.clone())
            } else {
                let n = cues.normalize(&plain);
                let h = cues.find(&n.padded);
                (n, h, names_in(&plain, cues))
            };
            let opens_question = hits
                .first()
                .is_some_and(|h| h.is(Cat::Question) && h.start <= 1)
                || hits.iter().any(|h| {
                    h.is(Cat::Question) && h.text.chars().any(super::text::is_unspaced_script)
                });
            let question = (is_q && k + 1 == n) || (opens_question && (is_q || n == 1));
            clauses.push(Clause {
                raw,
                norm,
                hits,
                count_hits,
                count_norm,
                sentence: s_idx,
                question,
                after_contrast,
                after_colon,
                names,
                names_plain,
            });
            if clauses.len() >= MAX_CLAUSES {
                return (clauses, sentence_texts);
            }
        }
    }
    (clauses, sentence_texts)
}

/// Token index of a byte offset in a padded normalized string.
fn token_index(padded: &str, offset: usize) -> usize {
    padded
        .get(..offset)
        .map_or(0, |p| p.matches(' ').count().saturating_sub(1))
}

fn clause_verdict(c: &Clause, idx: usize, cues: &Cues) -> Option<Verdict> {
    let hits: Vec<&Hit> = c.hits.iter().filter(|h| !h.is(Cat::Mask)).collect();
    let n_tokens = c.norm.tokens.len();
    // Bare answer words are judged without asides: "no for Ben (he has football)".
    let n_plain = c.count_norm.tokens.len();
    let mut no: Option<String> = None;
    let mut maybe: Option<String> = None;
    let mut yes: Option<(String, f32)> = None;
    let mut wish = false;
    let mut weak: Option<String> = None;
    let mut apology: Option<String> = None;
    let mut n_weak = 0;
    let negs: Vec<&&Hit> = hits.iter().filter(|h| h.is(Cat::Neg)).collect();
    for h in &hits {
        let first = token_index(&c.norm.padded, h.start) == 0;
        if h.is(Cat::No) {
            no.get_or_insert_with(|| h.text.clone());
        } else if h.is(Cat::Maybe) {
            maybe.get_or_insert_with(|| h.text.clone());
        } else if h.is(Cat::Yes) {
            // "Neither of the kids can make it": a negation shortly before
            // a commitment turns it around.
            let h_tok = token_index(&c.norm.padded, h.start);
            let negated = negs.iter().any(|n| {
                n.start < h.start && h_tok.saturating_sub(token_index(&c.norm.padded, n.start)) <= 4
            });
            if negated {
                no.get_or_insert_with(|| format!("not … {}", h.text));
            } else {
                yes.get_or_insert_with(|| (h.text.clone(), 1.0));
            }
        } else if h.is(Cat::Wish) {
            wish = yes.is_none();
            yes.get_or_insert_with(|| (h.text.clone(), 1.0));
        } else if h.is(Cat::YesFinal) && h.end + 1 >= c.norm.padded.len() {
            yes.get_or_insert_with(|| (h.text.clone(), 1.0));
        }
        if h.is(Cat::NoWord) && first && n_plain <= 3 {
            no.get_or_insert_with(|| h.text.clone());
        }
        if h.is(Cat::YesWord)
            && first
            && (n_tokens == 1 || (n_tokens <= 4 && !h.is(Cat::Cond) && !h.is(Cat::Neg)))
        {
            yes.get_or_insert_with(|| (h.text.clone(), 1.0));
        }
        if h.is(Cat::Verb) || h.is(Cat::AntiVerb) {
            let h_tok = token_index(&c.norm.padded, h.start);
            let negated = negs.iter().any(|n| {
                let n_tok = token_index(&c.norm.padded, n.start);
                n.start < h.start || (n_tok > h_tok && n_tok <= h_tok + 3)
            });
            let positive = negated == h.is(Cat::AntiVerb);
            if positive {
                yes.get_or_insert_with(|| (h.text.clone(), 0.9));
            } else {
                no.get_or_insert_with(|| {
                    if h.is(Cat::AntiVerb) {
                        h.text.clone()
                    } else {
                        format!("not … {}", h.text)
                    }
                });
            }
        }
        if h.is(Cat::WeakNo) || h.is(Cat::Absent) {
            weak.get_or_insert_with(|| h.text.clone());
            n_weak += 1;
        }
        if h.is(Cat::Apology) {
            apology.get_or_insert_with(|| h.text.clone());
        }
    }
    // A dangling negated modal closes the clause: "sorry, we can't".
    if no.is_none()
        && maybe.is_none()
        && let Some(last) = hits.last()
        && last.is(Cat::Neg)
        && last.end + 1 >= c.norm.padded.len()
        && n_tokens >= 2
        && yes.is_none()
    {
        no = Some(last.text.clone());
    }
    // "Leo's in."
    if let [who, last] = c.norm.tokens.as_slice()
        && last == "in"
        && (who.ends_with("'s") || who == "we're")
    {
        yes.get_or_insert_with(|| (format!("{who} in"), 1.0));
    }
    // "Count Ben and Mia in."
    if c.norm.tokens.first().is_some_and(|t| t == "count")
        && c.norm.tokens.last().is_some_and(|t| t == "in")
        && c.norm.tokens.len() <= 6
    {
        yes.get_or_insert_with(|| ("count … in".to_string(), 1.0));
    }
    let future = hits.iter().any(|h| h.is(Cat::Future));
    let v = |answer, strength, evidence: String| {
        Some(Verdict {
            clause: idx,
            answer,
            strength,
            evidence,
            wish: false,
        })
    };
    // "I can't stay" is about the parent, not the child: a note.
    let negated_stay = hits
        .iter()
        .any(|h| h.is(Cat::Stay) && !h.is(Cat::Verb) && negated_before(h, &hits, &c.norm));
    if no.is_some() && negated_stay && yes.is_none() {
        return None;
    }
    // "She can't eat nuts", "nie może jeść orzechów": a negation about food
    // is a note for the host, not a decline.
    let about_food = || {
        (hits.iter().any(|h| h.is(Cat::Diet)) || cues.has_note_stem(&c.norm.padded))
            && !hits.iter().any(|h| {
                h.is(Cat::Verb) || h.is(Cat::AntiVerb) || h.is(Cat::Absent) || h.is(Cat::Yes)
            })
    };
    if no.is_some() && maybe.is_none() && about_food() {
        return None;
    }
    if let Some(e) = no {
        return v(Answer::No, 1.0, e);
    }
    if let Some(e) = maybe {
        if future {
            return v(Answer::No, 1.0, format!("{e} (later occasion)"));
        }
        return v(Answer::Maybe, 1.0, e);
    }
    if let Some((e, s)) = yes {
        if future {
            return v(Answer::No, 0.9, format!("{e} (later occasion)"));
        }
        return Some(Verdict {
            clause: idx,
            answer: Answer::Yes,
            strength: s,
            evidence: e,
            wish,
        });
    }
    if let Some(e) = weak {
        // One reason alone is weak ("busy"); two agree ("at a wedding that
        // day"), and after a contrast it is the point ("yes, but sadly…").
        let strength = if c.after_contrast {
            1.0
        } else if n_weak >= 2 {
            WEAK_PAIR
        } else {
            0.5
        };
        return v(Answer::No, strength, e);
    }
    if let Some(e) = apology {
        return v(Answer::No, 0.4, e);
    }
    None
}

/// Why a reply that only says thank you is undecided: "Thanks!", "Great,
/// thank you Dana :)". Nothing in it for the host to read once the family
/// has answered.
pub const ONLY_THANKS: &str = "only thanks";

/// Every clause is thanks, greetings and fillers, give or take a name or
/// one stray word: no question, no news, no note.
fn only_thanks(clauses: &[Clause]) -> bool {
    !clauses.is_empty()
        && clauses.iter().all(|c| {
            let live: Vec<&Hit> = c.hits.iter().filter(|h| !h.is(Cat::Mask)).collect();
            let polite = |h: &&Hit| h.is(Cat::Ack) || h.is(Cat::Filler) || h.is(Cat::Greeting);
            if live.is_empty() || !live.iter().all(polite) {
                return false;
            }
            let covered: usize = live.iter().map(|h| h.text.split(' ').count()).sum();
            c.norm.tokens.len() <= covered + c.names.len() + 1
        })
}

/// Classify fresh text. Empty text decides nothing.
pub fn classify(text: &str, cues: &Cues) -> Classification {
    let text = match text.char_indices().nth(MAX_CLASSIFY_CHARS) {
        Some((i, _)) => &text[..i],
        None => text,
    };
    let (mut clauses, sentence_texts) = build_clauses(text, cues);
    let language = super::language::detect(
        text,
        clauses
            .iter()
            .map(|c| (c.norm.tokens.as_slice(), c.hits.as_slice())),
        cues,
    );
    // "on va devoir annuler" is French: the Spanish yes "va" is not read in
    // it. Cues of other languages are dropped once the language is known.
    // The cue files this reply is read with; 0 when its language is unknown.
    let reading = language.and_then(|l| cues.reading_mask(l)).unwrap_or(0);
    if reading != 0 {
        let mask = reading;
        let keep = |h: &Hit| h.langs == 0 || h.langs & mask != 0;
        // "Ahí estaremos": a capitalised common word of the reply's own
        // language is not a name ("Ben" stays a name in English).
        let english = cues.reading_mask("en").unwrap_or(0);
        let own = mask & !english;
        let name_ok = |n: &String| {
            let key = cues.normalize(n).tokens.join(" ");
            cues.common_langs
                .get(key.as_str())
                .is_none_or(|l| l & own == 0)
        };
        // "son" is French for "his", not the English "son": a one-word
        // English person word that is a common word of the reply's own
        // language is read as that word.
        let own_word = |h: &Hit| {
            own != 0
                && (h.is(Cat::Companion) || h.is(Cat::PeopleNoun) || h.is(Cat::Child))
                && h.langs & own == 0
                && !h.text.contains(' ')
                && cues
                    .common_langs
                    .get(h.text.as_str())
                    .is_some_and(|l| l & own != 0)
        };
        for c in &mut clauses {
            c.hits.retain(keep);
            c.count_hits.retain(|h| keep(h) && !own_word(h));
            for h in c.hits.iter_mut().chain(c.count_hits.iter_mut()) {
                h.read_in(mask);
            }
            c.hits.retain(Hit::is_any);
            c.count_hits.retain(Hit::is_any);
            c.names.retain(name_ok);
            c.names_plain.retain(name_ok);
        }
    }
    // "Babası bırakacak", "Hiya": a companion or greeting word at a
    // sentence's start is not a child's name.
    for c in &mut clauses {
        let companions: Vec<String> = c
            .count_hits
            .iter()
            .filter(|h| (h.is(Cat::Companion) || h.is(Cat::Greeting)) && !h.text.contains(' '))
            .map(|h| h.text.to_string())
            .collect();
        if companions.is_empty() {
            continue;
        }
        let not_companion = |n: &String| !companions.contains(&cues.normalize(n).tokens.join(" "));
        c.names.retain(not_companion);
        c.names_plain.retain(not_companion);
    }
    let mut evidence = Vec::new();
    let mut verdicts: Vec<Verdict> = Vec::new();
    let mut cond_sentences = Vec::new();
    let mut change_at: Option<usize> = None;
    let mut defer = false;
    let mut question = false;
    let mut ack = false;
    let mut pending = false;
    for (i, c) in clauses.iter().enumerate() {
        let live: Vec<&Hit> = c.hits.iter().filter(|h| !h.is(Cat::Mask)).collect();
        if live.iter().any(|h| h.is(Cat::Defer)) {
            defer = true;
        }
        if live.iter().any(|h| h.is(Cat::Ack)) {
            ack = true;
        }
        if live.iter().any(|h| h.is(Cat::Pending)) {
            pending = true;
        }
        if c.question {
            question = true;
            // "Maybe we could come after lunch?" proposes a maybe.
            if let Some(h) = live.first().filter(|h| h.is(Cat::Maybe) && h.start <= 1) {
                verdicts.push(Verdict {
                    clause: i,
                    answer: Answer::Maybe,
                    strength: 0.8,
                    evidence: h.text.clone(),
                    wish: false,
                });
            }
            continue;
        }
        // "Parent staying: no" answers the key, not the invitation.
        if c.after_colon
            && let Some(key) = i.checked_sub(1).and_then(|k| clauses.get(k))
            && key.sentence == c.sentence
            && key.hits.iter().any(|h| {
                h.is(Cat::Stay) || h.is(Cat::Dropoff) || h.is(Cat::Note) || h.is(Cat::Companion)
            })
            && !key.hits.iter().any(|h| h.is(Cat::Verb))
        {
            continue;
        }
        let is_cond =
            |h: &&Hit| h.is(Cat::Cond) && !(h.is(Cat::YesWord) && c.norm.tokens.len() < 3);
        if live.iter().any(is_cond) {
            cond_sentences.push(c.sentence);
        }
        if live.iter().any(|h| h.is(Cat::Change)) {
            change_at = Some(i);
        }
        if let Some(v) = clause_verdict(c, i, cues) {
            verdicts.push(v);
        }
    }
    // A condition anywhere in the sentence turns its yes into a maybe.
    for v in &mut verdicts {
        if v.answer == Answer::Yes && cond_sentences.contains(&clauses[v.clause].sentence) {
            v.answer = Answer::Maybe;
            v.evidence = format!("{} (conditional)", v.evidence);
        }
    }
    // "We'd love to, but …": the wish is a polite no when a "but" follows
    // without its own answer.
    for k in 0..verdicts.len() {
        if !verdicts[k].wish || verdicts[k].answer != Answer::Yes {
            continue;
        }
        let at = verdicts[k].clause;
        let sentence = clauses[at].sentence;
        let but = clauses
            .iter()
            .enumerate()
            .skip(at + 1)
            .find(|(_, c)| c.sentence == sentence && c.after_contrast);
        if let Some((j, _)) = but {
            let own = verdicts.iter().find(|v| v.clause == j);
            if own.is_none_or(|v| v.strength < 1.0 && v.answer == Answer::No) {
                verdicts[k].answer = Answer::No;
                verdicts[k].evidence = format!("{} … but", verdicts[k].evidence);
            }
        }
    }
    // "Thanks, but Ryan has football camp all day": thanks, then a "but"
    // that brings news and no answer of its own, is a polite decline.
    if !verdicts.iter().any(|v| v.strength >= 0.8) && !defer && !pending {
        let thanks_but = clauses.iter().enumerate().find(|(j, c)| {
            c.after_contrast
                && !c.question
                && c.norm.tokens.len() >= 3
                && !verdicts
                    .iter()
                    .any(|v| v.clause == *j && v.answer != Answer::No)
                && j.checked_sub(1)
                    .and_then(|k| clauses.get(k))
                    .is_some_and(|prev| {
                        prev.sentence == c.sentence
                            && prev.hits.iter().any(|h| h.is(Cat::Ack) || h.is(Cat::Wish))
                    })
        });
        if let Some((j, _)) = thanks_but {
            verdicts.retain(|v| v.clause != j);
            verdicts.push(Verdict {
                clause: j,
                answer: Answer::No,
                strength: 0.8,
                evidence: "thanks, but …".to_string(),
                wish: false,
            });
        }
    }
    if pending {
        verdicts.retain(|v| v.strength >= 1.0);
        evidence.push("not an answer yet, or not a reply".to_string());
    }
    // "He is allergic to eggs, so probably no cake for him": after a yes, a
    // hedge or a "no" in a sentence about a note speaks of the note, unless
    // the sentence says "come", "go" or "stay" itself.
    if let Some(first_yes) = verdicts
        .iter()
        .filter(|v| v.answer == Answer::Yes && v.strength >= 0.8)
        .map(|v| v.clause)
        .min()
    {
        let in_sentence = |s: usize| clauses.iter().filter(move |d| d.sentence == s);
        let note_sentence = |s: usize| {
            in_sentence(s).any(|d| {
                cues.has_note_stem(&d.norm.padded) || d.hits.iter().any(|h| h.is(Cat::Diet))
            })
        };
        // "can't come" is one cue, and its verb still speaks of coming.
        let says_coming = |s: usize| {
            in_sentence(s).any(|d| {
                d.hits.iter().any(|h| {
                    h.is(Cat::Stay)
                        || h.text
                            .split(' ')
                            .any(|w| cues.find(&format!(" {w} ")).iter().any(|x| x.is(Cat::Verb)))
                })
            })
        };
        let about_note = |v: &Verdict| {
            let s = clauses[v.clause].sentence;
            v.answer != Answer::Yes
                && v.clause > first_yes
                && s != clauses[first_yes].sentence
                && note_sentence(s)
                && !says_coming(s)
        };
        if verdicts.iter().any(about_note) {
            evidence.push("a hedge about a note is not about coming".to_string());
            verdicts.retain(|v| !about_note(v));
        }
    }
    // After a change of mind, only what follows counts.
    if let Some(at) = change_at {
        let after: Vec<Verdict> = verdicts
            .iter()
            .filter(|v| v.clause >= at)
            .cloned()
            .collect();
        if after.iter().any(|v| v.strength >= 0.8) {
            evidence.push("change of mind: later statement wins".to_string());
            verdicts = after;
        }
    }
    let strong: Vec<&Verdict> = verdicts.iter().filter(|v| v.strength >= 0.8).collect();
    let considered: Vec<&Verdict> = if strong.is_empty() {
        // Weak cues decide only alone; the strongest weak one wins.
        let best = verdicts.iter().map(|v| v.strength).fold(0.0f32, f32::max);
        verdicts
            .iter()
            .filter(|v| v.strength >= best && best > 0.0)
            .collect()
    } else {
        strong
    };
    let children = child_answers(&clauses, &verdicts);
    let mut doubts: Vec<Doubt> = Vec::new();
    let mut answer = None;
    let mut strength = 0.0;
    if let Some(last) = considered.last() {
        let has = |a: Answer| considered.iter().any(|v| v.answer == a);
        let decided = match last.answer {
            Answer::No
                if has(Answer::Yes)
                    && (partial_yes(&children)
                        || different_subjects(&clauses, &considered, cues)
                        || writer_out_child_in(&clauses, &considered, cues)) =>
            {
                Answer::Yes
            }
            Answer::No => Answer::No,
            Answer::Yes if has(Answer::Maybe) => Answer::Maybe,
            other => other,
        };
        let kinds = [Answer::Yes, Answer::No, Answer::Maybe]
            .iter()
            .filter(|a| has(**a))
            .count();
        strength = if kinds > 1 {
            last.strength * 0.8
        } else {
            last.strength
        };
        let flipped = last.answer == Answer::No && decided == Answer::Yes;
        // "We'd love to. Sadly we can't": a wish and a decline agree.
        let wish_only = considered
            .iter()
            .filter(|v| v.answer == Answer::Yes)
            .all(|v| v.wish);
        let about_others = has(Answer::Yes)
            && has(Answer::No)
            && (different_subjects(&clauses, &considered, cues)
                || writer_out_child_in(&clauses, &considered, cues));
        if flipped || partial_yes(&children) || about_others {
            doubts.push(Doubt::WhoIsComing);
        } else if has(Answer::Yes) && has(Answer::No) && !(wish_only && decided == Answer::No) {
            // A clear statement in a later sentence than every opposite
            // one is the latest word; in the same sentence nothing orders them.
            let last_sentence = clauses[last.clause].sentence;
            let later = last.strength >= 1.0
                && last.answer == decided
                && considered
                    .iter()
                    .filter(|v| v.answer != decided)
                    .all(|v| clauses[v.clause].sentence < last_sentence);
            doubts.push(if later {
                Doubt::Overridden
            } else {
                Doubt::Mixed
            });
        } else if kinds > 1 && !(wish_only && decided == Answer::No && !has(Answer::Maybe)) {
            doubts.push(Doubt::Hedged);
        }
        if decided == Answer::No {
            let note_clause = |v: &&&Verdict| {
                v.answer == Answer::No && {
                    let c = &clauses[v.clause];
                    cues.has_note_stem(&c.norm.padded) || c.hits.iter().any(|h| h.is(Cat::Diet))
                }
            };
            if considered.iter().rev().take(1).any(|v| note_clause(&v)) {
                doubts.push(Doubt::NoteNegation);
            }
        }
        for v in &considered {
            evidence.push(format!("{}: \"{}\"", v.answer.as_str(), v.evidence));
        }
        if kinds > 1 {
            evidence.push(format!(
                "decided {} (latest statement and hedges)",
                decided.as_str()
            ));
        }
        answer = Some(decided);
    }
    let headcount = count_guests(&clauses, &verdicts, cues, reading);
    let (counted, explicit_count) = (headcount.total, headcount.explicit);
    // "How many can come? There's four of us": a count beside a question
    // about counts answers the question, not the invitation.
    if answer.is_none() && explicit_count && !pending && !question {
        // "Two adults and two children from us": a head-count is a yes.
        evidence.push("yes: a head-count was given".to_string());
        answer = Some(Answer::Yes);
        strength = 0.8;
    }
    let undecided_reason = if answer.is_some() {
        None
    } else if pending {
        Some("pending")
    } else if question {
        Some("question")
    } else if defer {
        Some("deferral")
    } else if ack && only_thanks(&clauses) {
        Some(ONLY_THANKS)
    } else if ack {
        Some("acknowledgement")
    } else if clauses.is_empty() {
        Some("empty")
    } else {
        Some("no answer words")
    };
    if answer.is_some_and(|a| a != Answer::Maybe)
        && clauses
            .iter()
            .any(|c| c.hits.iter().any(|h| h.is(Cat::Proxy)))
    {
        doubts.push(Doubt::Proxy);
    }
    let coming = matches!(answer, Some(Answer::Yes) | Some(Answer::Maybe));
    let guests = counted.filter(|_| coming);
    let note = make_note(&clauses, &sentence_texts, answer, text, cues);
    Classification {
        answer,
        strength,
        guests,
        note,
        evidence,
        children,
        undecided_reason,
        language,
        children_count: headcount.children.filter(|_| coming),
        adults_count: headcount.adults.filter(|_| coming),
        doubts,
    }
}

/// The person a clause is about when it is not the writer: a name, "his
/// sister", "she".
fn third_party(c: &Clause, cues: &Cues) -> Option<String> {
    if let Some(name) = c.names.first() {
        return Some(cues.normalize(name).tokens.join(" "));
    }
    c.hits
        .iter()
        .find(|h| h.is(Cat::Companion) || h.is(Cat::ChildPronoun))
        .map(|h| h.text.clone())
}

/// "Timmy is coming, his sister can't": the decline is about someone else
/// than the acceptance.
fn different_subjects(clauses: &[Clause], considered: &[&Verdict], cues: &Cues) -> bool {
    let Some(last_no) = considered.iter().rev().find(|v| v.answer == Answer::No) else {
        return false;
    };
    let Some(declined) = third_party(&clauses[last_no.clause], cues) else {
        return false;
    };
    considered.iter().any(|v| {
        v.answer == Answer::Yes
            && third_party(&clauses[v.clause], cues).is_some_and(|s| s != declined)
    })
}

/// "Her dad will bring her, I can't make it myself": the writer alone is
/// out, someone else's coming is the child's answer.
fn writer_out_child_in(clauses: &[Clause], considered: &[&Verdict], cues: &Cues) -> bool {
    let Some(last_no) = considered.iter().rev().find(|v| v.answer == Answer::No) else {
        return false;
    };
    let writer_alone = clauses[last_no.clause]
        .norm
        .tokens
        .iter()
        .find(|t| !cues.word_cues.contains(*t) || cues.self_words.contains_key(*t))
        .is_some_and(|t| cues.self_words.contains_key(t));
    writer_alone
        && considered
            .iter()
            .any(|v| v.answer == Answer::Yes && third_party(&clauses[v.clause], cues).is_some())
}

/// Some children come and others don't: the family's answer is yes.
fn partial_yes(children: &[ChildAnswer]) -> bool {
    children.iter().any(|c| c.answer == Answer::Yes)
        && children.iter().any(|c| c.answer == Answer::No)
}

/// Capitalized words in a raw clause that are not known non-names.
/// Prepositions of place: a capitalized word after one names a place.
const PLACE_WORDS: &[&str] = &[
    "in", "at", "from", "near", "nach", "aus", "im", "en", "à", "au", "desde", "naar", "uit", "w",
    "we", "u",
];

fn names_in(raw: &str, cues: &Cues) -> Vec<String> {
    let mut out = Vec::new();
    // "Jason会来参加": a Latin name ends where Chinese or Japanese begins.
    let split = |c: char| {
        !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-') || is_unspaced_script(c)
    };
    let mut after_place = false;
    for word in raw.split(split) {
        // "staying in Prague", "wir fahren nach Wien": a place, not a child.
        let place = std::mem::replace(
            &mut after_place,
            PLACE_WORDS.iter().any(|p| p.eq_ignore_ascii_case(word)),
        );
        if place {
            continue;
        }
        let w = word
            .trim_end_matches("'s")
            .trim_end_matches("’s")
            .trim_end_matches(['\'', '’'])
            .trim_matches('-');
        let mut chars = w.chars();
        let Some(first) = chars.next() else { continue };
        if !first.is_uppercase() || w.chars().count() < 2 {
            continue;
        }
        // ALL-CAPS words are shouting, contractions are not names.
        if w.chars().all(|c| !c.is_lowercase()) || w.contains(['\'', '’']) {
            continue;
        }
        let key = if w.is_ascii() {
            w.to_ascii_lowercase()
        } else {
            cues.normalize(w).tokens.join(" ")
        };
        if cues.not_name.contains(&key) || cues.number(&key).is_some() {
            continue;
        }
        let is_word = cues.word_cues.contains(&key);
        if is_word {
            continue;
        }
        if !out.contains(&w.to_string()) {
            out.push(w.to_string());
        }
    }
    out
}

fn child_answers(clauses: &[Clause], verdicts: &[Verdict]) -> Vec<ChildAnswer> {
    let mut out: Vec<ChildAnswer> = Vec::new();
    for v in verdicts.iter().filter(|v| v.strength >= 0.8) {
        let c = &clauses[v.clause];
        if c.hits
            .first()
            .is_some_and(|h| h.is(Cat::Greeting) && h.start <= 1)
        {
            continue;
        }
        for name in c.names.iter().cloned() {
            match out.iter_mut().find(|x| x.name == name) {
                Some(existing) => existing.answer = v.answer,
                None => out.push(ChildAnswer {
                    name,
                    answer: v.answer,
                }),
            }
        }
    }
    out
}

static PLUS_SUM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:^|[^\d])(\d{1,2})\s*\+\s*(\d{1,2})(?:\s*\+\s*(\d{1,2}))?(?:$|[^\d])")
        .expect("literal regex compiles")
});

/// People in a head-count, children and adults apart where the words say.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Tally {
    total: u32,
    children: u32,
    adults: u32,
}

impl Tally {
    /// `n` people named by a hit: a child word, an adult word, or neither.
    fn add(&mut self, n: u32, hit: Option<&Hit>) {
        self.total += n;
        match hit {
            Some(h) if h.is(Cat::Child) => self.children += n,
            Some(h) if h.is(Cat::Adult) => self.adults += n,
            _ => {}
        }
    }

    /// One more child, or one more adult, named by no numbered word.
    fn add_child(&mut self) {
        self.total += 1;
        self.children += 1;
    }

    fn add_adult(&mut self) {
        self.total += 1;
        self.adults += 1;
    }

    fn add_tally(&mut self, other: Tally) {
        self.total += other.total;
        self.children += other.children;
        self.adults += other.adults;
    }

    fn untyped(&self) -> u32 {
        self.total.saturating_sub(self.children + self.adults)
    }
}

/// People counted by numbered nouns and pairs in a hit list.
fn numbered_people(hits: &[&Hit], norm: &Normalized, cues: &Cues) -> Tally {
    let mut tally = Tally::default();
    for h in hits {
        if h.is(Cat::PeopleNoun) {
            let ti = token_index(&norm.padded, h.start);
            // "两个孩子": in a script without spaces the number is the
            // character just before the noun.
            let glued = norm.padded[..h.start]
                .chars()
                .next_back()
                .filter(|c| !c.is_whitespace())
                .and_then(|c| cues.number(c.encode_utf8(&mut [0; 4])));
            let n = glued.or_else(|| {
                ti.checked_sub(1)
                    .and_then(|p| norm.tokens.get(p))
                    .and_then(|t| cues.number(t))
            });
            tally.add(n.unwrap_or(0), Some(h));
        } else if h.is(Cat::Pair) {
            tally.add(2, Some(h));
        }
    }
    tally
}

/// The head-count a reply states.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub struct Headcount {
    pub total: Option<u32>,
    /// Stated with numbers, not only names.
    pub explicit: bool,
    /// Children and adults, when the reply tells them apart.
    pub children: Option<u32>,
    pub adults: Option<u32>,
}

/// A negation or a "no" at most two words before a hit ("can't stay").
fn negated_before(h: &Hit, hits: &[&Hit], norm: &Normalized) -> bool {
    hits.iter().any(|n| {
        (n.is(Cat::Neg) || n.is(Cat::No))
            && n.end < h.start
            && token_index(&norm.padded, h.start).saturating_sub(token_index(&norm.padded, n.end))
                <= 2
    })
}

/// Words that sum up a head-count on their own: "so" before a bare number
/// is a total ("so 3", "quindi tre").
const SUMMING_WORDS: &[&str] = &[
    "so",
    "that's",
    "thats",
    "makes",
    "total",
    "altogether",
    "donc",
    "soit",
    "also",
    "dus",
    "wiec",
    "czyli",
    "quindi",
    "entonces",
    "znaci",
    "znači",
    "dakle",
    "insgesamt",
    "ukupno",
];

/// Other words a head-count summary may hold besides numbers and people
/// ("that is 2 kids + 1 adult", "o sea 3"); "o" alone ("o 12:45") sums
/// nothing up.
const SUMMARY_FILLER: &[&str] = &[
    "that", "is", "in", "all", "=", "ie", "which", "then", "cioe", "o", "sea", "together", "tj",
    "yani",
];

fn is_summary_word(w: &str) -> bool {
    SUMMING_WORDS.contains(&w) || SUMMARY_FILLER.contains(&w)
}

/// "Me, Sofia and her two brothers - so 1 adult, 3 kids": clauses made of
/// numbered people alone sum up the reply's head-count.
fn summary_tally(
    clauses: &[Clause],
    verdicts: &[Verdict],
    cues: &Cues,
    reading: u32,
) -> Option<Tally> {
    let verdict_of = |i: usize| verdicts.iter().find(|v| v.clause == i).map(|v| v.answer);
    let mut tally = Tally::default();
    let mut found = false;
    for (i, c) in clauses.iter().enumerate() {
        if c.question || verdict_of(i) == Some(Answer::No) {
            continue;
        }
        let hits: Vec<&Hit> = c.count_hits.iter().filter(|h| !h.is(Cat::Mask)).collect();
        let tokens = &c.count_norm.tokens;
        let mut covered = vec![false; tokens.len()];
        for h in hits
            .iter()
            .filter(|h| h.is(Cat::PeopleNoun) || h.is(Cat::Conj))
        {
            let at = token_index(&c.count_norm.padded, h.start);
            let n = h.text.split(' ').count();
            for slot in covered.iter_mut().skip(at).take(n) {
                *slot = true;
            }
        }
        // "2 kids and me", "двоє дітей і я": the writer is one adult more.
        let mut writer = false;
        for (slot, tok) in covered.iter_mut().zip(tokens) {
            let is_self = cues.is_self_word(tok, reading);
            writer |= is_self;
            *slot |= is_self
                || cues.number(tok).is_some()
                || cues.is_and_word(tok, reading)
                || is_summary_word(tok);
        }
        let mut here = numbered_people(&hits, &c.count_norm, cues);
        // "2 kids and 1 adult from the Byrne house": children and adults
        // both numbered make a summary whatever else the clause says.
        let typed = here.children > 0 && here.adults > 0;
        if !typed && !covered.iter().all(|x| *x) {
            continue;
        }
        if writer && here.total > 0 && !typed {
            here.add_adult();
        }
        if here.total > 0 {
            tally.add_tally(here);
            found = true;
        }
    }
    found.then_some(tally)
}

/// The head-count: a stated total ("3 of us", "2+2") wins over the people
/// the reply lists, and so does a summary ("so 1 adult, 3 kids"); the split
/// into children and adults is kept when every person counted is one or the
/// other and the parts add up to the total.
fn count_guests(clauses: &[Clause], verdicts: &[Verdict], cues: &Cues, reading: u32) -> Headcount {
    let listed = list_people(clauses, verdicts, cues, reading);
    let stated = stated_count(clauses, verdicts, cues);
    let summary = summary_tally(clauses, verdicts, cues, reading);
    let mut t = summary.unwrap_or(listed.tally);
    // "Yes, I'll stay with him": the adults listed bring the invited child.
    if summary.is_none() && t.children == 0 && t.adults == 1 && t.total == 1 {
        t.add_child();
    }
    // "Lo lleva su abuela y lo recoge a las 8": a child dropped off and
    // nobody else named is the one invited child.
    if t.total == 0 && listed.dropoff && verdicts.iter().any(|v| v.answer == Answer::Yes) {
        t.add_child();
    }
    let (total, explicit) = match stated {
        Some(n) => (Some(n), true),
        None => (
            (t.total > 0).then_some(t.total),
            listed.explicit || summary.is_some(),
        ),
    };
    let split = total.is_some_and(|n| n == t.total) && t.untyped() == 0;
    let children = (split && t.children > 0).then_some(t.children);
    let adults = if !split {
        None
    } else if t.adults > 0 {
        Some(t.adults)
    } else if t.children > 0 && listed.dropoff {
        Some(0)
    } else {
        None
    };
    Headcount {
        total,
        explicit,
        children,
        adults,
    }
}

/// People listed in the reply's clauses.
struct Listed {
    tally: Tally,
    explicit: bool,
    /// A parent drops the children off ("I'll drop him off").
    dropoff: bool,
}

/// A stated total: "3 of us", "2+2".
fn stated_count(clauses: &[Clause], verdicts: &[Verdict], cues: &Cues) -> Option<u32> {
    let verdict_of = |i: usize| verdicts.iter().find(|v| v.clause == i).map(|v| v.answer);
    let live: Vec<&Clause> = clauses
        .iter()
        .enumerate()
        .filter(|(i, c)| !c.question && verdict_of(*i) != Some(Answer::No))
        .map(|(_, c)| c)
        .collect();
    for c in &live {
        if let Some(n) = cues.stated_total(&c.count_norm) {
            return Some(n);
        }
    }
    // "Quindi tre.", "So 3.", "Znači dvoje.": a bare number after a summing
    // word.
    for c in &live {
        let (numbers, words): (Vec<&String>, Vec<&String>) = c
            .count_norm
            .tokens
            .iter()
            .partition(|t| cues.number(t).is_some());
        if let [n] = numbers[..]
            && words.iter().any(|w| SUMMING_WORDS.contains(&w.as_str()))
            && words.iter().all(|w| is_summary_word(w))
            && cues.number(n).is_some_and(|n| (1..=12).contains(&n))
        {
            return cues.number(n);
        }
    }
    for c in live.iter().filter(|c| c.raw.contains('+')) {
        if let Some(caps) = PLUS_SUM.captures(&c.raw) {
            let sum: u32 = (1..=3)
                .filter_map(|g| caps.get(g))
                .filter_map(|m| m.as_str().parse::<u32>().ok())
                .sum();
            if sum > 0 {
                return Some(sum);
            }
        }
    }
    None
}

fn list_people(clauses: &[Clause], verdicts: &[Verdict], cues: &Cues, reading: u32) -> Listed {
    let verdict_of = |i: usize| verdicts.iter().find(|v| v.clause == i).map(|v| v.answer);
    let sentence_yes = |s: usize| {
        verdicts.iter().any(|v| {
            clauses[v.clause].sentence == s && matches!(v.answer, Answer::Yes | Answer::Maybe)
        })
    };
    // A sentence that lists people joined by "and"/"+" ("Zara, her 3
    // brothers, my husband and me").
    let sentence_lists = |s: usize| {
        let in_sentence = clauses.iter().filter(|c| c.sentence == s);
        let mut people = 0;
        let mut conj = false;
        for c in in_sentence {
            people += c
                .count_hits
                .iter()
                .filter(|h| {
                    h.is(Cat::SelfRef)
                        || h.is(Cat::Companion)
                        || h.is(Cat::Pair)
                        || h.is(Cat::PeopleNoun)
                })
                .count();
            people += c.names.len();
            conj |= c.count_hits.iter().any(|h| h.is(Cat::Conj));
        }
        people >= 3 && conj
    };
    let mut tally = Tally::default();
    let mut explicit = false;
    let mut any_dropoff = false;
    let mut names: Vec<String> = Vec::new();
    let mut self_counted = false;
    for (i, c) in clauses.iter().enumerate() {
        if c.question || verdict_of(i) == Some(Answer::No) {
            continue;
        }
        let hits: Vec<&Hit> = c.count_hits.iter().filter(|h| !h.is(Cat::Mask)).collect();
        // "Hi Dana": a greeting names the host. "Hiya, yes Ivy + me" goes on
        // past it, leaving out the word just after the greeting.
        let greeting = hits
            .first()
            .filter(|h| h.is(Cat::Greeting) && h.start <= 1)
            .map(|h| token_index(&c.count_norm.padded, h.end + 1));
        if greeting.is_some() && verdict_of(i).is_none() {
            continue;
        }
        let addressee = greeting.and_then(|at| c.count_norm.tokens.get(at));
        // "We have 2 little ones": having is not coming.
        let possess = hits.iter().any(|h| h.is(Cat::Possess))
            && verdict_of(i).is_none()
            && !hits.iter().any(|h| h.is(Cat::Verb) || h.is(Cat::Yes));
        if possess {
            continue;
        }
        let dropoff = hits.iter().any(|h| h.is(Cat::Dropoff));
        any_dropoff |= dropoff;
        let person = |h: &&&Hit| {
            h.is(Cat::SelfRef) || h.is(Cat::Companion) || h.is(Cat::Pair) || h.is(Cat::PeopleNoun)
        };
        let clause_names: Vec<String> = c
            .names_plain
            .iter()
            .filter(|n| addressee.is_none_or(|a| cues.normalize(n).tokens.join(" ") != *a))
            .cloned()
            .collect();
        let clause_names = &clause_names;
        // "Just Rafi and me." / "أنا وابنتي": a short list of people.
        let listing = verdict_of(i).is_none()
            && c.count_norm.tokens.len() <= 6
            && hits.iter().filter(person).count() + clause_names.len() >= 2
            && (hits.iter().any(|h| h.is(Cat::Conj))
                || (hits.iter().filter(person).count() > 0 && c.count_norm.tokens.len() <= 3));
        let only_thanks = !hits.is_empty()
            && hits
                .iter()
                .all(|h| h.is(Cat::Ack) || h.is(Cat::Filler) || h.is(Cat::Apology));
        let short = c.count_norm.tokens.len() <= 4;
        let attends = verdict_of(i).is_some()
            || listing
            || (short && (sentence_yes(c.sentence) || sentence_lists(c.sentence)) && !only_thanks)
            || hits.iter().any(|h| {
                h.is(Cat::Verb)
                    || h.is(Cat::Yes)
                    || (h.is(Cat::Stay) && !negated_before(h, &hits, &c.count_norm))
            });
        let conj = listing || hits.iter().any(|h| h.is(Cat::Conj));
        // "Adults: 1" form lines.
        let mut here = Tally::default();
        if c.after_colon
            && let Some(n) = c.count_norm.tokens.first().and_then(|t| cues.number(t))
            && c.count_norm.tokens.len() == 1
            && let Some(key) = i.checked_sub(1).and_then(|k| clauses.get(k))
            && let Some(noun) = key.count_hits.iter().find(|h| h.is(Cat::PeopleNoun))
        {
            here.add(n, Some(noun));
        }
        here.add_tally(numbered_people(&hits, &c.count_norm, cues));
        if here.total == 0 {
            // "2+2 (two kids, two grown-ups)": the aside holds the numbers.
            let full: Vec<&Hit> = c.hits.iter().filter(|h| !h.is(Cat::Mask)).collect();
            here.add_tally(numbered_people(&full, &c.norm, cues));
        }
        let people_here = here.total;
        explicit |= people_here > 0;
        let mut others = 0u32;
        // "Her dad brings her and stays": a companion who stays is a guest.
        let someone_stays = hits
            .iter()
            .any(|h| h.is(Cat::Stay) && !negated_before(h, &hits, &c.count_norm));
        for h in &hits {
            if h.is(Cat::Companion) && (!dropoff || someone_stays) && (attends || conj) {
                // "her sister Rose" is one person: the name is counted.
                let next = token_index(&c.count_norm.padded, h.end + 1);
                let named = c.count_norm.tokens.get(next).is_some_and(|t| {
                    clause_names
                        .iter()
                        .any(|n| cues.normalize(n).tokens.join(" ") == *t)
                });
                if !named {
                    others += 1;
                    here.add(1, Some(h));
                }
            }
        }
        if attends || conj {
            for n in clause_names {
                if !names.contains(n) {
                    names.push(n.clone());
                }
            }
        }
        let pronoun_child = names.is_empty()
            && attends
            && hits.iter().any(|h| {
                h.is(Cat::ChildPronoun) && token_index(&c.count_norm.padded, h.start) <= 1
            });
        if pronoun_child && people_here == 0 {
            others += 1;
            here.add_child();
        }
        // "ja" is "yes" in German and "I" in Polish: an answer word is not a
        // person; "Ben" is a name before it is Turkish for "I".
        let name_keys: Vec<String> = clause_names
            .iter()
            .map(|n| cues.normalize(n).tokens.join(" "))
            .collect();
        let self_at = c
            .count_norm
            .tokens
            .iter()
            .position(|t| cues.is_self_word(t, reading) && !name_keys.contains(t));
        let not_staying = hits
            .iter()
            .any(|h| h.is(Cat::Stay) && negated_before(h, &hits, &c.count_norm));
        // The writer who cannot stay leaves the child: no adult is counted.
        any_dropoff |= not_staying;
        if let Some(ti) = self_at
            && !self_counted
            && !dropoff
            && !not_staying
            && !hits
                .iter()
                .any(|h| h.is(Cat::WeakNo) || h.is(Cat::Absent) || h.is(Cat::No))
        {
            let near_conj = hits.iter().any(|h| {
                h.is(Cat::Conj) && token_index(&c.count_norm.padded, h.start).abs_diff(ti) <= 2
            });
            // "I can't stay" leaves the writer out.
            let stays = hits.iter().any(|h| {
                h.is(Cat::Stay) && !h.is(Cat::Verb) && !negated_before(h, &hits, &c.count_norm)
            });
            let just_me = ti <= 2 && c.count_norm.tokens.len() <= 3 && attends;
            let with_others = !clause_names.is_empty() || others > 0 || people_here > 0;
            if near_conj || stays || just_me || listing || (attends && ti <= 2 && with_others) {
                here.add_adult();
                self_counted = true;
            }
        }
        tally.add_tally(here);
    }
    // Names are the children's.
    let n_names = names.len() as u32;
    tally.total += n_names;
    tally.children += n_names;
    Listed {
        tally,
        explicit,
        dropoff: any_dropoff,
    }
}

/// A time of day: "17:30", "5.30pm", "5pm", "17 Uhr", "17h30", "à 17h".
static CLOCK_TIME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?i)\b\d{1,2}(?:[:.h]\d{2}\s*(?:am|pm|uhr|h)?|\s*(?:am|pm|uhr|h|hs|heures?|ore|godz)\b)",
    )
    .expect("literal regex compiles")
});

/// The sentences worth showing the host: questions and notes (allergies,
/// leaving early); the whole text when nothing was decided.
fn make_note(
    clauses: &[Clause],
    sentence_texts: &[String],
    answer: Option<Answer>,
    text: &str,
    cues: &Cues,
) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for c in clauses {
        let note_worthy = c.question
            || c.hits
                .iter()
                .any(|h| (h.is(Cat::Note) || h.is(Cat::Dropoff)) && !h.is(Cat::Mask))
            || c.hits.iter().any(|h| h.is(Cat::Diet))
            || cues.has_note_stem(&c.norm.padded)
            || (c.raw.bytes().any(|b| b.is_ascii_digit()) && CLOCK_TIME.is_match(&c.raw));
        let sentence = sentence_texts
            .get(c.sentence)
            .map_or(c.raw.as_str(), |s| s.as_str());
        if note_worthy && !parts.contains(&sentence.trim()) {
            parts.push(sentence.trim());
        }
    }
    let mut note = if parts.is_empty() {
        if answer.is_none() || answer == Some(Answer::Unclear) {
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        } else {
            String::new()
        }
    } else {
        parts.join(" ")
    };
    if note.chars().count() > 300 {
        note = note.chars().take(297).collect::<String>() + "…";
    }
    (!note.trim().is_empty()).then_some(note)
}
