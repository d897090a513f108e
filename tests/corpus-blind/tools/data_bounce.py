"""Bounces and delay notices for invitations that could not be delivered."""
from spec import B

# ------------------------------------------------------------------ Owen
B('owen', 'postfix_hdrs', 'Lisa Harding <lisa.hardingg@gmail.com>', 'Postfix DSN, address does not exist, rfc822-headers only',
  reason='nouser')
B('owen', 'postfix_delay', 'Neil Carr <neil.carr@carrbuild.example>', 'Postfix delay notice (4.4.1), still retrying',
  delay_hours=6)
B('owen', 'exim', 'Jenny Ross <jenny.ross@talktalk.example>', 'old-style Exim plain bounce, user unknown',
  reporting='mail.fairclough.example')
B('owen', 'qmail', 'Asha Rao <asha.rao@rao-family.example>', 'qmail "failure notice", non-RFC',
  reporting='mx.rao-family.example')
B('owen', 'postfix', 'Sian Morgan <sian.morgan@virginmedia.example>', 'Postfix DSN, mailbox full 5.2.2',
  reason='quota')
B('owen', 'sendmail_old', 'Derek Wilde <derek.wilde@oldmail.example>', 'old Sendmail non-MIME bounce',
  reason='unknown')
B('owen', 'yahoo', 'Tina Marsh <tina.marsh@yahoo.example>', 'Yahoo "Failure Notice", non-RFC')

# ------------------------------------------------------------------ Inés
B('ines', 'local', 'Paco Gimeno <paco.gimeno@terra.example>', 'Spanish plain "No se pudo entregar" bounce, not RFC 3464',
  lang='es', reason='unknown', cs='iso-8859-1')
B('ines', 'm365', 'Lourdes Pina <lpina@pina-abogados.example>', 'Microsoft 365 NDR in Spanish ("No se puede entregar:")',
  lang='es', tenant_dom='pina-abogados.example')
B('ines', 'gmail', 'Tomás Arregui <tomas.arregui@arregui.example>', 'Gmail DSN failure (Google Workspace sender)',
  reason='unknown')
B('ines', 'sendmail', 'Beatriz Garza <bgarza@movistar.example>', 'Sendmail DSN at the recipient side, mailbox disabled',
  reason='disabled', reporting='mail.movistar.example')
B('ines', 'gmail', 'Julia Esteve <julia.esteve.z@gmail.com>', 'Gmail DSN failure, mailbox does not exist',
  reason='nouser')
B('ines', 'gmail_delay', 'Manuel Ortiz <manuel.ortiz@ortiz-talleres.example>',
  'Gmail "Delivery Status Notification (Delay)"')

# ------------------------------------------------------------------ Klara
B('klara', 'local', 'Ernst Pucher <ernst.pucher@utanet.example>', 'German plain "Die Nachricht konnte nicht zugestellt werden"',
  lang='de', reason='unknown')
B('klara', 'm365', 'Sabrina Url <s.url@url-immobilien.example>', 'Microsoft 365 NDR in German ("Unzustellbar:")',
  lang='de', tenant_dom='url-immobilien.example')
B('klara', 'postfix', 'Familie Kogler <familie.kogler@gmx.example>', 'Postfix DSN 5.1.1 with full original',
  reason='unknown', reporting='mx1.balloonpost.example')
B('klara', 'postfix_hdrs', 'Dragan Nikolić <dragan.nikolic@sbb.example>', 'Postfix DSN, relay denied, headers only',
  reason='blocked')
B('klara', 'exim_delay', 'Goran Lukić <goran.lukic@t-com.example>', 'Exim "Warning: message delayed" notice',
  delay_hours=24)
B('klara', 'sendmail', 'Harald Wieser <h.wieser@wieser-bau.example>', 'Sendmail RFC 3464 "Returned mail: see transcript"',
  reason='unknown')
B('klara', 'qmail', 'Mehmet Öztürk <mehmet.ozturk@superonline.example>', 'qmail failure notice, over quota text',
  qtext="This message is looping: it already has my Delivered-To line. (#5.4.6)",
  reporting='mail.superonline.example')

# ------------------------------------------------------------------ Megan
B('megan', 'postfix', 'Kyle Henderson <kyle.henderson@sympatico.example>', 'Postfix DSN via Balloonpost, user unknown',
  reason='unknown')
B('megan', 'postfix', 'Erica Moss <erica.moss@cogeco.example>', 'Postfix DSN, rejected as spam 5.7.1',
  reason='spam')
B('megan', 'm365', 'Darren Kwan <darren.kwan@kwanlaw.example>', 'Microsoft 365 "Undeliverable:" NDR',
  lang='en', tenant_dom='kwanlaw.example')
B('megan', 'exchange_old', 'Leslie Grant <lgrant@hwdsb-staff.example>', 'older Exchange NDR with rfc822-headers')
B('megan', 'local', 'Guylaine Roy <guylaine.roy@videotron.example>',
  'French plain "Le message n\'a pas pu être remis" bounce', lang='fr', reason='quota', cs='iso-8859-1')
B('megan', 'postfix_delay', 'Bruce Campbell <bruce.campbell@bell.example>', 'Postfix delay notice, 4.4.1 timeout',
  delay_hours=5)

# ------------------------------------------------------------------ Tereza
B('tereza', 'm365', 'Jiří Beneš <jiri.benes@benes-it.example>', 'Microsoft 365 NDR in Czech ("Nedoručitelné:")',
  lang='cs', tenant_dom='markovi.example')
B('tereza', 'm365', 'Aline Fabre <aline.fabre@fabre-conseil.example>', 'Microsoft 365 NDR in French ("Non remis :")',
  lang='fr', tenant_dom='fabre-conseil.example')
B('tereza', 'm365', 'Sven Larsson <sven.larssonn@gmail.com>', 'Microsoft 365 NDR (English) from the host tenant',
  lang='en', tenant_dom='markovi.example')
B('tereza', 'exim', 'Marek Dvořák <marek.dvorak@volny.example>', 'Exim plain bounce, mailbox disabled',
  reason='disabled')
B('tereza', 'sendmail', 'Joost Mulder <joost.mulder@kpnmail.example>', 'Sendmail DSN, user unknown',
  reason='unknown')
B('tereza', 'sendmail_old', 'Viktorie Králová <viktorie.kralova@centrum.example>', 'old Sendmail non-MIME bounce, mailbox full',
  reason='quota')
B('tereza', 'exim_delay', 'Alexei Orlov <alexei.orlov@rambler.example>', 'Exim delay warning (48 hours)',
  delay_hours=48)
