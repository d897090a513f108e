# rsvpd's words in English. One message per line of thought; the layouts
# (../*.txt, ../*.html) decide where each goes. The host writes in the first
# person and uses first names. Variables are written { $name }; a selector
# { $n -> [one] … *[other] … } picks the form for a number or a word.

## Dates, times and lists

weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
weekday-short-1 = Mon
weekday-short-2 = Tue
weekday-short-3 = Wed
weekday-short-4 = Thu
weekday-short-5 = Fri
weekday-short-6 = Sat
weekday-short-7 = Sun
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December
month-short-1 = Jan
month-short-2 = Feb
month-short-3 = Mar
month-short-4 = Apr
month-short-5 = May
month-short-6 = Jun
month-short-7 = Jul
month-short-8 = Aug
month-short-9 = Sep
month-short-10 = Oct
month-short-11 = Nov
month-short-12 = Dec
# Saturday 12 December
format-date = { $weekday } { $day } { $month }
format-date-year = { $weekday } { $day } { $month } { $year }
format-date-short = { $weekday_short } { $day } { $month_short }
# 3 pm, 3:30 pm
format-time = { $minute ->
    [0] { $hour12 } { $pm ->
        [yes] pm
       *[no] am
    }
   *[other] { $hour12 }:{ $minute2 } { $pm ->
       [yes] pm
      *[no] am
   }
}
format-time-bare = { format-time }
format-time-span = { $from } – { $to }
format-time-span-days = { $from } – { $end_date }, { $to }
# Oliver and Amelia; Oliver, Amelia and Luka
format-and = { $first } and { $last }
# The writer of a reply, in a list of who is coming: "Oliver, Amelia and me".
word-me = me
more-children = { $n ->
    [one] one more child
   *[other] { $n } more children
}
children-count = { $n ->
    [one] one child
   *[other] { $n } children
}

## Shared

greeting = { $parents ->
    [none] Hi,
   *[other] Hi { $parents },
}
label-when = When
label-where = Where
label-map = Map
label-reply-by = Reply by
# A label in plain text, before its value.
label = { $label }:
map-link = Open { $place } in maps
# After a changed value: the value before the change.
was = (was { $old })

## Invitation

invitation-subject = { $children ->
    [none] Invitation: { $title }, { $date }
   *[other] Invitation for { $children }: { $title }, { $date }
}
invitation-lead = { $children ->
    [none] You’re invited to { $title }!
   *[other] We’d love { $children } to come to { $title }!
}
invitation-ask = Could you let me know by { $rsvp_by }?
invitation-how = { $count ->
    [0] Just reply to this email in your own words, for example “yes, 2 of us” or “sorry, we can’t make it”.
    [1] Just reply to this email in your own words, for example “yes, { $children_and_me }” or “sorry, we can’t make it”.
   *[other] Just reply to this email in your own words, for example “yes, { $children_and_me }”, “{ $count } kids, 1 adult” or “sorry, we can’t make it”.
}
signoff-invitation = Hope to see you there!

## Update: what changed goes first, in the subject and the first line

update-subject = { $change ->
    [time] { $title }: now at { $time } (was { $old_time })
    [date] { $title }: now on { $date } (was { $old_date })
    [date_time] { $title }: now on { $date } at { $time } (was { $old_date })
    [place] { $title }: now at { $place } (was { $old_place })
    [several] { $title }: new date, time or place
   *[other] { $title }: updated details
}
update-lead = { $change ->
    [time] { $title } has a new time: { $time } (was { $old_time }).
    [date] { $title } has moved to { $date } (was { $old_date }).
    [date_time] { $title } has moved to { $date }, { $time } (was { $old_date }, { $old_time }).
    [place] { $title } has a new place: { $place } (was { $old_place }).
    [several] { $title } has changed: here are the new date, time and place.
   *[other] There’s an update to { $title }.
}
update-details-changed = The details below have changed too.
update-ask = { $standing ->
    [yes] You told me { $children } { $count ->
        [one] is
       *[other] are
    } coming. Does the { $change ->
        [place] new place
        [date] new date
        [date_time] new date
       *[other] new time
    } still work for you? Just reply “yes” or “no”.
    [no] If the { $change ->
        [place] new place
        [date] new date
        [date_time] new date
       *[other] new time
    } works for you after all, just reply to this email.
    [maybe] Does the { $change ->
        [place] new place
        [date] new date
        [date_time] new date
       *[other] new time
    } make it easier? Just reply when you know.
   *[other] Could you let me know by { $rsvp_by } whether { $children } can come? Just reply to this email in your own words.
}
signoff-update = Thanks, and sorry for the change!

## Cancellation

cancel-subject = Cancelled: { $title }, { $date }
cancel-lead = I’m so sorry: I have to cancel { $title } on { $date }.
cancel-body = { $count ->
    [0] Please take it out of your calendar (your calendar may do this by itself). If you have a question, just reply to this email.
   *[other] Please take it out of your calendar (your calendar may do this by itself), and please tell { $children } I’m sorry. If you have a question, just reply to this email.
}
signoff-cancel = Sorry again,

## Reminder: to a family with no answer yet

reminder-subject = { $wrote ->
    [nothing] Reminder: { $title }, { $date }
   *[other] Re: { $title }, { $date }
}
reminder-lead = { $wrote ->
    [question] Thanks for your question, I’ll get back to you about it. Could you also tell me whether { $children } can come to { $title }?
    [unclear] Thanks for your message! I wasn’t sure whether it was a yes or a no: could you tell me whether { $children } can come to { $title }?
   *[other] Just a quick reminder about { $title } on { $date }: could you let me know by { $rsvp_by } whether { $children } can come?
}
reminder-how = Just reply to this email, for example “yes, { $children_and_me }” or “sorry, we can’t make it”.
signoff-reminder = Thanks!

## Confirmation: what I understood of a family’s reply

confirmation-subject = Re: { $title }
# $who: the children coming ("Oliver and Amelia", "one child"); $count: how
# many; $adults: a number, or "unknown" when the reply did not say.
confirmation-yes = Thank you! I’ve noted that { $who } { $count ->
    [one] is
   *[other] are
 } coming to { $title }{ $adults ->
    [0] .
    [unknown] .
    [one] , with one adult.
   *[other] , with { $adults } adults.
}
confirmation-ask-count = Will a grown-up stay too? Just reply, for example “{ $children_and_me }”.
confirmation-no = Thanks for letting me know. What a pity { $children } can’t come, maybe next time!
confirmation-maybe = Thanks! I’ve noted { $children } as a maybe for { $title }. Could you let me know by { $rsvp_by }?
confirmation-unclear = { $question ->
    [yes] Thanks for your question! I’ll read it myself and get back to you.
   *[no] Thanks for your message! I’ll read it myself and get back to you.
}
confirmation-standing = { $answer ->
    [yes] Until then, I still have you down as: { $who } { $count ->
        [one] is
       *[other] are
    } coming{ $adults ->
        [0] .
        [unknown] .
        [one] , with one adult.
       *[other] , with { $adults } adults.
    }
    [no] Until then, I still have you down as: { $children } can’t come.
   *[other] Until then, I still have { $children } down as a maybe.
}
confirmation-unclear-ask = When you know, could you also tell me whether { $children } can come?
confirmation-note = I’ve also noted: “{ $note }”
confirmation-change = If anything changes, just reply to this email.
signoff-confirmation = { $answer ->
    [yes] See you soon!
   *[other] Thanks!
}

## Digest: the host’s daily summary (rsvpd speaks to the host)

answer = { $answer ->
    [yes] yes
    [no] no
    [maybe] maybe
   *[other] unclear
}
# After an answer that changed: the answer before.
was-answer = { $old }
days = { $n ->
    [0] today
    [1] tomorrow
    [-1] yesterday
   *[other] { $future ->
        [yes] in { $abs } days
       *[no] { $abs } days ago
    }
}
# 2 children, 1 adult; $adults may be "unknown".
people = { $children ->
    [one] 1 child
   *[other] { $children } children
}{ $adults ->
    [unknown] , adults not said
    [0] {""}
    [one] , 1 adult
   *[other] , { $adults } adults
}
digest-subject = RSVP digest: { $title }: { $yes } yes, { $maybe } maybe, { $no } no, { $waiting } no answer yet{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } unreachable
} ({ $date })
digest-heading = { $title }: RSVP digest
digest-today = { $date }
digest-party = Party: { $date }, { $time } ({ $days })
digest-reply-by = Reply by: { $date } ({ $days })
digest-summary = Families: { $yes } yes, { $maybe } maybe, { $no } no, { $waiting } no answer yet{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } unreachable
}.
digest-attention = Needs your eyes ({ $n })
reason-unclear = rsvpd could not tell yes from no
reason-low-confidence = read as “{ $answer }”, but only { $percent }% sure
reason-failed-authentication = matched by the sender’s address only, and it failed DKIM/SPF: not counted
reason-disagreement = { $earlier_author } said { $earlier }, then { $author } said { $latest }; the latest counts
another-parent = another parent
digest-notes = Notes
tag = { $tag ->
    [allergy] allergy
    [leaving_early] leaving early
   *[other] question
}
digest-coming = Coming: { $children ->
    [one] 1 child
   *[other] { $children } children
} and { $approx ->
    [yes] about { $adults }
   *[no] { $adults }
} { $adults ->
    [one] adult
   *[other] adults
}
digest-adults-estimated = { $n ->
    [one] 1 adult
   *[other] { $n } adults
} estimated: 1 for each yes that gave no number ({ $families })
digest-maybe-more = up to { $n ->
    [one] 1 more person
   *[other] { $n } more people
} if every maybe comes
bucket = { $kind ->
    [yes] yes
    [maybe] maybe
    [no] no
    [waiting] no answer yet
    [unreachable] could not reach
   *[families] families
}
digest-waiting-unclear = { $n } wrote, but unclear
digest-changes = { $since ->
    [none] Answers so far
   *[other] What changed since { $since }
}
digest-nothing-new = Nothing new.
digest-by-you = corrected by you
digest-unreachable-change = could not be reached: { $reason }
digest-waiting = No answer yet ({ $n })
digest-delivery-problem = { $delayed ->
    [yes] Mail to { $address } is delayed (the server is still trying): { $reason }
   *[other] Mail to { $address } bounced (the family’s other address still works): { $reason }
}
digest-invited = { $invited ->
    [no] invitation not sent yet
   *[yes] { $days ->
        [none] invited
       *[other] invited { $days }
    }
}
digest-reminded = { $n ->
    [one] reminded { $date }
   *[other] reminded { $date } ({ $n } reminders)
}
digest-no-reminder = no reminder yet
digest-wrote-unclear = wrote, but unclear
digest-unreachable = Could not reach ({ $n }): maybe phone them
digest-unreachable-addresses = Could not reach every address
digest-partly-bounced = Mail to { $address } bounced; their other address still works: { $reason }
digest-everyone = Everyone
group = { $answer ->
    [yes] Yes
    [maybe] Maybe
   *[no] No
} ({ $n })
digest-commands = To correct an answer or send a reminder, reply to this email with one command per line ({ $name }: a child’s first name or the family name):
command-name = Name
command-yes = yes
command-no = no

## Answers to the host’s commands by email

commands-subject = { $done ->
    [0] { $errors ->
        [0] No commands found
       *[other] Not understood
    }
   *[other] { $errors ->
        [0] Done
        [one] Done, except 1 line
       *[other] Done, except { $errors } lines
    }
}: { $title }
commands-set = { $family } { $answer }{ $guests ->
    [0] {""}
    [one] , 1 person
   *[other] , { $guests } people
}
commands-remind = reminder to { $family }
commands-paused = reminders paused
commands-resumed = reminders resumed
commands-done = Done: { $list }.
commands-not-understood = Not understood:
commands-none = No commands found in your message.
commands-how = Write one command per line, for example:

## The one question a confirmation asks when rsvpd is unsure of a reply.
ask-coming = Just to be sure: { $count ->
    [one] is
   *[other] are
 } { $children } coming? Reply yes or no.
ask-how-many = Just to be sure: how many of you are coming, children and adults? Reply with a number.
ask-which = Just to be sure: which of { $children } are coming? Reply with their names.

## The digest: replies rsvpd asked the parent about, and the parent answered.
digest-settled = Settled by the parent ({ $n })
settled-answer = asked again, their answer: { $answer }

## The service: what it writes to a host who runs a party by email, and the
## one reply to a stranger. rsvpd speaks to the host, as in the digest.
service-hello = Hello,
service-form-subject = Your party: fill in these lines
service-form-ask = To invite a class to a party, reply to this message with these lines filled in, one per line:
service-form-roster = Attach the class list (CSV or Excel), or paste it below the lines, one family a line:
service-form-roster-example = Ben Adler, eva.adler@example.org, tom.adler@example.org
service-form-preview = You will get a preview of the invitation first. Nobody is invited until you reply OK to the preview.
service-preview-reply-by = Reply by { $date }
service-preview-counts = { $families ->
    [one] 1 family
   *[other] { $families } families
}, { $addresses ->
    [one] 1 address
   *[other] { $addresses } addresses
}{ $unreachable ->
    [0] {""}
   *[other] {" "}({ $unreachable } without an address)
}.
service-preview-issues = Before it can go out:
service-preview-notes = Please check:
service-preview-ready-subject = Preview: reply OK to invite them
service-preview-ready = Reply OK to invite them. The OK works for 48 hours, from your address only.
service-preview-change = To change something, reply with the corrected lines instead (or a new class list): you will get a new preview.
service-preview-fix-subject = Your party: a few lines to fix
service-preview-fix = Reply with the corrected lines (or the class list), and you will get a new preview.
service-preview-as-read = The party as read:
service-preview-invitation = --- The invitation, as the first family will see it ---
service-issue-missing = the “{ $label }:” line is missing
service-issue-unread = { $label }: “{ $text }” could not be read ({ $why })
service-issue-reply-by-after = the reply-by date is after the party
service-issue-time-zone = unknown time zone “{ $text }”
service-issue-no-families = no class list yet: attach it (CSV or Excel) or paste it, one family a line
service-issue-too-many = { $given } families: this service invites at most { $max } to one party
service-issue-nobody = not one family on the list has an email address
service-date-no-date = no date found
service-date-no-time = no time of day found
service-date-not-a-date = that day does not exist
service-date-end-before-start = the end is not after the start
service-date-in-past = that date has passed
service-doubt-year = no year was given, so the next one was taken
service-doubt-day-or-month = it could be day/month or month/day: day first was taken
service-doubt-weekday = the weekday written is not that date’s weekday
service-doubt-next-weekday = only a weekday was given: the next one was taken
service-doubt-no-end = no end time: two hours were assumed
service-doubt-afternoon = no am/pm: the afternoon was assumed
service-doubt-far-ahead = it is more than a year and a half away
service-note-guessed = { $label }: “{ $text }” was read as shown above ({ $doubts }): please check
service-note-reply-by-chosen = no reply-by date was given: { $date } was chosen
service-note-language = invitations in “{ $code }” are not available yet: English is used
service-note-no-address = no address for { $name }: phone them?
service-note-no-address-phone = no address for { $name }: phone them? ({ $phone })
service-note-bad-address = “{ $text }” is not an email address
service-note-no-name = { $address } has no child’s name
service-note-same-address = { $address } is also on line { $line } ({ $other })
service-note-unreadable = { $file } could not be read as a list
service-note-opted-out = { $address } ({ $name }) asked never to get mail from this service: left out
service-note-columns = columns not used: { $columns }
service-at-line = line { $line }
service-at-file = { $file }
service-at-file-line = { $file } line { $line }
service-noted-at = { $at }: { $note }
service-sent-subject = Sent: { $title }
service-sent = The invitations to { $title } are on their way: { $families ->
    [one] 1 family
   *[other] { $families } families
}, { $messages ->
    [one] 1 message
   *[other] { $messages } messages
}.
service-sent-digest = You will get a digest of the answers each morning. Reply to a digest to correct an answer (“Ben: yes 2”), or write one of these lines:
service-example-add = add: Ada Lovelace, ada.parent@example.org
service-example-time = change time: { $when }
service-example-place = change place: Town Hall, Main Street 1
service-example-cancel = cancel party
service-example-stop = stop
service-example-stop-means = stop (no more digests)
service-nothing-sent-subject = Nothing was sent
service-nothing-sent = Nothing was sent.
service-code-expired = This preview’s OK has expired (it holds for 48 hours).
service-code-superseded = A newer preview replaced this one: reply OK to the newest.
service-code-used = These invitations were already sent: nothing was sent again.
service-new-preview = Reply to this message with the party’s lines to get a new preview.
service-not-authenticated = Your mail server could not confirm that this message came from you (DKIM and SPF failed), so nothing was sent. Please reply again from your usual mail account.
service-limit-parties = { $max ->
    [one] You have started a party today, the most this service allows in a day.
   *[other] You have started { $max } parties today, the most this service allows in a day.
}
service-limit-families = The list has { $given } families; this service invites at most { $max } to one party.
service-limit-messages = This would send { $wanted } messages; with { $sent } sent today it would pass this service’s { $max } a day. Please reply OK again tomorrow.
service-done = Done:
service-not-done = Not done:
service-no-command = No command was found in your message. You can write:
service-done-invited = invited { $names }
service-done-time = new time: { $when } ({ $n ->
    [one] an update went to 1 address
   *[other] an update went to { $n } addresses
})
service-done-place = new place: { $place } ({ $n ->
    [one] an update went to 1 address
   *[other] an update went to { $n } addresses
})
service-done-cancelled = the party is cancelled ({ $n ->
    [one] 1 address told
   *[other] { $n } addresses told
})
service-done-stopped = no more digests
service-done-resumed = digests again each morning
service-error-not-sent = this party was not sent
service-error-cancelled = the party is cancelled
service-error-authentication = your mail server could not confirm this message came from you (DKIM and SPF failed): nothing was sent
service-error-add = add: { $text }: no new family with an address
service-error-add-max = add: this service invites at most { $max } families to one party
service-error-time = change time: “{ $text }” could not be read as a date and time
service-stranger-subject = About your message
service-stranger = { $service } sends party invitations for the hosts its operator has allowed, and your address is not one of them, so nothing was done with your message. If you think it should be, please ask the people who run { $service }.
service-stranger-automatic = This is an automatic reply; you will not get another one today.
