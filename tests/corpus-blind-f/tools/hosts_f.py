"""The five parties that blind batch F answers (new hosts, invented people).

Same shape as tests/corpus/tools/hosts.py; build.py adds these to the shared
HOSTS table before rendering. Every host is plus-addressed (+rsvp-<token>).
"""
import datetime as dt


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


HOSTS_F = {
    'siobhan': dict(
        name='Siobhán Kearney', email='siobhan.kearney@example.com', plus=True, lang='en',
        tz=tz(1), tzname='IST', mx='mx3.example.com', domain='example.com',
        sent=dt.datetime(2026, 5, 4, 19, 12, 37, tzinfo=tz(1)),
        subject="Invitation: Cillian's 7th birthday party at Wiggle Room soft play - Saturday 23 May, 2-4.30pm",
        title="Cillian's 7th birthday party",
        start='20260523T130000Z', end='20260523T153000Z',
        location="Wiggle Room soft play\\, Harold's Cross Road\\, Dublin 6W",
        greeting=lambda f: 'Hi %s,' % f['parent_first'],
        text="""{greeting}

Cillian is turning 7 and we'd be delighted if {kid} could come to his
party at Wiggle Room soft play (Harold's Cross Road, Dublin 6W) on
Saturday 23 May, 2:00-4:30pm. Soft play first, then party food and cake
in the party room.

Brothers and sisters are very welcome (under-2s go free). You're welcome
to stay for a cuppa or to drop off and collect at 4:30.

Could you reply to this email with yes, no or maybe, how many children
and adults are coming, and any allergies or dietary needs, by Friday
15 May?

No presents needed, honestly!

Thanks a million,
Siobhán (Cillian's mam)
087 555 0142
"""),
    'lukas': dict(
        name='Lukas Gruber', email='lukas.gruber@example.net', plus=True, lang='de',
        tz=tz(2), tzname='MESZ', mx='mx4.example.net', domain='example.net',
        sent=dt.datetime(2026, 5, 20, 21, 3, 9, tzinfo=tz(2)),
        subject='Einladung zu Fionas 8. Geburtstag \U0001F9D7 Samstag, 6. Juni, Kletterhalle Kraxlwerk',
        title='Fionas 8. Geburtstag (Klettern)',
        start='20260606T120000Z', end='20260606T150000Z',
        location='Kletterhalle Kraxlwerk\\, Thaliastraße 120\\, 1160 Wien',
        greeting=lambda f: 'Liebe Familie %s,' % f['parent_last'],
        text="""{greeting}

Fiona wird 8 und möchte mit ihrer Klasse klettern gehen! Wir treffen uns
am Samstag, 6. Juni, von 14 bis 17 Uhr in der Kletterhalle Kraxlwerk
(Thaliastraße 120, Ottakring). Danach gibt es Pizza und Kuchen.

Geschwister ab 5 dürfen mitklettern, Eltern können gern bleiben oder
{kid} um 17 Uhr wieder abholen.

Bitte antwortet einfach auf diese Mail: ja, nein oder vielleicht,
wie viele Kinder und Erwachsene kommen und ob es Allergien gibt -
bitte bis 30. Mai.

Keine Geschenke, bitte!

Liebe Grüße
Lukas (Fionas Papa)
0664 555 2817

(English: Fiona's climbing party, Sat 6 June, 2-5pm at Kraxlwerk,
Thaliastrasse 120. Please reply yes, no or maybe, with numbers.)
"""),
    'amandine': dict(
        name='Amandine Roux', email='amandine.roux@example.org', plus=True, lang='fr',
        tz=tz(2), tzname='CEST', mx='mx5.example.org', domain='example.org',
        sent=dt.datetime(2026, 5, 11, 12, 48, 51, tzinfo=tz(2)),
        subject="Les 7 ans d'Inès \U0001F389 samedi 30 mai au parc Borély",
        title="Anniversaire d'Inès (7 ans)",
        start='20260530T123000Z', end='20260530T153000Z',
        location='Parc Borély\\, entrée avenue du Prado\\, Marseille',
        greeting=lambda f: 'Bonjour %s,' % f['parent_first'],
        text="""{greeting}

Inès fête ses 7 ans ! Nous invitons toute la classe au parc Borély
(entrée avenue du Prado, près du lac) le samedi 30 mai, de 14 h 30 à
17 h 30 : chasse au trésor, jeux et goûter.

Les frères et sœurs sont les bienvenus, les parents aussi. Vous pouvez
aussi déposer {kid} et revenir le/la chercher à 17 h 30.

Merci de répondre à ce mail par oui, non ou peut-être, en précisant le
nombre d'enfants et d'adultes et les éventuelles allergies, avant le
23 mai.

Pas de cadeau, surtout !

Amandine (maman d'Inès)
06 55 41 27 90
"""),
    'ximena': dict(
        name='Ximena Robles', email='ximena.robles@example.com', plus=True, lang='es',
        tz=tz(-6), tzname='CST', mx='mx6.example.com', domain='example.com',
        sent=dt.datetime(2026, 4, 27, 20, 31, 4, tzinfo=tz(-6)),
        subject='\U0001F389 Fiesta de Santi (6 años) - sábado 16 de mayo, Coyoacán',
        title='Fiesta de Santi',
        start='20260516T190000Z', end='20260516T230000Z',
        location='Salón de fiestas Brincolín\\, Av. Miguel Ángel de Quevedo 512\\, Coyoacán\\, CDMX',
        greeting=lambda f: '¡Hola, familia de %s!' % f['kid'],
        text="""{greeting}

Santi cumple 6 años y lo vamos a festejar con todo su salón el sábado
16 de mayo, de 1:00 a 5:00 pm, en el salón de fiestas Brincolín
(Av. Miguel Ángel de Quevedo 512, Coyoacán). Habrá brincolines, piñata,
tacos y pastel.

Los hermanitos son bienvenidos y los papás también.

¿Nos confirman sí, no o tal vez respondiendo a este correo, cuántos
niños y adultos vienen y si hay alguna alergia? De preferencia antes del
10 de mayo.

¡No es necesario traer regalo!

Saludos,
Ximena (mamá de Santi)
55 5512 3490
"""),
    'bartek': dict(
        name='Bartłomiej Nowicki', email='bartek.nowicki@example.net', plus=True, lang='pl',
        tz=tz(2), tzname='CEST', mx='mx7.example.net', domain='example.net',
        sent=dt.datetime(2026, 6, 1, 18, 22, 15, tzinfo=tz(2)),
        subject='Urodziny Zosi \U0001F388 / Zosia\'s birthday - sobota 13.06, Park Trampolin Skok',
        title='Urodziny Zosi / Zosia\'s birthday',
        start='20260613T090000Z', end='20260613T113000Z',
        location='Park Trampolin Skok\\, ul. Grunwaldzka 411\\, Gdańsk-Oliwa',
        greeting=lambda f: 'Dzień dobry / Hello %s,' % f['parent_first'],
        text="""{greeting}

Zosia kończy 8 lat! Zapraszamy {kid} na urodziny w Parku Trampolin Skok
(ul. Grunwaldzka 411, Oliwa) w sobotę 13 czerwca, 11:00-13:30.
Skakanie, pizza i tort. Rodzeństwo mile widziane.

Prosimy o odpowiedź na tego maila: tak, nie lub może, ile dzieci i ilu
dorosłych, oraz informację o alergiach - do 6 czerwca.

---
Zosia is turning 8! {kid} is invited to her party at Skok trampoline
park (Grunwaldzka 411, Oliwa) on Saturday 13 June, 11:00-13:30: jumping,
pizza and cake. Siblings welcome. Please reply yes, no or maybe with the
number of kids and adults and any allergies, by 6 June.

Bartek (tata Zosi / Zosia's dad)
+48 501 555 738
"""),
}
