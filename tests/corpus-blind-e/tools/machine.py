"""Machine-made replies: iTIP calendar replies, auto-replies and bounces.

The originals attached to bounces are the invitation as the product sends it
(text, HTML and a METHOD:REQUEST calendar part), so they carry the tempting
"yes, no or maybe" wording and a PARTSTAT=NEEDS-ACTION attendee line.
"""
import base64
import datetime as dt
import html as htmlmod

import clientfmt as L
from clients import (B64, LAST_MESSAGE_ID, addr, chain_of, rfc_date, rhex, to_html_lines,
                     transport_headers)
from mime import Part, encode_body, hdr_text, is_ascii, message, text_part


def ics_fold(line):
    out, b = [], line.encode('utf-8')
    while len(b) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def ics(lines):
    return ''.join(ics_fold(l) + '\r\n' for l in lines)


def uid(c):
    return '%s.%s@%s' % (c.token, c.hostkey, c.host['domain'])


def stamp(d):
    return d.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def invitation_ics(c):
    h = c.host
    return ics(['BEGIN:VCALENDAR', 'PRODID:-//rsvpd//rsvpd 0.1//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:REQUEST',
                'BEGIN:VEVENT', 'UID:%s' % uid(c), 'DTSTAMP:%s' % stamp(h['sent']), 'DTSTART:%s' % h['start'], 'DTEND:%s' % h['end'],
                'SUMMARY:%s' % ics_escape(h['title']), 'LOCATION:%s' % h['location'],
                'ORGANIZER;CN="%s":mailto:%s' % (h['name'], c.host_email),
                'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (c.name, c.email),
                'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR'])


def invitation_message(c, headers_only=False):
    """The invitation as sent, as bytes (for message/rfc822 or text/rfc822-headers)."""
    rng = c.rng
    h = c.host
    sent = h['sent']
    b = '===============%d==' % rng.randint(10 ** 18, 10 ** 19 - 1)
    root = Part('multipart/alternative', children=[
        text_part(c.inv_text, 'plain', 'utf-8', 'quoted-printable'),
        text_part('<html><body>\n' + to_html_lines(c.inv_text) + '\n</body></html>\n', 'html', 'utf-8', 'quoted-printable'),
        Part('text/calendar; charset="utf-8"; method=REQUEST', encode_body(invitation_ics(c), 'utf-8', 'base64'), 'base64')],
        boundary=b)
    hs = [('Return-Path', '<%s>' % c.host_email),
          ('Received', 'from rsvpd.localdomain (%s [10.0.3.%d])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
              h['mx'], rng.randint(2, 250), h['mx'], rhex(rng, 12, 'BCDFGHJKLMNPQRSTVWXZ0123456789'), c.email, rfc_date(sent))),
          ('@CT', ''), ('MIME-Version', '1.0'),
          ('Subject', hdr_text(h['subject'], 'utf-8', 'B')),
          ('From', addr(h['name'], c.host_email, mode='B')), ('To', addr(c.name, c.email, mode='B')),
          ('Reply-To', addr(h['name'], c.host_email, mode='B')), ('Date', rfc_date(sent)),
          ('Message-ID', c.inv_mid), ('Auto-Submitted', 'no'), ('X-Mailer', 'rsvpd/0.1')]
    data = message(hs, root)
    if headers_only:
        return data.split(b'\n\n', 1)[0] + b'\n'
    return data


# --------------------------------------------------------------------------
# calendar replies

OUTLOOK_VERBS = {
    'en': ('Accepted', 'Declined', 'Tentative'), 'de': ('Zugesagt', 'Abgesagt', 'Mit Vorbehalt'),
    'es': ('Aceptado', 'Rechazado', 'Provisional'), 'fr': ('Accepté', 'Refusé', 'Provisoire'),
    'it': ('Accettato', 'Rifiutato', 'Provvisorio'), 'nl': ('Geaccepteerd', 'Geweigerd', 'Voorlopig'),
    'pt': ('Aceito', 'Recusado', 'Provisório'), 'pl': ('Zaakceptowano', 'Odrzucono', 'Wstępnie zaakceptowano'),
    'hr': ('Prihvaćeno', 'Odbijeno', 'Uvjetno prihvaćeno'), 'tr': ('Kabul Edildi', 'Reddedildi', 'Belirsiz'),
}
GOOGLE_VERBS = {
    'en': ('Accepted', 'Declined', 'Tentatively Accepted'), 'de': ('Angenommen', 'Abgelehnt', 'Vorläufig angenommen'),
    'es': ('Aceptada', 'Rechazada', 'Aceptada provisionalmente'), 'fr': ('Acceptée', 'Refusée', 'Acceptée provisoirement'),
    'it': ('Accettato', 'Rifiutato', 'Accettato provvisoriamente'), 'nl': ('Geaccepteerd', 'Geweigerd', 'Voorlopig geaccepteerd'),
    'pt': ('Aceito', 'Recusado', 'Aceito provisoriamente'),
}
GOOGLE_LINES = {
    'en': ('%s has accepted this invitation.', '%s has declined this invitation.', '%s has replied "Maybe" to this invitation.'),
    'de': ('%s hat diese Einladung angenommen.', '%s hat diese Einladung abgelehnt.', '%s hat auf diese Einladung mit "Vielleicht" geantwortet.'),
    'es': ('%s ha aceptado esta invitación.', '%s ha rechazado esta invitación.', '%s ha respondido "Quizás" a esta invitación.'),
    'fr': ('%s a accepté cette invitation.', '%s a refusé cette invitation.', '%s a répondu "Peut-être" à cette invitation.'),
    'it': ('%s ha accettato questo invito.', '%s ha rifiutato questo invito.', '%s ha risposto "Forse" a questo invito.'),
    'nl': ('%s heeft deze uitnodiging geaccepteerd.', '%s heeft deze uitnodiging afgewezen.', '%s heeft "Misschien" geantwoord op deze uitnodiging.'),
    'pt': ('%s aceitou este convite.', '%s recusou este convite.', '%s respondeu "Talvez" a este convite.'),
}
PS_INDEX = {'ACCEPTED': 0, 'DECLINED': 1, 'TENTATIVE': 2}


def reply_ics(c, prodid, partstat, comment, lang, extra=(), google=False):
    h = c.host
    att = 'ATTENDEE;PARTSTAT=%s;CN=%s:mailto:%s' % (partstat, c.name, c.email)
    if google:
        att = 'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;CN=%s;X-NUM-GUESTS=0%s:mailto:%s' % (
            partstat, c.name, (';X-RESPONSE-COMMENT="%s"' % comment.replace('"', "'")) if comment else '', c.email)
    lines = ['BEGIN:VCALENDAR', 'METHOD:REPLY', 'PRODID:%s' % prodid, 'VERSION:2.0', 'BEGIN:VEVENT', att]
    if comment and not google:
        lines.append('COMMENT;LANGUAGE=%s:%s' % (lang, ics_escape(comment)))
    lines += ['SUMMARY;LANGUAGE=%s:%s' % (lang, ics_escape(h['title'])) if not google else 'SUMMARY:%s' % ics_escape(h['title']),
              'DTSTART:%s' % h['start'], 'DTEND:%s' % h['end'], 'UID:%s' % uid(c),
              'ORGANIZER;CN=%s:mailto:%s' % (h['name'], c.host_email),
              'DTSTAMP:%s' % stamp(c.date), 'SEQUENCE:0', 'LOCATION:%s' % h['location']] + list(extra) + ['END:VEVENT', 'END:VCALENDAR']
    return ics(lines)


def env_cal_outlook(c):
    rng = c.rng
    lang = c.case.get('ui', c.lang)
    verbs = OUTLOOK_VERBS.get(lang, OUTLOOK_VERBS['en'])
    verb = verbs[PS_INDEX[c.case['partstat']]]
    sep = ' : ' if lang == 'fr' else ': '
    subj = c.case.get('subject') or verb + sep.lstrip(' ' if lang != 'fr' else '') + c.host['title']
    if lang == 'fr':
        subj = c.case.get('subject') or '%s : %s' % (verb, c.host['title'])
    comment = c.case.get('comment') or ''
    plain = (comment + '\n') if comment else ''
    html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n%s</body>\n</html>\n' % (
        ('<div>%s</div>\n' % htmlmod.escape(comment)) if comment else '')
    cal = reply_ics(c, 'Microsoft Exchange Server 2010', c.case['partstat'], comment, {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'it': 'it-IT', 'nl': 'nl-NL', 'pt': 'pt-BR', 'pl': 'pl-PL', 'hr': 'hr-HR'}.get(lang, 'en-US'),
                    extra=['CLASS:PUBLIC', 'PRIORITY:5', 'TRANSP:OPAQUE', 'X-MICROSOFT-CDO-BUSYSTATUS:%s' % ('BUSY' if c.case['partstat'] == 'ACCEPTED' else 'TENTATIVE' if c.case['partstat'] == 'TENTATIVE' else 'FREE'),
                           'X-MICROSOFT-CDO-IMPORTANCE:1', 'X-MICROSOFT-ISRESPONSE:TRUE'])
    b = '_000_%s_' % rhex(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    parts = [text_part(plain or '\n', 'plain', 'utf-8' if not is_ascii(plain) else 'us-ascii', 'quoted-printable'),
             text_part(html, 'html', 'utf-8', 'quoted-printable'),
             Part('text/calendar; charset="utf-8"; method=REPLY', encode_body(cal, 'utf-8', 'base64'), 'base64')]
    root = Part('multipart/alternative', children=parts, boundary=b)
    srv = '%s%02dMB%04d' % (rng.choice(['AM9PR', 'DB9PR', 'VI1PR', 'YT2PR', 'PH0PR']), rng.randint(1, 9), rng.randint(1000, 9999))
    mid = '<%s%s@%s.%s.prod.outlook.com>' % (srv, rhex(rng, 32, '0123456789ABCDEF'), srv, rng.choice(['eurprd04', 'namprd12', 'CANPRD01']))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail-%s.outbound.protection.outlook.com' % rng.choice(['db8eur05on2070', 'am6eur04on2131', 'yqbcan01on2101']),
                                '52.101.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250)), c.domain, 'selector1')
    hs += [('From', addr(c.name, c.email, mode='B')), ('To', addr(c.host_name, c.host_email, mode='B')), ('Subject', hdr_text(subj, 'utf-8', 'B')),
           ('Thread-Topic', hdr_text(c.host['title'], 'utf-8', 'B')), ('Thread-Index', 'AQH' + ''.join(rng.choice(B64) for _ in range(30)) + '=='),
           ('Date', rfc_date(c.date)), ('Message-ID', mid), ('References', c.inv_mid), ('In-Reply-To', c.inv_mid),
           ('Accept-Language', 'en-US'), ('Content-Language', {'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES'}.get(lang, 'en-US')),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('@CT', ''), ('MIME-Version', '1.0')]
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_cal_google(c):
    rng = c.rng
    lang = c.case.get('ui', c.lang)
    i = PS_INDEX[c.case['partstat']]
    verb = GOOGLE_VERBS.get(lang, GOOGLE_VERBS['en'])[i]
    line = GOOGLE_LINES.get(lang, GOOGLE_LINES['en'])[i] % c.name
    comment = c.case.get('comment') or ''
    h = c.host
    start = dt.datetime.strptime(h['start'], '%Y%m%dT%H%M%SZ').replace(tzinfo=dt.timezone.utc).astimezone(h['tz'])
    when = '%s %d %s %d %s' % (start.strftime('%a'), start.day, start.strftime('%b'), start.year, '%d%s' % (start.hour % 12 or 12, 'am' if start.hour < 12 else 'pm'))
    subj = c.case.get('subject') or '%s: %s @ %s (%s)' % (verb, h['title'], when, h['email'])
    body = line + ('\n\n"%s"' % comment if comment else '') + '\n\n%s\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are subscribed to calendar notifications. To stop receiving these emails, go to https://calendar.google.com/calendar/r/settings, select this calendar and change \'Other notifications\'.\n' % (h['title'], h['location'].replace('\\', ''))
    html = '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body><div style="font-family:Roboto,sans-serif"><p>%s</p>%s<h2>%s</h2><p>%s</p><p>Invitation from Google Calendar</p></div></body></html>\n' % (
        htmlmod.escape(line), ('<p style="white-space:pre-wrap">&quot;%s&quot;</p>' % htmlmod.escape(comment)) if comment else '', htmlmod.escape(h['title']), htmlmod.escape(h['location'].replace('\\', '')))
    cal = reply_ics(c, '-//Google Inc//Google Calendar 70.9054//EN', c.case['partstat'], comment, 'en', google=True)
    alt = Part('multipart/alternative', children=[
        text_part(body, 'plain', 'UTF-8', 'base64', params='; format=flowed; delsp=yes', cs_label='UTF-8'),
        text_part(html, 'html', 'UTF-8', 'quoted-printable', cs_label='UTF-8'),
        Part('text/calendar; charset="UTF-8"; method=REPLY', encode_body(cal, 'utf-8', '7bit'), '7bit')], boundary='0000000000' + rhex(rng, 16))
    att = Part('application/ics; name="invite.ics"', encode_body(cal, 'utf-8', 'base64'), 'base64',
               headers=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    root = Part('multipart/mixed', children=[alt, att], boundary='0000000000' + rhex(rng, 16))
    mid = '<calendar-%s@google.com>' % '-'.join(rhex(rng, n) for n in (8, 4, 4, 4, 12))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail-sor-f%d.google.com' % rng.randint(41, 99), '209.85.220.%d' % rng.randint(41, 99), 'google.com', '20230601')
    hs += [('MIME-Version', '1.0'), ('Reply-To', addr(c.name, c.email)), ('Sender', 'Google Calendar <calendar-notification@google.com>'),
           ('Message-ID', mid), ('Date', rfc_date(c.date)), ('Subject', hdr_text(subj, 'UTF-8', 'Q')),
           ('From', addr(c.name, c.email)), ('To', c.host_email), ('@CT', '')]
    if c.case.get('thread', True):
        hs[-1:-1] = [('In-Reply-To', c.inv_mid), ('References', c.inv_mid)]
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_cal_apple(c):
    rng = c.rng
    lang = c.case.get('ui', c.lang)
    i = PS_INDEX[c.case['partstat']]
    verb = OUTLOOK_VERBS.get(lang, OUTLOOK_VERBS['en'])[i]
    subj = c.case.get('subject') or '%s: %s' % (verb, c.host['title'])
    comment = c.case.get('comment') or ''
    body = (comment + '\n') if comment else ''
    cal = reply_ics(c, '-//Apple Inc.//macOS 15.5//EN', c.case['partstat'], comment, 'en',
                    extra=['X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC'])
    cal = cal.replace('COMMENT;LANGUAGE=en:', 'COMMENT:').replace('SUMMARY;LANGUAGE=en:', 'SUMMARY:')
    b = 'Apple-Mail=_%s' % '-'.join(rhex(rng, n, '0123456789ABCDEF') for n in (8, 4, 4, 4, 12))
    parts = []
    if body:
        parts.append(text_part(body, 'plain', 'utf-8', 'quoted-printable'))
    parts.append(Part('text/calendar; method=REPLY; charset="UTF-8"; name="iCal-%s.ics"' % c.date.strftime('%Y%m%d-%H%M%S'),
                      encode_body(cal, 'utf-8', 'quoted-printable'), 'quoted-printable',
                      headers=[('Content-Disposition', 'attachment; filename="iCal-%s.ics"' % c.date.strftime('%Y%m%d-%H%M%S'))]))
    root = Part('multipart/mixed', children=parts, boundary=b)
    mid = '<%s@icloud.com>' % '-'.join(rhex(rng, n, '0123456789ABCDEF') for n in (8, 4, 4, 4, 12))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'p00-icloudmta-asmtp-us-west-3a-%d-percent-1.p00-icloudmta-asmtp-vip.icloud-infra.com' % rng.randint(10, 80),
                                '17.57.%d.%d' % (rng.randint(150, 230), rng.randint(2, 250)), 'icloud.com', '1a1hai')
    hs += [('From', addr(c.name, c.email)), ('@CT', ''), ('Mime-Version', '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))'),
           ('Subject', hdr_text(subj, 'utf-8', 'Q')), ('Date', rfc_date(c.date)), ('To', addr(c.host_name, c.host_email)),
           ('In-Reply-To', c.inv_mid), ('References', c.inv_mid), ('Message-Id', mid), ('X-Mailer', 'Apple Mail (2.3826.500.181.1.5)')]
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


# --------------------------------------------------------------------------
# auto-replies

AUTO_PREFIX = {'en': 'Automatic reply:', 'de': 'Automatische Antwort:', 'fr': 'Réponse automatique :', 'es': 'Respuesta automática:',
               'it': 'Risposta automatica:', 'nl': 'Automatisch antwoord:', 'pl': 'Odpowiedź automatyczna:', 'pt': 'Resposta automática:',
               'tr': 'Otomatik yanıt:', 'hr': 'Automatski odgovor:', 'sv': 'Automatiskt svar:', 'cs': 'Automatická odpověď:'}


def env_auto(c):
    rng = c.rng
    kind = c.case['client']
    lang = c.lang
    text = c.case['text']
    cs = c.case.get('charset', 'utf-8')
    cte = c.case.get('cte', 'quoted-printable')
    subj = c.case.get('subject')
    extra = list(c.case.get('headers', []))
    name, email = c.case.get('from_name', c.name), c.case.get('from_email', c.email)
    refs = True
    if kind == 'oof_exchange':
        subj = subj or '%s %s' % (AUTO_PREFIX.get(lang, AUTO_PREFIX['en']), c.inv_subject)
        extra = [('Auto-Submitted', 'auto-replied'), ('X-Auto-Response-Suppress', 'All'),
                 ('X-MS-Exchange-Inbox-Rules-Loop', email), ('X-MS-Exchange-Transport-CrossTenantHeadersStamped', 'AM9PR04MB%d' % rng.randint(1000, 9999))] + extra
        html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n</head>\n<body>\n<div style="font-family:Calibri,Arial,Helvetica,sans-serif; font-size:12pt; color:rgb(0,0,0)">\n%s\n</div>\n</body>\n</html>\n' % (cs, to_html_lines(text, 'p'))
        root = Part('multipart/alternative', children=[text_part(text, 'plain', cs, cte), text_part(html, 'html', cs, cte)],
                    boundary='_000_%s_' % rhex(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
        mid = '<%s@%s.prod.outlook.com>' % (rhex(rng, 40, '0123456789ABCDEF'), 'AM9PR04MB%d.eurprd04' % rng.randint(1000, 9999))
    elif kind == 'vacation_gmail':
        subj = subj or 'Re: %s' % c.inv_subject
        extra = [('Auto-Submitted', 'auto-replied')] + extra
        root = Part('multipart/alternative', children=[text_part(text, 'plain', 'UTF-8', cte, cs_label='UTF-8'),
                                                      text_part('<div dir="ltr">%s</div>\n' % to_html_lines(text), 'html', 'UTF-8', cte, cs_label='UTF-8')],
                    boundary='0000000000' + rhex(rng, 16))
        mid = '<CA%s@mail.gmail.com>' % ''.join(rng.choice(B64[:62]) for _ in range(50))
    elif kind == 'mdn':
        return env_mdn(c)
    else:
        defaults = {
            'xautoreply': [('X-Autoreply', 'yes')],
            'autorespond': [('X-Autorespond', 'Vacation'), ('Precedence', 'auto_reply'), ('X-Precedence', 'auto_reply')],
            'precedence': [('Precedence', c.case.get('prec', 'bulk'))],
            'oof_plain': [], 'noreply': [], 'ticket': [], 'challenge': [],
        }
        extra = defaults[kind] + extra
        subj = subj or 'Re: %s' % c.inv_subject
        if c.case.get('html'):
            root = text_part(c.case['html'], 'html', cs, cte)
        else:
            root = text_part(text, 'plain', cs, cte)
        mid = '<%s.%s@%s>' % (rhex(rng, 16), rhex(rng, 8), email.split('@')[1])
        refs = c.case.get('refs', True)
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail.%s' % email.split('@')[1], '%d.%d.%d.%d' % (rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
                                email.split('@')[1] if rng.random() < 0.6 else None, 'default')
        hs[0] = ('Return-Path', '<%s>' % email if kind not in ('vacation_gmail', 'oof_exchange') else '<>')
    hs += [('From', addr(name, email, mode='B')), ('To', addr(c.host_name, c.host_email, mode='B')),
           ('Subject', hdr_text(subj, 'utf-8', 'B' if kind == 'oof_exchange' else 'Q')), ('Date', rfc_date(c.date)), ('Message-ID', mid)]
    if refs:
        hs += [('In-Reply-To', c.inv_mid), ('References', c.inv_mid)]
    hs += [('MIME-Version', '1.0'), ('@CT', '')] + extra
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


MDN_SUBJ = {'en': 'Read:', 'de': 'Gelesen:', 'fr': 'Lu :', 'es': 'Leído:', 'it': 'Letto:', 'nl': 'Gelezen:', 'pt': 'Lida:', 'pl': 'Przeczytane:'}


def env_mdn(c):
    rng = c.rng
    lang = c.lang
    subj = c.case.get('subject') or '%s %s' % (MDN_SUBJ.get(lang, 'Read:'), c.inv_subject)
    text = c.case['text']
    report = 'Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-%s; displayed\n' % (
        c.domain, c.case.get('ua', 'Microsoft Outlook 16.0'), c.email, c.inv_mid, c.case.get('mode', 'manually'))
    parts = [text_part(text, 'plain', 'utf-8', 'quoted-printable'),
             Part('message/disposition-notification', report.encode('ascii'), None)]
    if c.case.get('with_headers', True):
        parts.append(Part('text/rfc822-headers', invitation_message(c, headers_only=True), None))
    root = Part('multipart/report; report-type=disposition-notification', children=parts,
                boundary='----=_NextPart_%s' % rhex(rng, 24, '0123456789ABCDEF'), preamble='This is a multi-part message in MIME format.')
    mid = '<%s$%s@%s>' % (rhex(rng, 12), rhex(rng, 8), c.domain)
    hs = [('From', addr(c.name, c.email, mode='B')), ('To', addr(c.host_name, c.host_email, mode='B')),
          ('Subject', hdr_text(subj, 'utf-8', 'B')), ('Date', rfc_date(c.date)), ('Message-ID', mid),
          ('In-Reply-To', c.inv_mid), ('References', c.inv_mid), ('MIME-Version', '1.0'), ('@CT', ''), ('X-Mailer', 'Microsoft Outlook 16.0')]
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


# --------------------------------------------------------------------------
# bounces

def dsn_fields(c, mta, action, status, diag, remote=None, arrival=None, extra_per=()):
    arrival = arrival or c.host['sent']
    lines = ['Reporting-MTA: dns; %s' % mta]
    if c.case.get('queue_id'):
        lines.append('X-Postfix-Queue-ID: %s' % c.case['queue_id'])
    lines += ['Arrival-Date: %s' % rfc_date(arrival), '', 'Final-Recipient: rfc822; %s' % c.email, 'Original-Recipient: rfc822;%s' % c.email,
              'Action: %s' % action, 'Status: %s' % status]
    if remote:
        lines.append('Remote-MTA: dns; %s' % remote)
    lines.append('Diagnostic-Code: smtp; %s' % diag)
    lines += list(extra_per)
    return ('\n'.join(lines) + '\n').encode('utf-8')


def bounce_date(c):
    h = c.host
    return (h['sent'] + dt.timedelta(seconds=c.rng.randint(20, 400))).replace(microsecond=0)


def bounce_message(c, hs, root, mid):
    # Batch rule: every file carries In-Reply-To.  Gmail and Microsoft 365
    # write it themselves; for the other MTAs it stands for the relay that
    # threads the report to the invitation (the report itself is unchanged).
    if not any(k.lower() == 'in-reply-to' for k, _ in hs):
        hs = list(hs) + [('In-Reply-To', c.inv_mid)]
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_postfix(c, headers_only=False, delayed=False):
    rng = c.rng
    h = c.host
    mx = h['mx']
    qid = rhex(rng, 14, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
    c.case['queue_id'] = qid
    d = bounce_date(c) + (dt.timedelta(hours=4) if delayed else dt.timedelta())
    rdom = c.email.split('@')[1]
    rmx = c.case.get('remote', 'mx%d.%s' % (rng.randint(0, 2), rdom))
    ip = '%d.%d.%d.%d' % (rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250))
    diag = c.case.get('diag', '550 5.1.1 <%s>: Recipient address rejected: User unknown in virtual mailbox table' % c.email)
    status = c.case.get('status', '5.1.1')
    if delayed:
        note = ('This is the mail system at host %s.\n\n####################################################################\n# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n'
                'Your message could not be delivered for 4.0 hours.\nIt will be retried until it is 5.0 days old.\n\nFor further assistance, please send mail to postmaster.\n\n'
                'If you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n'
                '<%s>: %s\n' % (mx, c.email, c.case.get('diag', 'connect to %s[%s]:25: Connection timed out' % (rmx, ip))))
        subj = 'Delayed Mail (still being retried)'
        fields = dsn_fields(c, mx, 'delayed', c.case.get('status', '4.4.1'), c.case.get('diag', 'connect to %s[%s]:25: Connection timed out' % (rmx, ip)).replace('connect to', 'X-Postfix; connect to') if False else c.case.get('diag', 'connect to %s[%s]:25: Connection timed out' % (rmx, ip)),
                            None, extra_per=['Will-Retry-Until: %s' % rfc_date(d + dt.timedelta(days=5))])
        fields = fields.replace(b'Diagnostic-Code: smtp; connect', b'Diagnostic-Code: X-Postfix; connect')
    else:
        note = ('This is the mail system at host %s.\n\nI\'m sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It\'s attached below.\n\n'
                'For further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n'
                '                   The mail system\n\n<%s>: host %s[%s] said: %s (in reply to RCPT TO command)\n' % (mx, c.email, rmx, ip, diag))
        subj = 'Undelivered Mail Returned to Sender'
        fields = dsn_fields(c, mx, 'failed', status, diag, rmx)
    orig_hdr = 'text/rfc822-headers' if headers_only else 'message/rfc822'
    b = '%s.%d/%s' % (qid, int(d.timestamp()), mx)
    root = Part('multipart/report; report-type=delivery-status', children=[
        Part('text/plain; charset=utf-8', note.encode('utf-8'), '8bit', headers=[('Content-Description', 'Notification')]),
        Part('message/delivery-status', fields, None, headers=[('Content-Description', 'Delivery report')]),
        Part(orig_hdr, invitation_message(c, headers_only), '8bit', headers=[('Content-Description', 'Undelivered Message Headers' if headers_only else 'Undelivered Message')])],
        boundary=b, preamble='This is a MIME-encapsulated message.\n')
    mid = '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), qid, mx)
    hs = [('Return-Path', '<>'), ('X-Original-To', c.host_email), ('Delivered-To', c.host_email),
          ('Received', 'by %s (Postfix)\n\tid %s; %s' % (mx, qid, rfc_date(d))), ('Date', rfc_date(d)),
          ('From', 'MAILER-DAEMON@%s (Mail Delivery System)' % mx), ('Subject', subj), ('To', c.host_email),
          ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'), ('@CT', ''), ('Content-Transfer-Encoding', '8bit'), ('Message-Id', mid)]
    return bounce_message(c, hs, root, mid)


def env_exim(c):
    rng = c.rng
    h = c.host
    d = bounce_date(c)
    eid = '1w%s-%s-%s' % (rhex(rng, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), rhex(rng, 6, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), rhex(rng, 2, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'))
    smtp = 'smtp.%s' % h['domain']
    rdom = c.email.split('@')[1]
    diag = c.case.get('diag', '550 5.1.1 <%s>: Recipient address rejected: User unknown' % c.email)
    orig = invitation_message(c).decode('utf-8')
    body = ('This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n'
            '  %s\n    host mail.%s [%d.%d.%d.%d]\n    SMTP error from remote mail server after RCPT TO:<%s>:\n    %s\n\n------ This is a copy of the message, including all the headers. ------\n\n%s' % (
                c.email, rdom, rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), c.email, diag, orig))
    mid = '<E%s@%s>' % (eid, smtp)
    root = Part('text/plain; charset=utf-8', body.encode('utf-8'), '8bit')
    hs = [('Return-path', '<>'), ('Envelope-to', c.host_email), ('Delivery-date', rfc_date(d)),
          ('Received', 'from Debian-exim by %s with local (Exim 4.98)\n\tid %s\n\tfor %s; %s' % (smtp, eid, c.host_email, rfc_date(d))),
          ('X-Failed-Recipients', c.email), ('Auto-Submitted', 'auto-replied'), ('From', 'Mail Delivery System <Mailer-Daemon@%s>' % smtp),
          ('To', c.host_email), ('Subject', 'Mail delivery failed: returning message to sender'), ('Message-Id', mid), ('Date', rfc_date(d)),
          ('MIME-Version', '1.0'), ('@CT', '')]
    return bounce_message(c, hs, root, mid)


def env_gmx_bounce(c):
    """German-language Exim-style bounce from a German provider, as multipart/report."""
    rng = c.rng
    d = bounce_date(c)
    diag = c.case.get('diag', '550 Requested action not taken: mailbox unavailable')
    text = ('Hallo %s,\n\nleider konnte Ihre Nachricht an folgende Empfänger nicht zugestellt werden:\n\n  %s\n\n'
            'Grund: Das Postfach des Empfängers existiert nicht oder ist deaktiviert.\n(%s)\n\nBitte überprüfen Sie die Empfängeradresse.\n\n'
            'Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.\n') % (c.host_email, c.email, diag)
    mta = 'mout.%s' % c.host['domain']
    root = Part('multipart/report; report-type=delivery-status', children=[
        text_part(text, 'plain', 'utf-8', 'quoted-printable'),
        Part('message/delivery-status', dsn_fields(c, mta, 'failed', c.case.get('status', '5.1.1'), diag, 'mx00.emig.gmx.net'), None),
        Part('message/rfc822', invitation_message(c), '8bit')], boundary='----=_Part_%d' % rng.randint(10 ** 8, 10 ** 9))
    mid = '<bounce-%s@%s>' % (rhex(rng, 16), mta)
    hs = [('Return-Path', '<>'), ('From', 'Mail Delivery System <MAILER-DAEMON@%s>' % mta), ('To', c.host_email),
          ('Subject', hdr_text('Unzustellbar: %s' % c.inv_subject, 'utf-8', 'Q')), ('Date', rfc_date(d)), ('Message-ID', mid),
          ('Auto-Submitted', 'auto-replied'), ('MIME-Version', '1.0'), ('@CT', '')]
    return bounce_message(c, hs, root, mid)


def env_gmail_dsn(c):
    rng = c.rng
    d = bounce_date(c).astimezone(dt.timezone(dt.timedelta(hours=-7)))
    full = c.case.get('full', False)
    diag = c.case.get('diag', "550-5.1.1 The email account that you tried to reach does not exist. Please try\n 550-5.1.1 double-checking the recipient's email address for typos or\n 550-5.1.1 unnecessary spaces. For more information, go to\n 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser %s.%d - gsmtp" % (rhex(rng, 20), rng.randint(1, 9)))
    status = c.case.get('status', '5.1.1')
    text = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, or is unable to receive mail.\n\n"
            "Learn more here: https://support.google.com/mail/?p=NoSuchUser\n\nThe response from the remote server was:\n%s\n") % (c.email, diag.replace('\n ', '\n'))
    if full:
        text = ("** Message not delivered **\n\nYour message couldn't be delivered to %s because the remote server is misconfigured or the recipient's inbox is full.\n\n"
                "The response from the remote server was:\n%s\n") % (c.email, diag)
    html = '<html><head></head><body><table><tr><td><h2>%s</h2><p>%s</p></td></tr></table></body></html>\n' % (
        'Address not found' if not full else 'Message not delivered', htmlmod.escape(text.split('\n\n')[1]))
    alt = Part('multipart/alternative', children=[text_part(text, 'plain', 'UTF-8', 'quoted-printable', cs_label='UTF-8'),
                                                  text_part(html, 'html', 'UTF-8', 'quoted-printable', cs_label='UTF-8')], boundary='0000000000' + rhex(rng, 16))
    fields = ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s\nArrival-Date: %s\nX-Original-Message-ID: %s\n\n'
              'Final-Recipient: rfc822; %s\nAction: failed\nStatus: %s\nRemote-MTA: dns; %s. (%d.%d.%d.%d, the server for the domain %s.)\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n') % (
        c.host_email, rfc_date(c.host['sent']), c.inv_mid, c.email, status, c.case.get('remote', 'mx.' + c.email.split('@')[1]),
        rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), c.email.split('@')[1], diag, rfc_date(d))
    root = Part('multipart/report; report-type=delivery-status', children=[
        alt, Part('message/delivery-status', fields.encode('utf-8'), None),
        Part('message/rfc822', invitation_message(c), None)], boundary='0000000000' + rhex(rng, 16))
    mid = '<%s.%s.%s@mx.google.com>' % (rhex(rng, 8), rhex(rng, 6), rhex(rng, 10))
    hs = [('Return-Path', '<>'), ('Delivered-To', c.host_email), ('MIME-Version', '1.0'), ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
          ('To', c.host_email), ('Auto-Submitted', 'auto-replied'), ('Subject', 'Delivery Status Notification (Failure)'),
          ('References', c.inv_mid), ('In-Reply-To', c.inv_mid), ('X-Failed-Recipients', c.email),
          ('Message-ID', mid), ('Date', rfc_date(d)), ('@CT', '')]
    return bounce_message(c, hs, root, mid)


NDR_SUBJ = {'en': 'Undeliverable:', 'de': 'Unzustellbar:', 'fr': 'Non remis :', 'es': 'No se puede entregar:', 'it': 'Non recapitabile:',
            'nl': 'Onbestelbaar:', 'pt': 'Não é possível entregar:', 'pl': 'Niedostarczalne:'}
NDR_LINE = {'en': "Your message to %s couldn't be delivered.", 'de': 'Ihre Nachricht an %s konnte nicht übermittelt werden.',
            'fr': "Votre message n'a pas pu être remis à %s.", 'es': 'No se pudo entregar su mensaje a %s.',
            'it': 'Impossibile recapitare il messaggio a %s.', 'nl': 'Uw bericht aan %s kan niet worden bezorgd.',
            'pt': 'A sua mensagem para %s não pôde ser entregue.', 'pl': 'Nie można dostarczyć wiadomości do %s.'}


def env_m365_ndr(c, delay=False):
    rng = c.rng
    lang = c.lang
    d = bounce_date(c).astimezone(dt.timezone.utc)
    srv = '%s%02dMB%04d' % (rng.choice(['AM9PR', 'DB9PR', 'VI1PR', 'PAXPR']), rng.randint(1, 9), rng.randint(1000, 9999))
    status = c.case.get('status', '5.1.10')
    diag = c.case.get('diag', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient %s not found by SMTP address lookup' % c.email)
    if delay:
        subj = 'Delivery delayed:%s' % c.inv_subject
        text = ("Delivery is delayed to these recipients or groups:\n\n%s\n\nSubject: %s\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
                "The server will keep trying to deliver this message for the next 1 days, 19 hours and 51 minutes. You'll be notified if the message can't be delivered by that time.\n") % (c.email, c.inv_subject)
        action, status = 'delayed', c.case.get('status', '4.4.7')
        diag = c.case.get('diag', '400 4.4.7 Message delayed')
    else:
        subj = '%s %s' % (NDR_SUBJ.get(lang, NDR_SUBJ['en']), c.inv_subject)
        text = (NDR_LINE.get(lang, NDR_LINE['en']) % c.email + '\n\n%s wasn\'t found at %s.\n\n%s    Office 365    %s\nAction Required                     Recipient\n\nUnknown To address\n\n'
                'How to Fix It\nThe address may be misspelled or may not exist. Try one or more of the following:\n\n  *   Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.\n'
                '  *   Contact the recipient (by phone, for example) to check that the address exists and is correct.\n\n________________________________\n\nMore Info for Email Admins\nStatus code: 550 %s\n') % (
            c.email, c.email.split('@')[1], c.host_name.split(' ')[0].lower(), c.email, status)
        action = 'failed'
    html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n%s\n</body>\n</html>\n' % to_html_lines(text, 'p')
    alt = Part('multipart/alternative; differences=Content-Type', children=[text_part(text, 'plain', 'utf-8', 'quoted-printable'), text_part(html, 'html', 'utf-8', 'quoted-printable')],
               boundary='_000_%s_' % rhex(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    fields = ('Reporting-MTA: dns;%s.eurprd04.prod.outlook.com\nReceived-From-MTA: dns;%s.eurprd04.prod.outlook.com\nArrival-Date: %s\n\n'
              'Final-Recipient: rfc822;%s\nAction: %s\nStatus: %s\nDiagnostic-Code: smtp;%s\n') % (srv, srv, rfc_date(c.host['sent']), c.email, action, status, diag)
    root = Part('multipart/report; report-type=delivery-status', children=[
        alt, Part('message/delivery-status', fields.encode('utf-8'), None),
        Part('message/rfc822' if not delay else 'text/rfc822-headers', invitation_message(c, headers_only=delay), None)],
        boundary='_000_%s_' % rhex(rng, 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    mid = '<%s@%s.eurprd04.prod.outlook.com>' % ('-'.join(rhex(rng, n) for n in (8, 4, 4, 4, 12)), srv)
    hs = [('Received', 'from %s (2603:10a6:20b:%s::%d) by\n %s with Microsoft SMTP Server id 15.20.8722.%d; %s' % (srv, rhex(rng, 3), rng.randint(10, 99), srv, rng.randint(10, 40), rfc_date(d))),
          ('From', 'Microsoft Outlook\n <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@%s>' % c.host['domain'] if not delay else 'postmaster@%s' % c.host['domain']),
          ('To', addr(c.host_name, c.host_email, mode='B')), ('Date', rfc_date(d)), ('@CT', ''),
          ('X-MS-Exchange-Message-Is-Ndr', ''), ('Content-Language', 'en-US'), ('Message-ID', mid),
          ('In-Reply-To', c.inv_mid), ('References', c.inv_mid), ('Thread-Topic', hdr_text(c.inv_subject, 'utf-8', 'B')),
          ('Subject', hdr_text(subj, 'utf-8', 'B')), ('Auto-Submitted', 'auto-replied'), ('X-MS-PublicTrafficType', 'Email'), ('MIME-Version', '1.0')]
    return bounce_message(c, hs, root, mid)


def env_yahoo_bounce(c):
    rng = c.rng
    d = bounce_date(c)
    text = ('Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n') % (
        c.email, c.case.get('diag', '554: delivery error: dd This user doesn\'t have a yahoo.com account (%s) [-5] - mta%d.mail.ir2.yahoo.com' % (c.email, rng.randint(1000, 1999))))
    body = text.encode('utf-8') + invitation_message(c)
    root = Part('text/plain; charset=utf-8', body, '8bit')
    mid = '<%d.%d.%d@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6), int(d.timestamp()), c.host['mx'])
    hs = [('Return-Path', '<>'), ('From', 'MAILER-DAEMON@yahoo.com'), ('To', c.host_email), ('Subject', 'Failure Notice'),
          ('Date', rfc_date(d)), ('Message-ID', mid), ('X-Yahoo-Newman-Property', 'ymail-3'), ('MIME-Version', '1.0'), ('@CT', '')]
    return bounce_message(c, hs, root, mid)


def env_sendmail(c):
    rng = c.rng
    d = bounce_date(c)
    host = c.case.get('mta', 'mail.%s' % c.email.split('@')[1])
    qid = '%s%06d' % (rhex(rng, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), rng.randint(0, 999999))
    diag = c.case.get('diag', '550 5.2.2 <%s>... Mailbox full' % c.email)
    status = c.case.get('status', '5.2.2')
    text = ('The original message was received at %s\nfrom %s [%d.%d.%d.%d]\n\n   ----- The following addresses had permanent fatal errors -----\n<%s>\n    (reason: %s)\n\n'
            '   ----- Transcript of session follows -----\n... while talking to local:\n>>> DATA\n<<< %s\n554 5.0.0 Service unavailable\n') % (
        rfc_date(c.host['sent']), c.host['mx'], rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250), c.email, diag.split(' ', 1)[1], diag)
    fields = ('Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; %s\nArrival-Date: %s\n\nFinal-Recipient: RFC822; %s\nAction: failed\nStatus: %s\nDiagnostic-Code: SMTP; %s\nLast-Attempt-Date: %s\n') % (
        host, c.host['mx'], rfc_date(c.host['sent']), c.email, status, diag, rfc_date(d))
    root = Part('multipart/report; report-type=delivery-status', children=[
        Part('text/plain', text.encode('utf-8'), None), Part('message/delivery-status', fields.encode('utf-8'), None),
        Part('message/rfc822', invitation_message(c), None)], boundary='%s.%d/%s' % (qid, int(d.timestamp()), host),
        preamble='This is a MIME-encapsulated message')
    mid = '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M'), qid, host)
    hs = [('Return-Path', '<>'), ('Received', 'from localhost (localhost)\n\tby %s (8.18.1/8.18.1) id %s;\n\t%s' % (host, qid, rfc_date(d))),
          ('Date', rfc_date(d)), ('From', 'Mail Delivery Subsystem <MAILER-DAEMON@%s>' % host), ('Message-Id', mid), ('To', c.host_email),
          ('MIME-Version', '1.0'), ('@CT', ''), ('Subject', 'Returned mail: see transcript for details'), ('Auto-Submitted', 'auto-generated (failure)')]
    return bounce_message(c, hs, root, mid)


def env_qmail(c):
    rng = c.rng
    d = bounce_date(c)
    host = c.case.get('mta', 'mail.%s' % c.email.split('@')[1])
    orig = invitation_message(c).decode('utf-8')
    text = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n"
            "<%s>:\n%s\n\n--- Below this line is a copy of the message.\n\n%s") % (host, c.email, c.case.get('diag', 'Sorry, no mailbox here by that name. (#5.1.1)'), orig)
    root = Part('text/plain; charset=us-ascii', text.encode('utf-8'), None)
    mid = '<%d.%d.qmail@%s>' % (int(d.timestamp()), rng.randint(1000, 99999), host)
    hs = [('Return-Path', '<>'), ('Date', '%d %s %d %s -0000' % (d.day, d.strftime('%b'), d.year, d.astimezone(dt.timezone.utc).strftime('%H:%M:%S'))),
          ('From', 'MAILER-DAEMON@%s' % host), ('To', c.host_email), ('Subject', 'failure notice'), ('Message-ID', mid), ('@CT', '')]
    return bounce_message(c, hs, root, mid)


ENVELOPES = {
    'cal_outlook': env_cal_outlook, 'cal_google': env_cal_google, 'cal_apple': env_cal_apple,
    'oof_exchange': env_auto, 'vacation_gmail': env_auto, 'xautoreply': env_auto, 'autorespond': env_auto,
    'precedence': env_auto, 'oof_plain': env_auto, 'noreply': env_auto, 'ticket': env_auto, 'challenge': env_auto,
    'mdn': env_auto,
    'postfix': env_postfix, 'postfix_headers': lambda c: env_postfix(c, True), 'delay_postfix': lambda c: env_postfix(c, False, True),
    'exim': env_exim, 'gmail_dsn': env_gmail_dsn, 'm365_ndr': env_m365_ndr, 'delay_exchange': lambda c: env_m365_ndr(c, True),
    'yahoo_bounce': env_yahoo_bounce, 'sendmail': env_sendmail, 'qmail': env_qmail, 'gmx_bounce': env_gmx_bounce,
}
