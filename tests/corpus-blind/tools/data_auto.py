"""Auto-replies: out-of-office, vacation, not-monitored, helpdesk, challenge-response, read receipts."""
from spec import A

EXO = [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
       ('X-MS-Exchange-Inbox-Rules-Loop', 'x')]

# ------------------------------------------------------------------ Owen (Bristol)
A('owen', 'Claire Hammond <claire.hammond@northgate-insurance.co.uk>',
  'Exchange OOF with Auto-Submitted / X-Auto-Response-Suppress', """
Thank you for your email. I am currently on annual leave with no access to email, returning on Monday 14 September.

For urgent policy queries please contact the team on 0117 496 0200 or underwriting@northgate-insurance.co.uk.

Kind regards,
Claire Hammond
""", style='exchange', subj='Automatic reply: {S}',
  hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
        ('Thread-Topic', "Poppy's 6th birthday party - Sat 26 Sept, 1pm")])

A('owen', 'Gareth Lloyd <gareth.lloyd@gmail.com>',
  'Gmail vacation responder, says "no signal"', """
Hi, I'm walking the Pembrokeshire coast path until 13 Sept with no signal most days, so no, I won't be replying quickly! I'll get back to you when I'm home.

Gareth
""", style='alt', subj='Re: {S}', hdrs=[('Auto-Submitted', 'auto-replied')])

A('owen', 'Sarah Pennington <s.pennington@ashfield-primary.example.sch.uk>',
  'school address: not monitored notice, Precedence: auto_reply', """
This is an automated response. This mailbox is not monitored during the school holidays and over weekends.

If your message concerns a child's attendance, please call the school office on 0117 496 0911. For all other matters we will reply within three school days.

Ashfield Primary School
""", subj='Re: {S}', hdrs=[('Precedence', 'auto_reply')])

A('owen', 'Mike Doherty <mike.doherty@btinternet.com>',
  'out-of-office with no auto headers at all (body only)', """
Hi there,

I'm away until the 20th and not checking emails. If it's urgent, text me on 07700 900772.

Mike
""", subj='Away: {S}')

A('owen', 'Bristol Physio Hub <bookings@bristolphysiohub.example>',
  'helpdesk acknowledgement with ticket number', """
Hello,

Thank you for contacting Bristol Physio Hub. This is an automatic confirmation that we have received your message (reference #BPH-48213).

A member of our bookings team will respond within 1 working day. Please do not reply to this email as it will not reach us; quote your reference number if you call.

Bristol Physio Hub
""", subj='[#BPH-48213] We have received your message: {S}',
  hdrs=[('Auto-Submitted', 'auto-generated'), ('X-Autoreply', 'yes')])

A('owen', 'Helen Sato <helen.sato@outlook.com>',
  'read receipt (Outlook MDN, disposition-notification)', """
Your message

To: helen.sato@outlook.com
Subject: Poppy's 6th birthday party - Sat 26 Sept, 1pm
Sent: 06/09/2026 18:02

was read on 07/09/2026 08:14.
""", style='mdn', subj='Read: {S}', day=1, at=(8, 14))

A('owen', 'Tom Bradley <tom@bradleyjoinery.example>',
  'challenge-response: asks sender to verify before delivery', """
Hello,

I use a spam-blocking service to protect my inbox. Your message has been held and will be delivered once you confirm you are a real person.

To confirm, simply reply to this email without changing the subject line, or click the link below:
https://verify.mailguardian.example/c/8fK2pQ

If you do not confirm within 7 days, your message will be deleted. Yes, this only needs to be done once.

MailGuardian on behalf of Tom Bradley
""", subj='Please confirm your message to Tom Bradley [MG:8fK2pQ]',
  hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'junk')])

A('owen', 'Rhiannon Evans <rhiannon.evans@icloud.com>',
  'iCloud vacation reply, "yes" inside, no Auto-Submitted', """
Yes, I'm away! Back on 15 September. I'll reply to your message then. Rhi x
""", subj='Auto Reply: {S}', hdrs=[('X-Autoreply', 'yes')])

# ------------------------------------------------------------------ Inés (Zaragoza)
A('ines', 'Jorge Sancho <jsancho@grupoaragonesa-seguros.es>',
  '(es) Exchange "Respuesta automática:"', """
Gracias por su mensaje. Estaré fuera de la oficina hasta el 4 de mayo, sin acceso al correo electrónico.

Para asuntos urgentes, contacte con mi compañera Laura Royo (lroyo@grupoaragonesa-seguros.es).

Un saludo,
Jorge Sancho
""", style='exchange', mso='ES', subj='Respuesta automática: {S}', hdrs=EXO)

A('ines', 'Nieves Ballesteros <nieves.ballesteros@gmail.com>',
  '(es) Gmail vacation, contains "No estaré disponible"', """
¡Hola! No estaré disponible hasta el 3 de mayo. Responderé a tu correo a la vuelta. Si es urgente, llámame.
Nieves
""", style='alt', subj='Re: {S}', hdrs=[('Auto-Submitted', 'auto-replied')])

A('ines', 'Pedro Salas <pedro.salas@hotmail.es>',
  '(es) out-of-office sin cabeceras automáticas', """
Estoy de viaje hasta el día 6 y no podré contestar hasta entonces. Disculpa las molestias.

Pedro
""", subj='Re: {S}')

A('ines', 'Colegio San Braulio - Secretaría <secretaria@colegiosanbraulio.example>',
  '(es) buzón no atendido', """
Este es un mensaje automático. Esta dirección de correo no se revisa durante los fines de semana ni los días festivos.

Para cualquier gestión, por favor llame a Secretaría al 976 00 11 22 en horario de 9:00 a 13:00.

Colegio San Braulio
""", subj='Re: {S}', hdrs=[('Precedence', 'auto_reply'), ('Auto-Submitted', 'auto-replied')])

A('ines', 'Ana Ruiz <ana.ruiz@sapo.pt>',
  '(pt) ausência sem cabeçalhos; contém "não"', """
Olá, estou de férias até 5 de maio e não tenho acesso ao email. Responderei quando voltar.
Ana
""", subj='Ausência: {S}')

A('ines', 'Clínica Dental Ebro <citas@clinicadentalebro.example>',
  '(es) acuse de recibo tipo helpdesk', """
Hemos recibido su mensaje. Le responderemos en un plazo máximo de 48 horas laborables.

Número de consulta: CDE-20260427-118

Por favor, no responda a este correo. Si su consulta es urgente, llame al 976 44 55 66.
""", subj='Hemos recibido su consulta [CDE-20260427-118]',
  hdrs=[('Auto-Submitted', 'auto-generated')])

A('ines', 'Rosa Campos <rosa.campos@telefonica.net>',
  '(es) confirmación de lectura (MDN) "Leído:"', """
Este es un acuse de recibo del mensaje que envió a rosa.campos@telefonica.net el 27/04/2026 19:40.

Nota: este acuse de recibo solo confirma que el mensaje se mostró en el equipo del destinatario. No se garantiza que el destinatario haya leído o comprendido el contenido del mensaje.
""", style='mdn', subj='Leído: {S}', day=1, at=(9, 3), mdn_ua='Microsoft Outlook 16.0')

A('ines', 'Javier Oliván <javier.olivan@unizar.example>',
  '(es) out-of-office con X-Autorespond', """
Estoy asistiendo a un congreso en Lisboa y tengo acceso limitado al correo hasta el 30 de abril. No, no es necesario reenviar su mensaje: lo leeré a mi vuelta.

Javier Oliván
Departamento de Química Orgánica
""", subj='Fuera de la oficina: {S}', hdrs=[('X-Autorespond', 'Javier Olivan'), ('Precedence', 'bulk')])

# ------------------------------------------------------------------ Klara (Graz)
A('klara', 'Mag. Eva Gratzer <eva.gratzer@steiermark-bau.example>',
  '(de) Exchange "Automatische Antwort:" mit "nicht erreichbar"', """
Sehr geehrte Damen und Herren,

ich bin bis einschließlich 29. Mai nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an office@steiermark-bau.example oder +43 316 80 90 0.

Mit freundlichen Grüßen
Eva Gratzer
""", style='exchange', mso='DE', subj='Automatische Antwort: {S}', hdrs=EXO)

A('klara', 'Roland Sommer <roland.sommer@gmx.at>',
  '(de) GMX Abwesenheitsnotiz, "Nein" im Text, keine Auto-Header', """
Hallo,

ich bin bis 1. Juni auf Urlaub. Nein, ich lese meine Mails in der Zeit nicht :-)
Ab 2. Juni bin ich wieder erreichbar.

Roland
""", subj='Abwesenheitsnotiz: {S}', cs='iso-8859-1')

A('klara', 'Andrea Kollmann <andrea.kollmann@a1.net>',
  '(de) Urlaubsantwort mit Auto-Submitted, text/plain', """
Danke für Ihre Nachricht! Ich bin bis 31.05. im Urlaub und beantworte Ihre E-Mail nach meiner Rückkehr.

Liebe Grüße
Andrea Kollmann
""", subj='Urlaub: {S}', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'OOF')])

A('klara', 'Volksschule Graz-St. Leonhard <direktion@vs-stleonhard.example>',
  '(de) "Diese Adresse wird nicht betreut"', """
Dies ist eine automatisch generierte Nachricht.

Diese E-Mail-Adresse wird nicht mehr betreut. Bitte verwenden Sie ab sofort die Adresse sekretariat@vs-stleonhard.example.

Ihre Nachricht wurde nicht weitergeleitet.
""", subj='Re: {S}', hdrs=[('Precedence', 'auto_reply')])

A('klara', 'Snježana Horvat <snjezana.horvat@gmail.com>',
  '(hr) out-of-office bez zaglavlja', """
Poštovani,

trenutno sam na godišnjem odmoru do 2. lipnja i nemam pristup e-pošti. Odgovorit ću po povratku.

Lijep pozdrav,
Snježana Horvat
""", subj='Odsutnost: {S}')

A('klara', 'Support – Grazer Sportwelt <support@grazer-sportwelt.example>',
  '(de) Ticket-Bestätigung (Helpdesk)', """
Hallo,

vielen Dank für Ihre Anfrage. Wir haben ein Ticket für Sie angelegt: #GSW-77120.

Unser Support-Team meldet sich in der Regel innerhalb von 24 Stunden. Bitte antworten Sie nicht auf diese automatische Nachricht.

Ihr Team der Grazer Sportwelt
""", subj='[Ticket #GSW-77120] Ihre Anfrage ist bei uns eingegangen',
  hdrs=[('Auto-Submitted', 'auto-generated'), ('X-Mailer', 'Deskly Helpdesk 5.2')])

A('klara', 'Peter Wurm <peter.wurm@posteo.at>',
  '(de) Thunderbird-Lesebestätigung (displayed)', """
Dies ist eine Empfangsbestätigung für die Nachricht, die Sie an Peter Wurm <peter.wurm@posteo.at> gesendet haben.

Hinweis: Diese Empfangsbestätigung sagt nur aus, dass die Nachricht angezeigt wurde. Es gibt keine Garantie, dass der Inhalt gelesen oder verstanden wurde.
""", style='mdn', subj='Empfangsbestätigung (angezeigt) - {S}', day=2, at=(7, 40),
  mdn_ua='Mozilla Thunderbird', disp='manual-action/MDN-sent-manually; displayed', mdn_headers=True)

A('klara', 'Emre Yıldız <emre.yildiz@outlook.com>',
  '(tr) Outlook.com otomatik yanıt', """
Merhaba, 3 Haziran'a kadar izindeyim ve e-postalarıma bakamıyorum. Döndüğümde size dönüş yapacağım.
Emre
""", style='alt', subj='Otomatik yanıt: {S}', hdrs=[('Auto-Submitted', 'auto-replied'),
                                                    ('X-Auto-Response-Suppress', 'All')])

# ------------------------------------------------------------------ Megan (Hamilton)
A('megan', 'Brian Kowal <brian.kowal@steeltownhealth.example>',
  'Exchange OOF en-US', """
Thank you for your message. I am out of the office until Monday, February 8, with limited access to email.

If you require immediate assistance, please contact the front desk at 905-555-0100.

Brian Kowal, RN
""", style='exchange', mso='EN-US', subj='Automatic reply: {S}', hdrs=EXO)

A('megan', 'Jennifer Oakes <jen.oakes@gmail.com>',
  'Gmail vacation with its own subject, says "No"', """
No, you're not imagining it - I'm on a beach in Cuba until Feb 6 🌴 I'll answer when I'm back (and less sunburnt).

Jen
""", style='alt', subj='Away until Feb 6', hdrs=[('Auto-Submitted', 'auto-replied')])

A('megan', 'Hamilton Minor Hockey <noreply@hamiltonminorhockey.example>',
  'noreply: this inbox is not monitored', """
This inbox is not monitored. Replies to this address are not read.

For registration questions, visit hamiltonminorhockey.example/contact. For schedule changes, check the TeamApp.
""", subj='Re: {S}', hdrs=[('Auto-Submitted', 'auto-replied'), ('Precedence', 'bulk')])

A('megan', 'Carla Medeiros <carla.medeiros@cogeco.ca>',
  'out-of-office, no headers, "Yes" in text', """
Hello! Yes, I got your email - but I'm travelling until February 10 and will reply as soon as I can.

Carla
""", subj='Re: {S}')

A('megan', 'Ivan Petrenko <ivan.petrenko@ukr.net>',
  '(uk) автовідповідь з X-Autoreply', """
Доброго дня! Я у відпустці до 8 лютого. Відповім після повернення.
Іван
""", subj='Автовідповідь: {S}', hdrs=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')],
  cs='koi8-u')

A('megan', 'Dr. Anita Sharma <anita.sharma@lakeshoredental.example>',
  'helpdesk/practice acknowledgement', """
Thank you for contacting Lakeshore Dental. Your message has been received and a member of our team will respond within 2 business days.

For emergencies, please call 905-555-0199. Please do not reply to this message.
""", subj='We received your message', hdrs=[('Auto-Submitted', 'auto-generated')])

A('megan', 'Greg Holt <greg.holt@shaw.ca>',
  'challenge-response (whitelist) request', """
Greg Holt uses a whitelist to avoid spam. Your email will not be delivered until you confirm your address.

Please reply to this message and type "I am human" in the body. No need to resend your original message.
""", subj='Confirm your email to Greg Holt', hdrs=[('Auto-Submitted', 'auto-replied'), ('X-Boxtrapper', 'yes')])

A('megan', 'Patrick Lam <patrick.lam@outlook.com>',
  'read receipt (MDN)', """
Your message

  To: Patrick Lam
  Subject: You're invited: Ellie's 9th birthday skating party ⛸️ Sun Feb 21
  Sent: Saturday, January 30, 2027 10:30:12 AM (UTC-05:00) Eastern Time (US & Canada)

was read on Saturday, January 30, 2027 2:51:07 PM (UTC-05:00) Eastern Time (US & Canada).
""", style='mdn', subj='Read: {S}', day=0, at=(14, 51))

# ------------------------------------------------------------------ Tereza (Prague)
A('tereza', 'Ing. Petr Havel <petr.havel@pragotherm.example>',
  '(cs) Exchange "Automatická odpověď:"', """
Dobrý den,

do 9. 11. 2026 jsem mimo kancelář bez přístupu k e-mailu. V naléhavých případech kontaktujte prosím kolegu Jiřího Mráze (jiri.mraz@pragotherm.example).

S pozdravem
Petr Havel
""", style='exchange', mso='CS', subj='Automatická odpověď: {S}', hdrs=EXO, cs='windows-1250')

A('tereza', 'Sergey Ivanov <s.ivanov@yandex.ru>',
  '(ru) Yandex автоответ с X-Autoreply', """
Здравствуйте! Я в отпуске до 10 ноября и не проверяю почту. Отвечу, когда вернусь.
Сергей
""", subj='Автоответ: {S}', hdrs=[('X-Autoreply', 'yes'), ('Auto-Submitted', 'auto-replied')])

A('tereza', 'Marieke Smit <marieke.smit@xs4all.nl>',
  '(nl) afwezigheidsbericht zonder headers', """
Beste afzender,

Ik ben afwezig tot en met 8 november en lees mijn e-mail niet. Nee, uw bericht wordt niet doorgestuurd.

Met vriendelijke groet,
Marieke Smit
""", subj='Afwezig: {S}')

A('tereza', 'Lars Ekström <lars.ekstrom@telia.se>',
  '(sv) autosvar med Auto-Submitted', """
Hej! Jag är på semester till den 9 november och har begränsad tillgång till e-post. Jag svarar när jag är tillbaka.
Lars
""", subj='Autosvar: {S}', hdrs=[('Auto-Submitted', 'auto-replied')])

A('tereza', 'International School of Letná <info@isletna.example>',
  'school info@: not monitored on weekends + helpdesk ack', """
Thank you for your email. This is an automatic acknowledgement: your message has been logged as request #ISL-2291.

Please note this mailbox is not monitored at weekends. We aim to reply within two working days.

International School of Letná - Front Office
""", subj='Re: {S} [ISL-2291]', hdrs=[('Auto-Submitted', 'auto-generated')])

A('tereza', 'Kateřina Malá <katerina.mala@seznam.cz>',
  '(cs) dovolená bez automatických hlaviček', """
Dobrý den, jsem na dovolené do 10. listopadu, na e-maily odpovím po návratu. Děkuji, Kateřina Malá
""", subj='Re: {S}', cs='iso-8859-2')

A('tereza', 'Antoine Mercier <antoine.mercier@free.fr>',
  '(fr) réponse automatique, "non" dans le texte', """
Bonjour,

Je suis absent jusqu'au 12 novembre inclus, non joignable par e-mail. Je vous répondrai dès mon retour.

Antoine Mercier
""", subj='Réponse automatique : {S}', hdrs=[('Auto-Submitted', 'auto-replied')], cs='iso-8859-15')

A('tereza', 'Olga Novikova <olga.novikova@gmail.com>',
  'read receipt with original headers (text/rfc822-headers)', """
This is a receipt for the mail you sent to olga.novikova@gmail.com at 02/11/2026 21:10.

This receipt verifies that the message has been displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""", style='mdn', subj='Return Receipt (displayed) - {S}', day=1, at=(19, 22), mdn_ua='Mozilla Thunderbird',
  mdn_headers=True)
