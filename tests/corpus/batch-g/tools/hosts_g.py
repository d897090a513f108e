"""Batch G: five new parties (hosts, events, invitation texts) and the family
name pools their guests are drawn from.

The structure is that of tests/corpus/tools/hosts.py (build.py adds these to
its HOSTS table); every host is plus-addressed (+rsvp-<token>).  All people,
places and addresses are invented.
"""
import datetime as dt


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


HOSTS = {
    'morag': dict(
        name='Morag Sinclair', email='morag.sinclair@example.com', plus=True, lang='en',
        tz=tz(1), tzname='BST', mx='mx3.example.com', domain='example.com',
        sent=dt.datetime(2026, 5, 2, 18, 22, 7, tzinfo=tz(1)),
        subject="Callum's 7th birthday - soft play & pizza, Sat 16 May",
        title="Callum's 7th birthday - soft play & pizza",
        start='20260516T130000Z', end='20260516T150000Z',
        location='Wee Monkeys Soft Play\\, Ocean Way\\, Leith\\, Edinburgh EH6',
        greeting=lambda f: 'Hi %s,' % f['parent_first'],
        text="""{greeting}

Callum is turning 7 and we'd love {kid} to come to his party at Wee
Monkeys soft play (Ocean Way, Leith) on Saturday 16 May, 2-4pm. Two
hours of climbing and sliding, then pizza and cake in the party room.

Brothers and sisters are welcome (under-3s go in the toddler area).
Grown-ups can stay for a cuppa in the cafe or drop off and collect at
4pm - whatever works for you.

Could you reply yes, no or maybe by Saturday 9 May, with how many are
coming (kids and grown-ups) and any allergies or dietary needs?

Thanks!
Morag (Callum's mum)
07700 900 644
"""),
    'reto': dict(
        name='Reto Brunner', email='reto.brunner@example.net', plus=True, lang='de',
        tz=tz(2), tzname='CEST', mx='mail2.example.net', domain='example.net',
        sent=dt.datetime(2026, 5, 28, 21, 4, 51, tzinfo=tz(2)),
        subject='Einladung zu Annas 8. Geburtstag \u2013 Sa, 13. Juni \U0001F382',
        title='Annas 8. Geburtstag (Waldhütte)',
        start='20260613T120000Z', end='20260613T153000Z',
        location='Waldhütte Adlisberg\\, Zürich',
        greeting=lambda f: 'Liebe Familie %s' % f['parent_last'],
        text="""{greeting}

Anna wird 8 und möchte mit ihrer Klasse feiern! Wir treffen uns am
Samstag, 13. Juni, von 14 bis 17.30 Uhr bei der Waldhütte Adlisberg
(Bus 751 bis Adlisberg, dann 5 Minuten zu Fuss). Es gibt eine
Schatzsuche, wir bräteln Cervelats und Schlangenbrot, und natürlich
gibt es Kuchen.

Geschwister sind willkommen. Eltern können gerne bleiben oder {kid}
um 17.30 Uhr wieder abholen.

Bitte antwortet bis am 6. Juni mit ja, nein oder vielleicht, wie viele
Kinder und Erwachsene ihr seid und ob es Allergien gibt.

Herzliche Grüsse
Reto & Claudia (Annas Eltern)
079 555 21 48
"""),
    'sophie': dict(
        name='Sophie Lambert', email='sophie.lambert@example.org', plus=True, lang='fr',
        tz=tz(2), tzname='CEST', mx='mx4.example.org', domain='example.org',
        sent=dt.datetime(2026, 5, 14, 20, 11, 36, tzinfo=tz(2)),
        subject='Invitation / Uitnodiging : anniversaire de Louise \u2013 samedi 30 mai \U0001F388',
        title='Anniversaire de Louise / Verjaardag van Louise',
        start='20260530T123000Z', end='20260530T153000Z',
        location='Parc de Woluwe (plaine de jeux)\\, Bruxelles',
        greeting=lambda f: 'Chère famille de %s, / Beste familie van %s,' % (f['kid'], f['kid']),
        text="""{greeting}

Louise fête ses 7 ans ! Rendez-vous le samedi 30 mai de 14h30 à 17h30
au parc de Woluwe, à côté de la plaine de jeux (entrée avenue de
Tervueren). Pique-nique, chasse au trésor et gâteau. Les frères et
sœurs sont les bienvenus, les parents aussi.

Merci de répondre oui, non ou peut-être à ce mail, avec le nombre
d'enfants et d'adultes, et les allergies éventuelles, avant le 23 mai.

---
Louise wordt 7! Feestje op zaterdag 30 mei van 14.30 tot 17.30 uur in
het Woluwepark, bij de speeltuin. Picknick, schattenjacht en taart.
Antwoord gerust met ja, nee of misschien, met het aantal kinderen en
volwassenen, graag vóór 23 mei.

Sophie & Pieter (maman/mama van Louise)
0470 55 31 92
"""),
    'valentina': dict(
        name='Valentina Acosta', email='valentina.acosta@example.com', plus=True, lang='es',
        tz=tz(-3), tzname='ART', mx='mx5.example.com', domain='example.com',
        sent=dt.datetime(2026, 5, 20, 19, 47, 12, tzinfo=tz(-3)),
        subject='Cumple de Benja \U0001F389 sábado 6 de junio',
        title='Cumple de Benja',
        start='20260606T180000Z', end='20260606T210000Z',
        location='Pelotero Saltimbanqui\\, Gorriti 4800\\, Palermo\\, Buenos Aires',
        greeting=lambda f: '¡Hola, familia de %s!' % f['kid'],
        text="""{greeting}

Benja cumple 6 y lo festejamos con todo el grado en el pelotero
Saltimbanqui (Gorriti 4800, Palermo) el sábado 6 de junio de 15 a 18 hs.
Va a haber pelotero, show de magia, panchos y torta.

Los hermanitos son bienvenidos y los papás se pueden quedar a tomar
un café, o dejar a los chicos y pasarlos a buscar a las 18.

¿Nos confirman sí, no o tal vez respondiendo este mail, cuántos van a
venir y si hay alguna alergia? Antes del lunes 1/6 así encargamos la
comida.

¡Gracias!
Valentina (mamá de Benja)
11 5555 0192
"""),
    'bec': dict(
        name='Bec Harrington', email='bec.harrington@example.net', plus=True, lang='en',
        tz=tz(10), tzname='AEST', mx='mx6.example.net', domain='example.net',
        sent=dt.datetime(2026, 6, 15, 20, 31, 44, tzinfo=tz(10)),
        subject="You're invited: Elias's party \U0001F388 Sat 4 July",
        title="Elias's 9th - laser tag & pizza",
        start='20260704T010000Z', end='20260704T033000Z',
        location='Zone Arena\\, 612 Sydney Rd\\, Brunswick VIC',
        greeting=lambda f: 'Hi %s!' % f['parent_first'],
        text="""{greeting}

Elias is turning 9 and he'd love {kid} to come to his laser tag party
at Zone Arena, 612 Sydney Rd Brunswick, on Saturday 4 July, 11am to
1:30pm. Two games of laser tag, then pizza, cake and lolly bags.

Siblings aged 6+ can play too (littlies are welcome to hang out with
the grown-ups in the cafe). Drop-off is totally fine.

Please reply yes, no or maybe by Friday 26 June with how many kids and
adults are coming, and let me know about any allergies.

Cheers,
Bec (Elias's mum)
0412 555 087
"""),
}

NAMES = {
    'en': (['Kirsty Dunlop', 'Alison Baird', 'Graeme Moffat', 'Shona McAllister', 'Euan Robertson', 'Lindsay Cairns',
            'Nadia Rahman', 'Stuart Galbraith', 'Jo Pettigrew', 'Ruth Ogunleye', 'Callum Reid', 'Heather Mackay',
            'Brodie Walsh', 'Tahlia Nguyen', 'Jarrah Cole', 'Kylie Papadopoulos', 'Matt Lindqvist', 'Priscilla Wong',
            'Sean O\'Rourke', 'Deepti Kaur', 'Lachlan Hayes', 'Mel Corrigan', 'Tash Whitfield', 'Ben Okafor'],
           ['Isla', 'Harris', 'Eilidh', 'Rory', 'Skye', 'Fraser', 'Freya', 'Lewis', 'Ava', 'Finlay', 'Mia', 'Jamie',
            'Harper', 'Archie', 'Matilda', 'Lachie', 'Ruby', 'Jasper', 'Willow', 'Hamish', 'Zara', 'Oscar']),
    'de': (['Barbara Keller', 'Urs Meier', 'Sandra Baumann', 'Patrick Frei', 'Nadine Huber', 'Lukas Steiner',
            'Corinne Widmer', 'Simon Gerber', 'Miriam Schmid', 'Thomas Bachmann'],
           ['Lina', 'Noah', 'Mia', 'Jonas', 'Lotta', 'Elias', 'Frieda', 'Ben', 'Finn', 'Paul', 'Ida', 'Leandro']),
    'fr': (['Aurélie Dubois', 'Thomas Peeters', 'Nathalie Mertens', 'Olivier Jacobs', 'Céline Dupont', 'Youssef El Amrani',
            'Marie Lejeune', 'Benoît Renard'],
           ['Jules', 'Zoé', 'Arthur', 'Rose', 'Gabriel', 'Léa', 'Chloé', 'Noé', 'Elise', 'Victor']),
    'nl': (['Lies Claes', 'Wouter Maes', 'Ellen Wouters', 'Koen Vermeulen', 'Griet Goossens', 'Bart Willems'],
           ['Daan', 'Sem', 'Tess', 'Mila', 'Lore', 'Warre', 'Fien', 'Stan']),
    'es': (['Florencia Gutiérrez', 'Martín Pereyra', 'Carolina Sosa', 'Julieta Romero', 'Diego Fernández', 'Luciana Ibarra',
            'Pablo Quiroga', 'Sofía Medina', 'Agustina Ruiz Díaz', 'Nicolás Benítez'],
           ['Martina', 'Tomi', 'Lauti', 'Olivia', 'Felipe', 'Mía', 'Thiago', 'Valentino', 'Juli', 'Catalina']),
    'pt': (['Camila Rocha', 'Thiago Barbosa', 'Larissa Mendes', 'Rodrigo Teixeira', 'Beatriz Nogueira'],
           ['Beatriz', 'Davi', 'Miguel', 'Helena', 'Lorena', 'Heitor']),
    'it': (['Federica Moretti', 'Andrea Lombardi', 'Elisa Ferri', 'Stefano Rinaldi'],
           ['Sofia', 'Tommaso', 'Aurora', 'Pietro', 'Gaia']),
    'pl': (['Monika Kowalczyk', 'Łukasz Mazur', 'Ewa Jankowska', 'Bartosz Krawczyk'],
           ['Zuzia', 'Antek', 'Kuba', 'Hania', 'Staś']),
    'tr': (['Derya Koç', 'Serkan Aksoy', 'Gizem Polat', 'Onur Kılıç'],
           ['Defne', 'Ege', 'Kerem', 'Asya', 'Elif']),
    'hr': (['Ivona Horvatić', 'Krešimir Novak', 'Sanja Radić'], ['Mia', 'Luka', 'Lana', 'Roko']),
    'sr': (['Јована Марковић', 'Nemanja Popović', 'Milica Savić'], ['Sofija', 'Lazar', 'Dunja', 'Vuk']),
    'cs': (['Kateřina Procházková', 'Tomáš Kučera', 'Veronika Veselá'], ['Eliška', 'Vojta', 'Tereza', 'Matyáš']),
    'ru': (['Anna Sokolova', 'Pavel Morozov', 'Yulia Lebedeva'], ['Masha', 'Misha', 'Sasha', 'Katya']),
    'uk': (['Olena Kovalenko', 'Taras Tkachenko', 'Natalia Boyko'], ['Zlata', 'Maksym', 'Sofiia', 'Danylo']),
    'ar': (['Rasha Al-Tamimi', 'Khaled Nasser', 'Dina Abboud'], ['Adam', 'Yusuf', 'Lina', 'Salma']),
    'zh': (['李娜 Na Li', '周杰 Jie Zhou', '吴芳 Fang Wu', '孙磊 Lei Sun'], ['Kevin', 'Lucy', 'Eric', 'Coco']),
    'hi': (['Kavita Bhatia', 'Sanjay Khanna', 'Meera Pillai', 'Ritu Agarwal'], ['Aarav', 'Diya', 'Kabir', 'Ira', 'Vivaan']),
    'ro': (['Alina Dumitru', 'Radu Constantin'], ['Ilinca', 'Matei', 'Sara']),
    'sv': (['Linnea Holm', 'Johan Ekström'], ['Elsa', 'Oskar', 'Saga']),
}
