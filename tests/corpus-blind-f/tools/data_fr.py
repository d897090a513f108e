"""Blind batch F: French replies to Amandine Roux (Marseille)."""
from clients import H
from hosts_f import HOSTS_F

SUBJ = HOSTS_F['amandine']['subject']

SYMPA = [('Precedence', 'list'), ('List-Id', '<parents-ce1b.framalistes.org>'),
         ('List-Help', '<mailto:sympa@framalistes.org?subject=help>'),
         ('List-Unsubscribe', '<mailto:sympa@framalistes.org?subject=unsubscribe%20parents-ce1b>'),
         ('List-Post', '<mailto:parents-ce1b@framalistes.org>'), ('X-Loop', 'parents-ce1b@framalistes.org'),
         ('X-Sequence', '214')]


def F(client, answer, guests, cat, note, text, **kw):
    kw.setdefault('host', 'amandine')
    return H(client, 'fr', answer, guests, cat, note, text, **kw)


CASES = [
    F('gmail', 'yes', '2', 'language', 'yes, child and me', 'Bonjour Amandine,\n\noui avec plaisir ! Nous serons 2 : Léon et moi.\n\nBises,\nAurélie',
      kid='Léon', who='Aurélie Fabre', children=1, adults=1),
    F('m365', 'no', '-', 'trap', "no, reason after: at the sister's", "Malheureusement non, nous serons chez ma sœur à Lyon ce week-end-là. Bon anniversaire à Inès !",
      domain='hotmail.fr'),
    F('iphone', 'yes', '-', 'trap', 'parent works, dad brings her', "Je travaille ce samedi mais son papa l'amènera, donc oui pour Lou !", kid='Lou'),
    F('gmail', 'maybe', '-', 'trap', 'hedged: maybe cannot come',
      "On ne pourra peut-être pas venir, on attend la confirmation d'un déménagement... je vous redis ça.", domain='gmail.com'),
    F('gmail_android', 'no', '-', 'trap', 'indirect no: football tournament', 'Merci ! Mais Noé a un tournoi de foot toute la journée 😕', kid='Noé'),
    F('outlook', 'unclear', '-', 'trap', 'number in a question', 'Combien de frères et sœurs peuvent venir ? Nous en avons deux.',
      domain='orange.fr', must='yes'),
    F('iphone', 'yes', '-', 'emoji_short', 'one word', 'oui ! 🎉'),
    F('gmail', 'yes', '4', 'headcount', '2 children, 2 adults, peanut allergy',
      "Oui, 2 enfants et 2 adultes. Timéo est allergique aux arachides, merci d'y penser 🙏", kid='Timéo', children=2, adults=2, must='yes'),
    F('gmail', 'no', '-', 'change_of_mind', 'new reply retracts quoted yes: chickenpox',
      'Finalement ce ne sera pas possible, Gabin est malade (varicelle 😩). Désolée !', kid='Gabin', prev='Oui, Gabin viendra !', prev_hours=60),
    F('m365_html', 'no', '-', 'change_of_mind', 'yes then no in one message',
      "Oui on vient ! Enfin non... je viens de voir qu'on a le mariage de mon cousin. Vraiment désolée, ce sera non."),
    F('outlook', 'yes', '1', 'signature', 'drop-off; legal footer',
      'Bonjour,\n\nNina sera ravie de venir. Je la déposerai et reviendrai la chercher à la fin.\n\nCordialement,\nStéphane Marchetti',
      kid='Nina', who='Stéphane Marchetti', domain='marchetti-avocats.fr',
      sig="Stéphane Marchetti\nAvocat associé - Marchetti & Giraud\n12, rue Paradis - 13001 Marseille\n"
          "Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires. "
          "Toute utilisation non conforme est interdite. Si vous avez reçu ce message par erreur, merci de nous en avertir immédiatement."),
    F('iphone', 'yes', '-', 'subject_only', 'answer at the end of the subject', '', subject='RE : ' + SUBJ + ' → oui pour Anaïs', kid='Anaïs'),
    F('thunderbird', 'yes', '-', 'language', 'yes, early pick-up', 'Oui pour Maël, mais je devrai venir le chercher à 16 h 30 (cours de piano).\n\n--\nListe parents-ce1b - pour vous désabonner : sympa@framalistes.org (objet : unsubscribe parents-ce1b)',
      kid='Maël', domain='free.fr', must='yes', headers=SYMPA),
]
