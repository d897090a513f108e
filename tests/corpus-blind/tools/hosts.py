"""Hosts and their invitations (all people, places and addresses invented).

Each host sends one invitation per family, with a per-family token.  The
invitation Message-ID is <rsvp.TOKEN.inv@DOMAIN>; replies thread to it.
Times are local wall-clock times with the host's UTC offset.
"""

HOSTS = {
    'ines': dict(
        name='Inés Castellanos',
        lang='es',
        domain='castellanos.example',
        reply='ines+rsvp-{tok}@castellanos.example',
        envelope='ines+bounce-{tok}@castellanos.example',
        display='Inés Castellanos',
        mx='mx.castellanos.example',
        tz='+0200', tzname='CEST',
        sent=(2026, 4, 27, 19, 40),
        subject='Cumple de Lucas 🎂 sábado 16 de mayo',
        cal=dict(summary='Cumple de Lucas', uid='cumple-lucas-20260516@castellanos.example',
                 start='20260516T150000Z', end='20260516T180000Z',
                 when_local='sábado, 16 de mayo de 2026 17:00-20:00',
                 location='Ludoteca El Desván, calle San Vicente de Paúl 14, Zaragoza'),
        kids=['Martina', 'Hugo', 'Daniela', 'Pablo', 'Vera', 'Álex', 'Carla', 'Mateo',
              'Noa', 'Leo', 'Olivia', 'Bruno', 'Aitana', 'Izan', 'Lola', 'Marco'],
        text="""Hola, familia de {kid}:

¡Lucas cumple 7 años y quiere celebrarlo con toda la clase! Os esperamos
el sábado 16 de mayo de 2026, de 17:00 a 20:00, en la Ludoteca El Desván
(calle San Vicente de Paúl 14, Zaragoza).

Habrá gymkana, piñata y merienda. Los hermanos también son bienvenidos y
los padres podéis quedaros a tomar algo.

Basta con responder a este correo con sí, no o quizás, y decirnos cuántos
venís y si hay alguna alergia o intolerancia. Nos vendría genial saberlo
antes del lunes 11 de mayo.

¡Un abrazo!
Inés (mamá de Lucas)
645 12 38 90
""",
    ),
    'klara': dict(
        name='Klara Hofbauer',
        lang='de',
        domain='balloonpost.example',
        reply='reply+{tok}@in.balloonpost.example',
        envelope='bounce+{tok}@in.balloonpost.example',
        display='Klara Hofbauer via Balloonpost',
        mx='mx1.balloonpost.example',
        service=True,
        tz='+0200', tzname='CEST',
        sent=(2026, 5, 24, 20, 15),
        subject='Einladung: Jonas wird 8! 🦖 Samstag, 13. Juni',
        cal=dict(summary='Jonas wird 8 – Geburtstagsfeier', uid='bp-7731-jonas-20260613@balloonpost.example',
                 start='20260613T123000Z', end='20260613T160000Z',
                 when_local='Samstag, 13. Juni 2026 14:30-18:00',
                 location='Schörgelgasse 23, 8010 Graz'),
        kids=['Emil', 'Lena', 'Felix', 'Marie', 'Paul', 'Anna', 'Jakob', 'Sophie',
              'Luca', 'Hanna', 'Elias', 'Mia', 'Tobias', 'Lea', 'Niko', 'Ida'],
        text="""Liebe Familie von {kid},

Jonas wird 8 und möchte mit seiner ganzen Klasse feiern! Wir treffen uns am
Samstag, 13. Juni 2026, von 14:30 bis 18:00 Uhr bei uns im Garten
(Schörgelgasse 23, 8010 Graz - bitte hinten über den Hof kommen).

Es gibt eine Dino-Schatzsuche, Würstel vom Grill und natürlich Kuchen.
Geschwister sind herzlich willkommen, Eltern dürfen gerne auf einen Kaffee
bleiben.

Antwortet einfach mit Ja, Nein oder Vielleicht auf diese E-Mail und
schreibt uns, wie viele ihr seid und ob es Allergien gibt.

Liebe Grüße
Klara (Mama von Jonas)

--
Versendet mit Balloonpost für Klara Hofbauer. Sie erhalten diese Nachricht,
weil Klara Sie auf ihre Gästeliste gesetzt hat. Abmelden:
https://balloonpost.example/u/{tok}
""",
    ),
    'owen': dict(
        name='Owen Fairclough',
        lang='en',
        domain='fairclough.example',
        reply='owen@fairclough.example',
        envelope='owen@fairclough.example',
        display='Owen Fairclough',
        mx='mail.fairclough.example',
        tz='+0100', tzname='BST',
        sent=(2026, 9, 6, 18, 2),
        subject="Poppy's 6th birthday party - Sat 26 Sept, 1pm",
        cal=dict(summary="Poppy's 6th birthday party", uid='poppy6-20260926@fairclough.example',
                 start='20260926T120000Z', end='20260926T140000Z',
                 when_local='Saturday 26 September 2026 13:00-15:00',
                 location='Treehouse Play Barn, Ashton Vale, Bristol BS3 2HQ'),
        kids=['Alfie', 'Isla', 'Freddie', 'Ava', 'Archie', 'Maisie', 'Theo', 'Rosie',
              'Harry', 'Evie', 'Oscar', 'Lily', 'Jack', 'Ruby', 'Arlo', 'Esme'],
        text="""Hi {kid}'s family,

Poppy is turning 6 (how?!) and would love her classmates to come and
celebrate with her on Saturday 26 September 2026, 1pm to 3pm, at the
Treehouse Play Barn in Ashton Vale (BS3 2HQ - free parking round the back).

Soft play, a party room with food, and a cake Poppy has designed herself
(it has a unicorn AND a volcano, we'll see).

Just reply yes, no or maybe and let me know how many are coming, plus any
allergies or dietary needs. Parents are welcome to stay or drop off,
whichever suits.

Thanks!
Owen (Poppy's dad)
07700 900318
""",
    ),
    'megan': dict(
        name='Megan Rourke',
        lang='en',
        us=True,
        domain='balloonpost.example',
        reply='reply+{tok}@in.balloonpost.example',
        envelope='bounce+{tok}@in.balloonpost.example',
        display='Megan Rourke via Balloonpost',
        mx='mx1.balloonpost.example',
        service=True,
        tz='-0500', tzname='EST',
        sent=(2027, 1, 30, 10, 30),
        subject="You're invited: Ellie's 9th birthday skating party ⛸️ Sun Feb 21",
        cal=dict(summary="Ellie's 9th birthday skating party", uid='bp-9904-ellie-20270221@balloonpost.example',
                 start='20270221T190000Z', end='20270221T213000Z',
                 when_local='Sunday, February 21, 2027 2:00-4:30 PM',
                 location='Locke Street Rec Centre, 410 Locke St S, Hamilton, ON'),
        kids=['Liam', 'Chloe', 'Owen', 'Harper', 'Noah', 'Avery', 'Ethan', 'Zoey',
              'Mason', 'Nora', 'Caleb', 'Aria', 'Logan', 'Maya', 'Jayden', 'Leah'],
        text="""Hello!

{kid} is invited to Ellie's 9th birthday skating party!

  When:  Sunday, February 21, 2027, 2:00 - 4:30 pm
  Where: Locke Street Rec Centre, 410 Locke St S, Hamilton
         (skating on the outdoor rink, then pizza in party room B)

Skates and helmets can be rented at the door. Siblings welcome, and
parents are welcome to stay for hot chocolate.

Just reply to this email with yes, no or maybe, how many are coming,
and any allergies. Your reply goes straight to Megan.

Megan (Ellie's mom)

--
Sent with Balloonpost for Megan Rourke. You received this because Megan
added you to her guest list. Not you? You can ignore this email.
Unsubscribe: https://balloonpost.example/u/{tok}
""",
    ),
    'tereza': dict(
        name='Tereza Marková',
        lang='en',
        domain='markovi.example',
        reply='tereza+rsvp-{tok}@markovi.example',
        envelope='tereza+bounce-{tok}@markovi.example',
        display='Tereza Marková',
        mx='mx.markovi.example',
        tz='+0100', tzname='CET',
        sent=(2026, 11, 2, 21, 10),
        subject="Adam's 10th birthday - climbing party, Sat 21 Nov",
        cal=dict(summary="Adam's 10th birthday - climbing party", uid='adam10-20261121@markovi.example',
                 start='20261121T140000Z', end='20261121T170000Z',
                 when_local='Saturday 21 November 2026 15:00-18:00',
                 location='Boulder Hala Kamenická, Kamenická 12, Praha 7'),
        kids=['Ondřej', 'Eliška', 'Matyáš', 'Sofia', 'Viktor', 'Nela', 'Daniel', 'Klára',
              'Jonáš', 'Anežka', 'Samuel', 'Ema', 'Kryštof', 'Julie', 'Max', 'Lucie'],
        text="""Dear {kid}'s family,

Adam is turning 10 and we are celebrating with a climbing party! Please
join us on Saturday 21 November 2026 from 15:00 to 18:00 at Boulder Hala
Kamenická (Kamenická 12, Praha 7). Instructors will be there, no
experience needed, comfy clothes please. Afterwards pizza and cake in the
café upstairs.

Siblings 6+ can climb too. Parents are welcome to stay and have coffee.

Please just reply yes, no or maybe, tell us how many are coming and about
any allergies. It would be great to know by 14 November.

Thank you and see you!
Tereza Marková (Adam's mum)
+420 603 555 217
""",
    ),
}
