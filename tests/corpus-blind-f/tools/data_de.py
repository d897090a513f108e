"""Blind batch F: German replies to Lukas Gruber (Vienna)."""
from clients import H
from hosts_f import HOSTS_F

SUBJ = HOSTS_F['lukas']['subject']

ELTERN = [('Precedence', 'list'), ('List-Id', 'Elternverteiler 2a VS Brüßlgasse <eltern-2a.vs-bruesslgasse.example>'),
          ('List-Unsubscribe', '<mailto:eltern-2a-leave@vs-bruesslgasse.example>'),
          ('List-Post', '<mailto:eltern-2a@vs-bruesslgasse.example>'), ('X-Mailing-List', 'eltern-2a@vs-bruesslgasse.example')]


def G(client, answer, guests, cat, note, text, **kw):
    kw.setdefault('host', 'lukas')
    return H(client, 'de', answer, guests, cat, note, text, **kw)


CASES = [
    G('gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Hallo Lukas,\n\nja, Valentin kommt gerne! Ich bleibe dabei, also 2 Personen.\n\nLG Katharina',
      kid='Valentin', who='Katharina Steiner', children=1, adults=1),
    G('gmx', 'no', '-', 'language', 'no, at the grandparents', 'Leider nein, wir sind an dem Wochenende bei den Großeltern in Linz. Alles Gute für Fiona!',
      domain='gmx.at'),
    G('outlook', 'yes', '3', 'headcount', '2 children and 1 adult, hazelnut allergy',
      'Hallo!\n\nWir kommen sehr gerne - 2 Kinder und 1 Erwachsener. Jakob hat eine Nussallergie (Haselnuss), bitte beim Kuchen beachten.\n\nDanke!',
      kid='Jakob', domain='aon.at', children=2, adults=1, must='yes'),
    G('iphone', 'yes', '1', 'trap', 'parent works, dad brings and collects',
      'Ich muss leider arbeiten, aber sein Papa bringt ihn hin und holt ihn danach wieder ab. Also ja!', kid='Moritz'),
    G('gmail', 'maybe', '-', 'trap', 'hedged: may not make it, no promise',
      'Wir schaffen es vielleicht nicht, Theresa hat an dem Tag ein Fußballturnier. Versprechen kann ich leider nichts.', kid='Theresa'),
    G('webde', 'no', '-', 'trap', 'indirect no: christening', 'Danke für die Einladung! Da haben wir leider eine Taufe.'),
    G('gmail_android', 'unclear', '-', 'trap', 'number in a question', 'Wie viele Geschwister dürfen mitkommen? Wir haben drei Kinder.', must='yes'),
    G('gmx', 'yes', '-', 'subject_only', 'answer at the end of the subject', '', subject='Aw: ' + SUBJ + ' - Zusage für Maximilian',
      kid='Maximilian', mode='plain'),
    G('gmail', 'no', '-', 'change_of_mind', 'yes, then retracted', 'Ja, wir kommen! Ach nein, Moment - am 6. ist ja die Hochzeit meiner Cousine. Also leider doch nicht, sorry!!\n\n--\nElternverteiler 2a VS Brüßlgasse - Abmelden: eltern-2a-leave@vs-bruesslgasse.example',
      headers=ELTERN),
    G('thunderbird', 'yes', '2', 'change_of_mind', 'new reply reverses quoted no; parent stays',
      'Hallo Lukas,\n\ndie Reise wurde verschoben - Valentina kann also doch kommen! Ich bringe sie und bleibe da.\n\nLG Verena',
      kid='Valentina', who='Verena Moser', prev='Leider nein, wir sind verreist.', prev_hours=28, post='top', domain='posteo.at',
      children=1, adults=1),
    G('outlook', 'yes', '1', 'signature', 'formal yes, drop-off; company footer',
      'Sehr geehrter Herr Gruber,\nlieber Lukas,\n\nFlorian nimmt sehr gerne teil. Ich bringe ihn hin und hole ihn danach wieder ab.\n\nMit freundlichen Grüßen\nWolfgang Pichler',
      kid='Florian', who='Wolfgang Pichler', domain='pichler-bau.at',
      sig='Mag. Wolfgang Pichler\nGeschäftsführer\nPichler Bau Ges.m.b.H. | Hernalser Hauptstraße 88 | 1170 Wien\nFirmenbuch FN 123456x | Handelsgericht Wien\n'
          'Diese Nachricht ist vertraulich. Sollten Sie nicht der richtige Adressat sein, benachrichtigen Sie bitte den Absender und löschen Sie diese E-Mail.'),
    G('iphone', 'yes', '2', 'emoji_short', 'short yes, two of us', 'ja 👍 zu zweit'),
    G('gmail', 'yes', '-', 'language', 'vegetarian question, early pick-up',
      'Hallo Lukas, Elias kommt gerne. Er ist Vegetarier - gibt es eine Pizza ohne Fleisch? Und ich würde ihn schon um 16 Uhr abholen, wir haben noch einen Termin.',
      kid='Elias', must='yes'),
    G('gmx', 'no', '-', 'html_mime', 'short no, HTML', 'Nein, leider nicht. Liebe Grüße', mode='html'),
]
