//! How sure the engine is of a reply's answer: one number from the evidence,
//! computed here and nowhere else.
//!
//! Confidence starts from where the answer came from and how strong its cue
//! was, then every doubt found in the reply caps it. A capped reply falls
//! below [`REVIEW_THRESHOLD`] and is put in front of the host and asked
//! about, so a reply whose reading could be wrong is never silently counted.
//!
//! | source                                         | confidence |
//! |------------------------------------------------|-----------:|
//! | calendar button (comment agrees or is absent)   | 0.95 |
//! | calendar subject ("Accepted: …") without iTIP   | 0.85 |
//! | calendar comment overriding its button          | 0.80 |
//! | answer typed into the subject                   | 0.80 |
//! | text, a clear statement (strength 1.0)          | 0.90 |
//! | text, a commitment verb or head-count (0.8)     | 0.75 |
//! | text, two reasons for a decline (0.7)           | 0.65 |
//! | text, one weak cue only                         | 0.55 |
//!
//! | doubt                                                  | cap  |
//! |--------------------------------------------------------|-----:|
//! | yes and no both stated, nothing says which wins         | 0.50 |
//! | a "no" from a negation in a note (food, allergy)        | 0.50 |
//! | the writer is not a parent (au pair, grandparent)       | 0.55 |
//! | an answer and a hedge disagree ("yes … might not")       | 0.55 |
//! | a clear later sentence overrides an earlier opposite one | 0.55 |
//! | who is coming decided a mixed reply ("I can't, Ella will")| 0.70 |
//!
//! A doubt stays above the threshold only where the tuning batches show
//! its readings right nearly always. A hedge against an answer, and a
//! later sentence against an earlier one, were each right only about three
//! times in four there, so such replies are asked about.
//!
//! Unclear replies are always reviewed; their confidence says how sure the
//! engine is that nothing was answered.

use super::REVIEW_THRESHOLD;
use super::classify::WEAK_PAIR;

/// Where a reply's answer was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    CalendarButton,
    CalendarSubject,
    CalendarComment,
    Subject,
    /// The fresh text, with the strength of its deciding cue.
    Text,
}

/// A reason the reading could be wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doubt {
    /// A yes and a no, and no change of mind, contrast or later sentence
    /// to order them.
    Mixed,
    /// The deciding "no" is a negation in a clause about food or health.
    NoteNegation,
    /// The writer is someone other than a parent.
    Proxy,
    /// An answer and a hedge in the same reply disagree.
    Hedged,
    /// A clear later sentence overrides an earlier opposite one.
    Overridden,
    /// A mixed reply was settled by who is coming.
    WhoIsComing,
}

impl Doubt {
    /// The highest confidence a reply with this doubt may have.
    fn cap(self) -> f32 {
        match self {
            Doubt::Mixed | Doubt::NoteNegation => REVIEW_THRESHOLD - 0.1,
            Doubt::Proxy | Doubt::Hedged | Doubt::Overridden => REVIEW_THRESHOLD - 0.05,
            Doubt::WhoIsComing => REVIEW_THRESHOLD + 0.1,
        }
    }

    /// The evidence line naming this doubt.
    pub fn evidence(self) -> &'static str {
        match self {
            Doubt::Mixed => "doubt: yes and no both stated",
            Doubt::NoteNegation => "doubt: the no is a negation in a note",
            Doubt::Proxy => "doubt: written by someone other than a parent",
            Doubt::Hedged => "doubt: an answer and a hedge disagree",
            Doubt::Overridden => "doubt: a later sentence overrides an earlier one",
            Doubt::WhoIsComing => "doubt: settled by who is coming",
        }
    }
}

/// The confidence of an answer read from `source` with cue `strength`
/// (text only) and the doubts found.
pub fn confidence(source: Source, strength: f32, doubts: &[Doubt]) -> f32 {
    let base = match source {
        Source::CalendarButton => 0.95,
        Source::CalendarSubject => 0.85,
        Source::CalendarComment | Source::Subject => 0.8,
        Source::Text if strength >= 1.0 => 0.9,
        Source::Text if strength >= 0.8 => 0.75,
        Source::Text if strength >= WEAK_PAIR => 0.65,
        Source::Text => 0.55,
    };
    doubts.iter().map(|d| d.cap()).fold(base, f32::min)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clear_answers_pass_the_threshold_and_doubts_do_not() {
        assert!(confidence(Source::Text, 1.0, &[]) >= REVIEW_THRESHOLD);
        assert!(confidence(Source::CalendarButton, 0.0, &[]) >= REVIEW_THRESHOLD);
        assert!(confidence(Source::Text, 0.5, &[]) < REVIEW_THRESHOLD);
        for d in [
            Doubt::Mixed,
            Doubt::NoteNegation,
            Doubt::Proxy,
            Doubt::Hedged,
            Doubt::Overridden,
        ] {
            assert!(
                confidence(Source::Text, 1.0, &[d]) < REVIEW_THRESHOLD,
                "{d:?}"
            );
            assert!(confidence(Source::CalendarButton, 1.0, &[d]) < REVIEW_THRESHOLD);
        }
        let settled = confidence(Source::Text, 1.0, &[Doubt::WhoIsComing]);
        assert!((REVIEW_THRESHOLD..0.9).contains(&settled));
    }

    #[test]
    fn the_lowest_cap_wins() {
        let c = confidence(Source::Text, 1.0, &[Doubt::WhoIsComing, Doubt::Mixed]);
        assert!((c - (REVIEW_THRESHOLD - 0.1)).abs() < 1e-6);
    }
}
