//! Text normalization shared by cue loading and matching: lowercase, folded
//! accents, straight apostrophes, typo and contraction repair, one space
//! between tokens.
//!
//! Must never allocate more than a small multiple of its input, and never
//! look anything up outside the cue data.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the cue tables hold short fixed keys that strangers cannot add
/// to, so a fast non-keyed hash is safe here.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A map over the cue tables.
pub type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set over the cue tables.
pub type FastSet<K> = std::collections::HashSet<K, BuildHasherDefault<Fnv>>;

/// One normalized clause: `padded` is `" tok tok "`, ready for phrase search.
#[derive(Debug, Clone, Default)]
pub struct Normalized {
    pub padded: String,
    pub tokens: Vec<String>,
}

/// Is `c` written without spaces between words (phrases match inside words)?
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF // CJK
        | 0xAC00..=0xD7AF) // Hangul
}

/// Emoji and pictographs: each is a token of its own.
pub fn is_emoji(c: char) -> bool {
    matches!(c as u32,
        0x1F000..=0x1FAFF | 0x2600..=0x27BF | 0x2B50 | 0x2B55)
}

/// Characters dropped before matching: emoji modifiers, joiners, bidi marks,
/// combining accents.
pub fn is_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x1F3FB..=0x1F3FF | 0xFE0E | 0xFE0F | 0x200B..=0x200F | 0x202A..=0x202E
        | 0x2066..=0x2069 | 0x0300..=0x036F | 0x00AD | 0xFEFF)
}

/// Fold one lowercase character to ASCII-ish Latin when it carries an accent.
fn fold(c: char, out: &mut String) {
    let s = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' | 'ā' => "a",
        'ç' | 'ć' | 'č' => "c",
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ē' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ı' | 'ī' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ő' | 'ō' => "o",
        'ù' | 'ú' | 'û' | 'ü' | 'ű' | 'ū' | 'ů' => "u",
        'ý' | 'ÿ' => "y",
        'ß' => "ss",
        'ł' => "l",
        'ś' | 'š' | 'ş' => "s",
        'ź' | 'ż' | 'ž' => "z",
        'ğ' => "g",
        'đ' | 'ď' => "d",
        'ř' => "r",
        'ť' => "t",
        'œ' => "oe",
        'æ' => "ae",
        '’' | '‘' | '`' | '´' | 'ʼ' => "'",
        // Cyrillic, transliterated so that Serbian Cyrillic meets the
        // Latin cues and Russian/Ukrainian cues are written once.
        'а' => "a",
        'б' => "b",
        'в' => "v",
        'г' | 'ґ' => "g",
        'д' => "d",
        'ђ' => "d",
        'е' | 'ё' | 'э' => "e",
        'є' => "je",
        'ж' => "z",
        'з' => "z",
        'и' => "i",
        'і' => "i",
        'ї' => "ji",
        'й' | 'ј' => "j",
        'к' => "k",
        'л' => "l",
        'љ' => "lj",
        'м' => "m",
        'н' => "n",
        'њ' => "nj",
        'о' => "o",
        'п' => "p",
        'р' => "r",
        'с' => "s",
        'т' => "t",
        'ћ' => "c",
        'у' => "u",
        'ф' => "f",
        'х' => "h",
        'ц' | 'ч' => "c",
        'џ' => "dz",
        'ш' => "s",
        'щ' => "sc",
        'ъ' | 'ь' => "",
        'ы' => "y",
        'ю' => "ju",
        'я' => "ja",
        _ => {
            out.push(c);
            return;
        }
    };
    out.push_str(s);
}

/// Split text into normalized tokens (lowercase, folded). Punctuation is
/// dropped except `+` and `&` (they join people in a head-count).
pub fn tokenize(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut cur = String::new();
    // Spanish "sí" (yes) and "si" (if), "sé" (I know) and "se" (a reflexive:
    // "no se lo pierde") differ only by the accent; keep it. Bit 1: í, 2: é.
    let mut accents = 0u8;
    let mut prev_digit = false;
    let mut prev_unspaced = false;
    let flush = |cur: &mut String, tokens: &mut Vec<String>, accents: &mut u8| {
        if *accents & 1 != 0 && cur == "si" {
            cur.clear();
            cur.push_str("sí");
        } else if *accents & 2 != 0 && cur == "se" {
            cur.clear();
            cur.push_str("sé");
        }
        *accents = 0;
        let mut t = cur.trim_matches('\'');
        // Arabic attaches "and" (و) to the next word: "وابنتي" is "and my daughter".
        if t.starts_with('و') && t.chars().count() > 3 {
            t = &t['و'.len_utf8()..];
        }
        if !t.is_empty() {
            tokens.push(collapse_repeats(t));
        }
        cur.clear();
    };
    for ch in text.chars() {
        if ch.is_ascii() {
            // Fast path for ASCII: no accents, no scripts, no emoji.
            let c = ch.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || c == '\'' {
                let digit = c.is_ascii_digit();
                if !cur.is_empty() && c != '\'' && (digit != prev_digit || prev_unspaced) {
                    flush(&mut cur, &mut tokens, &mut accents);
                }
                prev_unspaced = false;
                cur.push(c);
                prev_digit = digit;
            } else if c == '+' || c == '&' {
                flush(&mut cur, &mut tokens, &mut accents);
                tokens.push(c.to_string());
            } else {
                flush(&mut cur, &mut tokens, &mut accents);
            }
            continue;
        }
        if is_ignorable(ch) {
            continue;
        }
        for c in ch.to_lowercase() {
            if is_ignorable(c) {
                continue;
            }
            if is_emoji(c) {
                flush(&mut cur, &mut tokens, &mut accents);
                tokens.push(c.to_string());
                prev_digit = false;
            } else if c.is_alphanumeric()
                || c == '\''
                || c == '’'
                || c == '‘'
                || ('\u{0900}'..='\u{097F}').contains(&c)
            {
                let digit = c.is_ascii_digit();
                let unspaced = is_unspaced_script(c);
                // Split where digits meet letters and where CJK meets Latin
                // ("我和Kevin两个人").
                if !cur.is_empty()
                    && c != '\''
                    && (digit != prev_digit || unspaced != prev_unspaced)
                {
                    flush(&mut cur, &mut tokens, &mut accents);
                }
                prev_unspaced = unspaced;
                if c == 'í' || c == 'ì' {
                    accents |= 1;
                } else if c == 'é' {
                    accents |= 2;
                }
                fold(c, &mut cur);
                prev_digit = digit;
            } else if c == '+' || c == '&' {
                flush(&mut cur, &mut tokens, &mut accents);
                tokens.push(c.to_string());
            } else {
                flush(&mut cur, &mut tokens, &mut accents);
            }
        }
    }
    flush(&mut cur, &mut tokens, &mut accents);
    tokens
}

/// "yesss" → "yes", "noooo" → "no": three or more of one letter become one.
fn collapse_repeats(t: &str) -> String {
    let bytes = t.as_bytes();
    let has_run = bytes.windows(3).any(|w| w[0] == w[1] && w[1] == w[2]);
    if !has_run && t.is_ascii() {
        return t.to_string();
    }
    let mut out = String::with_capacity(t.len());
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut j = i;
        while j < chars.len() && chars[j] == c {
            j += 1;
        }
        let run = j - i;
        if run >= 3 && c.is_alphabetic() {
            out.push(c);
        } else {
            for _ in 0..run {
                out.push(c);
            }
        }
        i = j;
    }
    out
}

/// Tokenize and repair: two-token and one-token replacements from the cue
/// data (`can not` → `can't`, `cant` → `can't`, typos).
pub fn normalize(text: &str, repair: &FastMap<String, String>) -> Normalized {
    let raw = tokenize(text);
    let mut tokens: Vec<String> = Vec::with_capacity(raw.len());
    let mut i = 0;
    let mut pair = String::new();
    while i < raw.len() {
        // Two-token repairs start with a short token ("can not", "we will").
        if i + 1 < raw.len() && raw[i].len() <= 8 && raw[i + 1].len() <= 8 {
            pair.clear();
            pair.push_str(&raw[i]);
            pair.push(' ');
            pair.push_str(&raw[i + 1]);
            if let Some(rep) = repair.get(pair.as_str()) {
                tokens.extend(rep.split(' ').map(str::to_string));
                i += 2;
                continue;
            }
        }
        match repair.get(&raw[i]) {
            Some(rep) => tokens.extend(rep.split(' ').map(str::to_string)),
            None => tokens.push(fix_typo(&raw[i]).map_or_else(|| raw[i].clone(), str::to_string)),
        }
        i += 1;
    }
    let mut padded = String::with_capacity(text.len() + 2);
    padded.push(' ');
    for t in &tokens {
        padded.push_str(t);
        padded.push(' ');
    }
    Normalized { padded, tokens }
}

/// Long answer words people often mistype; a token one edit away from one
/// of them (and starting with the same two letters) is read as it.
const TYPO_TARGETS: &[&str] = &[
    "maybe",
    "definitely",
    "unfortunately",
    "probably",
    "absolutely",
    "coming",
    "possibly",
    "hopefully",
    "tentatively",
];

fn fix_typo(token: &str) -> Option<&'static str> {
    if token.len() < 5 || !token.is_ascii() {
        return None;
    }
    TYPO_TARGETS.iter().copied().find(|t| {
        *t != token
            && t.as_bytes()[..2] == token.as_bytes()[..2]
            && t.len().abs_diff(token.len()) <= 1
            && edit_distance_at_most_one(t.as_bytes(), token.as_bytes())
    })
}

/// One insertion, deletion, substitution or swap of neighbours.
fn edit_distance_at_most_one(a: &[u8], b: &[u8]) -> bool {
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() && a[i] == b[j] {
        i += 1;
        j += 1;
    }
    if i == a.len() || j == b.len() {
        return a.len().abs_diff(b.len()) <= 1;
    }
    let swapped = a.len() == b.len()
        && i + 1 < a.len()
        && a[i] == b[i + 1]
        && a[i + 1] == b[i]
        && a[i + 2..] == b[i + 2..];
    swapped || a[i + 1..] == b[j + 1..] || a[i + 1..] == b[j..] || a[i..] == b[j + 1..]
}
