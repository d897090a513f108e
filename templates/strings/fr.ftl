# Les mots de rsvpd en français. On vouvoie la famille dans tous les
# messages. Le titre de la fête s’emploie comme un nom (avant deux-points ou
# dans l’objet), jamais après « à » ou « de » : ni « à le », ni accord.
# Espaces insécables avant « : ; ! ? » et à l’intérieur des guillemets.

## Dates, heures et listes

weekday-1 = lundi
weekday-2 = mardi
weekday-3 = mercredi
weekday-4 = jeudi
weekday-5 = vendredi
weekday-6 = samedi
weekday-7 = dimanche
weekday-short-1 = lun.
weekday-short-2 = mar.
weekday-short-3 = mer.
weekday-short-4 = jeu.
weekday-short-5 = ven.
weekday-short-6 = sam.
weekday-short-7 = dim.
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
month-short-1 = janv.
month-short-2 = févr.
month-short-3 = mars
month-short-4 = avr.
month-short-5 = mai
month-short-6 = juin
month-short-7 = juil.
month-short-8 = août
month-short-9 = sept.
month-short-10 = oct.
month-short-11 = nov.
month-short-12 = déc.
# samedi 12 décembre, dimanche 1er mars
format-date = { $weekday } { $day ->
    [1] 1er
   *[other] { $day }
} { $month }
format-date-year = { format-date } { $year }
format-date-short = { $weekday_short } { $day } { $month_short }
# 15 h, 15 h 30
format-time = { $minute ->
    [0] { $hour } h
   *[other] { $hour } h { $minute2 }
}
format-time-bare = { format-time }
format-time-span = de { $from } à { $to }
format-time-span-days = de { $from } au { $end_date }, { $to }
format-and = { $first } et { $last }
word-me = moi
more-children = { $n ->
    [one] un autre enfant
   *[other] { $n } autres enfants
}
children-count = { $n ->
    [one] un enfant
   *[other] { $n } enfants
}

## Communs

greeting = { $parents ->
    [none] Bonjour,
   *[other] Bonjour { $parents },
}
label-when = Quand
label-where = Où
label-map = Plan
label-reply-by = Réponse d’ici le
label = { $label } :
map-link = Voir { $place } sur la carte
was = (avant : { $old })

## Invitation

invitation-subject = { $children ->
    [none] Invitation : { $title }, { $date }
   *[other] Invitation pour { $children } : { $title }, { $date }
}
invitation-lead = { $children ->
    [none] { $title } : vous êtes invités !
   *[other] { $title } : nous serions ravis que { $children } { $count ->
       [one] vienne
      *[other] viennent
   } !
}
invitation-ask = Pouvez-vous me répondre d’ici le { $rsvp_by } ?
invitation-how = { $count ->
    [0] Répondez simplement à cet e-mail avec vos mots, par exemple « oui, nous serons 2 » ou « désolés, nous ne pourrons pas venir ».
    [1] Répondez simplement à cet e-mail avec vos mots, par exemple « oui, { $children_and_me } » ou « désolés, nous ne pourrons pas venir ».
   *[other] Répondez simplement à cet e-mail avec vos mots, par exemple « oui, { $children_and_me } », « { $count } enfants et 1 adulte » ou « désolés, nous ne pourrons pas venir ».
}
signoff-invitation = Au plaisir de vous voir !

## Changement : ce qui change vient en premier, dans l’objet et la première ligne

update-subject = { $change ->
    [time] { $title } : désormais à { $time } (avant : { $old_time })
    [date] { $title } : désormais le { $date } (avant : le { $old_date })
    [date_time] { $title } : désormais le { $date } à { $time } (avant : le { $old_date })
    [place] { $title } : nouveau lieu, { $place } (avant : { $old_place })
    [several] { $title } : nouvelle date, heure ou lieu
   *[other] { $title } : détails mis à jour
}
update-lead = { $change ->
    [time] { $title } : nouvel horaire, { $time } (avant : { $old_time }).
    [date] { $title } : nouvelle date, le { $date } (avant : le { $old_date }).
    [date_time] { $title } : nouvelle date, le { $date }, { $time } (avant : le { $old_date }, { $old_time }).
    [place] { $title } : nouveau lieu, { $place } (avant : { $old_place }).
    [several] { $title } : la date, l’heure ou le lieu changent ; voici les nouvelles informations.
   *[other] { $title } : il y a du nouveau.
}
update-details-changed = Les détails ci-dessous ont changé aussi.
update-ask = { $standing ->
    [yes] Vous m’aviez dit que { $children } { $count ->
        [one] venait
       *[other] venaient
    }. { $change ->
        [place] Ce nouveau lieu vous convient-il
        [date] Cette nouvelle date vous convient-elle
        [date_time] Cette nouvelle date vous convient-elle
       *[other] Ce nouvel horaire vous convient-il
    } toujours ? Répondez simplement « oui » ou « non ».
    [no] Si { $change ->
        [place] ce nouveau lieu
        [date] cette nouvelle date
        [date_time] cette nouvelle date
       *[other] ce nouvel horaire
    } vous convient finalement, répondez simplement à cet e-mail.
    [maybe] Est-ce plus simple pour vous ainsi ? Répondez quand vous saurez.
   *[other] Pouvez-vous me dire d’ici le { $rsvp_by } si { $children } { $count ->
       [one] pourra
      *[other] pourront
   } venir ? Répondez simplement à cet e-mail.
}
signoff-update = Merci, et pardon pour ce changement !

## Annulation

cancel-subject = Annulation : { $title }, { $date }
cancel-lead = { $title } : toutes mes excuses, je dois annuler la fête du { $date }.
cancel-body = { $count ->
    [0] Vous pouvez la retirer de votre agenda (il le fera peut-être tout seul). Si vous avez une question, répondez simplement à cet e-mail.
   *[other] Vous pouvez la retirer de votre agenda (il le fera peut-être tout seul), et dites à { $children } que je le regrette beaucoup. Si vous avez une question, répondez simplement à cet e-mail.
}
signoff-cancel = Encore pardon,

## Rappel : à une famille qui n’a pas encore répondu

reminder-subject = { $wrote ->
    [nothing] Rappel : { $title }, { $date }
   *[other] Re: { $title }, { $date }
}
reminder-lead = { $wrote ->
    [question] Merci pour votre question, je vous réponds bientôt. Pouvez-vous aussi me dire si { $children } { $count ->
        [one] pourra
       *[other] pourront
    } venir ?
    [unclear] Merci pour votre message ! Je n’ai pas bien compris si c’était un oui ou un non : pouvez-vous me dire si { $children } { $count ->
        [one] pourra
       *[other] pourront
    } venir ?
   *[other] Petit rappel : { $title }, le { $date }. Pouvez-vous me dire d’ici le { $rsvp_by } si { $children } { $count ->
       [one] pourra
      *[other] pourront
   } venir ?
}
reminder-how = Répondez simplement à cet e-mail, par exemple « oui, { $children_and_me } » ou « désolés, nous ne pourrons pas venir ».
signoff-reminder = Merci !

## Confirmation : ce que j’ai compris de la réponse d’une famille

confirmation-subject = Re: { $title }
confirmation-yes = Merci ! J’ai bien noté que { $who } { $count ->
    [one] vient
   *[other] viennent
 } à la fête{ $adults ->
    [0] .
    [unknown] .
    [one] , avec un adulte.
   *[other] , avec { $adults } adultes.
}
confirmation-ask-count = Un adulte restera-t-il aussi ? Répondez simplement, par exemple « { $children_and_me } ».
confirmation-no = Merci pour votre réponse. Dommage que { $children } ne { $count ->
    [one] puisse
   *[other] puissent
 } pas venir, ce sera pour une prochaine fois !
confirmation-maybe = Merci ! J’ai noté « peut-être » pour { $children }. Pouvez-vous me dire ce qu’il en est d’ici le { $rsvp_by } ?
confirmation-unclear = { $question ->
    [yes] Merci pour votre question ! Je la lis moi-même et je vous réponds.
   *[no] Merci pour votre message ! Je le lis moi-même et je vous réponds.
}
confirmation-standing = { $answer ->
    [yes] En attendant, j’ai toujours noté que { $who } { $count ->
        [one] vient
       *[other] viennent
    }{ $adults ->
        [0] .
        [unknown] .
        [one] , avec un adulte.
       *[other] , avec { $adults } adultes.
    }
    [no] En attendant, j’ai toujours noté que { $children } ne { $count ->
        [one] peut
       *[other] peuvent
    } pas venir.
   *[other] En attendant, j’ai toujours noté « peut-être » pour { $children }.
}
confirmation-unclear-ask = Quand vous saurez, pouvez-vous aussi me dire si { $children } { $count ->
    [one] pourra
   *[other] pourront
 } venir ?
confirmation-note = J’ai aussi noté : « { $note } »
confirmation-change = Si quelque chose change, répondez simplement à cet e-mail.
signoff-confirmation = { $answer ->
    [yes] À bientôt !
   *[other] Merci !
}

## Résumé quotidien pour l’organisateur (rsvpd le tutoie)

answer = { $answer ->
    [yes] oui
    [no] non
    [maybe] peut-être
   *[other] pas clair
}
was-answer = { $old }
days = { $n ->
    [0] aujourd’hui
    [1] demain
    [-1] hier
   *[other] { $future ->
        [yes] dans { $abs } jours
       *[no] il y a { $abs } jours
    }
}
people = { $children ->
    [one] 1 enfant
   *[other] { $children } enfants
}{ $adults ->
    [unknown] , adultes non précisés
    [0] {""}
    [one] , 1 adulte
   *[other] , { $adults } adultes
}
digest-subject = Résumé RSVP : { $title } : { $yes } oui, { $maybe } peut-être, { $no } non, { $waiting } sans réponse{ $unreachable ->
    [0] {""}
    [one] , 1 injoignable
   *[other] , { $unreachable } injoignables
} ({ $date })
digest-heading = { $title } : résumé RSVP
digest-today = { $date }
digest-party = Fête : { $date }, { $time } ({ $days })
digest-reply-by = Date limite de réponse : { $date } ({ $days })
digest-summary = Familles : { $yes } oui, { $maybe } peut-être, { $no } non, { $waiting } sans réponse{ $unreachable ->
    [0] {""}
    [one] , 1 injoignable
   *[other] , { $unreachable } injoignables
}.
digest-attention = À regarder ({ $n })
reason-unclear = rsvpd n’a pas su dire si c’est oui ou non
reason-low-confidence = lu comme « { $answer } », mais sûr seulement à { $percent } %
reason-failed-authentication = reconnu seulement par l’adresse de l’expéditeur, sans DKIM/SPF valide : pas compté
reason-disagreement = { $earlier_author } a dit « { $earlier } », puis { $author } a dit « { $latest } » ; la dernière réponse compte
another-parent = un autre parent
digest-notes = Notes
tag = { $tag ->
    [allergy] allergie
    [leaving_early] part plus tôt
   *[other] question
}
digest-coming = Viennent : { $children ->
    [one] 1 enfant
   *[other] { $children } enfants
} et { $approx ->
    [yes] environ { $adults }
   *[no] { $adults }
} { $adults ->
    [one] adulte
   *[other] adultes
}
digest-adults-estimated = { $n ->
    [one] 1 adulte estimé
   *[other] { $n } adultes estimés
} : 1 pour chaque oui sans nombre ({ $families })
digest-maybe-more = jusqu’à { $n ->
    [one] 1 personne de plus
   *[other] { $n } personnes de plus
} si tous les « peut-être » viennent
bucket = { $kind ->
    [yes] oui
    [maybe] peut-être
    [no] non
    [waiting] sans réponse
    [unreachable] injoignables
   *[families] familles
}
digest-waiting-unclear = { $n ->
    [one] 1 a écrit, mais pas clairement
   *[other] { $n } ont écrit, mais pas clairement
}
digest-changes = { $since ->
    [none] Réponses jusqu’ici
   *[other] Ce qui a changé depuis le { $since }
}
digest-nothing-new = Rien de nouveau.
digest-by-you = corrigé par toi
digest-unreachable-change = injoignable : { $reason }
digest-waiting = Sans réponse ({ $n })
digest-delivery-problem = { $delayed ->
    [yes] Le courriel à { $address } est retardé (le serveur réessaie encore) : { $reason }
   *[other] Le courriel à { $address } a été refusé (l’autre adresse de la famille fonctionne toujours) : { $reason }
}
digest-invited = { $invited ->
    [no] invitation pas encore envoyée
   *[yes] { $days ->
        [none] invitée
       *[other] invitée { $days }
    }
}
digest-reminded = { $n ->
    [one] relancée le { $date }
   *[other] relancée le { $date } ({ $n } relances)
}
digest-no-reminder = pas encore relancée
digest-wrote-unclear = a écrit, mais pas clairement
digest-unreachable = Injoignables ({ $n }) : peut-être les appeler
digest-unreachable-addresses = Certaines adresses sont injoignables
digest-partly-bounced = Le courriel à { $address } a été refusé ; leur autre adresse fonctionne toujours : { $reason }
digest-everyone = Toutes les réponses
group = { $answer ->
    [yes] Oui
    [maybe] Peut-être
   *[no] Non
} ({ $n })
digest-commands = Pour corriger une réponse ou envoyer une relance, réponds à cet e-mail avec une commande par ligne ({ $name } : le prénom d’un enfant ou le nom de la famille) :
command-name = Nom
command-yes = oui
command-no = non

## Réponses aux commandes par e-mail

commands-subject = { $done ->
    [0] { $errors ->
        [0] Aucune commande trouvée
       *[other] Pas compris
    }
   *[other] { $errors ->
        [0] Fait
        [one] Fait, sauf 1 ligne
       *[other] Fait, sauf { $errors } lignes
    }
} : { $title }
commands-set = { $family } { $answer }{ $guests ->
    [0] {""}
    [one] , 1 personne
   *[other] , { $guests } personnes
}
commands-remind = relance à { $family }
commands-paused = relances en pause
commands-resumed = relances reprises
commands-done = Fait : { $list }.
commands-not-understood = Pas compris :
commands-none = Aucune commande trouvée dans ton message.
commands-how = Écris une commande par ligne, par exemple :

## The one question a confirmation asks when rsvpd is unsure of a reply.
ask-coming = Juste pour vérifier : { $children } { $count ->
    [one] vient
   *[other] viennent
 } bien ? Répondez simplement par oui ou par non.
ask-how-many = Juste pour vérifier : combien serez-vous en tout, enfants et adultes ? Répondez simplement par un nombre.
ask-which = Juste pour vérifier : qui vient parmi { $children } ? Répondez simplement avec les prénoms.

## The digest: replies rsvpd asked the parent about, and the parent answered.
digest-settled = Précisé par les parents ({ $n })
settled-answer = question reposée, leur réponse : { $answer }

## Le service : ce qu’il écrit à qui organise une fête par e-mail, et l’unique
## réponse à un inconnu. On tutoie qui organise, comme dans le résumé, et
## on vouvoie un inconnu.
service-hello = Bonjour,
service-form-subject = Ta fête : remplis ces lignes
service-form-ask = Pour inviter une classe à une fête, réponds à ce message avec ces lignes remplies, une par ligne :
service-form-roster = Joins la liste de la classe (CSV ou Excel), ou colle-la sous les lignes, une famille par ligne :
service-form-roster-example = Léa Martin, claire.martin@example.org, paul.martin@example.org
service-form-preview = Tu recevras d’abord un aperçu de l’invitation. Personne n’est invité tant que tu n’as pas répondu OK à l’aperçu.
service-preview-reply-by = Réponse attendue d’ici le { $date }
service-preview-counts = { $families ->
    [one] 1 famille
   *[other] { $families } familles
}, { $addresses ->
    [one] 1 adresse
   *[other] { $addresses } adresses
}{ $unreachable ->
    [0] {""}
    [one] {" "}(1 sans adresse)
   *[other] {" "}({ $unreachable } sans adresse)
}.
service-preview-issues = Avant l’envoi :
service-preview-notes = À vérifier :
service-preview-ready-subject = Aperçu : réponds OK pour les inviter
service-preview-ready = Réponds OK pour les inviter. Le OK vaut 48 heures, et seulement depuis ton adresse.
service-preview-change = Pour changer quelque chose, réponds plutôt avec les lignes corrigées (ou une nouvelle liste de la classe) : tu recevras un nouvel aperçu.
service-preview-fix-subject = Ta fête : quelques lignes à corriger
service-preview-fix = Réponds avec les lignes corrigées (ou la liste de la classe), et tu recevras un nouvel aperçu.
service-preview-as-read = La fête, telle que je l’ai comprise :
service-preview-invitation = --- L’invitation, telle que la première famille la verra ---
service-issue-missing = il manque la ligne « { $label } : »
service-issue-unread = { $label } : « { $text } » n’a pas pu être lu ({ $why })
service-issue-reply-by-after = la date limite de réponse tombe après la fête
service-issue-time-zone = fuseau horaire inconnu : « { $text } »
service-issue-no-families = pas encore de liste de la classe : joins-la (CSV ou Excel) ou colle-la, une famille par ligne
service-issue-too-many = { $given } familles : ce service invite au plus { $max } familles à une même fête
service-issue-nobody = aucune famille de la liste n’a d’adresse e-mail
service-date-no-date = aucune date trouvée
service-date-no-time = aucune heure trouvée
service-date-not-a-date = ce jour n’existe pas
service-date-end-before-start = la fin n’est pas après le début
service-date-in-past = cette date est passée
service-doubt-year = l’année n’était pas indiquée : la prochaine a été retenue
service-doubt-day-or-month = cela peut être jour/mois ou mois/jour : le jour a été pris en premier
service-doubt-weekday = le jour de la semaine écrit n’est pas celui de cette date
service-doubt-next-weekday = seul le jour de la semaine était indiqué : le prochain a été retenu
service-doubt-no-end = pas d’heure de fin : deux heures ont été comptées
service-doubt-afternoon = ni matin ni après-midi précisé : l’après-midi a été retenu
service-doubt-far-ahead = c’est dans plus d’un an et demi
service-note-guessed = { $label } : « { $text } » a été lu comme ci-dessus ({ $doubts }) : merci de vérifier
service-note-reply-by-chosen = pas de date limite de réponse : le { $date } a été choisi
service-note-language = les invitations en « { $code } » ne sont pas encore disponibles : l’anglais est utilisé
service-note-no-address = pas d’adresse pour { $name } : appeler la famille ?
service-note-no-address-phone = pas d’adresse pour { $name } : appeler la famille ? ({ $phone })
service-note-bad-address = « { $text } » n’est pas une adresse e-mail
service-note-no-name = { $address } n’a pas de prénom d’enfant
service-note-same-address = { $address } figure aussi à la ligne { $line } ({ $other })
service-note-unreadable = { $file } n’a pas pu être lu comme une liste
service-note-opted-out = { $address } ({ $name }) a demandé à ne jamais recevoir de messages de ce service : laissé de côté
service-note-columns = colonnes non utilisées : { $columns }
service-at-line = ligne { $line }
service-at-file = { $file }
service-at-file-line = { $file }, ligne { $line }
service-noted-at = { $at } : { $note }
service-sent-subject = Invitations envoyées : { $title }
service-sent = Les invitations sont parties : { $families ->
    [one] 1 famille
   *[other] { $families } familles
}, { $messages ->
    [one] 1 message
   *[other] { $messages } messages
}.
service-sent-digest = Tu recevras chaque matin un résumé des réponses. Réponds à un résumé pour corriger une réponse (« Nom : oui 2 »), ou écris l’une de ces lignes :
service-example-add = ajouter : Ada Lovelace, ada.famille@example.org
service-example-time = changer l’heure : { $when }
service-example-place = changer le lieu : Mairie, 1 rue Principale
service-example-cancel = annuler la fête
service-example-stop = arrêter
service-example-stop-means = arrêter (plus de résumés)
service-nothing-sent-subject = Rien n’a été envoyé
service-nothing-sent = Rien n’a été envoyé.
service-code-expired = Le OK de cet aperçu a expiré (il vaut 48 heures).
service-code-superseded = Un aperçu plus récent a remplacé celui-ci : réponds OK au plus récent.
service-code-used = Ces invitations ont déjà été envoyées : rien n’a été renvoyé.
service-new-preview = Réponds à ce message avec les lignes de la fête pour recevoir un nouvel aperçu.
service-not-authenticated = Ton serveur de messagerie n’a pas pu confirmer que ce message venait bien de toi (DKIM et SPF ont échoué) : rien n’a donc été envoyé. Réponds à nouveau depuis ton compte de messagerie habituel, s’il te plaît.
service-limit-parties = { $max ->
    [one] Tu as déjà lancé une fête aujourd’hui, le maximum que ce service permet par jour.
   *[other] Tu as déjà lancé { $max } fêtes aujourd’hui, le maximum que ce service permet par jour.
}
service-limit-families = La liste compte { $given } familles ; ce service en invite au plus { $max } à une même fête.
service-limit-messages = Cela enverrait { $wanted } messages ; avec les { $sent } envoyés aujourd’hui, ce serait plus que les { $max } par jour de ce service. Réponds à nouveau OK demain, s’il te plaît.
service-done = Fait :
service-not-done = Pas fait :
service-no-command = Je n’ai trouvé aucune commande dans ton message. Tu peux écrire :
service-done-invited = invitation envoyée à { $names }
service-done-time = nouvelle heure : { $when } ({ $n ->
    [one] une mise à jour est partie vers 1 adresse
   *[other] une mise à jour est partie vers { $n } adresses
})
service-done-place = nouveau lieu : { $place } ({ $n ->
    [one] une mise à jour est partie vers 1 adresse
   *[other] une mise à jour est partie vers { $n } adresses
})
service-done-cancelled = la fête est annulée ({ $n ->
    [one] 1 adresse prévenue
   *[other] { $n } adresses prévenues
})
service-done-stopped = plus de résumés
service-done-resumed = de nouveau un résumé chaque matin
service-error-not-sent = cette fête n’a pas été envoyée
service-error-cancelled = la fête est annulée
service-error-authentication = ton serveur de messagerie n’a pas pu confirmer que ce message venait bien de toi (DKIM et SPF ont échoué) : rien n’a été envoyé
service-error-add = ajouter : { $text } : aucune nouvelle famille avec une adresse
service-error-add-max = ajouter : ce service invite au plus { $max } familles à une même fête
service-error-time = changer l’heure : « { $text } » n’a pas pu être lu comme une date et une heure
service-stranger-subject = À propos de votre message
service-stranger = { $service } envoie des invitations à des fêtes pour les personnes que ses responsables ont autorisées, et votre adresse n’en fait pas partie : votre message n’a donc pas été traité. Si vous pensez qu’elle devrait en faire partie, adressez-vous aux personnes qui gèrent { $service }.
service-stranger-automatic = Ceci est une réponse automatique ; vous n’en recevrez pas d’autre aujourd’hui.
