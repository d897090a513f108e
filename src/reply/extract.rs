//! The fresh text of a reply: the body without the quoted original,
//! attribution lines, Outlook header blocks, signatures, mobile footers and
//! disclaimers; lines of what rsvpd sent are quoted whatever the markers.
//!
//! Owns quote and signature stripping. Must never decide an answer, and
//! never scan a line more than a constant number of times.

use std::collections::HashSet;
use std::panic::{AssertUnwindSafe, catch_unwind};

use super::cues::Cues;
use super::text::{is_ignorable, tokenize};

/// Lines of body text examined; a reply's fresh text comes first.
pub const MAX_LINES: usize = 5000;

/// The fresh text and what was removed to find it.
#[derive(Debug, Clone, Default)]
pub struct Fresh {
    pub text: String,
    pub evidence: Vec<String>,
}

/// What rsvpd sent the family, prepared for line lookups.
#[derive(Debug, Default)]
pub struct SentText {
    lines: HashSet<String>,
    shingles: HashSet<u64>,
    pub subjects: Vec<String>,
}

const SHINGLE: usize = 5;

fn hash_words(words: &[String]) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    words.hash(&mut h);
    h.finish()
}

impl SentText {
    /// Index the texts rsvpd sent. A text that is a whole message (headers,
    /// MIME) is parsed first so that its decoded body is indexed.
    pub fn new(sent: &[String]) -> SentText {
        let mut s = SentText::default();
        for text in sent.iter().take(20) {
            let (body, subject) = decode_if_message(text);
            if let Some(subject) = subject {
                s.subjects.push(subject);
            }
            let mut all_words = Vec::new();
            for line in body.lines().take(MAX_LINES) {
                let words = tokenize(strip_quote_markers(line));
                if words.len() >= 3 {
                    s.lines.insert(words.join(" "));
                }
                all_words.extend(words);
            }
            for w in all_words.windows(SHINGLE).take(200_000) {
                s.shingles.insert(hash_words(w));
            }
        }
        s
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// Is this reply line a line of what rsvpd sent?
    pub fn contains_line(&self, line: &str) -> bool {
        if self.is_empty() {
            return false;
        }
        let words = tokenize(strip_quote_markers(line));
        if words.len() < 3 {
            return false;
        }
        if self.lines.contains(&words.join(" ")) {
            return true;
        }
        if words.len() < SHINGLE + 1 {
            return false;
        }
        let windows: Vec<u64> = words.windows(SHINGLE).map(hash_words).collect();
        let found = windows.iter().filter(|h| self.shingles.contains(h)).count();
        found * 10 >= windows.len() * 8
    }
}

fn decode_if_message(text: &str) -> (String, Option<String>) {
    let head = text.get(..text.len().min(4096)).unwrap_or(text);
    let looks_like_message = head.lines().next().is_some_and(|l| {
        l.split_once(':').is_some_and(|(n, _)| {
            !n.is_empty() && n.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    }) && (head.contains("\nSubject:") || head.starts_with("Subject:"));
    if !looks_like_message {
        return (text.to_string(), None);
    }
    match super::parse::parse(text.as_bytes()) {
        Ok(p) => {
            let body = match (p.text, p.html) {
                (Some(t), _) => t,
                (None, Some(h)) => html_to_text(&h).unwrap_or_default(),
                (None, None) => String::new(),
            };
            (body, Some(p.subject))
        }
        Err(_) => (text.to_string(), None),
    }
}

fn strip_quote_markers(line: &str) -> &str {
    line.trim_start_matches(|c: char| c == '>' || c == '|' || c.is_whitespace())
}

/// HTML converted by html2text: larger or deeper documents are reduced to
/// their text by a linear tag stripper instead (html2text's work grows with
/// nesting, and its recursion could exhaust the stack).
pub const MAX_HTML2TEXT_BYTES: usize = 96 * 1024;
/// Element nesting above which html2text is not used.
pub const MAX_HTML_DEPTH: usize = 256;

/// HTML to plain text with blockquotes as `> ` lines. `None` when the
/// converter fails or panics.
pub fn html_to_text(html: &str) -> Option<String> {
    let html = cut_html_quote(html);
    if html.len() > MAX_HTML2TEXT_BYTES || html_depth_exceeds(html, MAX_HTML_DEPTH) {
        return Some(strip_tags(html));
    }
    let converted = catch_unwind(AssertUnwindSafe(|| {
        html2text::config::plain_no_decorate()
            .allow_width_overflow()
            .string_from_read(html.as_bytes(), 200)
    }));
    match converted {
        Ok(Ok(text)) => Some(text),
        _ => None,
    }
}

/// Containers under which webmail clients put the whole quoted original.
const HTML_QUOTE_MARKERS: &[&str] = &[
    "class=\"gmail_quote",
    "id=\"divrplyfwdmsg\"",
    "id=\"appendonsend\"",
    "class=\"yahoo_quoted",
    "id=\"yahoo_quoted",
    "class=\"moz-cite-prefix\"",
    "name=\"quote\"",
    "class=\"zmail_extra",
    "class=\"protonmail_quote\"",
    "type=\"cite\"",
];

/// The HTML before the first quote container (at its tag's `<`). Content
/// after it is quoted; cutting there also spares html2text the original.
fn cut_html_quote(html: &str) -> &str {
    let lower = html.to_ascii_lowercase();
    let first = HTML_QUOTE_MARKERS
        .iter()
        .filter_map(|m| lower.find(m))
        .min();
    match first.and_then(|at| html[..at].rfind('<')) {
        Some(tag_start) if html.is_char_boundary(tag_start) => &html[..tag_start],
        _ => html,
    }
}

/// Void elements never nest.
const VOID: &[&str] = &[
    "br", "hr", "img", "meta", "link", "input", "wbr", "col", "area", "base", "source", "!--",
    "!doctype",
];

fn tag_name(tag: &str) -> String {
    tag.trim_start_matches('/')
        .split(|c: char| c.is_whitespace() || c == '>' || c == '/')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase()
}

/// Does element nesting (open tags minus close tags) ever pass `limit`?
fn html_depth_exceeds(html: &str, limit: usize) -> bool {
    let mut depth: usize = 0;
    for piece in html.split('<').skip(1) {
        let tag = piece.split('>').next().unwrap_or_default();
        if tag.starts_with('/') {
            depth = depth.saturating_sub(1);
        } else if !tag.ends_with('/') && !VOID.contains(&tag_name(tag).as_str()) {
            depth += 1;
            if depth > limit {
                return true;
            }
        }
    }
    false
}

/// Text of an HTML document without html2text: tags dropped, block ends as
/// line breaks, blockquotes marked `> `, a few entities decoded. Linear.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len().min(MAX_HTML2TEXT_BYTES));
    let mut quote_depth: usize = 0;
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        push_text(&mut out, &rest[..i], quote_depth);
        let after = &rest[i + 1..];
        let end = after.find('>').map_or(after.len(), |e| e + 1);
        let tag = &after[..end.saturating_sub(1).min(after.len())];
        let name = tag_name(tag);
        match name.as_str() {
            "blockquote" if tag.starts_with('/') => quote_depth = quote_depth.saturating_sub(1),
            "blockquote" => quote_depth = (quote_depth + 1).min(8),
            "br" | "div" | "p" | "tr" | "li" | "h1" | "h2" | "h3" | "table" => out.push('\n'),
            _ => {}
        }
        rest = &after[end.min(after.len())..];
        if out.len() > super::parse::MAX_TEXT_CHARS {
            break;
        }
    }
    push_text(&mut out, rest, quote_depth);
    out.replace("&nbsp;", " ")
        .replace("&#39;", "'")
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

fn push_text(out: &mut String, text: &str, quote_depth: usize) {
    if text.trim().is_empty() {
        return;
    }
    if quote_depth > 0 && (out.is_empty() || out.ends_with('\n')) {
        out.push_str(&"> ".repeat(quote_depth));
    }
    out.push_str(text);
}

fn trim_marks(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || is_ignorable(c))
}

fn is_quoted(line: &str) -> bool {
    trim_marks(line).starts_with('>')
}

fn normalized(line: &str, cues: &Cues) -> String {
    cues.normalize(line).padded
}

/// If an attribution line ("On … wrote:") starts at `i`, how many lines it spans.
fn attribution_len(lines: &[&str], i: usize, cues: &Cues) -> Option<usize> {
    // Cheap test first: one of the next three lines must end like an attribution.
    let ends_like_one = lines.iter().skip(i).take(3).any(|l| {
        let t = l.trim_end_matches(|c: char| c.is_whitespace() || is_ignorable(c));
        t.ends_with(':') || t.ends_with('：') || t.ends_with('-')
    });
    if !ends_like_one {
        return None;
    }
    let mut joined = String::new();
    for k in 0..3 {
        let line = *lines.get(i + k)?;
        let t = trim_marks(line);
        if t.is_empty() || (k > 0 && is_quoted(line)) {
            return None;
        }
        // A wrapped attribution starts with its date or address, never with
        // a finished sentence.
        if k == 1 {
            let first = trim_marks(lines[i]);
            if first.ends_with(['.', '!', '?'])
                || !first.chars().any(|c| c.is_ascii_digit() || c == '@')
            {
                return None;
            }
        }
        if !joined.is_empty() {
            joined.push(' ');
        }
        joined.push_str(t);
        let end = trim_marks(joined.trim_end_matches(['-', ' ', '\u{202c}', '\u{200f}']));
        // Zoho frames it in dashes instead: "---- On … wrote ----".
        let framed = joined.trim_end().ends_with("--") && joined.trim_start().starts_with("--");
        if !(end.ends_with(':') || end.ends_with('：') || framed) {
            continue;
        }
        if joined.chars().count() > 400 {
            return None;
        }
        let next_quoted = lines[i + k + 1..]
            .iter()
            .take(3)
            .find(|l| !trim_marks(l).is_empty())
            .is_some_and(|l| is_quoted(l));
        let has_detail = joined.contains('@') || joined.chars().any(|c| c.is_ascii_digit());
        let norm = normalized(&joined, cues);
        let has_verb = cues.lines.wrote.iter().any(|w| norm.contains(w.as_str()));
        // "On … wrote:", or mutt's "* Name <addr> [date]:" right above a quote.
        if (has_verb && (has_detail || next_quoted)) || (joined.contains('@') && next_quoted) {
            return Some(k + 1);
        }
    }
    None
}

/// The header role of a quoted-header line ("From: …", "*Von:* …").
fn header_key(line: &str, cues: &Cues) -> Option<bool> {
    let t = trim_marks(line).trim_start_matches('*');
    let (key, _) = t.split_once([':', '：'])?;
    if key.chars().count() > 30 {
        return None;
    }
    let key = cues
        .normalize(key.trim_end_matches(['*', ' ']))
        .tokens
        .join(" ");
    if cues.lines.header_from.contains(&key) {
        Some(true)
    } else if cues.lines.header_other.contains(&key) {
        Some(false)
    } else {
        None
    }
}

/// An Outlook-style quoted header block starts at `i`.
fn header_block_at(lines: &[&str], i: usize, cues: &Cues) -> bool {
    if header_key(lines[i], cues).is_none() {
        return false;
    }
    let mut n_keys = 0;
    let mut has_from = false;
    for line in lines.iter().skip(i).take(6) {
        if let Some(from) = header_key(line, cues) {
            n_keys += 1;
            has_from |= from;
        }
    }
    n_keys >= 2 && has_from
}

fn is_separator(t: &str) -> bool {
    t.chars().count() >= 8
        && t.chars()
            .all(|c| c == '_' || c == '-' || c == '=' || c == '—')
}

fn starts_with_phrase(norm: &str, list: &[String]) -> Option<String> {
    list.iter()
        .find(|p| norm.starts_with(p.as_str()))
        .map(|p| p.trim().to_string())
}

fn contains_phrase(norm: &str, list: &[String]) -> Option<String> {
    list.iter()
        .find(|p| norm.contains(p.as_str()))
        .map(|p| p.trim().to_string())
}

/// Find the fresh text of a body.
pub fn fresh_text(body: &str, sent: &SentText, cues: &Cues) -> Fresh {
    let lines: Vec<&str> = body.lines().take(MAX_LINES).collect();
    let mut kept: Vec<&str> = Vec::new();
    // Whether each kept line holds the invitation's own request.
    let mut request_at: Option<usize> = None;
    let mut evidence = Vec::new();
    let mut quoted = 0usize;
    let mut sent_hits: Vec<usize> = Vec::new();
    let mut i = 0;
    'scan: while i < lines.len() {
        let line = lines[i];
        let t = trim_marks(line);
        if t.starts_with('>') {
            quoted += 1;
            i += 1;
            continue;
        }
        if t.is_empty() {
            kept.push("");
            i += 1;
            continue;
        }
        if let Some(n) = attribution_len(&lines, i, cues) {
            let next = lines[i + n..].iter().find(|l| !trim_marks(l).is_empty());
            if next.is_some_and(|l| is_quoted(l)) {
                evidence.push("quote: attribution line".to_string());
                i += n;
                continue;
            }
            evidence.push("quote: attribution line, original below".to_string());
            break 'scan;
        }
        if is_separator(t) {
            let next = (i + 1..lines.len().min(i + 4)).find(|j| !trim_marks(lines[*j]).is_empty());
            if next.is_some_and(|j| header_block_at(&lines, j, cues)) {
                evidence.push("quote: header block".to_string());
                break 'scan;
            }
            if t.starts_with("--") && t.chars().count() <= 3 {
                evidence.push("signature".to_string());
                break 'scan;
            }
        }
        if t == "--" || t == "—" || t == "-- " || t == "__" {
            evidence.push("signature".to_string());
            break 'scan;
        }
        if header_block_at(&lines, i, cues) {
            evidence.push("quote: header block".to_string());
            break 'scan;
        }
        let norm = normalized(t, cues);
        let short = t.chars().count() <= 120;
        if request_at.is_none()
            && cues
                .lines
                .invite_request
                .iter()
                .any(|p| norm.contains(p.as_str()))
        {
            request_at = Some(kept.len());
        }
        if short
            && (t.contains("--") || t.contains("__"))
            && let Some(p) = contains_phrase(&norm, &cues.lines.original)
        {
            evidence.push(format!("quote: \"{p}\" marker"));
            break 'scan;
        }
        if short && let Some(p) = starts_with_phrase(&norm, &cues.lines.footer) {
            evidence.push(format!("footer: \"{p}\""));
            break 'scan;
        }
        if (t.chars().count() > 60 || starts_with_phrase(&norm, &cues.lines.disclaimer).is_some())
            && let Some(p) = contains_phrase(&norm, &cues.lines.disclaimer)
        {
            evidence.push(format!("disclaimer: \"{p}\""));
            break 'scan;
        }
        if sent.contains_line(t) {
            sent_hits.push(kept.len());
            kept.push("");
            i += 1;
            continue;
        }
        kept.push(line);
        i += 1;
    }
    if quoted > 0 {
        evidence.push(format!("quote: {quoted} '>' lines"));
    }
    // The invitation's own "reply yes, no or maybe" below fresh text: the
    // unmarked quote begins with its paragraph.
    if let Some(at) = request_at.filter(|at| *at < kept.len()) {
        let para = kept[..at]
            .iter()
            .rposition(|l| trim_marks(l).is_empty())
            .map_or(0, |b| b + 1);
        let fresh_before = kept[..para].iter().any(|l| !trim_marks(l).is_empty());
        if fresh_before {
            kept.truncate(para);
        } else {
            kept[at] = "";
        }
        evidence.push("quote: the invitation's own request".to_string());
    }
    if sent_hits.len() >= 2 {
        // A run of lines we sent: the quote began at the first of them.
        kept.truncate(sent_hits[0]);
        evidence.push(format!(
            "quote: {} lines of our own message",
            sent_hits.len()
        ));
    } else if sent_hits.len() == 1 {
        evidence.push("quote: 1 line of our own message".to_string());
    }
    strip_signature(&mut kept, cues, &mut evidence);
    let text = kept.join("\n").trim().to_string();
    Fresh { text, evidence }
}

fn is_signature_line(t: &str) -> bool {
    let t = trim_marks(t);
    if t.is_empty() {
        return true;
    }
    if t.contains('@') || t.contains("http") || t.contains('|') || t.contains("www.") {
        return true;
    }
    let digits = t.chars().filter(|c| c.is_ascii_digit()).count();
    if digits >= 6 {
        return true;
    }
    let words: Vec<&str> = t.split_whitespace().collect();
    if words.len() > 6 {
        return false;
    }
    let capitalized = words
        .iter()
        .filter(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
        .count();
    capitalized * 2 >= words.len() && !t.ends_with(['.', '!', '?'])
}

/// Drop a closing ("Best regards") and the name lines after it, and a lone
/// sign-off name at the end.
fn strip_signature(kept: &mut Vec<&str>, cues: &Cues, evidence: &mut Vec<String>) {
    while kept.last().is_some_and(|l| trim_marks(l).is_empty()) {
        kept.pop();
    }
    let n = kept.len();
    let start = n.saturating_sub(8);
    for c in start..n {
        let t = trim_marks(kept[c]);
        if t.is_empty() || t.chars().count() > 40 {
            continue;
        }
        let key = cues.normalize(t).tokens.join(" ");
        // "Liebe Grüße, Birgit" and "Thanks, Dov" close too.
        let head = cues
            .normalize(t.split(',').next().unwrap_or(t))
            .tokens
            .join(" ");
        if !(cues.lines.closing.contains(&key) || cues.lines.closing.contains(&head)) {
            continue;
        }
        if c == 0 {
            continue;
        }
        if kept[c + 1..].iter().all(|l| is_signature_line(l)) {
            evidence.push(format!("signature: closing \"{t}\""));
            kept.truncate(c);
            break;
        }
    }
    while kept.last().is_some_and(|l| trim_marks(l).is_empty()) {
        kept.pop();
    }
    strip_signature_block(kept, cues, evidence);
    // A lone name as the last line ("Dov", "Carmen", "- Anna").
    if kept.len() >= 2
        && let Some(last) = kept.last()
    {
        let t = trim_marks(last).trim_start_matches(['-', '–', '—', '~', ' ']);
        let words: Vec<&str> = t.split_whitespace().collect();
        let is_name = !words.is_empty()
            && words.len() <= 3
            && t.chars().count() <= 30
            && words
                .iter()
                .all(|w| w.chars().next().is_some_and(char::is_uppercase))
            && !t.ends_with(['.', '!', '?', ':'])
            && !cues.find(&cues.normalize(t).padded).iter().any(|h| {
                h.is(super::cues::Cat::Yes)
                    || h.is(super::cues::Cat::No)
                    || h.is(super::cues::Cat::YesWord)
                    || h.is(super::cues::Cat::NoWord)
                    || h.is(super::cues::Cat::Maybe)
            });
        if is_name {
            evidence.push(format!("signature: name \"{t}\""));
            kept.pop();
        }
    }
}

fn has_answer_cue(text: &str, cues: &Cues) -> bool {
    use super::cues::Cat;
    cues.find(&cues.normalize(text).padded).iter().any(|h| {
        [
            Cat::Yes,
            Cat::No,
            Cat::YesWord,
            Cat::NoWord,
            Cat::Maybe,
            Cat::Verb,
            Cat::Wish,
        ]
        .iter()
        .any(|c| h.is(*c))
    })
}

fn is_name_line(t: &str) -> bool {
    let t = trim_marks(t);
    let words: Vec<&str> = t.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && t.chars().count() <= 50
        && !t.ends_with(['.', '!', '?', ':'])
        && words
            .iter()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
            .count()
            * 2
            >= words.len()
}

/// A block after a blank line that starts with a name ("Paul Ingram |
/// Director", a role, a phone number) and holds no answer: the signature.
fn strip_signature_block(kept: &mut Vec<&str>, cues: &Cues, evidence: &mut Vec<String>) {
    let n = kept.len();
    let first_content = kept
        .iter()
        .position(|l| !trim_marks(l).is_empty())
        .unwrap_or(n);
    for start in n.saturating_sub(8)..n {
        if start <= first_content || !trim_marks(kept[start - 1]).is_empty() {
            continue;
        }
        if !is_name_line(kept[start]) {
            continue;
        }
        let block = &kept[start..];
        let all_signature = block.iter().all(|l| is_signature_line(l));
        let no_answer = !block.iter().any(|l| has_answer_cue(l, cues));
        if all_signature || (no_answer && block.len() >= 2) {
            evidence.push(format!(
                "signature: block from \"{}\"",
                trim_marks(kept[start])
            ));
            kept.truncate(start);
            while kept.last().is_some_and(|l| trim_marks(l).is_empty()) {
                kept.pop();
            }
            return;
        }
    }
}
