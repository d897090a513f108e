"""The five parties (hosts, events, invitation texts) that corpus replies answer.

Each invitation is what the product sends to one family: a plain-text body
(quoted by the replying client), the subject, the host's address (some with a
`+rsvp-<token>` plus-address) and the calendar data reused by iTIP replies and
by the originals attached to bounces.
"""
import datetime as dt


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


HOSTS = {
    'priya': dict(
        name='Priya Raman', email='priya.raman@example.com', plus=False, lang='en',
        tz=tz(1), tzname='BST', mx='mx1.example.com', domain='example.com',
        sent=dt.datetime(2026, 6, 1, 19, 40, 12, tzinfo=tz(1)),
        subject="Arjun's 8th birthday - trampoline party, Sat 13 June",
        title="Arjun's 8th birthday - trampoline party",
        start='20260613T093000Z', end='20260613T113000Z',
        location='Jump Street Trampoline Park\\, Kirkstall Road\\, Leeds LS4',
        greeting=lambda f: 'Hi %s,' % f['parent_first'],
        text="""{greeting}

Arjun is turning 8 (how?!) and he'd love {kid} to come and bounce with
him at Jump Street trampoline park, Kirkstall Road, on Saturday 13 June
from 10:30 to 12:30, followed by pizza in the party room.

Grip socks are provided. Little brothers and sisters are welcome to
join, and parents are welcome to stay for a coffee upstairs - or drop
off and collect at 12:30, whichever suits.

Could you let me know yes, no or maybe by Friday 5 June, with how many
are jumping and any allergies? Not a problem at all if you can't make it.

No presents please - a card is more than enough!

Priya (Arjun's mum)
07700 900 318
"""),
    'tobias': dict(
        name='Tobias Wendt', email='tobias.wendt@example.net', plus=True, lang='de',
        tz=tz(2), tzname='CEST', mx='mail.example.net', domain='example.net',
        sent=dt.datetime(2026, 6, 2, 20, 15, 40, tzinfo=tz(2)),
        subject='Einladung: Milas Geburtstag am 20. Juni \U0001F434',
        title='Milas Geburtstag (Klassenfeier)',
        start='20260620T130000Z', end='20260620T160000Z',
        location='Kinderbauernhof Pinke-Panke\\, Am Bürgerpark 15\\, Berlin',
        greeting=lambda f: 'Liebe Familie %s,' % f['parent_last'],
        text="""{greeting}

Mila wird 7 und feiert mit ihrer ganzen Klasse! Wir treffen uns am
Samstag, 20. Juni, von 15 bis 18 Uhr auf dem Kinderbauernhof Pinke-Panke
(Am Bürgerpark 15, Pankow): Ponys, Stockbrot und eine Schatzsuche.

Geschwister sind herzlich willkommen. Eltern dürfen gern bleiben oder
{kid} um 18 Uhr wieder abholen.

Bitte antwortet einfach auf diese Mail mit ja, nein oder vielleicht,
wie viele ihr seid und ob es Allergien gibt - am besten bis 12. Juni.

Bitte keine Geschenke!

Viele Grüße
Tobias (Milas Papa)

(English: Mila's class party, Sat 20 June, 3-6pm at the Pinke-Panke
children's farm. Please just reply yes, no or maybe.)
"""),
    'lucia': dict(
        name='Lucía Ortega', email='lucia.ortega@example.org', plus=False, lang='es',
        tz=tz(2), tzname='CEST', mx='mx.example.org', domain='example.org',
        sent=dt.datetime(2026, 6, 3, 10, 5, 3, tzinfo=tz(2)),
        subject='Cumple de Mateo \U0001F388 domingo 21 de junio',
        title='Cumple de Mateo',
        start='20260621T090000Z', end='20260621T120000Z',
        location='Parque de Cabecera\\, zona de picnic\\, Valencia',
        greeting=lambda f: '¡Hola, familia de %s!' % f['kid'],
        text="""{greeting}

Mateo cumple 6 años y queremos celebrarlo con toda la clase. Será el
domingo 21 de junio, de 11:00 a 14:00, en la zona de picnic del Parque de
Cabecera (junto al lago de las barcas). Habrá juegos, piñata y bocadillos.

Los hermanos son bienvenidos y los padres, por supuesto, también.

¿Nos decís sí, no o quizás respondiendo a este correo, cuántos vendréis
y si hay alguna alergia? Nos ayudaría saberlo antes del 14 de junio.

¡No hace falta traer regalo!

Un abrazo,
Lucía (mamá de Mateo)
612 345 987
"""),
    'nadia': dict(
        name='Nadia Haddad', email='nadia.haddad@example.com', plus=True, lang='en',
        tz=tz(-4), tzname='EDT', mx='mx2.example.com', domain='example.com',
        sent=dt.datetime(2026, 4, 25, 9, 30, 55, tzinfo=tz(-4)),
        subject="Yasmin's birthday / Anniversaire de Yasmin - May 9",
        title="Yasmin's climbing party / Fête d'escalade de Yasmin",
        start='20260509T180000Z', end='20260509T203000Z',
        location='Allez Up\\, 1555 rue Saint-Patrick\\, Montréal',
        greeting=lambda f: 'Hi %s / Bonjour,' % f['parent_first'],
        text="""{greeting}

Yasmin turns 9 on May 9 and we're celebrating with her class at the
climbing gym Allez Up (1555 rue Saint-Patrick) on Saturday May 9,
2:00-4:30 pm. Climbing, snacks and cake. Siblings 5+ can climb too.

Please reply yes, no or maybe with the number of kids and adults, and
any allergies (the gym is nut-free). Kindly answer by May 2.

No gifts please - Yasmin would love a drawing instead!

---
Yasmin fête ses 9 ans ! Escalade chez Allez Up le samedi 9 mai,
de 14 h à 16 h 30. Merci de répondre oui, non ou peut-être, avec le
nombre d'enfants et d'adultes. Pas de cadeaux, merci !

Nadia (Yasmin's mom / maman de Yasmin)
514 555 0193
"""),
    'ivana': dict(
        name='Ivana Horvat', email='ivana.horvat@example.org', plus=True, lang='en',
        tz=tz(2), tzname='CEST', mx='mx1.example.org', domain='example.org',
        sent=dt.datetime(2026, 6, 13, 11, 0, 21, tzinfo=tz(2)),
        subject="You're invited: Leo's end-of-school picnic \u2014 Sat 27 June",
        title="Leo's end-of-school picnic",
        start='20260627T140000Z', end='20260627T170000Z',
        location='Lake Jarun (Mali Jarun)\\, Zagreb',
        greeting=lambda f: "Dear %s's family," % f['kid'],
        text="""{greeting}

Leo is turning 10 and we're having an end-of-school picnic for the
whole class at Lake Jarun (Mali Jarun, near the rowing club) on
Saturday 27 June, 4-7pm. Football, water games, a grill and cake.

Brothers and sisters are welcome, and so are parents!

Please reply with yes, no or maybe and how many of you will come,
by Monday 22 June if you can, and let us know about any allergies.

No gifts, please. Really.

Warmly,
Ivana & Marko (Leo's parents)
+385 91 555 2741
"""),
}
