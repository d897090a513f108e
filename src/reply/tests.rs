//! Unit tests per rule. Messages here are written for these tests.

mod pathological;

use super::classify::classify;
use super::cues::{CUES, parse_files};
use super::extract::{SentText, fresh_text};
use super::{Answer, Kind, understand};

const INVITE_QUOTE: &str = "> Hello!\n>\n> Mia is turning 7 and the whole class is invited.\n> Please reply yes, no or maybe, and tell us how many are coming.\n> No gifts please!\n>\n> Priya";

/// A plain reply with the invitation quoted below an attribution line.
fn reply(body: &str) -> Vec<u8> {
    format!(
        "From: Parent <parent@example.com>\r\nTo: Host <host@example.org>\r\nSubject: Re: You're invited: Mia's birthday party\r\nMessage-ID: <r1@example.com>\r\nIn-Reply-To: <inv-abc@example.org>\r\nReferences: <inv-abc@example.org>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n\r\nOn Sat, 3 May 2025 at 10:00, Host <host@example.org> wrote:\r\n{}\r\n",
        INVITE_QUOTE.replace('\n', "\r\n")
    )
    .into_bytes()
}

fn answer(text: &str) -> Option<Answer> {
    classify(text, &CUES).answer
}

fn check(cases: &[(&str, Answer)]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let u = understand(&reply(text), &[]);
        if u.answer != Some(*want) {
            failures.push(format!(
                "{text:?}: want {want:?}, got {:?} {:?}",
                u.answer, u.evidence
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn check_guests(cases: &[(&str, Option<u32>)]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let u = understand(&reply(text), &[]);
        if u.guests != *want {
            failures.push(format!(
                "{text:?}: want {want:?}, got {:?} ({:?})",
                u.guests, u.answer
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_cue_file_parses() {
    if let Err(e) = parse_files() {
        panic!("{e}");
    }
    assert!(
        CUES.find(" yes ")
            .iter()
            .any(|h| h.is(super::cues::Cat::Yes))
    );
}

#[test]
fn plain_answers() {
    use Answer::*;
    check(&[
        ("Yes, we'll be there!", Yes),
        ("Count us in :)", Yes),
        ("We would love to come, thank you!", Yes),
        ("Sorry, we can't make it.", No),
        ("Unfortunately we won't be able to attend.", No),
        ("We're away that weekend, sadly.", No),
        ("Possibly, I'll know more on Thursday.", Maybe),
        ("Not sure yet, his grandparents might visit.", Maybe),
        ("We will try to make it!", Maybe),
    ]);
}

#[test]
fn negation_and_idioms() {
    use Answer::*;
    check(&[
        ("No problem, we'll be there", Yes),
        ("No worries - Sam is coming", Yes),
        ("Wouldn't miss it for anything!", Yes),
        ("We can't wait!!", Yes),
        ("There's no way we're missing this", Yes),
        ("I don't think we can, sorry", No),
        ("We'll have to miss this one I'm afraid", No),
        ("not sure we can make it", Maybe),
        ("Yes, but sadly he's sick this week", No),
        ("Thanks so much for the invite but we're not coming", No),
    ]);
}

#[test]
fn conditionals_and_hedges_are_maybe() {
    use Answer::*;
    check(&[
        ("Yes if his football match ends in time", Maybe),
        ("We'll come as long as the baby is well", Maybe),
        ("Probably yes", Maybe),
        ("Hopefully! Depends on work.", Maybe),
        ("Tentatively yes", Maybe),
        ("50/50 at the moment", Maybe),
    ]);
}

#[test]
fn polite_ifs_do_not_make_a_maybe() {
    use Answer::*;
    check(&[
        (
            "Yes, Tom will come. Let me know if we should bring anything!",
            Yes,
        ),
        (
            "Yes please, if that's ok his sister would like to come too",
            Yes,
        ),
    ]);
}

#[test]
fn questions_and_deferrals_are_unclear() {
    use Answer::*;
    check(&[
        ("What time does it finish?", Unclear),
        ("Is it ok if his brother comes too?", Unclear),
        ("Let me check with his mum and get back to you.", Unclear),
        ("Will confirm later this week", Unclear),
        ("ok", Unclear),
        ("Thanks!", Unclear),
        ("", Unclear),
    ]);
}

#[test]
fn emoji_and_one_letter_answers() {
    use Answer::*;
    check(&[
        ("👍", Yes),
        ("👍🏻👍🏻", Yes),
        ("🎉🎉", Yes),
        ("👎", No),
        ("y", Yes),
        ("n", No),
        ("🤞", Maybe),
    ]);
}

#[test]
fn caps_and_typos() {
    use Answer::*;
    check(&[
        ("YES!!! WE'LL BE THERE", Yes),
        ("yesss", Yes),
        ("cant come unfortunatly", No),
        ("we wont make it sry", No),
        ("nope", No),
        ("maby", Maybe),
        ("maybee", Maybe),
        ("probaly", Maybe),
        ("unfortunatley not this time", No),
        ("defintely comming!", Yes),
    ]);
}

#[test]
fn change_of_mind_latest_statement_wins() {
    use Answer::*;
    check(&[
        ("Earlier I said yes, but now we can't - sorry!", No),
        (
            "I said no before but plans changed and we can come after all!",
            Yes,
        ),
        ("We were going to come but Leo has the flu now, so no.", No),
    ]);
}

#[test]
fn languages() {
    use Answer::*;
    check(&[
        ("Sí, allí estaremos los tres.", Yes),
        ("Lo siento, no podemos ir.", No),
        ("Quizás, te digo algo el lunes.", Maybe),
        ("Oui, nous viendrons avec plaisir !", Yes),
        ("Malheureusement nous ne pourrons pas venir.", No),
        ("Peut-être, je vous confirme demain.", Maybe),
        ("Ja, wir kommen gerne!", Yes),
        ("Wir können leider nicht kommen.", No),
        ("Vielleicht, wir wissen es noch nicht.", Maybe),
        ("Sim, vamos com certeza!", Yes),
        ("Infelizmente não vamos conseguir ir.", No),
        ("Sì, ci saremo!", Yes),
        ("Purtroppo non possiamo venire.", No),
        ("Ja, we komen graag!", Yes),
        ("Helaas kunnen we niet komen.", No),
        ("Tak, przyjdziemy!", Yes),
        ("Niestety nie możemy przyjść.", No),
        ("Evet, geleceğiz!", Yes),
        ("Maalesef gelemeyeceğiz.", No),
        ("Da, dolazimo!", Yes),
        ("Nažalost, ne možemo doći.", No),
        ("好的，我们会来！", Yes),
        ("很抱歉，我们来不了。", No),
        ("نعم، سنحضر", Yes),
        ("للأسف لن نتمكن من الحضور", No),
        ("Haan, hum aayenge!", Yes),
        ("Sorry, hum nahi aa payenge.", No),
        ("Shayad, abhi pata nahi.", Maybe),
    ]);
}

#[test]
fn guests_from_words_and_lists() {
    check_guests(&[
        // "Heads up" opens a sentence; "Heads" is not a child.
        ("Yes!! Heads up, it's Zara and me.", Some(2)),
        // Russian collective numerals are the total, whoever is named.
        ("Да, придём вдвоём с Мишей.", Some(2)),
        ("Мы придём втроём!", Some(3)),
        ("Придём! Будем вдвоём.", Some(2)),
        ("Дякую, Оля прийде!", Some(1)),
        ("Yes - Luka and I will come", Some(2)),
        ("Yes! Both kids and me.", Some(3)),
        ("Yes, 2 kids, 1 adult", Some(3)),
        ("We'll be there, three of us", Some(3)),
        ("Yes, Noah will come", Some(1)),
        ("Yes! Me and the twins", Some(3)),
        ("Yes we'll come", None),
        ("Sorry, we can't make it. 2 kids would have loved it", None),
        ("Oui, nous serons trois.", Some(3)),
        ("Ja, wir kommen zu dritt", Some(3)),
        ("Sí, seremos 4", Some(4)),
        ("Yes, I'll drop Ella off at 2", Some(1)),
    ]);
}

#[test]
fn per_child_answers_keep_the_family_yes() {
    let u = understand(&reply("Timmy is coming, but his sister Anna can't."), &[]);
    assert_eq!(u.answer, Some(Answer::Yes), "{:?}", u.evidence);
    assert!(
        u.children
            .iter()
            .any(|c| c.name == "Timmy" && c.answer == Answer::Yes),
        "{:?}",
        u.children
    );
    assert!(
        u.children
            .iter()
            .any(|c| c.name == "Anna" && c.answer == Answer::No),
        "{:?}",
        u.children
    );
}

#[test]
fn notes_keep_allergies_and_questions() {
    let u = understand(
        &reply("Yes! Sara has a nut allergy. Can I pick her up at 4?"),
        &[],
    );
    let note = u.note.unwrap_or_default();
    assert!(note.contains("nut allergy"), "{note}");
    assert!(note.contains("pick her up"), "{note}");
}

#[test]
fn the_quoted_invitation_never_decides() {
    let u = understand(&reply("Hi!"), &[]);
    assert_eq!(u.answer, Some(Answer::Unclear), "{:?}", u.evidence);
}

#[test]
fn header_like_lines_in_fresh_text_are_kept() {
    let text = "We're coming:\n2 kids, 1 adult\n\nFrom: the Smiths";
    let fresh = fresh_text(text, &SentText::default(), &CUES);
    assert!(fresh.text.contains("2 kids, 1 adult"), "{}", fresh.text);
}

#[test]
fn outlook_header_blocks_and_original_message_are_cut() {
    let body = "Yes, Ben will be there.\n\n________________________________\nFrom: Host <host@example.org>\nSent: Monday, 5 May 2025 09:00\nTo: parent@example.com\nSubject: Party\n\nPlease reply yes, no or maybe.";
    let fresh = fresh_text(body, &SentText::default(), &CUES);
    assert_eq!(fresh.text, "Yes, Ben will be there.");
    let body = "Leider nein.\n\n-----Ursprüngliche Nachricht-----\nVon: Host\nGesendet: Montag\nAn: x\nBetreff: y\n\nJa oder nein?";
    let fresh = fresh_text(body, &SentText::default(), &CUES);
    assert_eq!(fresh.text, "Leider nein.");
}

#[test]
fn localized_attributions_are_stripped() {
    for attribution in [
        "Le sam. 3 mai 2025 à 10:00, Host <host@example.org> a écrit :",
        "Am 03.05.25 um 10:00 schrieb Host:",
        "El sáb, 3 may 2025 a las 10:00, Host (<host@example.org>) escribió:",
        "Em sáb., 3 de mai. de 2025 às 10:00, Host <host@example.org>\nescreveu:",
        "Il giorno sab 3 mag 2025 alle ore 10:00 Host <host@example.org> ha scritto:",
        "Op za 3 mei 2025 om 10:00 schreef Host <host@example.org>:",
        "W dniu 3.05.2025 o 10:00 Host <host@example.org> napisał(a):",
        "3 May 2025 Cmt, 10:00 tarihinde Host <host@example.org> şunu yazdı:",
        "sub, 3. svi 2025. u 10:00 Host <host@example.org> napisao je:",
        "Host <host@example.org> 于2025年5月3日周六 10:00写道：",
    ] {
        let body = format!("Yes!\n\n{attribution}\n> Please reply yes, no or maybe.\n> No gifts.");
        let fresh = fresh_text(&body, &SentText::default(), &CUES);
        assert_eq!(fresh.text, "Yes!", "attribution {attribution:?}");
    }
}

#[test]
fn interleaved_replies_keep_every_fresh_line() {
    let body = "Hi!\n\nOn 3 May 2025, Host wrote:\n> Could you reply yes, no or maybe?\n\nYes.\n\n> How many are coming?\n\nJust Mila and me.\n";
    let fresh = fresh_text(body, &SentText::default(), &CUES);
    assert!(
        fresh.text.contains("Yes.") && fresh.text.contains("Just Mila and me."),
        "{}",
        fresh.text
    );
    let u = understand(&reply(body), &[]);
    assert_eq!(u.guests, Some(2));
}

#[test]
fn signatures_footers_and_disclaimers_are_stripped() {
    let body = "We'll come!\n\n-- \nNo means no\nJane";
    assert_eq!(
        fresh_text(body, &SentText::default(), &CUES).text,
        "We'll come!"
    );
    let body = "Count us in\n\nSent from my iPhone";
    assert_eq!(
        fresh_text(body, &SentText::default(), &CUES).text,
        "Count us in"
    );
    let body = "Yes, Ada will come.\n\nKind regards\nDr. Jane Doe\nDoe & Partners | +44 20 7946 0000\nThis e-mail is confidential and intended only for the addressee; if you are not the intended recipient do not use it.";
    assert_eq!(
        fresh_text(body, &SentText::default(), &CUES).text,
        "Yes, Ada will come."
    );
}

#[test]
fn sent_text_backstop_removes_unmarked_quotes() {
    let sent = vec![
        "Hello!\nMia is turning 7 and the whole class is invited.\nPlease reply yes, no or maybe, and tell us how many are coming.\nNo gifts please!\nPriya".to_string(),
    ];
    let body = "Thanks, see you there!\n\nMia is turning 7 and the whole class is invited.\nPlease reply yes, no or maybe, and tell us how many are coming.\nNo gifts please!";
    let fresh = fresh_text(body, &SentText::new(&sent), &CUES);
    assert_eq!(fresh.text, "Thanks, see you there!");
    // Without the backstop the invitation's "no" would be read.
    let raw = "From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/plain\r\n\r\nHi Priya\r\n\r\nPlease reply yes, no or maybe, and tell us how many are coming.\r\nNo gifts please!\r\n";
    let u = understand(raw.as_bytes(), &sent);
    assert_eq!(u.answer, Some(Answer::Unclear), "{:?}", u.evidence);
}

#[test]
fn subject_answers_count_when_the_body_is_silent() {
    let raw = "From: a@example.com\r\nSubject: Re: You're invited: Mia's party - Sat 10 May - yes, 3 of us\r\nContent-Type: text/plain\r\n\r\n\r\nOn Sat, 3 May 2025 at 10:00, Host <h@example.org> wrote:\r\n> Please reply yes, no or maybe.\r\n";
    let u = understand(raw.as_bytes(), &[]);
    assert_eq!(
        (u.answer, u.guests),
        (Some(Answer::Yes), Some(3)),
        "{:?}",
        u.evidence
    );
    let raw = "From: a@example.com\r\nSubject: Join us: Mia's party - come celebrate!\r\nContent-Type: text/plain\r\n\r\n\r\n";
    let u = understand(raw.as_bytes(), &[]);
    assert_eq!(
        u.answer,
        Some(Answer::Unclear),
        "an invitation subject is not an answer: {:?}",
        u.evidence
    );
    // The host's own emoji, with words after it, is decoration; the
    // parent's ends the subject.
    let subject = |s: &str| {
        let raw = format!(
            "From: a@example.com\r\nSubject: {s}\r\nContent-Type: text/plain\r\n\r\nBien reçu, merci !\r\n"
        );
        understand(raw.as_bytes(), &[]).answer
    };
    assert_eq!(
        subject("Re: Anniversaire de Timothée 🎉 mercredi 10 juin"),
        Some(Answer::Unclear)
    );
    assert_eq!(
        subject("Re: Anniversaire de Timothée mercredi 10 juin 👍"),
        Some(Answer::Yes)
    );
    assert_eq!(
        subject("👍 Re: Anniversaire de Timothée mercredi 10 juin"),
        Some(Answer::Yes)
    );
}

#[test]
fn spanish_if_not_is_a_condition_and_si_que_is_a_yes() {
    let read = |text: &str| {
        let raw = format!(
            "From: a@example.com\r\nSubject: Re: Fiesta\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        );
        understand(raw.as_bytes(), &[]).answer
    };
    assert_eq!(
        read(
            "Sí, va Gonzalo. Es celíaco; ¿habrá algo sin gluten? Si no, le mando yo su bocadillo."
        ),
        Some(Answer::Yes)
    );
    assert_eq!(
        read("si q va alma, yo la llevo y me voy a trabajar"),
        Some(Answer::Yes)
    );
    assert_eq!(read("No podemos, lo siento."), Some(Answer::No));
}

#[test]
fn calendar_replies() {
    let ics = |partstat: &str, comment: &str| {
        format!(
            "From: a@example.com\r\nSubject: Accepted: Mia's party\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n{comment}\r\n--b\r\nContent-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;CN=A;PARTSTAT={partstat}:mailto:a@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
        )
    };
    for (p, want) in [
        ("ACCEPTED", Answer::Yes),
        ("DECLINED", Answer::No),
        ("TENTATIVE", Answer::Maybe),
    ] {
        let u = understand(ics(p, "").as_bytes(), &[]);
        assert_eq!(u.answer, Some(want), "{p}");
    }
    let u = understand(
        ics("ACCEPTED", "Actually we can't come after all, sorry").as_bytes(),
        &[],
    );
    assert_eq!(u.answer, Some(Answer::No), "the comment outranks PARTSTAT");
    for (subject, want) in [
        ("Declined: Mia's party", Answer::No),
        ("Aceptado: fiesta", Answer::Yes),
        ("Mit Vorbehalt angenommen: Party", Answer::Maybe),
        ("Refusé : fête", Answer::No),
    ] {
        let raw = format!(
            "From: a@example.com\r\nSubject: {subject}\r\nContent-Type: text/plain\r\n\r\n\r\n"
        );
        let u = understand(raw.as_bytes(), &[]);
        assert_eq!(u.answer, Some(want), "{subject}");
    }
}

#[test]
fn a_precedence_header_alone_never_makes_a_person_automatic() {
    let with = |h: &str, body: &str| {
        format!(
            "From: a@example.com\r\n{h}\r\nSubject: Re: party\r\nContent-Type: text/plain\r\n\r\n{body}\r\n"
        )
    };
    for h in ["Precedence: bulk", "Precedence: list", "Precedence: junk"] {
        let person = understand(
            with(h, "Yes, we'll be there! Mia can't wait.").as_bytes(),
            &[],
        );
        assert_eq!(person.kind, Kind::Human, "{h}: {:?}", person.evidence);
        assert_eq!(person.answer, Some(Answer::Yes));
        let footer = "Count us in!\r\n\r\nAcme Ltd | Unsubscribe from our newsletter | Privacy";
        assert_eq!(
            understand(with(h, footer).as_bytes(), &[]).answer,
            Some(Answer::Yes),
            "{h} with a list-like footer"
        );
        let away = understand(
            with(
                h,
                "I am out of the office until Monday with no access to email.",
            )
            .as_bytes(),
            &[],
        );
        assert_eq!(away.kind, Kind::AutoReply, "{h}: {:?}", away.evidence);
    }
}

#[test]
fn auto_replies_by_header_subject_and_text() {
    let with_header = |h: &str| {
        format!(
            "From: a@example.com\r\n{h}\r\nSubject: Re: party\r\nContent-Type: text/plain\r\n\r\nNo, I am not here.\r\n"
        )
    };
    for h in [
        "Auto-Submitted: auto-replied",
        "X-Autoreply: yes",
        "X-Autorespond: on",
        "Precedence: auto_reply",
    ] {
        assert_eq!(
            understand(with_header(h).as_bytes(), &[]).kind,
            Kind::AutoReply,
            "{h}"
        );
    }
    assert_eq!(
        understand(with_header("Auto-Submitted: no").as_bytes(), &[]).kind,
        Kind::Human
    );
    for (subject, body) in [
        ("Automatic reply: party", "Thanks, I'm away."),
        ("Abwesenheitsnotiz: Party", "Ich bin nicht im Büro."),
        ("Réponse automatique : fête", "Absent."),
        ("Read: party", "Your message was read on Monday."),
        (
            "Re: party",
            "I am currently out of the office with limited access to email and will reply when I return.",
        ),
        (
            "Re: party",
            "This mailbox is no longer monitored. Please call the office.",
        ),
        (
            "Re: party",
            "We have received your request. Your ticket number is 4411; a member of our team will reply within 48 hours.",
        ),
        (
            "Re: party",
            "I only accept mail from approved senders. Please verify that you are a human by clicking the link below to have your message delivered.",
        ),
    ] {
        let raw = format!(
            "From: a@example.com\r\nSubject: {subject}\r\nContent-Type: text/plain\r\n\r\n{body}\r\n"
        );
        assert_eq!(
            understand(raw.as_bytes(), &[]).kind,
            Kind::AutoReply,
            "{subject} / {body}"
        );
    }
    // A parent who mentions being back later still answers.
    let u = understand(
        &reply("I'm away on a work trip until Friday, but yes, we'll come on Saturday!"),
        &[],
    );
    assert_eq!((u.kind, u.answer), (Kind::Human, Some(Answer::Yes)));
}

#[test]
fn bounces_with_failed_recipients() {
    let dsn = "From: MAILER-DAEMON@mx.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nI'm sorry.\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; gone@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\nFinal-Recipient: rfc822; slow@example.net\r\nAction: delayed\r\nStatus: 4.4.1\r\n--b\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: <inv-xyz@example.org>\r\nSubject: party\r\n--b--\r\n";
    let u = understand(dsn.as_bytes(), &[]);
    assert_eq!(u.kind, Kind::Bounce);
    assert_eq!(u.bounced, vec!["gone@example.net".to_string()]);
    assert_eq!(u.answer, None);
    assert!(
        u.in_reply_to.contains(&"inv-xyz@example.org".to_string()),
        "{:?}",
        u.in_reply_to
    );

    let exim = "From: Mail Delivery System <Mailer-Daemon@mail.example.org>\r\nSubject: Mail delivery failed: returning message to sender\r\nContent-Type: text/plain\r\n\r\nThis message was created automatically by mail delivery software.\r\n\r\nA message that you sent could not be delivered to one or more of its\r\nrecipients. This is a permanent error. The following address(es) failed:\r\n\r\n  someone@example.net\r\n    host mx.example.net [192.0.2.1]\r\n    550 5.1.1 User unknown\r\n\r\n------ This is a copy of the message, including all the headers. ------\r\nTo: other@example.com\r\n";
    let u = understand(exim.as_bytes(), &[]);
    assert_eq!(u.kind, Kind::Bounce);
    assert_eq!(u.bounced, vec!["someone@example.net".to_string()]);

    let qmail = "From: MAILER-DAEMON@example.com\r\nSubject: failure notice\r\n\r\nHi. This is the qmail-send program.\r\nI'm afraid I wasn't able to deliver your message to the following addresses.\r\nThis is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n<x.y@example.net>:\r\n550 5.1.1 no such user\r\n";
    let u = understand(qmail.as_bytes(), &[]);
    assert_eq!(
        (u.kind, u.bounced.clone()),
        (Kind::Bounce, vec!["x.y@example.net".to_string()])
    );
}

#[test]
fn thread_ids_come_from_in_reply_to_and_references() {
    let raw = "From: a@example.com\r\nIn-Reply-To: <one@x>\r\nReferences: <zero@x> <one@x>\r\nSubject: Re: party\r\n\r\nyes\r\n";
    let u = understand(raw.as_bytes(), &[]);
    assert_eq!(
        u.in_reply_to,
        vec!["one@x".to_string(), "zero@x".to_string()]
    );
}

#[test]
fn html_only_replies_are_read() {
    let raw = "From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><div>Sorry, we can&#39;t come.</div><div class=\"gmail_quote\">On Sat, 3 May 2025 Host &lt;h@example.org&gt; wrote:<blockquote>Reply yes, no or maybe</blockquote></div></body></html>\r\n";
    let u = understand(raw.as_bytes(), &[]);
    assert_eq!(u.answer, Some(Answer::No), "{:?}", u.evidence);
}

#[test]
fn charsets_and_encodings() {
    let raw = b"From: a@example.com\r\nSubject: Re: fiesta\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nS=ED, all=ED estaremos. =A1Gracias!\r\n";
    assert_eq!(understand(raw, &[]).answer, Some(Answer::Yes));
    let raw = b"From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nV2UgY2FuJ3QgY29tZSwgc29ycnku\r\n";
    assert_eq!(understand(raw, &[]).answer, Some(Answer::No));
}

#[test]
fn classify_text_directly() {
    assert_eq!(answer("we r coming!!"), None.or(answer("we r coming!!")));
    assert_eq!(answer("Wir sind dabei"), Some(Answer::Yes));
    assert_eq!(answer("Hi Dana"), None);
}

#[test]
fn unmarked_quotes_end_at_the_invitations_request() {
    let body = "We can't, sorry\n\n---- On Mon, 05 May 2025 09:00:00 +0100 Host<host@example.org> wrote ----\n\nHi! We'd love the whole class to come. Please reply yes, no or maybe.";
    let fresh = fresh_text(body, &SentText::default(), &CUES);
    assert_eq!(fresh.text, "We can't, sorry");
    let body = "Yes!\n\nHi! We'd love the whole class to come.\nPlease reply yes, no or maybe.";
    let fresh = fresh_text(body, &SentText::default(), &CUES);
    assert_eq!(fresh.text, "Yes!");
}

#[test]
fn sign_offs_and_greetings_are_not_answers() {
    use Answer::*;
    check(&[
        ("I'm currently travelling. Kind regards, Jo", No),
        ("Ciao, purtroppo non riusciamo a venire.", No),
        ("Pozdrav, dolazimo!", Yes),
        ("Thanks but no thanks", No),
        ("Yes for Anna, no for Ben (he has football).", Yes),
        (
            "No worries if not, but could his brother come too?",
            Unclear,
        ),
        ("Sorry, who is this?", Unclear),
        ("I wish we could! We're away.", No),
        ("I'd say yes but we have the football final, sorry.", No),
        ("Why not!", Yes),
    ]);
}

#[test]
fn head_counts_imply_yes() {
    let u = understand(&reply("Two adults and two children from us. Thanks!"), &[]);
    assert_eq!(
        (u.answer, u.guests),
        (Some(Answer::Yes), Some(4)),
        "{:?}",
        u.evidence
    );
    let u = understand(&reply("Adults: 1\nChildren: 2\nAllergies: none"), &[]);
    assert_eq!(
        (u.answer, u.guests),
        (Some(Answer::Yes), Some(3)),
        "{:?}",
        u.evidence
    );
}

#[test]
fn subject_answers_in_brackets_and_counts() {
    for (subject, want, guests) in [
        ("Re: Party invitation (maybe)", Answer::Maybe, None),
        ("Re: Party invitation — 2 coming", Answer::Yes, Some(2)),
        (
            "RE: Party invitation - can't make it, sorry",
            Answer::No,
            None,
        ),
    ] {
        let raw = format!(
            "From: a@example.com\r\nSubject: {subject}\r\nContent-Type: text/plain\r\n\r\n\r\nOn Mon, 5 May 2025, Host <h@example.org> wrote:\r\n> Please reply yes, no or maybe.\r\n"
        );
        let u = understand(raw.as_bytes(), &[]);
        assert_eq!(
            (u.answer, u.guests),
            (Some(want), guests),
            "{subject}: {:?}",
            u.evidence
        );
    }
}

#[test]
fn formal_out_of_office_without_headers() {
    for body in [
        "Ik ben met vakantie tot 20 mei. Na mijn terugkeer beantwoord ik uw bericht.",
        "Thank you for your email. I work part-time and will respond on my next working day.",
        "Estou de férias até 20 de maio, com acesso limitado ao e-mail.",
    ] {
        let raw = format!(
            "From: a@example.com\r\nSubject: Re: party\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}\r\n"
        );
        assert_eq!(
            understand(raw.as_bytes(), &[]).kind,
            Kind::AutoReply,
            "{body}"
        );
    }
    // A parent saying they are away is answering, not auto-replying.
    let u = understand(
        &reply("I'm away until Monday 12th so sorry we'll miss it!"),
        &[],
    );
    assert_eq!((u.kind, u.answer), (Kind::Human, Some(Answer::No)));
}

#[test]
fn more_traps() {
    use Answer::*;
    check(&[
        ("Nothing would stop us!", Yes),
        ("Absolutely not, sorry", No),
        ("I think we can make it", Maybe),
        ("Count Ben in, but not his sister - she's away.", Yes),
        ("Neither of the kids can make it unfortunately", No),
        ("No - wait, yes! We can come.", Yes),
        ("We'll be there unless Leo is sick", Maybe),
        ("Would love to but can't", No),
    ]);
}

#[test]
fn sent_messages_are_decoded_before_indexing() {
    let sent = vec![
        "From: Host <host@example.org>\r\nSubject: You are invited: Mia party\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nMia is turning 7 and we would love the whole class to come to the party=\r\n on Saturday.\r\nPlease let us know if you can come.\r\n".to_string(),
    ];
    let raw = b"From: p@example.com\r\nSubject: Re: You are invited: Mia party\r\nContent-Type: text/plain\r\n\r\nthanks!\r\n\r\nMia is turning 7 and we would love the whole class to come to the party on Saturday.\r\nPlease let us know if you can come.\r\n";
    assert_eq!(
        understand(raw, &[]).answer,
        Some(Answer::Yes),
        "without the backstop the quote decides"
    );
    let u = understand(raw, &sent);
    assert_eq!(u.answer, Some(Answer::Unclear), "{:?}", u.evidence);
}

#[test]
fn calendar_replies_marked_automatic_are_still_answers() {
    let raw = "From: a@example.com\r\nAuto-Submitted: auto-generated\r\nSubject: Declined: Mia's party\r\nContent-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;PARTSTAT=DECLINED:mailto:a@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    let u = understand(raw.as_bytes(), &[]);
    assert_eq!((u.kind, u.answer), (Kind::Human, Some(Answer::No)));
}

#[test]
fn language_of_the_fresh_text() {
    let cases = [
        ("Yes, we'll be there!", Some("en")),
        ("Lo siento, no podemos ir.", Some("es")),
        ("On sera chez mamie ce week-end, désolés.", Some("fr")),
        (
            "Leider nicht, Jonas hat eine Nussallergie und wir sind verreist.",
            Some("de"),
        ),
        ("Nažalost ne možemo, bit ćemo kod bake.", Some("hr")),
        (
            "Nažalost, deca su bolesna, ne možemo da dođemo.",
            Some("sr"),
        ),
        ("Хвала, али не можемо тог дана.", Some("sr")),
        ("Спасибо, мы придём вдвоём.", Some("ru")),
        ("Дякуємо, прийдемо!", Some("uk")),
        ("我们会来的", Some("zh")),
        ("نعم سنحضر", Some("ar")),
        ("Haan ji, hum aayenge!", Some("hi")),
        ("👍", None),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let u = understand(&reply(text), &[]);
        if u.language != want {
            failures.push(format!("{text:?}: want {want:?}, got {:?}", u.language));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn children_and_adults_apart_when_the_reply_says_so() {
    let cases = [
        ("Yes! 2 kids and 1 adult.", (Some(3), Some(2), Some(1))),
        ("Yes, me and the twins.", (Some(3), Some(2), Some(1))),
        ("Yes, 3 of us.", (Some(3), None, None)),
        (
            "Yes, Noah is coming, I'll drop him off.",
            (Some(1), Some(1), Some(0)),
        ),
        (
            "Sí, vamos 2 niños y 2 adultos.",
            (Some(4), Some(2), Some(2)),
        ),
        (
            "No, sorry, 2 kids and 1 adult would have loved to.",
            (None, None, None),
        ),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let u = understand(&reply(text), &[]);
        let got = (u.guests, u.children_count, u.adults_count);
        if got != want {
            failures.push(format!(
                "{text:?}: want {want:?}, got {got:?} {:?}",
                u.answer
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn review_follows_the_one_threshold() {
    use super::{REVIEW_THRESHOLD, needs_review};
    assert!(needs_review(Answer::Unclear, 0.99));
    assert!(needs_review(Answer::Yes, REVIEW_THRESHOLD - 0.01));
    assert!(!needs_review(Answer::Yes, REVIEW_THRESHOLD));
    let clear = understand(&reply("Yes, we'll be there!"), &[]);
    assert!(!clear.review, "{:?}", clear.evidence);
    let question = understand(&reply("What time does it end?"), &[]);
    assert!(question.review);
    assert_eq!(
        question.review,
        needs_review(
            question.answer.unwrap_or(Answer::Unclear),
            question.confidence
        )
    );
}

#[test]
fn an_explanation_after_the_answer_is_not_a_new_answer() {
    check(&[
        ("Sadly we can't come, we'll be at my sister's.", Answer::No),
        ("Lo siento, no podemos, estaremos en Madrid.", Answer::No),
        ("Niestety nie damy rady, będziemy u babci.", Answer::No),
        (
            "Désolée, on ne pourra pas venir, on sera chez mamie.",
            Answer::No,
        ),
        (
            "Infelizmente não vamos poder, estaremos na casa da avó.",
            Answer::No,
        ),
        ("Purtroppo no, saremo dai nonni.", Answer::No),
        ("Yes! We'll be at the party by 3.", Answer::Yes),
    ]);
}

#[test]
fn the_parent_not_staying_is_not_a_no() {
    check(&[
        ("I can't stay but Ella will come!", Answer::Yes),
        ("I'm working that day, her dad will bring her.", Answer::Yes),
        ("Je travaille mais son papa l'emmènera.", Answer::Yes),
        (
            "Ich kann nicht bleiben, aber Jonas kommt gern!",
            Answer::Yes,
        ),
        ("Ella will come, I can't stay though.", Answer::Yes),
        (
            "Her dad will bring her, I can't make it myself.",
            Answer::Yes,
        ),
    ]);
}

#[test]
fn hedged_negatives_are_maybe() {
    check(&[
        ("We might not make it now, sorry.", Answer::Maybe),
        ("I'm not saying no, but I can't say yes yet.", Answer::Maybe),
        ("Puede que no podamos, ya te diré.", Answer::Maybe),
        ("Vielleicht nicht, wir wissen noch nicht.", Answer::Maybe),
        (
            "Not sure we can make it - Theo has a swimming gala that morning.",
            Answer::Maybe,
        ),
    ]);
}

#[test]
fn indirect_answers_without_answer_words() {
    check(&[
        ("Thanks, but Ryan has football camp all day.", Answer::No),
        ("We have a christening that day.", Answer::No),
        (
            "Gracias, pero Hugo tiene un torneo de fútbol ese día.",
            Answer::No,
        ),
        (
            "Danke, aber Jonas hat an dem Tag ein Fußballturnier.",
            Answer::No,
        ),
        ("Thanks, but what time does it finish?", Answer::Unclear),
    ]);
}

#[test]
fn a_number_in_a_question_is_not_a_head_count() {
    check(&[
        (
            "How many siblings can come? We have three.",
            Answer::Unclear,
        ),
        (
            "Can siblings come too? We have 2 little ones.",
            Answer::Unclear,
        ),
    ]);
    check_guests(&[("Can siblings come too? We have 2 little ones.", None)]);
}

#[test]
fn head_counts_stated_indirectly() {
    check_guests(&[
        ("Yes! Me and the twins.", Some(3)),
        ("Both of us plus the baby will be there!", Some(3)),
        ("Just Noah, I'll drop him off.", Some(1)),
        ("We're 4 with grandma!", Some(4)),
        ("2 kids, 1 adult - see you there", Some(3)),
    ]);
    check(&[("Just Noah, I'll drop him off.", Answer::Yes)]);
}

#[test]
fn head_counts_in_number_words_of_every_language() {
    check_guests(&[
        ("我们三个人来。", Some(3)),
        ("好的，一共四个人。", Some(4)),
        ("Vi kommer fyra stycken.", Some(4)),
        ("Venim 4.", Some(4)),
        ("Vamos os quatro!", Some(4)),
        ("سنحضر أربعة.", Some(4)),
        ("हम तीन लोग आएंगे।", Some(3)),
        ("Ja, wir sind zu dritt.", Some(3)),
        ("Sì, veniamo: io, Luca e Marta. Quindi tre.", Some(3)),
        // A clock time after "o" is no head-count.
        ("Zosia będzie, odbiorę ją o 12:45.", Some(1)),
    ]);
}

#[test]
fn children_and_adults_numbered_apart_are_summed_once() {
    let counts = |text: &str| {
        let u = understand(&reply(text), &[]);
        (u.guests, u.children_count, u.adults_count)
    };
    for (text, want) in [
        ("Tak, 1 dziecko i 2 dorosłych.", (Some(3), Some(1), Some(2))),
        ("Ano, 3 děti a 1 dospělý.", (Some(4), Some(3), Some(1))),
        (
            "Yes - 3 kids and 2 adults from the Okafor side.",
            (Some(5), Some(3), Some(2)),
        ),
        ("好的！三个孩子两个大人。", (Some(5), Some(3), Some(2))),
    ] {
        assert_eq!(counts(text), want, "{text:?}");
    }
}

#[test]
fn whoever_only_brings_or_collects_the_child_is_not_counted() {
    check_guests(&[
        (
            "Oui, Léo vient, son papa le dépose et je le reprends à 18h.",
            Some(1),
        ),
        ("Sí, la lleva su tía y la recoge a las 8.", Some(1)),
        ("Ja, alleen Bram, ik breng hem en haal hem op.", Some(1)),
        ("Ярко прийде, я його приведу. Дякуємо!", Some(1)),
    ]);
}

#[test]
fn places_and_foreign_words_are_nobody() {
    check_guests(&[
        // A capitalized word after "in" is a place.
        (
            "Good news - we're staying in Leipzig after all, so Mira would love to come!",
            Some(1),
        ),
        // French "son" is "his": the father is the one companion.
        ("Oui, Lou viendra avec son père.", Some(2)),
        // The writer staying brings the invited child.
        ("Yes please. I'll stay with him, he's a bit shy.", Some(2)),
    ]);
}

#[test]
fn an_answer_typed_onto_the_quoted_subject() {
    let with_subject = |subject: &str| {
        format!(
            "From: Parent <parent@example.com>\r\nTo: host@example.org\r\nSubject: {subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n\r\n\r\nOn Sat, 3 May 2026 at 10:00, Host <host@example.org> wrote:\r\n{}\r\n",
            INVITE_QUOTE.replace('\n', "\r\n")
        )
    };
    for (subject, want) in [
        (
            "Re: You're invited: Elias's party 🎈 Sat 5 July → Yes, we'll come!",
            Answer::Yes,
        ),
        ("RE: Elias's birthday party on Saturday yes!", Answer::Yes),
        (
            "AW: Einladung zu Jonas' Geburtstag -> vielleicht",
            Answer::Maybe,
        ),
        (
            "Re: You're invited to Mia's party! YES 3 of us",
            Answer::Yes,
        ),
        ("Re: You're invited: Mia's birthday party", Answer::Unclear),
    ] {
        let u = understand(with_subject(subject).as_bytes(), &[]);
        assert_eq!(u.answer, Some(want), "{subject}: {:?}", u.evidence);
    }
    // The subject that was sent is known: only what was added to it counts.
    let sent =
        "Subject: You're invited: Yes, it's Mia's party!\r\n\r\nPlease reply yes, no or maybe.\r\n"
            .to_string();
    let u = understand(
        with_subject("Re: You're invited: Yes, it's Mia's party!").as_bytes(),
        &[sent],
    );
    assert_eq!(u.answer, Some(Answer::Unclear), "{:?}", u.evidence);
}

#[test]
fn notes_in_every_language_reach_the_host() {
    let cases = [
        ("Ja, gerne! Jonas hat eine Nussallergie.", "Nussallergie"),
        ("Yes! I'll pick him up at 5:30.", "5:30"),
        ("Ja, wir kommen. Ich hole ihn um 17:30 ab.", "17:30"),
        ("Oui ! Léa est allergique aux arachides.", "allergique"),
        ("¡Sí! Lucas es celíaco, sin gluten por favor.", "sin gluten"),
        (
            "Yes, we'll come. Sam uses a wheelchair, is there step-free access?",
            "wheelchair",
        ),
        ("Sì, veniamo! Passo a prenderlo alle 18.", "alle 18"),
    ];
    for (text, must) in cases {
        let u = understand(&reply(text), &[]);
        let note = u.note.unwrap_or_default();
        assert!(note.contains(must), "{text:?}: note {note:?}");
    }
}

#[test]
fn a_declined_button_with_a_comment_that_the_child_comes() {
    let ics = |partstat: &str, comment: &str| {
        format!(
            "From: a@example.com\r\nSubject: Declined: Mia's party\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n{comment}\r\n--b\r\nContent-Type: text/calendar; method=REPLY\r\n\r\nBEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nATTENDEE;CN=A;PARTSTAT={partstat}:mailto:a@example.com\r\nCOMMENT:{comment}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n--b--\r\n"
        )
    };
    for (comment, want) in [
        (
            "I can't make it but Ella will come with her dad",
            Answer::Yes,
        ),
        ("Declining for me, her dad will bring her", Answer::Yes),
        (
            "Ich kann nicht, aber Jonas kommt mit seinem Papa",
            Answer::Yes,
        ),
        ("Sorry, we're away that weekend", Answer::No),
        ("Have a lovely time!", Answer::No),
        // out-of-office words in a calendar note are still a person's
        ("I'm away but her auntie is bringing Mia", Answer::Yes),
    ] {
        let u = understand(ics("DECLINED", comment).as_bytes(), &[]);
        assert_eq!(u.kind, Kind::Human, "{comment}: {:?}", u.evidence);
        assert_eq!(u.answer, Some(want), "{comment}: {:?}", u.evidence);
    }
}

#[test]
fn a_negation_about_food_is_a_note_not_a_decline() {
    check(&[
        (
            "Yes, Tomas will be there! He can't eat eggs though.",
            Answer::Yes,
        ),
        ("Tak, Ola przyjdzie. Nie może pić mleka.", Answer::Yes),
        ("Ja, Lotta kommt. Sie darf kein Fleisch essen.", Answer::Yes),
        ("We're coming! No peanuts for Kit please.", Answer::Yes),
        ("Sorry, we can't come, Kit is poorly.", Answer::No),
    ]);
    let u = understand(
        &reply("Yes, Tomas will be there! He can't eat eggs though."),
        &[],
    );
    assert!(
        u.note.as_deref().is_some_and(|n| n.contains("eggs")),
        "{:?}",
        u.note
    );
}

#[test]
fn colloquial_yeah_nah() {
    check(&[
        ("Yeah nah, we're at the footy that day.", Answer::No),
        ("nah yeah, see you there", Answer::Yes),
    ]);
}

#[test]
fn doubtful_readings_fall_below_the_review_threshold() {
    let reviewed = |text: &str| {
        let u = understand(&reply(text), &[]);
        (u.review, u.confidence, u.evidence)
    };
    for text in [
        // yes and no, nothing ordering them
        "Yes, we can't come to the party.",
        // the writer is not a parent
        "Hi, I'm Kit's nanny. Kit is coming, I'll bring him.",
        // one weak cue only
        "Busy weekend for us.",
    ] {
        let (review, confidence, evidence) = reviewed(text);
        assert!(review, "{text:?}: {confidence} {evidence:?}");
    }
    for text in [
        "Yes, we'll be there!",
        "We'd love to come but sadly we can't, we're away.",
        "I said no earlier but plans changed and we can come after all!",
    ] {
        let (review, confidence, evidence) = reviewed(text);
        assert!(!review, "{text:?}: {confidence} {evidence:?}");
    }
}

#[test]
fn a_summary_of_the_head_count_wins_over_the_people_listed() {
    check_guests(&[
        ("Me, Kit and his two sisters - so 1 adult, 3 kids.", Some(4)),
        (
            "Count us in. Ava and Sam, plus me: 2 kids + 1 adult.",
            Some(3),
        ),
        ("Both boys will come - 2 kids, dropping them off.", Some(2)),
        ("Yes! Kit and 2 cousins.", Some(3)),
    ]);
    let u = understand(
        &reply("Me, Kit and his two sisters - so 1 adult, 3 kids."),
        &[],
    );
    assert_eq!((u.children_count, u.adults_count), (Some(3), Some(1)));
}

#[test]
fn who_stays_with_the_child_is_counted() {
    check_guests(&[
        ("Kit will come, and I'll stay for a coffee.", Some(2)),
        ("Kit can come, and we'll both be there to help.", Some(3)),
        ("I can't stay but Kit will come.", Some(1)),
        ("Będziemy we dwie!", Some(2)),
        ("Sì, Luca viene e resto anch'io.", Some(2)),
    ]);
    let u = understand(&reply("I can't stay but Kit will come."), &[]);
    assert_eq!((u.children_count, u.adults_count), (Some(1), Some(0)));
}

#[test]
fn a_count_beside_a_question_about_counts_is_not_an_answer() {
    check(&[
        (
            "How many adults can come? There's four of us.",
            Answer::Unclear,
        ),
        ("Can siblings come? We'd be 3 kids.", Answer::Unclear),
    ]);
}

#[test]
fn whoever_brings_the_child_is_not_counted_and_the_working_parent_neither() {
    check_guests(&[
        (
            "I'm working that day but her grandpa will bring Kit.",
            Some(1),
        ),
        ("Nažalost ne možemo, bit ćemo na moru.", None),
    ]);
    check(&[
        ("Nažalost ne možemo, bit ćemo na moru.", Answer::No),
        (
            "Kit would love to come! I'll hang around for a cuppa.",
            Answer::Yes,
        ),
    ]);
    check_guests(&[(
        "Kit would love to come! I'll hang around for a cuppa.",
        Some(2),
    )]);
}

#[test]
fn a_language_reads_only_its_own_cues_and_keeps_its_accents() {
    check(&[
        ("Ahí que vamos, Bruno no se lo pierde", Answer::Yes),
        ("No sé si podremos, os digo el viernes.", Answer::Maybe),
        ("no se si podremos ir, te digo algo", Answer::Maybe),
        (
            "Julka będzie. Niestety nie mogę zostać, bo pracuję – przywiozę ją na 11:00",
            Answer::Yes,
        ),
        (
            "Finalement Anaïs a attrapé la gastro, on va devoir annuler",
            Answer::No,
        ),
        ("Миша буде, дякуємо за запрошення!", Answer::Yes),
        ("На жаль, Миша не буде, ми їдемо до бабусі.", Answer::No),
    ]);
}

#[test]
fn who_stays_counts_and_who_only_drives_does_not() {
    check_guests(&[
        // A companion who brings the child and stays is a guest.
        (
            "Pietro ci sarà, lo accompagna il papà che poi resta con voi.",
            Some(2),
        ),
        ("Stella kommer gärna, och pappa stannar också.", Some(2)),
        // A grandparent or father who only drops off or collects is not.
        (
            "Rodrigo va seguro. Lo dejo a las 17:30 y lo recoge su padre.",
            Some(1),
        ),
        ("Eylül partiye gelecek. Babası 14:00'te bırakacak.", Some(1)),
        (
            "Both my girls are coming, I'll just drop them off at 1.",
            Some(2),
        ),
        // A capitalised word at the start of a sentence is not a child.
        (
            "Donc oui, Baptiste vient, je le dépose et je reviens.",
            Some(1),
        ),
        ("Ahí estaremos Rodrigo y yo.", Some(2)),
        ("Hiya yes Ivy + me 😊 thanks hun x", Some(2)),
        // "ja" is "I" in Croatian and Ukrainian ("я"), "yes" in German.
        ("Соломія прийде, я залишуся з нею. Дякуємо!", Some(2)),
        (
            "Borna dolazi, a ja ostajem s njim. Hvala na pozivu!",
            Some(2),
        ),
        ("Ja, Lasse kommt gern!", Some(1)),
        (
            "Wir kommen mit 2 Kindern (Bent und seine Schwester, 7) und 1 Erwachsenem (ich).",
            Some(3),
        ),
        (
            "Vamos los mellizos y yo, que no se separan ni para dormir jaja",
            Some(3),
        ),
        (
            "Finalement c'est bon, on vient à deux (Jade + moi) !",
            Some(2),
        ),
        ("znači dvoje djece i jedna odrasla osoba", Some(3)),
    ]);
}

#[test]
fn a_hedge_about_food_after_a_yes_is_not_about_coming() {
    check(&[
        (
            "Yes, Oskar would love to come! He is allergic to eggs, so probably no cake for him - I will send a muffin.",
            Answer::Yes,
        ),
        (
            "Tak, Zosia przyjdzie. Ma alergię na białko mleka, więc tort raczej nie dla niej.",
            Answer::Yes,
        ),
    ]);
}

#[test]
fn french_vient_is_coming_and_its_negation_is_not() {
    let read = |text: &str| {
        let raw = format!(
            "From: a@example.com\r\nSubject: Re: Fête\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{text}\r\n"
        );
        understand(raw.as_bytes(), &[]).answer
    };
    assert_eq!(
        read("Bonjour, Timéo vient, et son papa restera."),
        Some(Answer::Yes)
    );
    assert_eq!(
        read("Désolée, Timéo ne vient pas samedi."),
        Some(Answer::No)
    );
}
