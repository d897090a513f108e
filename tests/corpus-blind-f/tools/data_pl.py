"""Blind batch F: Polish replies to Bartłomiej Nowicki (Gdańsk)."""
from clients import H
from hosts_f import HOSTS_F

SUBJ = HOSTS_F['bartek']['subject']


def P(client, answer, guests, cat, note, text, **kw):
    kw.setdefault('host', 'bartek')
    return H(client, 'pl', answer, guests, cat, note, text, **kw)


CASES = [
    P('gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Dzień dobry,\ntak, Antoś przyjdzie z przyjemnością. Będę z nim, czyli 2 osoby.\nPozdrawiam, Ewa',
      kid='Antoś', who='Ewa Kaczmarek', children=1, adults=1),
    P('outlook', 'no', '-', 'trap', 'no, reason after: at the in-laws', 'Niestety nie damy rady, będziemy u teściów w Olsztynie. Sto lat dla Zosi!',
      domain='wp.pl'),
    P('gmail', 'maybe', '-', 'trap', 'hedged: may not make it, no promise', 'Może nam się nie udać, Igor ma zawody pływackie tego dnia. Nie obiecuję.',
      kid='Igor'),
    P('gmail_android', 'no', '-', 'trap', 'indirect no: christening', 'Dziękujemy, ale mamy chrzciny tego dnia.'),
    P('gmail', 'unclear', '-', 'trap', 'number in a question', 'Ile rodzeństwa może przyjść? Mamy jeszcze dwójkę młodszych.', must='yes'),
    P('outlook', 'yes', '3', 'headcount', '2 children 1 adult; coeliac question',
      'Tak! 2 dzieci i 1 dorosły. Tymek nie je glutenu (celiakia), czy pizza może być bezglutenowa?', kid='Tymek', domain='o2.pl',
      children=2, adults=1, must='yes'),
    P('gmail', 'no', '-', 'change_of_mind', 'new reply retracts quoted yes', 'Przepraszam, jednak nie możemy - Hania złapała ospę.',
      kid='Hania', prev='Tak, będziemy!', prev_hours=70),
    P('m365', 'yes', '3', 'headcount', 'me, husband and child', 'Będziemy we trójkę: ja, mąż i Kuba 🙂', kid='Kuba', children=1, adults=2),
    P('mutt', 'yes', '-', 'subject_only', 'answer at the end of the subject', '',
      subject='Odp: ' + SUBJ + ' - TAK, Lenka będzie', kid='Lenka', domain='onet.pl', attr='wrote'),
    P('iphone', 'yes', '-', 'emoji_short', 'short yes', 'tak 👍'),
    P('mutt', 'no', '-', 'language', 'no, holiday; ISO-8859-2', 'Witam,\nniestety nie, wyjeżdżamy na wakacje 12 czerwca.\nPozdrawiam serdecznie',
      charset='iso-8859-2', cte='quoted-printable', domain='interia.pl', attr='mutt'),
    P('gmail', 'yes', '2', 'language', 'mixed Polish/English: me and child', 'Hej Bartek! Tak, przyjdziemy 😊 Just me and Kacper. Dzięki!',
      kid='Kacper', children=1, adults=1),
]
