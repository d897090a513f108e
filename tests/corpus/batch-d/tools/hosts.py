"""The five parties of batch D (Seville, Lyon, Hamburg, Manchester, Kraków).

All people, places and addresses are invented. Each invitation is what the
product sends to one family: a plain-text body (quoted by the replying
client), the subject, the host's address (some plus-addressed) and the
calendar data reused by iTIP replies and by originals attached to bounces.
"""
import datetime as dt


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


HOSTS = {
    'inma': dict(
        name='Inmaculada Vázquez', email='inma.vazquez@example.net', plus=False, lang='es',
        tz=tz(2), tzname='CEST', mx='mx3.example.net', domain='example.net',
        sent=dt.datetime(2026, 5, 4, 21, 12, 7, tzinfo=tz(2)),
        subject='Curro cumple 7 \U0001F382 ¡fiesta el sábado 16 de mayo!',
        title='Cumpleaños de Curro (7)',
        start='20260516T153000Z', end='20260516T180000Z',
        location='Ludoteca El Columpio\\, calle Feria 42\\, Sevilla',
        greeting=lambda f: '¡Hola, familia de %s!' % f['kid'],
        text="""{greeting}

Curro cumple 7 años y lo vamos a celebrar con toda la clase de 1º B en
la Ludoteca El Columpio (calle Feria 42, junto al mercado) el sábado
16 de mayo, de 17:30 a 20:00. Habrá castillo hinchable, taller de
chapas y merienda.

Los hermanitos pueden venir sin problema. Los padres podéis quedaros
a tomar algo o dejar a los niños y recogerlos a las 20:00.

Contestad a este correo con sí, no o a lo mejor, decidnos cuántos
seréis y si hay alguna alergia o intolerancia, antes del lunes 11.

¡Nada de regalos, de verdad!

Un beso,
Inma (mamá de Curro)
654 218 903
"""),
    'aurelie': dict(
        name='Aurélie Chassagne', email='aurelie.chassagne@example.org', plus=True, lang='fr',
        tz=tz(2), tzname='CEST', mx='mx2.example.org', domain='example.org',
        sent=dt.datetime(2026, 5, 26, 20, 48, 33, tzinfo=tz(2)),
        subject="Anniversaire de Timothée \U0001F389 mercredi 10 juin",
        title='Anniversaire de Timothée (8 ans)',
        start='20260610T120000Z', end='20260610T150000Z',
        location='Planète Rebond\\, 12 rue Paul-Bert\\, Lyon 3e',
        greeting=lambda f: 'Bonjour %s,' % f['parent_first'],
        text="""{greeting}

Timothée fête ses 8 ans ! Nous invitons toute la classe de CE2 de
Mme Perrin le mercredi 10 juin de 14 h à 17 h à Planète Rebond
(12 rue Paul-Bert, Lyon 3e, tram T1 arrêt Part-Dieu Villette) :
trampolines, goûter et gâteau.

Vous pouvez déposer {kid} à 14 h et le/la récupérer à 17 h, ou rester
avec nous bien sûr. Les frères et sœurs sont les bienvenus.

Merci de répondre à ce mail par oui, non ou peut-être, avec le nombre
d'enfants et d'adultes, et les allergies éventuelles, avant le 3 juin.

Pas de cadeau s'il vous plaît !

À bientôt,
Aurélie (maman de Timothée)
06 71 42 88 19
"""),
    'ole': dict(
        name='Ole Petersen', email='ole.petersen@example.com', plus=True, lang='de',
        tz=tz(2), tzname='CEST', mx='mail.example.com', domain='example.com',
        sent=dt.datetime(2026, 9, 10, 19, 5, 51, tzinfo=tz(2)),
        subject='Einladung: Jonte wird 6! \U0001F996 Samstag, 26.9.',
        title='Jontes 6. Geburtstag',
        start='20260926T123000Z', end='20260926T153000Z',
        location='Kletterhalle Nordwand\\, Veringstraße 14\\, Hamburg-Wilhelmsburg',
        greeting=lambda f: 'Hallo liebe Familie %s,' % f['parent_last'],
        text="""{greeting}

Jonte wird 6 und möchte mit seiner Klasse (1c) feiern! Wir treffen
uns am Samstag, 26. September, von 14:30 bis 17:30 Uhr in der
Kletterhalle Nordwand (Veringstraße 14, Wilhelmsburg). Es gibt einen
Kletterkurs für Kinder, danach Kuchen und Würstchen.

Ihr könnt {kid} bringen und um 17:30 Uhr wieder abholen oder gern
dableiben. Geschwister ab 4 Jahren dürfen mitklettern.

Gebt bitte bis zum 19.9. kurz Bescheid (ja, nein, vielleicht), mit
wie vielen Kindern und Erwachsenen ihr kommt und ob es Allergien gibt.

Keine Geschenke bitte!

Liebe Grüße
Ole (Jontes Papa)
0176 4419 2280
"""),
    'siobhan': dict(
        name='Siobhan Kearney', email='siobhan.kearney@example.com', plus=True, lang='en',
        tz=tz(1), tzname='BST', mx='mx1.example.com', domain='example.com',
        sent=dt.datetime(2026, 10, 2, 18, 22, 10, tzinfo=tz(1)),
        subject="Niamh's 9th - roller disco! Sun 18 Oct",
        title="Niamh's 9th birthday roller disco",
        start='20261018T120000Z', end='20261018T140000Z',
        location='Skate Social\\, Jersey Street\\, Ancoats\\, Manchester M4',
        greeting=lambda f: 'Hiya %s,' % f['parent_first'],
        text="""{greeting}

Niamh is turning 9 and she's having a roller disco for the whole of
Year 4 (Miss Okafor's class) at Skate Social, Jersey Street, Ancoats
on Sunday 18 October, 1-3pm. Skates and helmets are provided, then
there's hot dogs and cake.

Grown-ups are welcome to stay (there's a cafe) or drop off and pick
up at 3. Siblings are welcome too, there's a little ones' area.

Could you reply yes, no or maybe by Sunday 11th and let me know how
many kids and adults, plus any allergies or anything else I should
know?

No presents please!

Siobhan (Niamh's mum)
07700 900 642
"""),
    'dorota': dict(
        name='Dorota Sikora', email='dorota.sikora@example.org', plus=False, lang='pl',
        tz=tz(1), tzname='CET', mx='mx1.example.org', domain='example.org',
        sent=dt.datetime(2026, 11, 6, 20, 30, 44, tzinfo=tz(1)),
        subject='Urodziny Tymka / Tymek\'s birthday - sobota 21.11',
        title='Urodziny Tymka (7) / Tymek\'s 7th birthday',
        start='20261121T100000Z', end='20261121T123000Z',
        location='Sala zabaw Hopsasa\\, ul. Kalwaryjska 71\\, Kraków',
        greeting=lambda f: 'Dzień dobry / Hello %s,' % f['parent_first'],
        text="""{greeting}

Tymek kończy 7 lat! Zapraszamy całą klasę 1a na urodziny w sali zabaw
Hopsasa (ul. Kalwaryjska 71, Podgórze) w sobotę 21 listopada, od 11:00
do 13:30. Będą animacje, pizza i tort.

Rodzice mogą zostać albo odebrać dzieci o 13:30. Rodzeństwo mile
widziane.

Prosimy o odpowiedź: tak, nie lub może, ile osób przyjdzie i czy są
jakieś alergie - do 14 listopada.

---
Tymek is turning 7! The whole of class 1a is invited to Hopsasa play
centre (ul. Kalwaryjska 71) on Saturday 21 November, 11:00-13:30.
Parents can stay or collect at 13:30. Please reply yes, no or maybe,
how many are coming and any allergies, by 14 November.

Bez prezentów, prosimy! / No presents please!

Dorota i Wojtek (rodzice Tymka / Tymek's parents)
601 338 472
"""),
}
