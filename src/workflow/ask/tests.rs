use super::*;

fn facts<'a>(answer: Answer, confidence: f32, roster: &'a [String]) -> AskFacts<'a> {
    AskFacts {
        kind: Kind::Human,
        answer,
        confidence,
        guests: None,
        named: &[],
        roster_children: roster,
        thanks_after_answer: false,
        answered_before: false,
        asks_host: false,
        question_open: false,
        confirming: true,
    }
}

fn names(n: &[&str]) -> Vec<String> {
    n.iter().map(|s| (*s).to_owned()).collect()
}

#[test]
fn an_unclear_reply_asks_whether_the_child_comes() {
    let roster = names(&["Ella"]);
    assert_eq!(
        question(&facts(Answer::Unclear, 0.0, &roster)),
        Some(Question::Coming(names(&["Ella"])))
    );
    assert_eq!(
        question(&facts(Answer::Yes, 0.4, &roster)),
        Some(Question::Coming(names(&["Ella"])))
    );
}

#[test]
fn a_clear_confident_answer_asks_nothing() {
    let roster = names(&["Ella"]);
    assert_eq!(question(&facts(Answer::Yes, 0.9, &roster)), None);
    assert_eq!(question(&facts(Answer::No, 0.6, &roster)), None);
}

#[test]
fn no_question_for_robots_thanks_an_open_question_or_no_confirmation() {
    let roster = names(&["Ella"]);
    for change in [
        |f: &mut AskFacts<'_>| f.kind = Kind::AutoReply,
        |f: &mut AskFacts<'_>| f.kind = Kind::Bounce,
        |f: &mut AskFacts<'_>| f.thanks_after_answer = true,
        |f: &mut AskFacts<'_>| f.asks_host = true,
        |f: &mut AskFacts<'_>| f.answered_before = true,
        |f: &mut AskFacts<'_>| f.question_open = true,
        |f: &mut AskFacts<'_>| f.confirming = false,
    ] {
        let mut f = facts(Answer::Unclear, 0.0, &roster);
        change(&mut f);
        assert_eq!(question(&f), None);
    }
}

#[test]
fn children_unsure_one_by_one_are_asked_which() {
    let roster = names(&["Ella", "Tom"]);
    let named = vec![
        ChildAnswer {
            name: "Ella".into(),
            answer: Answer::Yes,
        },
        ChildAnswer {
            name: "Tom".into(),
            answer: Answer::Maybe,
        },
    ];
    let f = AskFacts {
        named: &named,
        ..facts(Answer::Yes, 0.3, &roster)
    };
    assert_eq!(question(&f), Some(Question::Which(roster.clone())));
}

#[test]
fn a_yes_counting_fewer_than_its_children_asks_how_many() {
    let roster = names(&["Ella", "Tom"]);
    let f = AskFacts {
        guests: Some(1),
        ..facts(Answer::Yes, 0.4, &roster)
    };
    assert_eq!(question(&f), Some(Question::HowMany));
}

#[test]
fn a_confident_answer_settles_an_unclear_one_does_not() {
    assert!(settles(Kind::Human, Answer::Yes, 0.9));
    assert!(settles(Kind::Human, Answer::No, 0.6));
    assert!(!settles(Kind::Human, Answer::Unclear, 0.0));
    assert!(!settles(Kind::Human, Answer::Yes, 0.3));
    assert!(!settles(Kind::AutoReply, Answer::Yes, 0.9));
}
