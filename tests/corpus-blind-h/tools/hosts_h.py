"""The five parties answered by blind batch H (hosts, events, invitation texts).

Same shape as tests/corpus/tools/hosts.py: each invitation is what the product
sends to one family -- a plain-text body (quoted by the replying client), the
subject, the host's address (all five plus-addressed with `+rsvp-<token>`) and
the calendar data reused by iTIP replies and by the originals attached to
bounces.  People, venues, phone numbers and addresses are invented.
"""
import datetime as dt


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


HOSTS_H = {
    'gemma': dict(
        name='Gemma Aldridge', email='gemma.aldridge@example.net', plus=True, lang='en',
        tz=tz(1), tzname='BST', mx='mx3.example.net', domain='example.net',
        sent=dt.datetime(2026, 4, 2, 20, 10, 37, tzinfo=tz(1)),
        subject="Rufus's 7th birthday - dino party, Sat 18 April",
        title="Rufus's 7th birthday - dino party",
        start='20260418T130000Z', end='20260418T153000Z',
        location='The Old Fire Station community hall\\, Cotham Road\\, Bristol BS6',
        greeting=lambda f: 'Hi %s,' % f['parent_first'],
        text="""{greeting}

Rufus is turning 7 and he'd love {kid} to come to his dinosaur party on
Saturday 18 April, 2:00-4:30pm, at the Old Fire Station community hall
on Cotham Road (BS6). There'll be a fossil dig, a dino-egg hunt in the
garden and a very green cake.

Brothers and sisters are welcome. Grown-ups are welcome to stay for a
cuppa, or drop off and collect at 4:30 - whichever works for you.

Please reply to this email with yes, no or maybe by Friday 10 April,
say how many of you are coming, and let me know about any allergies
or dietary needs.

No presents please, honestly - just bring yourselves!

Gemma (Rufus's mum)
07700 900 462
"""),
    'catarina': dict(
        name='Catarina Vasconcelos', email='catarina.vasconcelos@example.org', plus=True, lang='pt',
        tz=tz(1), tzname='WEST', mx='mx2.example.org', domain='example.org',
        sent=dt.datetime(2026, 4, 20, 21, 5, 9, tzinfo=tz(1)),
        subject='Festa de anos da Matilde \U0001F388 sábado 9 de maio / Matilde\'s birthday party',
        title='Aniversário da Matilde / Matilde\'s birthday',
        start='20260509T140000Z', end='20260509T170000Z',
        location='Espaço Pirilampo\\, Rua da Escola Politécnica 131\\, Lisboa',
        greeting=lambda f: 'Olá %s,' % f['parent_first'],
        text="""{greeting}

A Matilde faz 6 anos e gostava muito de ter {kid} na festa dela! É no
sábado, 9 de maio, das 15h00 às 18h00, no Espaço Pirilampo (Rua da
Escola Politécnica 131, ao Príncipe Real). Vai haver pinturas faciais,
um teatro de fantoches e bolo, claro.

Os irmãos são bem-vindos e os pais podem ficar ou deixar as crianças
e vir buscá-las às 18h00.

Respondam só a este email com sim, não ou talvez, quantos vêm e se há
alguma alergia, de preferência até dia 2 de maio.

Não é preciso trazer prenda!

---
Matilde turns 6! Party on Saturday 9 May, 3-6pm at Espaço Pirilampo
(Rua da Escola Politécnica 131). Siblings welcome; parents can stay or
pick up at 6. Please just reply yes, no or maybe, with numbers and any
allergies, by 2 May. No presents needed!

Beijinhos,
Catarina (mãe da Matilde)
912 345 608
"""),
    'aurelie': dict(
        name='Aurélie Chambon', email='aurelie.chambon@example.com', plus=True, lang='fr',
        tz=tz(2), tzname='CEST', mx='mx4.example.com', domain='example.com',
        sent=dt.datetime(2026, 3, 30, 19, 32, 50, tzinfo=tz(2)),
        subject='Invitation : les 8 ans de Baptiste \U0001F389 mercredi 15 avril',
        title='Anniversaire de Baptiste (8 ans)',
        start='20260415T123000Z', end='20260415T150000Z',
        location="Salle des Canuts\\, 12 rue d'Austerlitz\\, Lyon 4e",
        greeting=lambda f: 'Bonjour %s,' % f['parent_first'],
        text="""{greeting}

Baptiste fête ses 8 ans et serait ravi que {kid} vienne à son
anniversaire le mercredi 15 avril, de 14h30 à 17h00, à la salle des
Canuts (12 rue d'Austerlitz, Lyon 4e, à deux pas du métro
Croix-Rousse). Au programme : chasse au trésor, ateliers et goûter.

Les frères et sœurs sont les bienvenus. Les parents peuvent rester
prendre un café ou déposer les enfants et revenir les chercher à 17h.

Merci de répondre à ce mail par oui, non ou peut-être, en précisant
combien vous serez et les éventuelles allergies, avant le vendredi
10 avril.

Pas de cadeau, surtout !

À bientôt,
Aurélie (maman de Baptiste)
06 12 34 56 78
"""),
    'serena': dict(
        name='Serena Malaguti', email='serena.malaguti@example.net', plus=True, lang='it',
        tz=tz(2), tzname='CEST', mx='mail2.example.net', domain='example.net',
        sent=dt.datetime(2026, 4, 28, 20, 45, 14, tzinfo=tz(2)),
        subject='Festa di compleanno di Pietro \U0001F382 sabato 16 maggio',
        title='Compleanno di Pietro',
        start='20260516T140000Z', end='20260516T170000Z',
        location='Ludoteca Il Girasole\\, Via Saragozza 88\\, Bologna',
        greeting=lambda f: 'Ciao %s,' % f['parent_first'],
        text="""{greeting}

Pietro compie 5 anni e ci farebbe tanto piacere avere {kid} alla sua
festa! Ci vediamo sabato 16 maggio dalle 16:00 alle 19:00 alla Ludoteca
Il Girasole, in Via Saragozza 88 (c'è il giardino, se il tempo regge).
Ci saranno il mago Zucchero, la merenda e la torta.

Fratelli e sorelle sono i benvenuti. I genitori possono restare oppure
lasciare i bambini e tornare a prenderli alle 19.

Per favore rispondete a questa mail con sì, no o forse, quanti sarete
e se ci sono allergie o intolleranze, entro sabato 9 maggio.

Niente regali, mi raccomando!

Un abbraccio,
Serena (la mamma di Pietro)
347 555 1842
"""),
    'monika': dict(
        name='Monika Garbacz', email='monika.garbacz@example.com', plus=True, lang='pl',
        tz=tz(2), tzname='CEST', mx='mx5.example.com', domain='example.com',
        sent=dt.datetime(2026, 5, 5, 19, 20, 3, tzinfo=tz(2)),
        subject='Zaproszenie na urodziny Zosi \U0001F388 sobota 23 maja',
        title='Urodziny Zosi',
        start='20260523T090000Z', end='20260523T113000Z',
        location='Sala zabaw Hopsasa\\, ul. Dietla 63\\, Kraków',
        greeting=lambda f: 'Cześć %s!' % f['parent_first'],
        text="""{greeting}

Zosia kończy 7 lat i bardzo by się cieszyła, gdyby {kid} mógł/mogła
przyjść na jej urodziny! Zapraszamy w sobotę 23 maja w godz. 11:00-13:30
do sali zabaw Hopsasa przy ul. Dietla 63 (Kazimierz). Będą trampoliny,
malowanie twarzy, pizza i tort.

Rodzeństwo jest mile widziane. Rodzice mogą zostać na kawę albo
przyprowadzić dzieci i odebrać je o 13:30.

Prosimy o odpowiedź na tego maila: tak, nie albo może, ile osób
przyjdzie i czy są jakieś alergie - najlepiej do 16 maja.

Prezenty naprawdę nie są potrzebne!

Pozdrawiamy serdecznie,
Monika (mama Zosi)
601 555 274
"""),
}

CITIES = {'gemma': 'Bristol', 'catarina': 'Lisbon', 'aurelie': 'Lyon', 'serena': 'Bologna', 'monika': 'Kraków'}
INVITATION_LANG = {'gemma': 'English', 'catarina': 'Portuguese/English', 'aurelie': 'French',
                   'serena': 'Italian', 'monika': 'Polish'}
EVENTS = {
    'gemma': ("Rufus's 7th birthday (dinosaur party)", 'Sat 18 April 2026, 14:00-16:30', 'Fri 10 April'),
    'catarina': ("Matilde's 6th birthday", 'Sat 9 May 2026, 15:00-18:00', '2 May'),
    'aurelie': ("Baptiste's 8th birthday (treasure hunt)", 'Wed 15 April 2026, 14:30-17:00', 'Fri 10 April'),
    'serena': ("Pietro's 5th birthday (magician)", 'Sat 16 May 2026, 16:00-19:00', 'Sat 9 May'),
    'monika': ("Zosia's 7th birthday (play centre)", 'Sat 23 May 2026, 11:00-13:30', '16 May'),
}
