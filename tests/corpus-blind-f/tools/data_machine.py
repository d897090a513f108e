"""Blind batch F: auto-replies and bounces."""
from clients import A, B
from hosts_f import HOSTS_F

S = {k: v['subject'] for k, v in HOSTS_F.items()}

AUTO = [
    A('oof_exchange', 'en', 'Exchange out-of-office',
      "Thank you for your email. I am out of the office until Monday 11 May with limited access to email.\n\n"
      "For urgent matters please contact reception on 01 555 0100.\n\nKind regards,\nGavin Stokes", host='siobhan', who='Gavin Stokes',
      domain='stokesengineering.ie'),
    A('oof_exchange', 'de', 'Exchange Abwesenheitsnotiz',
      'Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 8. Juni nicht im Büro und habe nur eingeschränkt Zugriff auf meine E-Mails.\n\n'
      'In dringenden Fällen wenden Sie sich bitte an office@hofer-steuerberatung.at.\n\nMit freundlichen Grüßen\nElisabeth Hofer',
      host='lukas', who='Elisabeth Hofer', domain='hofer-steuerberatung.at'),
    A('oof_exchange', 'fr', "Exchange message d'absence",
      "Bonjour,\n\nJe suis absente du bureau jusqu'au mardi 26 mai inclus. Je traiterai votre message à mon retour.\n"
      "Pour toute urgence, merci de contacter l'accueil au 04 91 55 02 10.\n\nCordialement,\nMélanie Fournier",
      host='amandine', who='Mélanie Fournier', domain='fournier-immobilier.fr'),
    A('oof_exchange', 'es', 'Exchange respuesta de ausencia',
      'Gracias por su mensaje. Me encuentro fuera de la oficina hasta el lunes 4 de mayo, con acceso limitado al correo.\n'
      'Para asuntos urgentes, favor de comunicarse con Lic. Paola Villaseñor (paola.v@grupo-zamora.com.mx).\n\nAtentamente,\nEduardo Zamora',
      host='ximena', who='Eduardo Zamora', domain='grupo-zamora.com.mx'),
    A('oof_exchange', 'pl', 'Exchange odpowiedź automatyczna',
      'Dziękuję za wiadomość. Jestem na urlopie do 15 czerwca i nie mam dostępu do poczty.\n'
      'W pilnych sprawach proszę o kontakt z biurem: biuro@sikora-transport.pl.\n\nGrzegorz Sikora', host='bartek', who='Grzegorz Sikora',
      domain='sikora-transport.pl'),
    A('oof_exchange', 'sv', 'Exchange frånvaromeddelande',
      'Tack för ditt mejl. Jag är föräldraledig till och med 30 juni och läser inte min e-post regelbundet.\n'
      'Vid brådskande ärenden, kontakta växeln på +46 8 555 120 00.\n\nVänliga hälsningar\nJohan Ekström', host='bartek', who='Johan Ekström',
      domain='ekstrom-konsult.se'),
    A('vacation_gmail', 'en', 'Gmail vacation responder',
      "Hi! I'm on holiday with patchy wifi until the 14th. I'll get back to you when I'm home. Thanks!", host='siobhan'),
    A('vacation_gmail', 'it', 'Gmail risposta automatica (vacanza)',
      'Ciao, sono in vacanza fino al 10 giugno e leggo la posta raramente. Ti risponderò al mio rientro.', host='lukas', who='Elena Fontana'),
    A('vacation_gmail', 'es', 'Gmail respuesta de vacaciones',
      '¡Hola! Estoy de viaje hasta el 12 de mayo sin acceso a mi correo. Te contesto en cuanto regrese. ¡Gracias!', host='ximena'),
    A('xautoreply', 'de', 'GMX Abwesenheit with X-Autoreply',
      'Ich bin bis zum 3. Juni im Urlaub. Ihre E-Mail wird nicht weitergeleitet, ich lese sie nach meiner Rückkehr.', host='lukas', domain='gmx.at'),
    A('autorespond', 'en', 'mailbox not monitored, X-Autorespond and Precedence',
      'This mailbox is not monitored. Please do not reply to this address.\n\n'
      'If you need to reach Liffey Logistics, please use the contact form at https://liffeylogistics.ie/contact.', host='siobhan',
      who='Liffey Logistics', from_name='Liffey Logistics', from_email='no-reply@liffeylogistics.ie', domain='liffeylogistics.ie'),
    A('precedence', 'nl', 'afwezigheidsbericht with Precedence: bulk',
      'Bedankt voor uw bericht. Ik ben afwezig tot en met 12 juni. Uw e-mail wordt niet doorgestuurd.', host='lukas', who='Wouter Vermeulen',
      domain='vermeulen-advies.nl'),
    A('oof_plain', 'en', 'header-less out-of-office (maternity leave)',
      "Auto reply: I'm currently on maternity leave and won't be checking this inbox regularly. "
      "For anything to do with the St Brigid's PTA please email pta.stbrigids@gmail.com instead. Thanks!",
      host='siobhan', subject='Out of Office: ' + S['siobhan'], who='Hayley Corcoran'),
    A('oof_plain', 'fr', 'header-less message automatique',
      'Message automatique : je suis en congé jusqu\'au 1er juin. Je lirai votre message à mon retour.', host='amandine',
      subject='Absence : ' + S['amandine'], domain='laposte.net'),
    A('oof_plain', 'pt', 'header-less resposta automática',
      'Resposta automática: estou de férias até dia 20 de maio, com acesso limitado ao e-mail. Obrigada!', host='ximena',
      subject='Resposta automática: ' + S['ximena'], domain='uol.com.br'),
    A('oof_plain', 'tr', 'header-less otomatik yanıt',
      "Otomatik yanıt: 10 Haziran'a kadar izindeyim. Döndüğümde size geri dönüş yapacağım.", host='lukas',
      subject='Otomatik yanıt: ' + S['lukas'], domain='outlook.com'),
    A('oof_plain', 'hr', 'header-less automatski odgovor',
      'Automatski odgovor: na godišnjem sam odmoru do 8. lipnja. Na poruku ću odgovoriti po povratku.', host='lukas',
      subject='Automatski odgovor: ' + S['lukas'], domain='t-com.hr'),
    A('noreply', 'en', 'address no longer in use notice',
      'This email address is no longer in use. Please update your records and write to ciaran.walsh.home@gmail.com instead.\n\n'
      'This is an automated message.', host='siobhan', who='Ciarán Walsh', domain='eircom.net'),
    A('ticket', 'en', 'helpdesk ticket acknowledgement',
      "[Ticket #48213] Thank you for contacting the IT Service Desk.\n\nYour request has been logged and a member of the team will respond "
      "within one working day. Please quote the ticket number in any further correspondence.\n\nRequester: {email}\nStatus: Open\n\n"
      "Liffey Logistics IT Service Desk", host='siobhan', from_name='Liffey Logistics IT Service Desk', from_email='servicedesk@liffeylogistics.ie',
      subject='[Ticket #48213] Re: ' + S['siobhan'], domain='liffeylogistics.ie'),
    A('ticket', 'es', 'acuse de recibo de mesa de ayuda',
      'Hemos recibido su solicitud. Número de caso: MX-2026-11873.\n\nUn agente le responderá en un plazo máximo de 48 horas hábiles.\n\n'
      'Mesa de Ayuda - Grupo Zamora', host='ximena', from_name='Mesa de Ayuda Grupo Zamora', from_email='soporte@grupo-zamora.com.mx',
      subject='[Caso MX-2026-11873] ' + S['ximena'], domain='grupo-zamora.com.mx'),
    A('mdn', 'en', 'read receipt',
      'This is a receipt for the mail you sent to the recipient.\n\nNote: This receipt only acknowledges that the message was displayed '
      'on the recipient\'s computer. There is no guarantee that the recipient has read or understood the message contents.',
      host='siobhan', domain='btinternet.com'),
    A('mdn', 'de', 'Lesebestätigung',
      'Dies ist eine Lesebestätigung für Ihre Nachricht.\n\nHinweis: Diese Bestätigung besagt nur, dass die Nachricht auf dem Computer des '
      'Empfängers angezeigt wurde. Es ist nicht garantiert, dass der Empfänger den Inhalt gelesen oder verstanden hat.', host='lukas',
      domain='aon.at'),
    A('challenge', 'en', 'challenge-response anti-spam',
      'Hello,\n\nI use a spam filter that requires senders to verify themselves once. To get your message delivered, please click the link '
      'below:\n\nhttps://verify.mailguardian.example/v/8f3k2Lq\n\nYou only need to do this once. Thank you!', host='bartek',
      subject='Please verify your email: ' + S['bartek'], domain='mailguardian.example'),
    A('autorespond', 'de', 'Adresse wird nicht mehr abgerufen',
      'Diese Adresse wird nicht mehr abgerufen. Bitte schreiben Sie an die neue Adresse der Familie. Diese Nachricht wurde automatisch erstellt.',
      host='lukas', domain='chello.at'),
    A('precedence', 'en', 'club auto-acknowledgement, Precedence: auto_reply',
      "Thanks for contacting Harold's Cross Swim Club. This is an automated acknowledgement - a volunteer will get back to you within "
      "3 working days.", host='siobhan', prec='auto_reply', from_name="Harold's Cross Swim Club", from_email='info@hxswimclub.ie',
      who='Swim Club', domain='hxswimclub.ie'),
]

BOUNCES = [
    B('postfix', 'en', 'Postfix DSN: user unknown', host='siobhan', domain='eircom.net'),
    B('postfix', 'en', 'Postfix DSN: mailbox full', host='amandine', domain='free.fr', status='5.2.2',
      diag='552 5.2.2 <user>: Mailbox full, quota exceeded'),
    B('postfix_headers', 'en', 'Postfix DSN with text/rfc822-headers', host='lukas', domain='aon.at'),
    B('exim', 'en', 'Exim bounce', host='ximena', domain='prodigy.net.mx'),
    B('exim', 'en', 'Exim bounce, domain does not exist', host='bartek', domain='interia.eu',
      diag='550 Unrouteable address'),
    B('gmail_dsn', 'en', 'Gmail DSN: address not found', host='siobhan', domain='gmial.com'),
    B('gmail_dsn', 'en', 'Gmail DSN: inbox full', host='bartek', full=True, domain='wp.pl',
      diag='452 4.2.2 The recipient\'s inbox is out of storage space.'),
    B('m365_ndr', 'en', 'Microsoft 365 NDR', host='siobhan', domain='hotmail.com'),
    B('m365_ndr', 'de', 'Microsoft 365 NDR (German subject)', host='lukas', domain='outlook.at'),
    B('m365_ndr', 'fr', 'Microsoft 365 NDR (French subject)', host='amandine', domain='hotmail.fr'),
    B('m365_ndr', 'es', 'Microsoft 365 NDR (Spanish subject)', host='ximena', domain='hotmail.com'),
    B('m365_ndr', 'pl', 'Microsoft 365 NDR (Polish subject)', host='bartek', domain='outlook.com'),
    B('yahoo_bounce', 'en', 'Yahoo failure notice', host='ximena', domain='yahoo.com.mx'),
    B('sendmail', 'en', 'Sendmail returned mail', host='amandine', domain='wanadoo.fr'),
    B('qmail', 'en', 'qmail failure notice', host='lukas', domain='inode.at'),
    B('qmail', 'en', 'qmail failure notice', host='bartek', domain='o2.pl'),
    B('delay_postfix', 'en', 'Postfix delay notice', host='siobhan', domain='eircom.net'),
    B('delay_postfix', 'en', 'Postfix delay notice', host='amandine', domain='orange.fr'),
    B('delay_exchange', 'en', 'Exchange delay notice', host='ximena', domain='outlook.com'),
    B('gmx_bounce', 'de', 'German provider bounce', host='lukas', domain='gmx.at'),
]

CASES = AUTO + BOUNCES
