# Las palabras de rsvpd en español. Se habla a la familia de «ustedes» en
# todos los mensajes. El título de la fiesta se usa como un nombre (delante de
# dos puntos o en el asunto), nunca detrás de una preposición: así no depende
# de su género ni de «a el» / «al».

## Fechas, horas y listas

weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
weekday-short-1 = lun
weekday-short-2 = mar
weekday-short-3 = mié
weekday-short-4 = jue
weekday-short-5 = vie
weekday-short-6 = sáb
weekday-short-7 = dom
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic
# sábado 12 de diciembre
format-date = { $weekday } { $day } de { $month }
format-date-year = { $weekday } { $day } de { $month } de { $year }
format-date-short = { $weekday_short } { $day } { $month_short }
format-time = { $hour }:{ $minute2 }
format-time-bare = { $hour }:{ $minute2 }
format-time-span = de { $from } a { $to }
format-time-span-days = de { $from } al { $end_date }, { $to }
# «y» pasa a «e» delante del sonido /i/: «Luka e Isabel».
format-and = { $last_sound ->
    [i] { $first } e { $last }
   *[other] { $first } y { $last }
}
word-me = yo
more-children = { $n ->
    [one] un niño más
   *[other] { $n } niños más
}
children-count = { $n ->
    [one] un niño
   *[other] { $n } niños
}

## Comunes

greeting = { $parents ->
    [none] Hola:
   *[other] Hola, { $parents }:
}
label-when = Cuándo
label-where = Dónde
label-map = Mapa
label-reply-by = Confirmar hasta
label = { $label }:
map-link = Ver { $place } en el mapa
was = (antes: { $old })

## Invitación

invitation-subject = { $children ->
    [none] Invitación: { $title }, { $date }
   *[other] Invitación para { $children }: { $title }, { $date }
}
invitation-lead = { $children ->
    [none] { $title }: ¡están invitados!
   *[other] { $title }: ¡nos encantaría que { $children } { $count ->
       [one] viniera
      *[other] vinieran
   }!
}
invitation-ask = ¿Me confirman a más tardar el { $rsvp_by } si pueden venir?
invitation-how = { $count ->
    [0] Basta con responder a este correo con sus propias palabras, por ejemplo «sí, vamos 2» o «lo siento, no podemos».
    [1] Basta con responder a este correo con sus propias palabras, por ejemplo «sí, vamos { $children_and_me }» o «lo siento, no podemos».
   *[other] Basta con responder a este correo con sus propias palabras, por ejemplo «sí, vamos { $children_and_me }», «sí, { $count } niños y 1 adulto» o «lo siento, no podemos».
}
signoff-invitation = ¡Ojalá puedan venir!

## Cambios: lo que cambia va primero, en el asunto y en la primera línea

update-subject = { $change ->
    [time] { $title }: ahora a las { $time } (antes: { $old_time })
    [date] { $title }: ahora el { $date } (antes: { $old_date })
    [date_time] { $title }: ahora el { $date } a las { $time } (antes: { $old_date })
    [place] { $title }: ahora en { $place } (antes: { $old_place })
    [several] { $title }: nueva fecha, hora o lugar
   *[other] { $title }: detalles actualizados
}
update-lead = { $change ->
    [time] { $title }: cambia la hora. Ahora es { $time } (antes: { $old_time }).
    [date] { $title }: cambia la fecha. Ahora es el { $date } (antes: { $old_date }).
    [date_time] { $title }: cambian la fecha y la hora. Ahora es el { $date }, { $time } (antes: { $old_date }, { $old_time }).
    [place] { $title }: cambia el lugar. Ahora es en { $place } (antes: { $old_place }).
    [several] { $title }: hay cambios. Aquí tienen la nueva fecha, la hora y el lugar.
   *[other] { $title }: hay novedades.
}
update-details-changed = Los detalles de abajo también han cambiado.
update-ask = { $standing ->
    [yes] Me dijeron que { $children } { $count ->
        [one] viene
       *[other] vienen
    }. ¿Les sigue viniendo bien { $change ->
        [place] el nuevo lugar
        [date] la nueva fecha
        [date_time] la nueva fecha
       *[other] la nueva hora
    }? Basta con responder «sí» o «no».
    [no] Si { $change ->
        [place] el nuevo lugar
        [date] la nueva fecha
        [date_time] la nueva fecha
       *[other] la nueva hora
    } les viene bien, respondan a este correo.
    [maybe] ¿Así les resulta más fácil? Respondan cuando lo sepan.
   *[other] ¿Me pueden decir a más tardar el { $rsvp_by } si { $children } { $count ->
       [one] puede
      *[other] pueden
   } venir? Basta con responder a este correo.
}
signoff-update = ¡Gracias, y perdón por el cambio!

## Cancelación

cancel-subject = Cancelación: { $title }, { $date }
cancel-lead = { $title }: lo siento mucho, tengo que cancelar la fiesta del { $date }.
cancel-body = { $count ->
    [0] Por favor, bórrenla de su calendario (puede que su calendario lo haga solo). Si tienen alguna pregunta, respondan a este correo.
   *[other] Por favor, bórrenla de su calendario (puede que su calendario lo haga solo) y díganle a { $children } que lo siento mucho. Si tienen alguna pregunta, respondan a este correo.
}
signoff-cancel = Un abrazo,

## Recordatorio: a una familia que aún no ha respondido

reminder-subject = { $wrote ->
    [nothing] Recordatorio: { $title }, { $date }
   *[other] Re: { $title }, { $date }
}
reminder-lead = { $wrote ->
    [question] Gracias por su pregunta; les respondo pronto. ¿Me pueden decir también si { $children } { $count ->
        [one] puede
       *[other] pueden
    } venir?
    [unclear] ¡Gracias por su mensaje! No me quedó claro si es un sí o un no: ¿me pueden decir si { $children } { $count ->
        [one] puede
       *[other] pueden
    } venir?
   *[other] Un pequeño recordatorio: { $title }, el { $date }. ¿Me pueden decir a más tardar el { $rsvp_by } si { $children } { $count ->
       [one] puede
      *[other] pueden
   } venir?
}
reminder-how = Basta con responder a este correo, por ejemplo «sí, vamos { $children_and_me }» o «lo siento, no podemos».
signoff-reminder = ¡Gracias!

## Confirmación: lo que entendí de la respuesta de una familia

confirmation-subject = Re: { $title }
confirmation-yes = ¡Muchas gracias! He apuntado que { $who } { $count ->
    [one] viene
   *[other] vienen
 } a la fiesta{ $adults ->
    [0] .
    [unknown] .
    [one] , con un adulto.
   *[other] , con { $adults } adultos.
}
confirmation-ask-count = ¿Se queda también algún adulto? Respondan, por ejemplo, «{ $children_and_me }».
confirmation-no = Gracias por avisar. ¡Qué pena que { $children } no { $count ->
    [one] pueda
   *[other] puedan
 } venir! Será la próxima.
confirmation-maybe = ¡Gracias! He apuntado a { $children } como «quizás». ¿Me pueden decir algo a más tardar el { $rsvp_by }?
confirmation-unclear = { $question ->
    [yes] ¡Gracias por su pregunta! La leo con calma y les respondo.
   *[no] ¡Gracias por su mensaje! Lo leo con calma y les respondo.
}
confirmation-standing = { $answer ->
    [yes] Mientras tanto, sigo teniendo apuntado que { $who } { $count ->
        [one] viene
       *[other] vienen
    }{ $adults ->
        [0] .
        [unknown] .
        [one] , con un adulto.
       *[other] , con { $adults } adultos.
    }
    [no] Mientras tanto, sigo teniendo apuntado que { $children } no { $count ->
        [one] puede
       *[other] pueden
    } venir.
   *[other] Mientras tanto, sigo teniendo a { $children } como «quizás».
}
confirmation-unclear-ask = Cuando lo sepan, ¿me dicen también si { $children } { $count ->
    [one] puede
   *[other] pueden
 } venir?
confirmation-note = También he apuntado: «{ $note }»
confirmation-change = Si algo cambia, respondan a este correo.
signoff-confirmation = { $answer ->
    [yes] ¡Nos vemos pronto!
   *[other] ¡Gracias!
}

## Resumen diario para quien organiza (rsvpd le habla de «tú»)

answer = { $answer ->
    [yes] sí
    [no] no
    [maybe] quizás
   *[other] no está claro
}
was-answer = { $old }
days = { $n ->
    [0] hoy
    [1] mañana
    [-1] ayer
   *[other] { $future ->
        [yes] dentro de { $abs } días
       *[no] hace { $abs } días
    }
}
people = { $children ->
    [one] 1 niño
   *[other] { $children } niños
}{ $adults ->
    [unknown] , adultos sin indicar
    [0] {""}
    [one] , 1 adulto
   *[other] , { $adults } adultos
}
digest-subject = Resumen RSVP: { $title }: { $yes } sí, { $maybe } quizás, { $no } no, { $waiting } sin respuesta{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } sin contacto
} ({ $date })
digest-heading = { $title }: resumen RSVP
digest-today = { $date }
digest-party = Fiesta: { $date }, { $time } ({ $days })
digest-reply-by = Confirmar hasta: { $date } ({ $days })
digest-summary = Familias: { $yes } sí, { $maybe } quizás, { $no } no, { $waiting } sin respuesta{ $unreachable ->
    [0] {""}
   *[other] , { $unreachable } sin contacto
}.
digest-attention = Para que lo mires ({ $n })
reason-unclear = rsvpd no supo si es un sí o un no
reason-low-confidence = leído como «{ $answer }», pero solo con un { $percent } % de seguridad
reason-failed-authentication = reconocido solo por la dirección del remitente, sin pasar DKIM/SPF: no se cuenta
reason-disagreement = { $earlier_author } dijo «{ $earlier }», luego { $author } dijo «{ $latest }»; cuenta la última respuesta
another-parent = otro familiar
digest-notes = Notas
tag = { $tag ->
    [allergy] alergia
    [leaving_early] se van antes
   *[other] pregunta
}
digest-coming = Vienen: { $children ->
    [one] 1 niño
   *[other] { $children } niños
} y { $approx ->
    [yes] unos { $adults }
   *[no] { $adults }
} { $adults ->
    [one] adulto
   *[other] adultos
}
digest-adults-estimated = { $n ->
    [one] 1 adulto estimado
   *[other] { $n } adultos estimados
}: 1 por cada sí sin número ({ $families })
digest-maybe-more = hasta { $n ->
    [one] 1 persona más
   *[other] { $n } personas más
} si vienen todos los «quizás»
bucket = { $kind ->
    [yes] sí
    [maybe] quizás
    [no] no
    [waiting] sin respuesta
    [unreachable] sin contacto
   *[families] familias
}
digest-waiting-unclear = { $n ->
    [one] 1 escribió, pero no está claro
   *[other] { $n } escribieron, pero no está claro
}
digest-changes = { $since ->
    [none] Respuestas hasta ahora
   *[other] Qué ha cambiado desde el { $since }
}
digest-nothing-new = Nada nuevo.
digest-by-you = corregido por ti
digest-unreachable-change = no se pudo contactar: { $reason }
digest-waiting = Sin respuesta ({ $n })
digest-delivery-problem = { $delayed ->
    [yes] El correo a { $address } va con retraso (el servidor sigue intentándolo): { $reason }
   *[other] El correo a { $address } fue devuelto (la otra dirección de la familia sigue funcionando): { $reason }
}
digest-invited = { $invited ->
    [no] invitación aún no enviada
   *[yes] { $days ->
        [none] invitada
       *[other] invitada { $days }
    }
}
digest-reminded = { $n ->
    [one] recordatorio el { $date }
   *[other] recordatorio el { $date } ({ $n } recordatorios)
}
digest-no-reminder = sin recordatorio
digest-wrote-unclear = escribió, pero no está claro
digest-unreachable = Sin contacto ({ $n }): quizás convenga llamarles
digest-unreachable-addresses = Algunas direcciones no funcionan
digest-partly-bounced = El correo a { $address } fue devuelto; su otra dirección sigue funcionando: { $reason }
digest-everyone = Todas las respuestas
group = { $answer ->
    [yes] Sí
    [maybe] Quizás
   *[no] No
} ({ $n })
digest-commands = Para corregir una respuesta o enviar un recordatorio, responde a este correo con una orden por línea ({ $name }: el nombre de pila de un niño o el apellido de la familia):
command-name = Nombre
command-yes = sí
command-no = no

## Respuestas a las órdenes por correo

commands-subject = { $done ->
    [0] { $errors ->
        [0] No se encontraron órdenes
       *[other] No se entendió
    }
   *[other] { $errors ->
        [0] Hecho
        [one] Hecho, salvo 1 línea
       *[other] Hecho, salvo { $errors } líneas
    }
}: { $title }
commands-set = { $family } { $answer }{ $guests ->
    [0] {""}
    [one] , 1 persona
   *[other] , { $guests } personas
}
commands-remind = recordatorio a { $family }
commands-paused = recordatorios en pausa
commands-resumed = recordatorios reanudados
commands-done = Hecho: { $list }.
commands-not-understood = No se entendió:
commands-none = No se encontraron órdenes en tu mensaje.
commands-how = Escribe una orden por línea, por ejemplo:

## The one question a confirmation asks when rsvpd is unsure of a reply.
ask-coming = Solo para asegurarme: ¿{ $count ->
    [one] viene
   *[other] vienen
 } { $children }? Respondan sí o no.
ask-how-many = Solo para asegurarme: ¿cuántos vienen en total, niños y adultos? Respondan con un número.
ask-which = Solo para asegurarme: ¿quiénes vienen de { $children }? Respondan con los nombres.

## The digest: replies rsvpd asked the parent about, and the parent answered.
digest-settled = Aclarado por la familia ({ $n })
settled-answer = se les volvió a preguntar; su respuesta: { $answer }

## El servicio: lo que escribe a quien organiza una fiesta por correo, y la
## única respuesta a un desconocido. Se tutea a quien organiza, como en el
## resumen; a un desconocido se le trata de usted.
service-hello = Hola:
service-form-subject = Tu fiesta: rellena estas líneas
service-form-ask = Para invitar a una clase a una fiesta, responde a este mensaje con estas líneas rellenadas, una por línea:
service-form-roster = Adjunta la lista de la clase (CSV o Excel) o pégala debajo de las líneas, una familia por línea:
service-form-roster-example = Lucía García, ana.garcia@example.org, pablo.garcia@example.org
service-form-preview = Primero recibirás una vista previa de la invitación. No se invita a nadie hasta que respondas OK a la vista previa.
service-preview-reply-by = Confirmar hasta el { $date }
service-preview-counts = { $families ->
    [one] 1 familia
   *[other] { $families } familias
}, { $addresses ->
    [one] 1 dirección
   *[other] { $addresses } direcciones
}{ $unreachable ->
    [0] {""}
   *[other] {" "}({ $unreachable } sin dirección)
}.
service-preview-issues = Antes de poder enviarla:
service-preview-notes = Revisa, por favor:
service-preview-ready-subject = Vista previa: responde OK para invitarlos
service-preview-ready = Responde OK para invitarlos. El OK vale durante 48 horas y solo desde tu dirección.
service-preview-change = Para cambiar algo, responde en su lugar con las líneas corregidas (o con una nueva lista de la clase): recibirás una nueva vista previa.
service-preview-fix-subject = Tu fiesta: hay que corregir algunas líneas
service-preview-fix = Responde con las líneas corregidas (o con la lista de la clase) y recibirás una nueva vista previa.
service-preview-as-read = Así he entendido la fiesta:
service-preview-invitation = --- La invitación, tal como la verá la primera familia ---
service-issue-missing = falta la línea «{ $label }:»
service-issue-unread = { $label }: no se pudo leer «{ $text }» ({ $why })
service-issue-reply-by-after = la fecha límite para confirmar es posterior a la fiesta
service-issue-time-zone = zona horaria desconocida: «{ $text }»
service-issue-no-families = todavía no hay lista de la clase: adjúntala (CSV o Excel) o pégala, una familia por línea
service-issue-too-many = { $given } familias: este servicio invita como máximo a { $max } a una misma fiesta
service-issue-nobody = ninguna familia de la lista tiene dirección de correo
service-date-no-date = no hay ninguna fecha
service-date-no-time = no hay ninguna hora
service-date-not-a-date = ese día no existe
service-date-end-before-start = el final no es posterior al comienzo
service-date-in-past = esa fecha ya ha pasado
service-doubt-year = no se indicó el año, así que se tomó el próximo
service-doubt-day-or-month = puede ser día/mes o mes/día: se tomó primero el día
service-doubt-weekday = el día de la semana escrito no coincide con esa fecha
service-doubt-next-weekday = solo se indicó el día de la semana: se tomó el próximo
service-doubt-no-end = no hay hora de fin: se han supuesto dos horas
service-doubt-afternoon = no se indicó a. m. o p. m.: se ha supuesto la tarde
service-doubt-far-ahead = falta más de año y medio
service-note-guessed = { $label }: «{ $text }» se ha leído como aparece arriba ({ $doubts }): compruébalo, por favor
service-note-reply-by-chosen = no se indicó fecha límite para confirmar: se ha elegido el { $date }
service-note-language = las invitaciones en «{ $code }» aún no están disponibles: se usa el inglés
service-note-no-address = no hay dirección para { $name }: ¿llamarles por teléfono?
service-note-no-address-phone = no hay dirección para { $name }: ¿llamarles por teléfono? ({ $phone })
service-note-bad-address = «{ $text }» no es una dirección de correo
service-note-no-name = { $address } no lleva el nombre de ningún niño
service-note-same-address = { $address } también está en la línea { $line } ({ $other })
service-note-unreadable = { $file } no se pudo leer como lista
service-note-opted-out = { $address } ({ $name }) pidió no recibir nunca correo de este servicio: queda fuera
service-note-columns = columnas que no se usan: { $columns }
service-at-line = línea { $line }
service-at-file = { $file }
service-at-file-line = { $file }, línea { $line }
service-noted-at = { $at }: { $note }
service-sent-subject = Invitaciones enviadas: { $title }
service-sent = Las invitaciones ya están en camino: { $families ->
    [one] 1 familia
   *[other] { $families } familias
}, { $messages ->
    [one] 1 mensaje
   *[other] { $messages } mensajes
}.
service-sent-digest = Cada mañana recibirás un resumen de las respuestas. Responde a un resumen para corregir una respuesta («Nombre: sí 2») o escribe una de estas líneas:
service-example-add = añadir: Ada Lovelace, ada.familia@example.org
service-example-time = cambiar hora: { $when }
service-example-place = cambiar lugar: Ayuntamiento, calle Mayor 1
service-example-cancel = cancelar fiesta
service-example-stop = parar
service-example-stop-means = parar (no más resúmenes)
service-nothing-sent-subject = No se ha enviado nada
service-nothing-sent = No se ha enviado nada.
service-code-expired = El OK de esta vista previa ha caducado (vale durante 48 horas).
service-code-superseded = Una vista previa más reciente ha sustituido a esta: responde OK a la más reciente.
service-code-used = Estas invitaciones ya se enviaron: no se ha vuelto a enviar nada.
service-new-preview = Responde a este mensaje con las líneas de la fiesta para recibir una nueva vista previa.
service-not-authenticated = Tu servidor de correo no pudo confirmar que este mensaje lo enviaste tú (fallaron DKIM y SPF), así que no se ha enviado nada. Vuelve a responder desde tu cuenta de correo habitual, por favor.
service-limit-parties = { $max ->
    [one] Hoy ya has empezado una fiesta, el máximo que este servicio permite al día.
   *[other] Hoy ya has empezado { $max } fiestas, el máximo que este servicio permite al día.
}
service-limit-families = La lista tiene { $given } familias; este servicio invita como máximo a { $max } a una misma fiesta.
service-limit-messages = Esto enviaría { $wanted } mensajes; con los { $sent } enviados hoy, se superaría el máximo de { $max } al día de este servicio. Vuelve a responder OK mañana, por favor.
service-done = Hecho:
service-not-done = Sin hacer:
service-no-command = No he encontrado ninguna orden en tu mensaje. Puedes escribir:
service-done-invited = invitación enviada a { $names }
service-done-time = nueva hora: { $when } ({ $n ->
    [one] se ha enviado un aviso a 1 dirección
   *[other] se ha enviado un aviso a { $n } direcciones
})
service-done-place = nuevo lugar: { $place } ({ $n ->
    [one] se ha enviado un aviso a 1 dirección
   *[other] se ha enviado un aviso a { $n } direcciones
})
service-done-cancelled = la fiesta queda cancelada ({ $n ->
    [one] se ha avisado a 1 dirección
   *[other] se ha avisado a { $n } direcciones
})
service-done-stopped = no habrá más resúmenes
service-done-resumed = vuelve el resumen de cada mañana
service-error-not-sent = esta fiesta no se ha enviado
service-error-cancelled = la fiesta está cancelada
service-error-authentication = tu servidor de correo no pudo confirmar que este mensaje lo enviaste tú (fallaron DKIM y SPF): no se ha enviado nada
service-error-add = añadir: { $text }: ninguna familia nueva con dirección
service-error-add-max = añadir: este servicio invita como máximo a { $max } familias a una misma fiesta
service-error-time = cambiar hora: no se pudo leer «{ $text }» como fecha y hora
service-stranger-subject = Sobre su mensaje
service-stranger = { $service } envía invitaciones a fiestas en nombre de las personas que su administrador ha autorizado, y su dirección no es una de ellas, así que no se ha hecho nada con su mensaje. Si cree que debería serlo, consulte a quienes gestionan { $service }.
service-stranger-automatic = Esta es una respuesta automática; hoy no recibirá otra.
