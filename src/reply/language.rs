//! The language a reply's fresh text is written in, as an ISO 639-1 code:
//! from its script, then from the cue phrases and common words it uses
//! (each cue file is one language). Deterministic and explainable: the
//! words that decided are the cue data's.
//!
//! Must never decide an answer, and never look past the text it is given.

use super::cues::{Cues, Hit};

/// Letters per script, for the scripts that name a language by themselves.
#[derive(Debug, Default)]
struct Scripts {
    latin: usize,
    cyrillic: usize,
    ukrainian: bool,
    serbian: bool,
    /// Letters Russian has and Serbian does not.
    russian: bool,
    arabic: usize,
    devanagari: usize,
    han: usize,
    kana: usize,
    hangul: usize,
    greek: usize,
    hebrew: usize,
    thai: usize,
}

fn scripts(text: &str) -> Scripts {
    let mut s = Scripts::default();
    for c in text.chars() {
        match c as u32 {
            0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F => s.latin += 1,
            0x400..=0x4FF => {
                s.cyrillic += 1;
                s.ukrainian |= matches!(c, 'і' | 'ї' | 'є' | 'ґ' | 'І' | 'Ї' | 'Є' | 'Ґ');
                s.russian |= matches!(
                    c,
                    'ы' | 'э' | 'ъ' | 'щ' | 'ё' | 'й' | 'Ы' | 'Э' | 'Ъ' | 'Щ' | 'Ё' | 'Й'
                );
                s.serbian |= matches!(
                    c,
                    'ђ' | 'ј' | 'љ' | 'њ' | 'ћ' | 'џ' | 'Ђ' | 'Ј' | 'Љ' | 'Њ' | 'Ћ' | 'Џ'
                );
            }
            0x600..=0x6FF | 0x750..=0x77F => s.arabic += 1,
            0x900..=0x97F => s.devanagari += 1,
            0x3400..=0x4DBF | 0x4E00..=0x9FFF => s.han += 1,
            0x3040..=0x30FF => s.kana += 1,
            0xAC00..=0xD7AF => s.hangul += 1,
            0x370..=0x3FF => s.greek += 1,
            0x590..=0x5FF => s.hebrew += 1,
            0xE00..=0xE7F => s.thai += 1,
            _ => {}
        }
    }
    s
}

/// The language of `text`, whose clauses were normalized into `tokens` and
/// searched into `hits`. `None` when nothing in it is a word of a known
/// language (a bare 👍, a name).
pub fn detect<'a>(
    text: &str,
    clauses: impl Iterator<Item = (&'a [String], &'a [Hit])>,
    cues: &Cues,
) -> Option<&'static str> {
    let s = scripts(text);
    let mut scores = [0f32; 32];
    let mut add = |mask: u32, weight: f32| {
        let n = mask.count_ones();
        if n == 0 {
            return;
        }
        let share = weight / n as f32;
        for (i, score) in scores.iter_mut().enumerate() {
            if mask & (1 << i) != 0 {
                *score += share;
            }
        }
    };
    for (tokens, hits) in clauses {
        for t in tokens {
            // A word shared by several languages is weak evidence for each;
            // a cue word counts more than a common word.
            let cue = cues.word_langs.get(t.as_str()).copied().unwrap_or(0);
            let common = cues.common_langs.get(t.as_str()).copied().unwrap_or(0);
            add(cue | common, if cue != 0 { 1.0 } else { 0.5 });
        }
        // A phrase of several words is stronger evidence than its words.
        for h in hits.iter().filter(|h| h.text.contains(' ')) {
            add(h.langs, h.text.matches(' ').count() as f32 + 1.0);
        }
    }
    let score_of = |code: &str| {
        cues.languages
            .iter()
            .position(|l| *l == code)
            .map_or(0.0, |i| scores[i])
    };
    let others = [
        (s.cyrillic, "ru"),
        (s.arabic, "ar"),
        (s.devanagari, "hi"),
        (s.han + s.kana, "zh"),
        (s.hangul, "ko"),
        (s.greek, "el"),
        (s.hebrew, "he"),
        (s.thai, "th"),
    ];
    if let Some(&(n, code)) = others.iter().max_by_key(|(n, _)| *n)
        && n > 0
        && n >= s.latin
    {
        return Some(match code {
            "ru" if s.ukrainian => "uk",
            "ru" if s.serbian && !s.russian => "sr",
            // Cyrillic read with the Croatian cues (they are transliterated
            // alike) is Serbian.
            "ru" if !s.russian && score_of("hr") + score_of("sr") > score_of("ru") => "sr",
            "zh" if s.kana > 0 => "ja",
            other => other,
        });
    }
    let variant_bits: u32 = cues.variants.iter().map(|(v, _)| v).fold(0, |a, b| a | b);
    let (best, score) = scores
        .iter()
        .enumerate()
        .filter(|(i, _)| variant_bits & (1 << i) == 0)
        .fold(
            (0, 0f32),
            |acc, (i, s)| if *s > acc.1 { (i, *s) } else { acc },
        );
    if score <= 0.0 {
        return None;
    }
    // Serbian words in a reply read as Croatian make it Serbian.
    let best_bit = 1u32 << best;
    let variant = cues
        .variants
        .iter()
        .find(|(v, base)| *base == best_bit && scores[v.trailing_zeros() as usize] >= 0.5);
    cues.language_of(variant.map_or(best_bit, |(v, _)| *v))
}
