//! Language cue lists: data files under `cues/`, one per language, embedded
//! at build time and compiled once into one phrase automaton.
//!
//! Owns the cue vocabulary and the phrase search. Must never hold rules about
//! what a combination of cues means (that is `classify`), and never read
//! files at run time.

use super::text::{FastMap as HashMap, FastSet as HashSet};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use regex::Regex;
use serde::Deserialize;

use super::text::{Normalized, is_unspaced_script, normalize};

/// The embedded cue files, `(name, text)`.
pub const FILES: &[(&str, &str)] = &[
    ("common", include_str!("cues/common.toml")),
    ("en", include_str!("cues/en.toml")),
    ("es", include_str!("cues/es.toml")),
    ("fr", include_str!("cues/fr.toml")),
    ("de", include_str!("cues/de.toml")),
    ("pt", include_str!("cues/pt.toml")),
    ("it", include_str!("cues/it.toml")),
    ("nl", include_str!("cues/nl.toml")),
    ("pl", include_str!("cues/pl.toml")),
    ("tr", include_str!("cues/tr.toml")),
    ("hr", include_str!("cues/hr.toml")),
    ("zh", include_str!("cues/zh.toml")),
    ("ar", include_str!("cues/ar.toml")),
    ("hi", include_str!("cues/hi.toml")),
    ("ru", include_str!("cues/ru.toml")),
    ("cs", include_str!("cues/cs.toml")),
    ("sv", include_str!("cues/sv.toml")),
    ("ro", include_str!("cues/ro.toml")),
    ("sr", include_str!("cues/sr.toml")),
];

/// One cue file as written. Every list is optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct CueFile {
    pub lang: String,
    /// A language whose cues another file holds (Serbian in the Croatian
    /// file): its own `words` only tell it apart from that language.
    pub variant_of: String,
    /// Token repairs: typos and contractions (`"can not" = "can't"`).
    pub repair: HashMap<String, String>,
    /// Number words (`two = 2`).
    pub numbers: HashMap<String, u32>,
    /// Clear commitments: "we'll be there", "count us in".
    pub yes: Vec<String>,
    /// Commitments that count only at the end of a clause ("we're in").
    pub yes_final: Vec<String>,
    /// Wishful yeses ("we'd love to"): a yes, unless a "but" follows.
    pub wish: Vec<String>,
    /// The writer has not answered yet, or the mail is not a reply at all
    /// ("before I answer", "wrong email"): unclear unless a clear answer.
    pub pending: Vec<String>,
    /// Answer words that decide only when they stand alone in a clause.
    pub yes_word: Vec<String>,
    pub no: Vec<String>,
    pub no_word: Vec<String>,
    pub maybe: Vec<String>,
    /// Decline-leaning words ("unfortunately"): decide only without a
    /// stronger cue, or after a contrast ("yes, but sadly…").
    pub weak_no: Vec<String>,
    /// Apologies ("sorry"): a weak no alone, never promoted by a contrast.
    pub apology: Vec<String>,
    /// Deferrals without a lean ("let you know"): unclear.
    pub defer: Vec<String>,
    /// Bare acknowledgements ("thanks", "ok"): unclear.
    pub ack: Vec<String>,
    /// Phrases that contain cue words but are not cues ("no worries").
    pub mask: Vec<String>,
    /// Attendance verbs: yes alone, no after a negation.
    pub verb: Vec<String>,
    /// "miss": no alone, yes after a negation ("wouldn't miss it").
    pub antiverb: Vec<String>,
    pub neg: Vec<String>,
    /// Conditions that turn a yes into a maybe ("if", "as long as").
    pub cond: Vec<String>,
    pub contrast: Vec<String>,
    /// Change-of-mind markers: what follows outranks what came before.
    pub change: Vec<String>,
    /// "next year": turns a yes or maybe in its clause into a no.
    pub future: Vec<String>,
    /// Drop-off: the parent in that clause is not a guest.
    pub dropoff: Vec<String>,
    /// Staying: counts people for the head-count only.
    pub stay: Vec<String>,
    /// Clause openers that start a question without a question mark.
    pub question: Vec<String>,
    pub greeting: Vec<String>,
    /// Words that may stand beside a bare answer word ("no, sorry").
    pub filler: Vec<String>,
    /// The writer ("me", "moi", "ich").
    pub self_ref: Vec<String>,
    /// A child as subject ("she", "he"): one guest when they come.
    pub child_pronoun: Vec<String>,
    /// Words joining people ("and", "+").
    pub conj: Vec<String>,
    /// One-word "and"s that are English words too (Polish "i", Czech "a"):
    /// no cue phrase, only "and" in a reply read in their own language.
    pub and_word: Vec<String>,
    /// One more person ("my husband", "his cousin").
    pub companion: Vec<String>,
    /// Two people ("the twins", "both kids").
    pub pair: Vec<String>,
    /// Nouns counted after a number ("2 kids").
    pub people_noun: Vec<String>,
    /// Stated totals, `{n}` for the number ("{n} of us").
    pub total: Vec<String>,
    /// Topics worth a note for the host (allergies, leaving early).
    pub note: Vec<String>,
    /// Word parts that make a sentence a note wherever they occur in a
    /// word ("allerg" in "Nussallergie"), for compounds.
    pub note_stem: Vec<String>,
    /// Being somewhere else ("we'll be at my sister's", "estaremos en"):
    /// an absence, never an attendance.
    pub absent: Vec<String>,
    /// Having ("we have 2 little ones"): a number there is not a head-count.
    pub possess: Vec<String>,
    /// Eating and diets ("eat", "dairy"): a negation about them ("she can't
    /// eat nuts") is a note for the host, not a decline.
    pub diet: Vec<String>,
    /// The writer is not the child's parent ("I'm his au pair", "check with
    /// her parents"): whatever they answer is worth a parent's confirmation.
    pub proxy: Vec<String>,
    /// Capitalized words that are not names.
    pub not_name: Vec<String>,
    /// Attribution verbs ("wrote", "schrieb").
    pub wrote: Vec<String>,
    /// Quoted-header keys, by role.
    pub header_from: Vec<String>,
    pub header_other: Vec<String>,
    /// "-----Original Message-----" and forward markers.
    pub original: Vec<String>,
    /// Mobile and webmail footers ("sent from my iPhone").
    pub footer: Vec<String>,
    pub disclaimer: Vec<String>,
    pub closing: Vec<String>,
    /// Subjects of automatic replies ("automatic reply", "out of office").
    pub auto_subject: Vec<String>,
    /// Body phrases of automatic replies.
    pub auto_body: Vec<String>,
    /// Subject words of bounces ("undeliverable").
    pub bounce_subject: Vec<String>,
    /// Localized calendar-reply subject prefixes.
    pub calendar_yes: Vec<String>,
    pub calendar_no: Vec<String>,
    pub calendar_maybe: Vec<String>,
    /// The invitation's own request ("yes, no or maybe"): never fresh text.
    pub invite_request: Vec<String>,
    /// Words of an invitation subject ("invited").
    pub invite: Vec<String>,
    /// Reply prefixes of subjects ("re", "aw", "sv").
    pub reply_prefix: Vec<String>,
    /// Common words of the language, only for telling languages apart.
    pub words: Vec<String>,
    /// Children among people words ("kids", "the twins", "his sister").
    pub child: Vec<String>,
    /// Adults among people words ("adults", "my husband", "both of us").
    pub adult: Vec<String>,
}

/// What a phrase means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cat {
    Yes,
    YesFinal,
    Wish,
    Pending,
    YesWord,
    No,
    NoWord,
    Maybe,
    WeakNo,
    Apology,
    Defer,
    Ack,
    Mask,
    Verb,
    AntiVerb,
    Neg,
    Cond,
    Contrast,
    Change,
    Future,
    Dropoff,
    Stay,
    Question,
    Greeting,
    Filler,
    SelfRef,
    ChildPronoun,
    Conj,
    Companion,
    Pair,
    PeopleNoun,
    Note,
    /// People words that are children or adults (head-count split).
    Child,
    Adult,
    Absent,
    Possess,
    Diet,
    Proxy,
}

/// A phrase found in normalized text (byte offsets into `padded`, without
/// the padding spaces).
#[derive(Debug, Clone)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub cats: &'static [Cat],
    /// Per category, the cue files that give the phrase that category
    /// (`u32::MAX`: a file without a language).
    cat_langs: &'static [u32],
    /// Categories still in force (bit `i`: `cats[i]`).
    active: u64,
    /// The cue files the phrase comes from (bit `i`: [`Cues::languages`]`[i]`).
    pub langs: u32,
    pub text: String,
}

impl Hit {
    pub fn is(&self, cat: Cat) -> bool {
        self.cats
            .iter()
            .enumerate()
            .any(|(i, c)| *c == cat && self.active >> i & 1 == 1)
    }

    /// Some category is still in force.
    pub fn is_any(&self) -> bool {
        (0..self.cats.len()).any(|i| self.active >> i & 1 == 1)
    }

    /// Keeps only the categories the phrase has in the cue files of
    /// `reading`: "present" is a yes in French and only a note in English.
    pub fn read_in(&mut self, reading: u32) {
        for (i, l) in self.cat_langs.iter().enumerate() {
            if *l & reading == 0 {
                self.active &= !(1u64 << i);
            }
        }
    }
}

/// All cue files merged and compiled.
pub struct Cues {
    pub repair: HashMap<String, String>,
    pub numbers: HashMap<String, u32>,
    automaton: Option<AhoCorasick>,
    /// Per automaton pattern: padded or not, its categories and languages.
    pattern_info: Vec<(bool, &'static [Cat], &'static [u32], u32)>,
    /// ISO 639-1 codes of the cue files, by bit in a language mask.
    pub languages: Vec<&'static str>,
    /// One-token cue words and the languages they belong to.
    pub word_langs: HashMap<String, u32>,
    /// Common words (the `words` lists) and their languages: weaker
    /// evidence than a cue word.
    pub common_langs: HashMap<String, u32>,
    /// (variant, base) language bits: Serbian is read with the Croatian cues.
    pub variants: Vec<(u32, u32)>,
    pub total_re: Option<Regex>,
    pub not_name: HashSet<String>,
    /// One-token words for the writer ("me", "ich") and bare answer words.
    /// Each with the languages it is that in: "ja" is Polish for "I" and
    /// German for "yes".
    pub self_words: HashMap<String, u32>,
    pub answer_words: HashMap<String, u32>,
    /// The `and_word` lists, with the languages each is "and" in.
    and_words: HashMap<String, u32>,
    english: u32,
    /// One-token cue words that cannot be names ("yes", "sorry", "maybe").
    pub word_cues: HashSet<String>,
    /// One-token contrast words ("but", "aber").
    pub contrast_words: HashSet<String>,
    /// Note stems, normalized, matched inside words.
    note_stems: Option<AhoCorasick>,
    /// First words of people nouns ("kids", "niños"): a number before one
    /// counts those people, not everyone ("we're 2 adults and 2 kids").
    pub people_words: HashSet<String>,
    /// Stated totals as token templates around a number ("{n} of us").
    pub totals: Vec<(Vec<String>, Vec<String>)>,
    pub lines: LineCues,
}

/// Normalized phrase lists used line by line (quote and auto-reply detection).
#[derive(Debug, Default)]
pub struct LineCues {
    pub wrote: Vec<String>,
    pub header_from: HashSet<String>,
    pub header_other: HashSet<String>,
    pub original: Vec<String>,
    pub footer: Vec<String>,
    pub disclaimer: Vec<String>,
    pub closing: HashSet<String>,
    pub auto_subject: Vec<String>,
    pub auto_body: Vec<String>,
    pub bounce_subject: Vec<String>,
    pub calendar_yes: Vec<String>,
    pub calendar_no: Vec<String>,
    pub calendar_maybe: Vec<String>,
    /// The languages of each calendar-reply subject prefix.
    pub calendar_langs: HashMap<String, u32>,
    pub invite: Vec<String>,
    pub invite_request: Vec<String>,
    pub reply_prefix: HashSet<String>,
}

/// Parse every embedded cue file; errors name the file.
pub fn parse_files() -> Result<Vec<CueFile>, String> {
    FILES
        .iter()
        .map(|(name, text)| {
            toml::from_str::<CueFile>(text).map_err(|e| format!("cue file {name}.toml: {e}"))
        })
        .collect()
}

/// The compiled cues, built on first use.
pub static CUES: LazyLock<Cues> = LazyLock::new(|| {
    // The files are part of the build and a test parses each one; a broken
    // file degrades to fewer cues rather than a panic.
    let files: Vec<CueFile> = FILES
        .iter()
        .filter_map(|(_, text)| toml::from_str::<CueFile>(text).ok())
        .collect();
    Cues::build(&files)
});

/// A pattern's categories with the cue-file bits giving each, and all its files' bits.
type PatternCats = (Vec<(Cat, u32)>, u32);

fn leak_cats(cats: Vec<(Cat, u32)>) -> (&'static [Cat], &'static [u32]) {
    let (c, l): (Vec<Cat>, Vec<u32>) = cats.into_iter().unzip();
    // Built once per pattern inside a LazyLock: bounded, never freed by design.
    (
        Box::leak(c.into_boxed_slice()),
        Box::leak(l.into_boxed_slice()),
    )
}

impl Cues {
    fn build(files: &[CueFile]) -> Cues {
        let mut repair = HashMap::default();
        let mut numbers = HashMap::default();
        for f in files {
            for (k, v) in &f.repair {
                let key = super::text::tokenize(k).join(" ");
                let val = super::text::tokenize(v).join(" ");
                if !key.is_empty() && !val.is_empty() {
                    repair.insert(key, val);
                }
            }
        }
        for f in files {
            for (k, v) in &f.numbers {
                let key = normalize(k, &repair).tokens.join(" ");
                numbers.insert(key, *v);
            }
        }
        let norm = |s: &str| normalize(s, &repair).tokens.join(" ");
        // Language bits: one per cue file with a language (not "common").
        let mut languages: Vec<&'static str> = Vec::new();
        let mut lang_bit = Vec::with_capacity(files.len());
        for f in files {
            let bit = if f.lang.len() == 2 && languages.len() < 32 {
                // Built once inside a LazyLock: bounded, never freed by design.
                languages.push(Box::leak(f.lang.clone().into_boxed_str()));
                1u32 << (languages.len() - 1)
            } else {
                0
            };
            lang_bit.push(bit);
        }
        let mut by_pattern: HashMap<String, PatternCats> = HashMap::default();
        let mut word_langs: HashMap<String, u32> = HashMap::default();
        let mut add = |list: &[String], cat: Cat, bit: u32| {
            for p in list {
                let n = norm(p);
                if n.is_empty() {
                    continue;
                }
                if !n.contains(' ') {
                    *word_langs.entry(n.clone()).or_default() |= bit;
                }
                let entry = by_pattern.entry(n).or_default();
                entry.1 |= bit;
                let cat_bit = if bit == 0 { u32::MAX } else { bit };
                match entry.0.iter_mut().find(|(c, _)| *c == cat) {
                    Some((_, l)) => *l |= cat_bit,
                    None => entry.0.push((cat, cat_bit)),
                }
            }
        };
        let mut not_name = HashSet::default();
        let mut self_words: HashMap<String, u32> = HashMap::default();
        let mut contrast_words = HashSet::default();
        let mut people_words = HashSet::default();
        let mut note_stems: Vec<String> = Vec::new();
        let mut answer_words: HashMap<String, u32> = HashMap::default();
        let mut and_words: HashMap<String, u32> = HashMap::default();
        let mut lines = LineCues::default();
        let mut totals = Vec::new();
        for (f, &file_bit) in files.iter().zip(&lang_bit) {
            let bit = file_bit;
            add(&f.yes, Cat::Yes, bit);
            add(&f.yes_word, Cat::YesWord, bit);
            add(&f.yes_final, Cat::YesFinal, bit);
            add(&f.wish, Cat::Wish, bit);
            add(&f.pending, Cat::Pending, bit);
            add(&f.no, Cat::No, bit);
            add(&f.no_word, Cat::NoWord, bit);
            add(&f.maybe, Cat::Maybe, bit);
            add(&f.weak_no, Cat::WeakNo, bit);
            add(&f.apology, Cat::Apology, bit);
            add(&f.child_pronoun, Cat::ChildPronoun, bit);
            add(&f.conj, Cat::Conj, bit);
            add(&f.defer, Cat::Defer, bit);
            add(&f.ack, Cat::Ack, bit);
            add(&f.mask, Cat::Mask, bit);
            add(&f.verb, Cat::Verb, bit);
            add(&f.antiverb, Cat::AntiVerb, bit);
            add(&f.neg, Cat::Neg, bit);
            add(&f.cond, Cat::Cond, bit);
            add(&f.contrast, Cat::Contrast, bit);
            add(&f.change, Cat::Change, bit);
            add(&f.future, Cat::Future, bit);
            add(&f.dropoff, Cat::Dropoff, bit);
            add(&f.stay, Cat::Stay, bit);
            add(&f.question, Cat::Question, bit);
            add(&f.greeting, Cat::Greeting, bit);
            add(&f.filler, Cat::Filler, bit);
            add(&f.self_ref, Cat::SelfRef, bit);
            add(&f.companion, Cat::Companion, bit);
            add(&f.pair, Cat::Pair, bit);
            add(&f.people_noun, Cat::PeopleNoun, bit);
            add(&f.note, Cat::Note, bit);
            add(&f.child, Cat::Child, bit);
            add(&f.adult, Cat::Adult, bit);
            add(&f.absent, Cat::Absent, bit);
            add(&f.possess, Cat::Possess, bit);
            add(&f.diet, Cat::Diet, bit);
            add(&f.proxy, Cat::Proxy, bit);
            not_name.extend(f.not_name.iter().map(|s| norm(s)));
            for w in f.self_ref.iter().map(|s| norm(s)) {
                if !w.contains(' ') {
                    *self_words.entry(w).or_default() |= bit;
                }
            }
            for w in f.and_word.iter().map(|s| norm(s)) {
                *and_words.entry(w).or_default() |= bit;
            }
            for w in f.yes_word.iter().chain(f.no_word.iter()).map(|s| norm(s)) {
                if !w.contains(' ') {
                    *answer_words.entry(w).or_default() |= bit;
                }
            }
            totals.extend(f.total.iter().cloned());
            note_stems.extend(
                f.note_stem
                    .iter()
                    .map(|s| norm(s))
                    .filter(|s| !s.is_empty()),
            );
            people_words.extend(
                f.people_noun
                    .iter()
                    .filter_map(|s| norm(s).split(' ').next().map(str::to_string)),
            );
            let n = |v: &Vec<String>| -> Vec<String> {
                v.iter()
                    .map(|s| norm(s))
                    .filter(|s| !s.is_empty())
                    .collect()
            };
            // Phrase lists searched in padded text are stored padded too.
            let padded = |v: &Vec<String>| -> Vec<String> {
                n(v).into_iter()
                    .map(|p| {
                        if p.chars().any(is_unspaced_script) {
                            p
                        } else {
                            format!(" {p} ")
                        }
                    })
                    .collect()
            };
            contrast_words.extend(n(&f.contrast).into_iter().filter(|w| !w.contains(' ')));
            lines.wrote.extend(padded(&f.wrote));
            lines.header_from.extend(n(&f.header_from));
            lines.header_other.extend(n(&f.header_other));
            lines.original.extend(padded(&f.original));
            lines.footer.extend(padded(&f.footer));
            lines.disclaimer.extend(padded(&f.disclaimer));
            lines.closing.extend(n(&f.closing));
            lines.auto_subject.extend(padded(&f.auto_subject));
            lines.auto_body.extend(padded(&f.auto_body));
            lines.bounce_subject.extend(padded(&f.bounce_subject));
            lines.calendar_yes.extend(n(&f.calendar_yes));
            lines.calendar_no.extend(n(&f.calendar_no));
            lines.calendar_maybe.extend(n(&f.calendar_maybe));
            for head in n(&f.calendar_yes)
                .into_iter()
                .chain(n(&f.calendar_no))
                .chain(n(&f.calendar_maybe))
            {
                *lines.calendar_langs.entry(head).or_default() |= bit;
            }
            lines.invite.extend(padded(&f.invite));
            lines.invite_request.extend(padded(&f.invite_request));
            lines.reply_prefix.extend(n(&f.reply_prefix));
        }
        let mut variants = Vec::new();
        let mut common_langs: HashMap<String, u32> = HashMap::default();
        for (f, &bit) in files.iter().zip(&lang_bit) {
            let base = files
                .iter()
                .zip(&lang_bit)
                .find(|(b, _)| !f.variant_of.is_empty() && b.lang == f.variant_of)
                .map(|(_, b)| *b);
            if let Some(base) = base {
                variants.push((bit, base));
            }
            for w in &f.words {
                let n = norm(w);
                if !n.is_empty() && !n.contains(' ') {
                    *common_langs.entry(n).or_default() |= bit;
                }
            }
        }
        let name_like = |c: &Cat| {
            matches!(
                c,
                Cat::Mask
                    | Cat::SelfRef
                    | Cat::Companion
                    | Cat::ChildPronoun
                    | Cat::Conj
                    | Cat::Verb
                    | Cat::Greeting
            )
        };
        // Single-word cues and the first word of sentence-opening phrases:
        // "Change" in "Change of plan" is not a name.
        let answer_like = |c: &Cat| {
            matches!(
                c,
                Cat::Apology
                    | Cat::Defer
                    | Cat::Ack
                    | Cat::Change
                    | Cat::Future
                    | Cat::Question
                    | Cat::Pending
            )
        };
        let single_word = by_pattern
            .iter()
            .filter(|(p, (cats, _))| !p.contains(' ') && cats.iter().any(|(c, _)| !name_like(c)))
            .map(|(p, _)| p.clone());
        let word_cues: HashSet<String> = by_pattern
            .iter()
            .filter(|(_, (cats, _))| cats.iter().any(|(c, _)| answer_like(c)))
            .filter_map(|(p, _)| p.split(' ').next().map(str::to_string))
            .chain(single_word)
            .collect();
        let mut patterns = Vec::with_capacity(by_pattern.len());
        let mut pattern_info = Vec::with_capacity(by_pattern.len());
        let mut entries: Vec<(String, PatternCats)> = by_pattern.into_iter().collect();
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        for (p, (cats, langs)) in entries {
            let unspaced = p.chars().any(is_unspaced_script);
            patterns.push(if unspaced { p } else { format!(" {p} ") });
            let (cats, cat_langs) = leak_cats(cats);
            pattern_info.push((!unspaced, cats, cat_langs, langs));
        }
        let automaton = AhoCorasick::new(&patterns).ok();
        let (unspaced_totals, spaced): (Vec<String>, Vec<String>) = totals
            .into_iter()
            .partition(|t| t.chars().any(is_unspaced_script));
        let spaced_totals = spaced
            .iter()
            .filter_map(|t| {
                let (l, r) = t.split_once("{n}")?;
                Some((normalize(l, &repair).tokens, normalize(r, &repair).tokens))
            })
            .collect();
        let total_re = build_total_regex(&unspaced_totals, &numbers, &repair);
        Cues {
            repair,
            numbers,
            automaton,
            pattern_info,
            languages,
            word_langs,
            common_langs,
            variants,
            total_re,
            not_name,
            self_words,
            and_words,
            english: files
                .iter()
                .zip(&lang_bit)
                .find(|(f, _)| f.lang == "en")
                .map_or(0, |(_, b)| *b),
            answer_words,
            word_cues,
            contrast_words,
            people_words,
            note_stems: {
                note_stems.sort();
                note_stems.dedup();
                AhoCorasick::new(&note_stems).ok()
            },
            totals: spaced_totals,
            lines,
        }
    }

    /// Does normalized text hold a note stem ("allerg" in "nussallergie")?
    pub fn has_note_stem(&self, norm: &str) -> bool {
        self.note_stems.as_ref().is_some_and(|ac| ac.is_match(norm))
    }

    /// The first language (in file order) of a language mask.
    pub fn language_of(&self, mask: u32) -> Option<&'static str> {
        (mask != 0)
            .then(|| self.languages.get(mask.trailing_zeros() as usize).copied())
            .flatten()
    }

    /// `t` is the writer ("I", "ja") in the languages of `reading` (a
    /// [`Cues::reading_mask`]; 0 when the language is unknown), and not an
    /// answer word there.
    pub fn is_self_word(&self, t: &str, reading: u32) -> bool {
        let Some(&own) = self.self_words.get(t) else {
            return false;
        };
        if self.is_and_word(t, reading) {
            return false;
        }
        let answer = self.answer_words.get(t).copied();
        if reading == 0 {
            return answer.is_none();
        }
        let here = |langs: u32| langs == 0 || langs & reading != 0;
        here(own) && !answer.is_some_and(here)
    }

    /// Is `t` "and" in the reply's own language ("i" read in Polish)?
    pub fn is_and_word(&self, t: &str, reading: u32) -> bool {
        self.and_words
            .get(t)
            .is_some_and(|l| l & reading & !self.english != 0)
    }

    /// The cue files a reply in `lang` is read with: its own, the one its
    /// cues live in (Serbian: Croatian; Ukrainian: Russian) and English,
    /// which replies in every language mix in. `None` for a language with
    /// no cue file: every cue applies.
    pub fn reading_mask(&self, lang: &str) -> Option<u32> {
        let bit = |code: &str| {
            self.languages
                .iter()
                .position(|l| *l == code)
                .map(|i| 1u32 << i)
        };
        let own = match lang {
            "uk" => bit("ru")?,
            code => bit(code)?,
        };
        let base = self
            .variants
            .iter()
            .filter(|(v, _)| *v == own)
            .fold(0, |m, (_, b)| m | b);
        Some(own | base | bit("en").unwrap_or(0))
    }

    /// Normalize text with the cue data's repairs.
    pub fn normalize(&self, text: &str) -> Normalized {
        normalize(text, &self.repair)
    }

    /// Every cue phrase in `padded`, longest first where they overlap.
    pub fn find(&self, padded: &str) -> Vec<Hit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut cands: Vec<(usize, usize, usize)> = Vec::new();
        for m in ac.find_overlapping_iter(padded) {
            let idx = m.pattern().as_usize();
            let Some((is_padded, ..)) = self.pattern_info.get(idx) else {
                continue;
            };
            let (s, e) = if *is_padded {
                (m.start() + 1, m.end() - 1)
            } else {
                (m.start(), m.end())
            };
            cands.push((s, e, idx));
            // Bound the work on pathological text.
            if cands.len() > 4096 {
                break;
            }
        }
        cands.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        let mut taken: Vec<(usize, usize, usize)> = Vec::new();
        for c in cands {
            if taken.iter().all(|t| c.1 <= t.0 || c.0 >= t.1) {
                taken.push(c);
            }
        }
        taken.sort_by_key(|t| t.0);
        taken
            .into_iter()
            .filter_map(|(s, e, idx)| {
                let (_, cats, cat_langs, langs) = self.pattern_info.get(idx)?;
                Some(Hit {
                    start: s,
                    end: e,
                    cats,
                    cat_langs,
                    active: u64::MAX,
                    langs: *langs,
                    text: padded.get(s..e)?.to_string(),
                })
            })
            .collect()
    }

    /// A stated total in a normalized clause ("we'll be 3", "三个人").
    pub fn stated_total(&self, norm: &Normalized) -> Option<u32> {
        let t = &norm.tokens;
        for (i, tok) in t.iter().enumerate() {
            let Some(n) = self.number(tok) else { continue };
            for (left, right) in &self.totals {
                let fits_left = i >= left.len() && t[i - left.len()..i] == left[..];
                let fits_right =
                    t.len() >= i + 1 + right.len() && t[i + 1..i + 1 + right.len()] == right[..];
                // "we're 2 adults and 2 kids": the number counts a noun.
                let counts_noun =
                    right.is_empty() && t.get(i + 1).is_some_and(|n| self.people_words.contains(n));
                if counts_noun {
                    continue;
                }
                if fits_left && fits_right && !(left.is_empty() && right.is_empty()) && n > 0 {
                    return Some(n);
                }
            }
        }
        let re = self.total_re.as_ref()?;
        let m = re.find(&norm.padded)?;
        // The template's words come before the number or after it, and may
        // hold number characters themselves ("一共4", "我们三个人"): the number
        // is the last one matched that is not followed by another digit.
        let mut last = None;
        for tok in m.as_str().split(' ') {
            if let Some(n) = self.number(tok) {
                last = Some(n);
                continue;
            }
            last = tok
                .chars()
                .rev()
                .find_map(|c| self.number(c.encode_utf8(&mut [0; 4])))
                .or(last);
        }
        last.filter(|n| *n > 0)
    }

    /// The value of a number token (digits or a number word).
    pub fn number(&self, token: &str) -> Option<u32> {
        if let Ok(n) = token.parse::<u32>() {
            return (n <= 50).then_some(n);
        }
        self.numbers.get(token).copied()
    }
}

fn build_total_regex(
    totals: &[String],
    numbers: &HashMap<String, u32>,
    repair: &HashMap<String, String>,
) -> Option<Regex> {
    // Only scripts without spaces use this regex: their number words.
    let mut words: Vec<&String> = numbers
        .keys()
        .filter(|w| w.chars().any(is_unspaced_script))
        .collect();
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    let number_alt = std::iter::once("[0-9]{1,2}".to_string())
        .chain(words.iter().map(|w| regex::escape(w)))
        .collect::<Vec<_>>()
        .join("|");
    let mut alts = Vec::new();
    for t in totals {
        let Some((left, right)) = t.split_once("{n}") else {
            continue;
        };
        let l = normalize(left, repair).tokens.join(" ");
        let r = normalize(right, repair).tokens.join(" ");
        let l_unspaced = l.chars().any(is_unspaced_script);
        let r_unspaced = r.chars().any(is_unspaced_script);
        let mut alt = String::new();
        if !l.is_empty() {
            alt.push_str(if l_unspaced { "" } else { " " });
            alt.push_str(&regex::escape(&l));
            alt.push_str(if l_unspaced { " ?" } else { " " });
        } else if !r_unspaced {
            alt.push(' ');
        }
        alt.push_str(&format!("(?:{number_alt})"));
        if !r.is_empty() {
            alt.push_str(if r_unspaced { " ?" } else { " " });
            alt.push_str(&regex::escape(&r));
            if !r_unspaced {
                alt.push(' ');
            }
        } else {
            alt.push(' ');
        }
        alts.push(alt);
    }
    if alts.is_empty() {
        return None;
    }
    // The number is found again inside the match, so no capture groups needed.
    // The alternation is large (every total template around every number
    // word): without room for its lazy DFA the regex crate falls back to a
    // much slower engine (2.5 ms instead of 1 µs a search).
    regex::RegexBuilder::new(&alts.join("|"))
        .dfa_size_limit(8 << 20)
        .build()
        .ok()
}
