"""The five invented parties of batch E (Porto, Bologna, Utrecht, Toronto, Istanbul).

Each invitation is what the product sends to one family: a plain-text body
(quoted by the replying client), the subject, the host's plus-addressed
address and the calendar data reused by iTIP replies and bounce originals.
All people, places and addresses are invented.
"""
import datetime as dt


def tz(hours):
    return dt.timezone(dt.timedelta(hours=hours))


HOSTS = {
    'porto': dict(
        name='Mariana Teixeira', email='mariana.teixeira@example.net', plus=True, lang='pt',
        tz=tz(1), tzname='WEST', mx='mx3.example.net', domain='example.net',
        sent=dt.datetime(2026, 5, 4, 21, 12, 9, tzinfo=tz(1)),
        subject='Convite: festa dos 7 anos do Duarte \U0001F6F9 sábado, 16 de maio, 15h00 - Quinta dos Pinheirinhos (Foz)',
        title='Festa dos 7 anos do Duarte',
        start='20260516T140000Z', end='20260516T170000Z',
        location='Quinta dos Pinheirinhos\\, Rua do Crasto 210\\, Porto',
        greeting=lambda f: 'Olá, família do/a %s!' % f['kid'],
        text="""{greeting}

O Duarte faz 7 anos e queremos festejar com a turma toda! A festa é no
sábado, 16 de maio, das 15h00 às 18h00, na Quinta dos Pinheirinhos
(Rua do Crasto 210, na Foz). Vai haver insufláveis, caça ao tesouro e
lanche.

Os irmãos são muito bem-vindos e os pais podem ficar ou vir buscar o/a
{kid} às 18h00.

Podem responder a este email com sim, não ou talvez, quantos vêm e se
há alguma alergia? Se possível até dia 11 de maio.

Não é preciso trazer prenda!

Beijinhos,
Mariana (mãe do Duarte)
912 555 407

(English: Duarte's 7th birthday, Sat 16 May, 3-6pm at Quinta dos
Pinheirinhos, Foz. Just reply yes, no or maybe.)
"""),
    'bologna': dict(
        name='Federica Lanzoni', email='federica.lanzoni@example.org', plus=True, lang='it',
        tz=tz(2), tzname='CEST', mx='mail.example.org', domain='example.org',
        sent=dt.datetime(2026, 5, 22, 13, 48, 31, tzinfo=tz(2)),
        subject='Festa di compleanno di Pietro - domenica 7 giugno ai Giardini Margherita',
        title='Compleanno di Pietro (8 anni)',
        start='20260607T080000Z', end='20260607T110000Z',
        location='Giardini Margherita\\, Casetta del Laghetto\\, Bologna',
        greeting=lambda f: 'Cara famiglia di %s,' % f['kid'],
        text="""{greeting}

Pietro compie 8 anni e vorremmo festeggiare con tutta la classe 2ª B!
Ci troviamo domenica 7 giugno dalle 10:00 alle 13:00 ai Giardini
Margherita, vicino alla Casetta del Laghetto. Giochi all'aperto, caccia
al tesoro e pranzo al sacco offerto da noi (pizza e focaccia).

Fratelli e sorelle sono benvenuti, e anche i genitori naturalmente.
Chi preferisce può lasciare {kid} e riprenderlo/a alle 13:00.

Ci fate sapere sì, no o forse rispondendo a questa mail, quanti sarete
e se ci sono allergie o intolleranze? Entro il 1° giugno, se potete.

Niente regali, per favore!

Un abbraccio,
Federica e Stefano (genitori di Pietro)
333 555 1842
"""),
    'utrecht': dict(
        name='Eline Verhoef', email='eline.verhoef@example.com', plus=True, lang='nl',
        tz=tz(2), tzname='CEST', mx='mx1.example.com', domain='example.com',
        sent=dt.datetime(2026, 5, 12, 20, 3, 44, tzinfo=tz(2)),
        subject='Uitnodiging kinderfeestje Jasper (6) - zaterdag 30 mei bij Speelboerderij De Klimop',
        title='Kinderfeestje Jasper (6 jaar)',
        start='20260530T120000Z', end='20260530T143000Z',
        location='Speelboerderij De Klimop\\, Lunettenlaan 12\\, Utrecht',
        greeting=lambda f: 'Beste ouders van %s,' % f['kid'],
        text="""{greeting}

Jasper wordt 6 en viert dat met de hele klas (groep 3b)! Het feestje is
op zaterdag 30 mei van 14:00 tot 16:30 bij Speelboerderij De Klimop
(Lunettenlaan 12, Utrecht). Dieren voeren, hutten bouwen en pannenkoeken.

Broertjes en zusjes zijn welkom. Ouders mogen blijven voor koffie of
{kid} om 16:30 weer ophalen.

Willen jullie even reageren met ja, nee of misschien, met hoeveel jullie
komen en of er allergieën zijn? Graag voor 24 mei.

Cadeautjes zijn echt niet nodig!

Groetjes,
Eline en Thijs (ouders van Jasper)
06 5550 3318
"""),
    'toronto': dict(
        name='Meera Balasingham', email='meera.balasingham@example.com', plus=True, lang='en',
        tz=tz(-4), tzname='EDT', mx='mx2.example.com', domain='example.com',
        sent=dt.datetime(2026, 4, 9, 18, 22, 5, tzinfo=tz(-4)),
        subject="You're invited! Kiran's 9th birthday climbing party / Fête d'escalade de Kiran - Saturday April 25, 1-3:30pm @ Summit Up, 45 Carlaw Ave",
        title="Kiran's 9th birthday climbing party",
        start='20260425T170000Z', end='20260425T193000Z',
        location='Summit Up Climbing\\, 45 Carlaw Ave\\, Toronto',
        greeting=lambda f: 'Hi %s family / Bonjour,' % f['kid'],
        text="""{greeting}

Kiran is turning 9 and we'd love {kid} to join the class for a climbing
party at Summit Up (45 Carlaw Ave, Leslieville) on Saturday April 25,
1:00-3:30 pm. Climbing with instructors, then pizza and cake.

Siblings aged 6+ can climb too (waiver needed). Parents can stay in the
lounge or drop off and pick up at 3:30. The gym is nut-free.

Please reply yes, no or maybe with how many kids and adults, plus any
allergies, by Saturday April 18.

No gifts please!

---
Kiran fête ses 9 ans ! Escalade chez Summit Up le samedi 25 avril,
de 13 h à 15 h 30. Répondez oui, non ou peut-être, avec le nombre
d'enfants et d'adultes. Pas de cadeaux, merci !

Meera & Arun (Kiran's parents)
416-555-0172
"""),
    'istanbul': dict(
        name='Deniz Karaca', email='deniz.karaca@example.org', plus=True, lang='tr',
        tz=tz(3), tzname='TRT', mx='mx2.example.org', domain='example.org',
        sent=dt.datetime(2026, 6, 5, 10, 41, 17, tzinfo=tz(3)),
        subject="Eylül'ün doğum günü partisi / Eylül's birthday party - 20 Haziran Cumartesi",
        title="Eylül'ün 7. yaş günü",
        start='20260620T110000Z', end='20260620T140000Z',
        location='Minik Kaşifler Oyun Evi\\, Moda Cad. 88\\, Kadıköy\\, İstanbul',
        greeting=lambda f: 'Merhaba %s ailesi / Dear %s family,' % (f['kid'], f['kid']),
        text="""{greeting}

Eylül 7 yaşına giriyor ve tüm sınıfla kutlamak istiyoruz! Parti
20 Haziran Cumartesi 14:00-17:00 arası Minik Kaşifler Oyun Evi'nde
(Moda Cad. 88, Kadıköy). Oyunlar, yüz boyama ve pasta olacak.

Kardeşler de gelebilir; veliler kalabilir ya da {kid}'i saat 17:00'de
alabilir.

Lütfen bu e-postayı evet, hayır ya da belki diye yanıtlayın, kaç kişi
geleceğinizi ve alerji varsa yazın - 14 Haziran'a kadar.

Hediye getirmeyin lütfen!

---
Eylül turns 7! Party on Saturday 20 June, 2-5pm at Minik Kaşifler
play house, Moda, Kadıköy. Please reply yes, no or maybe with how many
are coming and any allergies.

Sevgiler,
Deniz & Can (Eylül'ün annesi ve babası)
0532 555 61 09
"""),
}
