# Die Worte von rsvpd auf Deutsch. Die Familie wird in allen Nachrichten mit
# „ihr“ angesprochen (Vornamen, wie unter Eltern einer Klasse üblich). Der
# Titel der Feier steht wie ein Name (vor einem Doppelpunkt oder im Betreff),
# nie nach einer Präposition: so braucht er weder Artikel noch Fall.

## Datum, Uhrzeit und Aufzählungen

weekday-1 = Montag
weekday-2 = Dienstag
weekday-3 = Mittwoch
weekday-4 = Donnerstag
weekday-5 = Freitag
weekday-6 = Samstag
weekday-7 = Sonntag
weekday-short-1 = Mo.
weekday-short-2 = Di.
weekday-short-3 = Mi.
weekday-short-4 = Do.
weekday-short-5 = Fr.
weekday-short-6 = Sa.
weekday-short-7 = So.
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
month-short-1 = Jan.
month-short-2 = Feb.
month-short-3 = März
month-short-4 = Apr.
month-short-5 = Mai
month-short-6 = Juni
month-short-7 = Juli
month-short-8 = Aug.
month-short-9 = Sept.
month-short-10 = Okt.
month-short-11 = Nov.
month-short-12 = Dez.
# Samstag, 12. Dezember
format-date = { $weekday }, { $day }. { $month }
format-date-year = { $weekday }, { $day }. { $month } { $year }
format-date-short = { $weekday_short }, { $day }. { $month_short }
# 15 Uhr, 15:30 Uhr
format-time = { format-time-bare } Uhr
format-time-bare = { $minute ->
    [0] { $hour }
   *[other] { $hour }:{ $minute2 }
}
format-time-span = von { $from_bare } bis { $to }
format-time-span-days = von { $from } bis { $end_date }, { $to }
format-and = { $first } und { $last }
word-me = ich
more-children = { $n ->
    [one] ein weiteres Kind
   *[other] { $n } weitere Kinder
}
children-count = { $n ->
    [one] ein Kind
   *[other] { $n } Kinder
}

## Allgemein

greeting = { $parents ->
    [none] Hallo,
   *[other] Hallo { $parents },
}
label-when = Wann
label-where = Wo
label-map = Karte
label-reply-by = Antwort bis
label = { $label }:
map-link = { $place } auf der Karte öffnen
was = (bisher: { $old })

## Einladung

invitation-subject = { $children ->
    [none] Einladung: { $title }, { $date }
   *[other] Einladung für { $children }: { $title }, { $date }
}
invitation-lead = { $children ->
    [none] { $title }: Ihr seid herzlich eingeladen!
   *[other] { $title }: Wir würden uns sehr freuen, wenn { $children } { $count ->
       [one] kommt
      *[other] kommen
   }!
}
invitation-ask = Könnt ihr mir bis { $rsvp_by } Bescheid geben?
invitation-how = { $count ->
    [0] Antwortet einfach auf diese E-Mail, in euren eigenen Worten, zum Beispiel „ja, wir sind zu zweit“ oder „leider können wir nicht“.
    [1] Antwortet einfach auf diese E-Mail, in euren eigenen Worten, zum Beispiel „ja, { $children_and_me }“ oder „leider können wir nicht“.
   *[other] Antwortet einfach auf diese E-Mail, in euren eigenen Worten, zum Beispiel „ja, { $children_and_me }“, „{ $count } Kinder, 1 Erwachsener“ oder „leider können wir nicht“.
}
signoff-invitation = Ich freue mich auf euch!

## Änderung: was sich ändert, steht zuerst, im Betreff und in der ersten Zeile

update-subject = { $change ->
    [time] { $title }: jetzt um { $time } (bisher { $old_time })
    [date] { $title }: jetzt am { $date } (bisher { $old_date })
    [date_time] { $title }: jetzt am { $date } um { $time } (bisher { $old_date })
    [place] { $title }: neuer Ort, { $place } (bisher { $old_place })
    [several] { $title }: neues Datum, neue Uhrzeit oder neuer Ort
   *[other] { $title }: neue Details
}
update-lead = { $change ->
    [time] { $title }: neue Uhrzeit, { $time } (bisher: { $old_time }).
    [date] { $title }: neuer Termin, { $date } (bisher: { $old_date }).
    [date_time] { $title }: neuer Termin, { $date }, { $time } (bisher: { $old_date }, { $old_time }).
    [place] { $title }: neuer Ort, { $place } (bisher: { $old_place }).
    [several] { $title }: Es hat sich etwas geändert. Hier sind Datum, Uhrzeit und Ort.
   *[other] { $title }: Es gibt Neuigkeiten.
}
update-details-changed = Auch die Details unten haben sich geändert.
update-ask = { $standing ->
    [yes] Ihr hattet geschrieben, dass { $children } { $count ->
        [one] kommt
       *[other] kommen
    }. Passt { $change ->
        [place] der neue Ort
        [date] der neue Termin
        [date_time] der neue Termin
       *[other] die neue Uhrzeit
    } noch? Antwortet einfach mit „ja“ oder „nein“.
    [no] Falls { $change ->
        [place] der neue Ort
        [date] der neue Termin
        [date_time] der neue Termin
       *[other] die neue Uhrzeit
    } doch passt, antwortet einfach auf diese E-Mail.
    [maybe] Passt es so vielleicht besser? Antwortet einfach, sobald ihr es wisst.
   *[other] Könnt ihr mir bis { $rsvp_by } sagen, ob { $children } kommen { $count ->
       [one] kann
      *[other] können
   }? Antwortet einfach auf diese E-Mail.
}
signoff-update = Danke, und entschuldigt die Änderung!

## Absage

cancel-subject = Abgesagt: { $title }, { $date }
cancel-lead = { $title }: Es tut mir sehr leid, aber ich muss die Feier am { $date } absagen.
cancel-body = { $count ->
    [0] Bitte tragt sie aus eurem Kalender aus (vielleicht macht er das von selbst). Wenn ihr Fragen habt, antwortet einfach auf diese E-Mail.
   *[other] Bitte tragt sie aus eurem Kalender aus (vielleicht macht er das von selbst), und sagt { $children } bitte, dass es mir sehr leidtut. Wenn ihr Fragen habt, antwortet einfach auf diese E-Mail.
}
signoff-cancel = Liebe Grüße

## Erinnerung: an eine Familie, die noch nicht geantwortet hat

reminder-subject = { $wrote ->
    [nothing] Erinnerung: { $title }, { $date }
   *[other] Re: { $title }, { $date }
}
reminder-lead = { $wrote ->
    [question] Danke für eure Frage, ich melde mich dazu bald. Könnt ihr mir außerdem sagen, ob { $children } kommen { $count ->
        [one] kann
       *[other] können
    }?
    [unclear] Danke für eure Nachricht! Ich war nicht sicher, ob das ein Ja oder ein Nein war: Könnt ihr mir sagen, ob { $children } kommen { $count ->
        [one] kann
       *[other] können
    }?
   *[other] Eine kleine Erinnerung: { $title } am { $date }. Könnt ihr mir bis { $rsvp_by } sagen, ob { $children } kommen { $count ->
       [one] kann
      *[other] können
   }?
}
reminder-how = Antwortet einfach auf diese E-Mail, zum Beispiel „ja, { $children_and_me }“ oder „leider können wir nicht“.
signoff-reminder = Danke!

## Bestätigung: was ich aus der Antwort einer Familie verstanden habe

confirmation-subject = Re: { $title }
confirmation-yes = Danke! Ich habe notiert, dass { $who } { $count ->
    [one] kommt
   *[other] kommen
 }{ $adults ->
    [0] .
    [unknown] .
    [one] , mit einem Erwachsenen.
   *[other] , mit { $adults } Erwachsenen.
}
confirmation-ask-count = Bleibt auch ein Erwachsener da? Antwortet einfach, zum Beispiel „{ $children_and_me }“.
confirmation-no = Danke für eure Nachricht. Schade, dass { $children } nicht kommen { $count ->
    [one] kann
   *[other] können
 }, vielleicht beim nächsten Mal!
confirmation-maybe = Danke! Ich habe { $children } als „vielleicht“ notiert. Könnt ihr mir bis { $rsvp_by } Bescheid geben?
confirmation-unclear = { $question ->
    [yes] Danke für eure Frage! Ich lese sie selbst und melde mich.
   *[no] Danke für eure Nachricht! Ich lese sie selbst und melde mich.
}
confirmation-standing = { $answer ->
    [yes] Bis dahin habe ich weiter notiert, dass { $who } { $count ->
        [one] kommt
       *[other] kommen
    }{ $adults ->
        [0] .
        [unknown] .
        [one] , mit einem Erwachsenen.
       *[other] , mit { $adults } Erwachsenen.
    }
    [no] Bis dahin habe ich weiter notiert, dass { $children } nicht kommen { $count ->
        [one] kann
       *[other] können
    }.
   *[other] Bis dahin habe ich { $children } weiter als „vielleicht“ notiert.
}
confirmation-unclear-ask = Sobald ihr es wisst: Könnt ihr mir auch sagen, ob { $children } kommen { $count ->
    [one] kann
   *[other] können
 }?
confirmation-note = Außerdem habe ich notiert: „{ $note }“
confirmation-change = Falls sich etwas ändert, antwortet einfach auf diese E-Mail.
signoff-confirmation = { $answer ->
    [yes] Bis bald!
   *[other] Danke!
}

## Tägliche Übersicht für die Gastgeberin oder den Gastgeber (rsvpd duzt)

answer = { $answer ->
    [yes] ja
    [no] nein
    [maybe] vielleicht
   *[other] unklar
}
was-answer = { $old }
days = { $n ->
    [0] heute
    [1] morgen
    [-1] gestern
   *[other] { $future ->
        [yes] in { $abs } Tagen
       *[no] vor { $abs } Tagen
    }
}
people = { $children ->
    [one] 1 Kind
   *[other] { $children } Kinder
}{ $adults ->
    [unknown] , Erwachsene nicht angegeben
    [0] {""}
    [one] , 1 Erwachsener
   *[other] , { $adults } Erwachsene
}
digest-subject = RSVP-Übersicht: { $title }: { $yes } ja, { $maybe } vielleicht, { $no } nein, { $waiting } ohne Antwort{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } nicht erreichbar
} ({ $date })
digest-heading = { $title }: RSVP-Übersicht
digest-today = { $date }
digest-party = Feier: { $date }, { $time } ({ $days })
digest-reply-by = Antwort bis: { $date } ({ $days })
digest-summary = Familien: { $yes } ja, { $maybe } vielleicht, { $no } nein, { $waiting } ohne Antwort{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } nicht erreichbar
}.
digest-attention = Bitte ansehen ({ $n })
reason-unclear = rsvpd konnte Ja und Nein nicht unterscheiden
reason-low-confidence = als „{ $answer }“ gelesen, aber nur zu { $percent } % sicher
reason-failed-authentication = nur über die Absenderadresse zugeordnet, und DKIM/SPF schlugen fehl: nicht gezählt
reason-disagreement = { $earlier_author } schrieb „{ $earlier }“, dann { $author } „{ $latest }“; die letzte Antwort zählt
another-parent = ein anderes Elternteil
digest-notes = Hinweise
tag = { $tag ->
    [allergy] Allergie
    [leaving_early] geht früher
   *[other] Frage
}
digest-coming = Es kommen: { $children ->
    [one] 1 Kind
   *[other] { $children } Kinder
} und { $approx ->
    [yes] etwa { $adults }
   *[no] { $adults }
} { $adults ->
    [one] Erwachsener
   *[other] Erwachsene
}
digest-adults-estimated = { $n ->
    [one] 1 Erwachsener geschätzt
   *[other] { $n } Erwachsene geschätzt
}: 1 für jedes Ja ohne Zahl ({ $families })
digest-maybe-more = bis zu { $n ->
    [one] 1 Person mehr
   *[other] { $n } Personen mehr
}, wenn alle „vielleicht“ kommen
bucket = { $kind ->
    [yes] ja
    [maybe] vielleicht
    [no] nein
    [waiting] noch ohne Antwort
    [unreachable] nicht erreichbar
   *[families] Familien
}
digest-waiting-unclear = { $n ->
    [one] 1 hat geschrieben, aber unklar
   *[other] { $n } haben geschrieben, aber unklar
}
digest-changes = { $since ->
    [none] Antworten bisher
   *[other] Was sich seit { $since } geändert hat
}
digest-nothing-new = Nichts Neues.
digest-by-you = von dir korrigiert
digest-unreachable-change = nicht erreichbar: { $reason }
digest-waiting = Noch ohne Antwort ({ $n })
digest-delivery-problem = { $delayed ->
    [yes] Die Mail an { $address } verzögert sich (der Server versucht es weiter): { $reason }
   *[other] Die Mail an { $address } kam zurück (die andere Adresse der Familie funktioniert noch): { $reason }
}
digest-invited = { $invited ->
    [no] Einladung noch nicht verschickt
   *[yes] { $days ->
        [none] eingeladen
       *[other] eingeladen { $days }
    }
}
digest-reminded = { $n ->
    [one] erinnert am { $date }
   *[other] erinnert am { $date } ({ $n } Erinnerungen)
}
digest-no-reminder = noch nicht erinnert
digest-wrote-unclear = hat geschrieben, aber unklar
digest-unreachable = Nicht erreichbar ({ $n }): vielleicht anrufen
digest-unreachable-addresses = Nicht jede Adresse ist erreichbar
digest-partly-bounced = Die Mail an { $address } kam zurück; ihre andere Adresse funktioniert noch: { $reason }
digest-everyone = Alle Antworten
group = { $answer ->
    [yes] Ja
    [maybe] Vielleicht
   *[no] Nein
} ({ $n })
digest-commands = Um eine Antwort zu korrigieren oder eine Erinnerung zu schicken, antworte auf diese E-Mail, ein Befehl pro Zeile ({ $name }: Vorname eines Kindes oder Familienname):
command-name = Name
command-yes = ja
command-no = nein

## Antworten auf Befehle per E-Mail

commands-subject = { $done ->
    [0] { $errors ->
        [0] Keine Befehle gefunden
       *[other] Nicht verstanden
    }
   *[other] { $errors ->
        [0] Erledigt
        [one] Erledigt, bis auf 1 Zeile
       *[other] Erledigt, bis auf { $errors } Zeilen
    }
}: { $title }
commands-set = { $family } { $answer }{ $guests ->
    [0] {""}
    [one] , 1 Person
   *[other] , { $guests } Personen
}
commands-remind = Erinnerung an { $family }
commands-paused = Erinnerungen pausiert
commands-resumed = Erinnerungen wieder aktiv
commands-done = Erledigt: { $list }.
commands-not-understood = Nicht verstanden:
commands-none = In deiner Nachricht wurden keine Befehle gefunden.
commands-how = Schreib einen Befehl pro Zeile, zum Beispiel:

## The one question a confirmation asks when rsvpd is unsure of a reply.
ask-coming = Nur zur Sicherheit: { $count ->
    [one] Kommt
   *[other] Kommen
 } { $children }? Antwortet einfach mit Ja oder Nein.
ask-how-many = Nur zur Sicherheit: Wie viele seid ihr insgesamt, Kinder und Erwachsene? Antwortet einfach mit einer Zahl.
ask-which = Nur zur Sicherheit: Wer von { $children } kommt? Antwortet einfach mit den Namen.

## The digest: replies rsvpd asked the parent about, and the parent answered.
digest-settled = Von den Eltern geklärt ({ $n })
settled-answer = nachgefragt, ihre Antwort: { $answer }

## Der Dienst: was er an Gastgeber schreibt, die eine Feier per E-Mail
## ausrichten, und die eine Antwort an Unbekannte. Gastgeber werden geduzt,
## wie in der Übersicht; Unbekannte werden gesiezt.
service-hello = Hallo,
service-form-subject = Deine Feier: Bitte diese Zeilen ausfüllen
service-form-ask = Um eine Klasse zu einer Feier einzuladen, antworte auf diese Nachricht mit diesen ausgefüllten Zeilen, eine pro Zeile:
service-form-roster = Hänge die Klassenliste an (CSV oder Excel) oder füge sie unter den Zeilen ein, eine Familie pro Zeile:
service-form-roster-example = Lena Schmidt, anna.schmidt@example.org, jonas.schmidt@example.org
service-form-preview = Zuerst bekommst du eine Vorschau der Einladung. Eingeladen wird erst, wenn du auf die Vorschau mit OK antwortest.
service-preview-reply-by = Antwort bis { $date }
service-preview-counts = { $families ->
    [one] 1 Familie
   *[other] { $families } Familien
}, { $addresses ->
    [one] 1 Adresse
   *[other] { $addresses } Adressen
}{ $unreachable ->
    [0] {""}
   *[other] {" "}({ $unreachable } ohne Adresse)
}.
service-preview-issues = Bevor sie verschickt werden kann:
service-preview-notes = Bitte prüfen:
service-preview-ready-subject = Vorschau: Antworte mit OK, um sie einzuladen
service-preview-ready = Antworte mit OK, um sie einzuladen. Das OK gilt 48 Stunden und nur von deiner Adresse aus.
service-preview-change = Um etwas zu ändern, antworte stattdessen mit den korrigierten Zeilen (oder einer neuen Klassenliste): Du bekommst dann eine neue Vorschau.
service-preview-fix-subject = Deine Feier: ein paar Zeilen zu korrigieren
service-preview-fix = Antworte mit den korrigierten Zeilen (oder der Klassenliste), dann bekommst du eine neue Vorschau.
service-preview-as-read = Die Feier, so wie ich sie verstanden habe:
service-preview-invitation = --- Die Einladung, wie die erste Familie sie sehen wird ---
service-issue-missing = die Zeile „{ $label }:“ fehlt
service-issue-unread = { $label }: „{ $text }“ konnte nicht gelesen werden ({ $why })
service-issue-reply-by-after = das Antwortdatum liegt nach der Feier
service-issue-time-zone = unbekannte Zeitzone „{ $text }“
service-issue-no-families = noch keine Klassenliste: Hänge sie an (CSV oder Excel) oder füge sie ein, eine Familie pro Zeile
service-issue-too-many = { $given } Familien: Dieser Dienst lädt höchstens { $max } zu einer Feier ein
service-issue-nobody = keine Familie auf der Liste hat eine E-Mail-Adresse
service-date-no-date = kein Datum gefunden
service-date-no-time = keine Uhrzeit gefunden
service-date-not-a-date = diesen Tag gibt es nicht
service-date-end-before-start = das Ende liegt nicht nach dem Beginn
service-date-in-past = dieses Datum ist vorbei
service-doubt-year = kein Jahr angegeben, daher wurde das nächste genommen
service-doubt-day-or-month = es könnte Tag/Monat oder Monat/Tag sein: Es wurde Tag/Monat angenommen
service-doubt-weekday = der angegebene Wochentag passt nicht zu diesem Datum
service-doubt-next-weekday = nur ein Wochentag angegeben: Der nächste wurde genommen
service-doubt-no-end = keine Endzeit: Es wurden zwei Stunden angenommen
service-doubt-afternoon = weder vormittags noch nachmittags angegeben: Der Nachmittag wurde angenommen
service-doubt-far-ahead = es ist mehr als anderthalb Jahre entfernt
service-note-guessed = { $label }: „{ $text }“ wurde wie oben gelesen ({ $doubts }): Bitte prüfen
service-note-reply-by-chosen = kein Antwortdatum angegeben: Gewählt wurde { $date }
service-note-language = Einladungen auf „{ $code }“ gibt es noch nicht: Englisch wird verwendet
service-note-no-address = keine Adresse für { $name }: anrufen?
service-note-no-address-phone = keine Adresse für { $name }: anrufen? ({ $phone })
service-note-bad-address = „{ $text }“ ist keine E-Mail-Adresse
service-note-no-name = bei { $address } fehlt der Name eines Kindes
service-note-same-address = { $address } steht auch in Zeile { $line } ({ $other })
service-note-unreadable = { $file } konnte nicht als Liste gelesen werden
service-note-opted-out = { $address } ({ $name }) möchte nie Post von diesem Dienst bekommen: ausgelassen
service-note-columns = nicht verwendete Spalten: { $columns }
service-at-line = Zeile { $line }
service-at-file = { $file }
service-at-file-line = { $file }, Zeile { $line }
service-noted-at = { $at }: { $note }
service-sent-subject = Einladungen verschickt: { $title }
service-sent = Die Einladungen sind unterwegs: { $families ->
    [one] 1 Familie
   *[other] { $families } Familien
}, { $messages ->
    [one] 1 Nachricht
   *[other] { $messages } Nachrichten
}.
service-sent-digest = Jeden Morgen bekommst du eine Übersicht der Antworten. Antworte auf eine Übersicht, um eine Antwort zu korrigieren („Name: ja 2“), oder schreib eine dieser Zeilen:
service-example-add = hinzufügen: Ada Lovelace, ada.familie@example.org
service-example-time = Zeit ändern: { $when }
service-example-place = Ort ändern: Rathaus, Hauptstraße 1
service-example-cancel = Feier absagen
service-example-stop = stopp
service-example-stop-means = stopp (keine Übersichten mehr)
service-nothing-sent-subject = Es wurde nichts verschickt
service-nothing-sent = Es wurde nichts verschickt.
service-code-expired = Das OK für diese Vorschau ist abgelaufen (es gilt 48 Stunden).
service-code-superseded = Eine neuere Vorschau hat diese ersetzt: Antworte mit OK auf die neueste.
service-code-used = Diese Einladungen sind bereits verschickt; es wurde nichts erneut verschickt.
service-new-preview = Antworte auf diese Nachricht mit den Zeilen der Feier, um eine neue Vorschau zu bekommen.
service-not-authenticated = Dein Mailserver konnte nicht bestätigen, dass diese Nachricht von dir kam (DKIM und SPF sind fehlgeschlagen), daher wurde nichts verschickt. Bitte antworte noch einmal von deinem üblichen E-Mail-Konto.
service-limit-parties = { $max ->
    [one] Du hast heute schon eine Feier begonnen, mehr erlaubt dieser Dienst nicht an einem Tag.
   *[other] Du hast heute schon { $max } Feiern begonnen, mehr erlaubt dieser Dienst nicht an einem Tag.
}
service-limit-families = Die Liste hat { $given } Familien; dieser Dienst lädt höchstens { $max } zu einer Feier ein.
service-limit-messages = Das wären { $wanted } Nachrichten; mit den { $sent } von heute wären es mehr als die { $max } pro Tag, die dieser Dienst erlaubt. Bitte antworte morgen noch einmal mit OK.
service-done = Erledigt:
service-not-done = Nicht erledigt:
service-no-command = In deiner Nachricht habe ich keinen Befehl gefunden. Du kannst schreiben:
service-done-invited = eingeladen: { $names }
service-done-time = neue Zeit: { $when } ({ $n ->
    [one] eine Änderung ging an 1 Adresse
   *[other] eine Änderung ging an { $n } Adressen
})
service-done-place = neuer Ort: { $place } ({ $n ->
    [one] eine Änderung ging an 1 Adresse
   *[other] eine Änderung ging an { $n } Adressen
})
service-done-cancelled = die Feier ist abgesagt ({ $n ->
    [one] 1 Adresse benachrichtigt
   *[other] { $n } Adressen benachrichtigt
})
service-done-stopped = keine Übersichten mehr
service-done-resumed = wieder jeden Morgen eine Übersicht
service-error-not-sent = diese Feier wurde nicht verschickt
service-error-cancelled = die Feier ist abgesagt
service-error-authentication = dein Mailserver konnte nicht bestätigen, dass diese Nachricht von dir kam (DKIM und SPF sind fehlgeschlagen): Es wurde nichts verschickt
service-error-add = hinzufügen: { $text }: keine neue Familie mit Adresse
service-error-add-max = hinzufügen: Dieser Dienst lädt höchstens { $max } Familien zu einer Feier ein
service-error-time = Zeit ändern: „{ $text }“ konnte nicht als Datum und Uhrzeit gelesen werden
service-stranger-subject = Zu Ihrer Nachricht
service-stranger = { $service } verschickt Einladungen zu Feiern für die Gastgeber, die seine Betreiber zugelassen haben. Ihre Adresse gehört nicht dazu, daher wurde mit Ihrer Nachricht nichts gemacht. Wenn Sie meinen, dass sie dazugehören sollte, wenden Sie sich bitte an die Betreiber von { $service }.
service-stranger-automatic = Dies ist eine automatische Antwort; heute bekommen Sie keine weitere.
