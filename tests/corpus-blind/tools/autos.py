"""Envelopes for auto-replies and bounces (delivery reports).

render_auto(c, b) / render_bounce(c, b): c is the case context, b the build
module (its helpers are reused).  Bounces carry the original invitation, as
message/rfc822, text/rfc822-headers or pasted inline, depending on the MTA.
"""
import datetime


def _subj(c, default):
    return c.o.get('subj', default).replace('{S}', c.inv.subject)


# ====================================================================== auto-replies
def render_auto(c, b):
    o = c.o
    style = o.get('style', 'plain')
    cs = o.get('cs', 'utf-8')
    hcs = 'UTF-8' if cs.lower() == 'utf-8' else cs
    subj = _subj(c, 'Re: {S}')
    dom = c.frm_addr.split('@')[1]
    to_addr = c.inv.envelope if o.get('to_env') else c.to_addr
    to_name = '' if o.get('to_env') else c.to_name
    text = c.fresh
    if style == 'quote':
        text = text.rstrip('\n') + '\n\n' + o.get('qsep', '-----Original Message-----') + '\n' + \
            'From: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n' % (
                c.inv.name, c.inv.addr, b.rfcdate(c.inv.dt, c.inv.tz), c.frm_addr, c.inv.subject) + c.inv.text
    if style in ('plain', 'quote'):
        ph, body = b.part('text/plain', text, cs, c.cte if 'cte' in o else 'qp', csquote=False)
        ctype = ph
    elif style == 'alt':
        bnd = '=_alt_%s' % b.hx('aab', c.id, n=20)
        hb = '<html><body>%s</body></html>\n' % b.divs(text)
        ct, body = b.multipart('alternative', [b.part('text/plain', text, cs, 'qp'),
                                               b.part('text/html', hb, cs, 'qp')], bnd)
        ctype = [('Content-Type', ct)]
    elif style == 'exchange':
        lang = o.get('mso', 'EN-GB')
        hb = (b.WORD_HEAD % (cs, lang)) + b.mso_paras(text, lang) + '\n</div>\n</body>\n</html>\n'
        bnd = '_000_%s_' % b.rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 40, 'axb', c.id)
        ct, body = b.multipart('alternative', [b.part('text/plain', text, cs, 'qp'),
                                               b.part('text/html', hb, cs, 'qp')], bnd)
        ctype = [('Content-Type', ct)]
    elif style == 'mdn':
        bnd = '=_mdn_%s' % b.hx('mdb', c.id, n=20)
        ua = o.get('mdn_ua', 'Microsoft Outlook 16.0')
        disp = o.get('disp', 'manual-action/MDN-sent-manually; displayed')
        dn = ('Reporting-UA: %s; %s\nFinal-Recipient: rfc822;%s\nOriginal-Message-ID: %s\nDisposition: %s\n' % (
            dom, ua, c.frm_addr, c.inv.msgid, disp))
        parts = [b.part('text/plain', text, cs, 'qp'),
                 ([('Content-Type', 'message/disposition-notification')], dn.encode('ascii'))]
        if o.get('mdn_headers'):
            parts.append(([('Content-Type', 'text/rfc822-headers')], b.invitation_bytes(c.inv, headers_only=True)))
        ct, body = b.multipart('report', parts, bnd, params=' report-type=disposition-notification;')
        ctype = [('Content-Type', ct)]
    else:
        raise ValueError(style)
    hdrs = []
    if not o.get('no_delivery'):
        hdrs += b.delivery_headers(c)
    hdrs += [('From', b.addr(c.frm_name, c.frm_addr, hcs, 'Q')),
             ('To', b.addr(to_name, to_addr) if to_name else to_addr),
             ('Subject', b.hval(subj, hcs, 'Q')), ('Date', b.rfcdate(c.dt, c.tz)),
             ('Message-ID', '<%s@%s>' % (b.hx('amid', c.id, n=24), o.get('mid_dom', dom)))]
    if not o.get('nothread'):
        hdrs += [('In-Reply-To', c.inv.msgid), ('References', c.inv.msgid)]
    hdrs += list(o.get('hdrs', [])) + [('MIME-Version', '1.0')] + ctype
    return hdrs, body


# ====================================================================== bounces
REASONS = {
    'unknown': ('5.1.1', '550 5.1.1 <{r}>: Recipient address rejected: User unknown in virtual mailbox table',
                'User unknown'),
    'nouser': ('5.1.1', '550 5.1.1 The email account that you tried to reach does not exist.', 'No such user'),
    'quota': ('5.2.2', '552 5.2.2 <{r}>: Mailbox full - quota exceeded', 'Mailbox full'),
    'nohost': ('5.4.4', 'Host or domain name not found. Name service error for name={d} type=MX: Host not found',
               'Host not found'),
    'disabled': ('5.2.1', '550 5.2.1 <{r}>: Mailbox disabled, not accepting messages', 'Mailbox disabled'),
    'blocked': ('5.7.1', '554 5.7.1 <{r}>: Relay access denied', 'Relay access denied'),
    'spam': ('5.7.1', '550 5.7.1 Message rejected as spam by Content Filtering', 'Rejected'),
}


def _reason(c):
    key = c.o.get('reason', 'unknown')
    st, diag, short = REASONS[key]
    r = c.frm_addr
    return st, diag.format(r=r, d=r.split('@')[1]), short


def _bctx(c, b):
    """Date, From etc. of the bounce: shortly after the invitation."""
    delay = c.o.get('delay_hours')
    if delay:
        dt = c.inv.dt + datetime.timedelta(hours=delay, minutes=b.hint('bd', c.id) % 50)
    else:
        dt = c.inv.dt + datetime.timedelta(seconds=4 + b.hint('bd', c.id) % 300)
    return dt


def _bhdrs(c, b, frm, subj, dt, extra=(), auto=True, mid_dom=None, to=None):
    to = to or c.inv.envelope
    rm = c.o.get('reporting', c.h['mx'])
    hdrs = [('Return-Path', '<>'), ('Delivered-To', to),
            ('Received', 'by %s (Postfix)\n\tid %s; %s' % (c.h['mx'], b.rstr(b.B62, 12, 'brq', c.id),
                                                          b.rfcdate(dt, c.h['tz'])))]
    hdrs += [('Date', b.rfcdate(dt, c.h['tz'])), ('From', frm), ('Subject', b.hval(subj)), ('To', to)]
    if auto:
        hdrs.append(('Auto-Submitted', 'auto-replied'))
    hdrs += list(extra)
    hdrs.append(('Message-ID', '<%s@%s>' % (b.hx('bmid', c.id, n=20), mid_dom or rm)))
    return hdrs


def _orig(c, b, headers_only=False):
    return b.invitation_bytes(c.inv, headers_only=headers_only)


def _dsn(c, b, st, diag, action='failed', remote=None, reporting=None, extra_rcpt=()):
    rcpt = c.frm_addr
    reporting = reporting or c.o.get('reporting', c.h['mx'])
    lines = ['Reporting-MTA: dns; %s' % reporting]
    if c.o.get('queue_id', True):
        lines.append('X-Postfix-Queue-ID: %s' % b.rstr(b.B62, 11, 'pq', c.id))
        lines.append('X-Postfix-Sender: rfc822; %s' % c.inv.envelope)
    lines.append('Arrival-Date: %s' % b.rfcdate(c.inv.dt, c.h['tz']))
    lines.append('')
    lines += ['Final-Recipient: rfc822; %s' % rcpt, 'Original-Recipient: rfc822;%s' % rcpt,
              'Action: %s' % action, 'Status: %s' % st]
    if remote:
        lines.append('Remote-MTA: dns; %s' % remote)
    lines.append('Diagnostic-Code: smtp; %s' % diag)
    if action == 'delayed':
        lines.append('Will-Retry-Until: %s' % b.rfcdate(c.inv.dt + datetime.timedelta(days=5), c.h['tz']))
    lines += list(extra_rcpt)
    return ('\n'.join(lines) + '\n').encode('utf-8')


def _mx_of(rcpt, b):
    d = rcpt.split('@')[1]
    return '%s.%s' % (b.pick(['mx1', 'mx', 'mail', 'smtp-in', 'mx01'], 'mx', d), d)


def b_postfix(c, b, headers_only=False, delay=False):
    st, diag, short = _reason(c)
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    mx = _mx_of(rcpt, b)
    rm = c.o.get('reporting', c.h['mx'])
    if delay:
        st, diag = '4.4.1', 'connect to %s[%s]:25: Connection timed out' % (mx, b.ip('dl', c.id))
        txt = ('This is the mail system at host %s.\n\n####################################################\n'
               '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n'
               '####################################################\n\nYour message could not be delivered for %d '
               'hours.\nIt will be retried until it is 5 days old.\n\nFor further assistance, please send mail to '
               'postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the '
               'attached returned message.\n\n                   The mail system\n\n<%s>: %s\n' % (
                   rm, c.o.get('delay_hours', 4), rcpt, diag))
        subj = 'Delayed Mail (still being retried)'
        action = 'delayed'
    else:
        if c.o.get('reason') == 'nohost':
            line = '<%s>: %s' % (rcpt, diag)
        else:
            line = '<%s>: host %s[%s] said: %s (in reply to RCPT TO command)' % (rcpt, mx, b.ip('bx', c.id), diag)
        txt = ('This is the mail system at host %s.\n\nI\'m sorry to have to inform you that your message could not\n'
               'be delivered to one or more recipients. It\'s attached below.\n\nFor further assistance, please send '
               'mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own '
               'text from the attached returned message.\n\n                   The mail system\n\n%s\n' % (rm, line))
        subj = 'Undelivered Mail Returned to Sender'
        action = 'failed'
    bnd = '%s.%d/%s' % (b.rstr(b.B62, 11, 'pq', c.id), 1700000000 + b.hint('pb', c.id) % 10 ** 8, rm)
    parts = [([('Content-Description', 'Notification'), ('Content-Type', 'text/plain; charset=utf-8'),
               ('Content-Transfer-Encoding', '8bit')], txt.encode('utf-8')),
             ([('Content-Description', 'Delivery report'), ('Content-Type', 'message/delivery-status')],
              _dsn(c, b, st, diag, action, remote=None if c.o.get('reason') == 'nohost' or delay else mx))]
    if headers_only or delay:
        parts.append(([('Content-Description', 'Undelivered Message Headers'), ('Content-Type', 'text/rfc822-headers'),
                       ('Content-Transfer-Encoding', '8bit')], _orig(c, b, True)))
    else:
        parts.append(([('Content-Description', 'Undelivered Message'), ('Content-Type', 'message/rfc822'),
                       ('Content-Transfer-Encoding', '8bit')], _orig(c, b)))
    ct, body = b.multipart('report', parts, bnd, preamble='This is a MIME-encapsulated message.\n',
                           params=' report-type=delivery-status;\n\t')
    hdrs = _bhdrs(c, b, 'MAILER-DAEMON@%s (Mail Delivery System)' % rm, subj, dt) + [
        ('MIME-Version', '1.0'), ('Content-Type', ct), ('Content-Transfer-Encoding', '8bit')]
    return hdrs, body


def b_postfix_hdrs(c, b):
    return b_postfix(c, b, headers_only=True)


def b_postfix_delay(c, b):
    return b_postfix(c, b, delay=True)


def b_exim(c, b, delay=False):
    st, diag, short = _reason(c)
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    mx = _mx_of(rcpt, b)
    rm = c.o.get('reporting', c.h['mx'])
    eid = '%s-%s-%s' % (b.rstr(b.B62, 6, 'e1', c.id), b.rstr(b.B62, 6, 'e2', c.id), b.rstr(b.B62, 2, 'e3', c.id))
    if delay:
        hrs = c.o.get('delay_hours', 24)
        subj = 'Warning: message %s delayed %d hours' % (eid, hrs)
        txt = ('This message was created automatically by mail delivery software.\nA message that you sent has not '
               'yet been delivered to one or more of its\nrecipients after more than %d hours on the queue on %s.\n\n'
               'The message identifier is:     %s\nThe subject of the message is: %s\nThe date of the message is:    '
               '%s\n\nThe address to which the message has not yet been delivered is:\n\n  %s\n    Delay reason: '
               'SMTP error from remote mail server after RCPT TO:<%s>:\n    451 4.3.0 Temporary lookup failure\n\n'
               'No action is required on your part. Delivery attempts will continue for\nsome time, and this warning '
               'may be repeated at intervals if the message\nremains undelivered. Eventually the mail delivery software '
               'will give up,\nand when that happens, the message will be returned to you.\n' % (
                   hrs, rm, eid, c.inv.subject, b.rfcdate(c.inv.dt, c.h['tz']), rcpt, rcpt))
        extra = [('X-Failed-Recipients', rcpt)] if False else []
    else:
        subj = 'Mail delivery failed: returning message to sender'
        txt = ('This message was created automatically by mail delivery software.\n\nA message that you sent could '
               'not be delivered to one or more of its\nrecipients. This is a permanent error. The following '
               'address(es) failed:\n\n  %s\n    host %s [%s]\n    SMTP error from remote mail server after RCPT '
               'TO:<%s>:\n    %s\n\n------ This is a copy of the message, including all the headers. ------\n\n' % (
                   rcpt, mx, b.ip('ex', c.id), rcpt, diag))
        extra = [('X-Failed-Recipients', rcpt)]
    body = txt.encode('utf-8') + (b'' if delay else _orig(c, b))
    hdrs = [('Return-path', '<>'), ('Envelope-to', c.inv.envelope), ('Delivery-date', b.rfcdate(dt, c.h['tz'])),
            ('Received', 'from Debian-exim by %s with local (Exim 4.97)\n\tid %s\n\tfor %s; %s' % (
                rm, eid, c.inv.envelope, b.rfcdate(dt, c.h['tz'])))] + extra + [
        ('Auto-Submitted', 'auto-replied'), ('From', 'Mail Delivery System <Mailer-Daemon@%s>' % rm),
        ('To', c.inv.envelope), ('Subject', b.hval(subj)), ('Message-Id', '<E%s@%s>' % (eid, rm)),
        ('Date', b.rfcdate(dt, c.h['tz'])), ('MIME-Version', '1.0'),
        ('Content-Type', 'text/plain; charset=utf-8'), ('Content-Transfer-Encoding', '8bit')]
    return hdrs, body


def b_exim_delay(c, b):
    return b_exim(c, b, delay=True)


def b_gmail(c, b, delay=False):
    st, diag, short = _reason(c)
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    mx = _mx_of(rcpt, b)
    if delay:
        subj = 'Delivery Status Notification (Delay)'
        txt = ("** Message not delivered yet **\n\nThere was a temporary problem delivering your message to %s. Gmail "
               "will retry for 46 more hours. You'll be notified if the delivery fails permanently.\n\nThe response "
               "from the remote server was:\n421 4.7.0 Try again later, closing connection.\n" % rcpt)
        action, st, diag2 = 'delayed', '4.7.0', '421 4.7.0 Try again later, closing connection.'
    else:
        subj = 'Delivery Status Notification (Failure)'
        txt = ("** Address not found **\n\nYour message wasn't delivered to %s because the address couldn't be found, "
               "or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser\n\n"
               "The response from the remote server was:\n%s\n" % (rcpt, diag))
        action, diag2 = 'failed', diag
    hb = ('<html><head></head><body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;'
          'background-color:#ffffff;"><tbody><tr><td><p>%s</p></td></tr></tbody></table></body></html>\n' % b.brs(txt))
    bnd2 = '000000000000' + b.hx('gbb2', c.id, n=12)
    alt_ct, alt_body = b.multipart('alternative', [b.part('text/plain', txt, 'UTF-8', 'qp'),
                                                   b.part('text/html', hb, 'UTF-8', 'qp')], bnd2)
    dsn = ('Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; %s\nArrival-Date: %s\nX-Original-Message-ID: %s\n'
           '\nFinal-Recipient: rfc822; %s\nAction: %s\nStatus: %s\nRemote-MTA: dns; %s. (%s, the server for the domain '
           '%s.)\nDiagnostic-Code: smtp; %s\nLast-Attempt-Date: %s\n' % (
               c.inv.envelope, b.rfcdate(c.inv.dt, c.h['tz']), c.inv.msgid, rcpt, action, st, mx, b.ip('gm', c.id),
               rcpt.split('@')[1], diag2, b.rfcdate(dt, c.h['tz'])))
    bnd1 = '000000000000' + b.hx('gbb1', c.id, n=12)
    orig = ([('Content-Type', 'message/rfc822')], _orig(c, b)) if not delay else (
        [('Content-Type', 'text/rfc822-headers')], _orig(c, b, True))
    ct, body = b.multipart('report', [([('Content-Type', alt_ct)], alt_body),
                                      ([('Content-Type', 'message/delivery-status')], dsn.encode('utf-8')), orig],
                           bnd1, params=' report-type=delivery-status;')
    hdrs = [('Return-Path', '<>'), ('Delivered-To', c.inv.envelope),
            ('Received', 'by 2002:a05:6a10:%s with SMTP id %s;\n        %s' % (
                b.hx('g6', c.id, n=4), b.rstr('abcdefghijklmnopqrstuvwxyz0123456789', 12, 'gsid', c.id),
                b.rfcdate(dt, '-0700 (PDT)' if False else c.h['tz'])))]
    hdrs += [('MIME-Version', '1.0'), ('From', 'Mail Delivery Subsystem <mailer-daemon@googlemail.com>'),
             ('To', c.inv.envelope), ('Auto-Submitted', 'auto-replied'),
             ('Message-ID', '<%s.%s@mx.google.com>' % (b.hx('gbm', c.id, n=16), b.hx('gbm2', c.id, n=8))),
             ('Date', b.rfcdate(dt, c.h['tz'])), ('Subject', subj),
             ('References', c.inv.msgid), ('In-Reply-To', c.inv.msgid),
             ('X-Failed-Recipients', rcpt), ('Content-Type', ct)]
    return hdrs, body


def b_gmail_delay(c, b):
    return b_gmail(c, b, delay=True)


M365 = {
    'en': ('Undeliverable:', "Your message to {r} couldn't be delivered.",
           "{u} wasn't found at {d}.", 'Action Required', 'Recipient', 'Unknown To address',
           'How to Fix It', 'The address may be misspelled or may not exist. Try one or more of the following:',
           'Diagnostic information for administrators:', 'Original message headers:'),
    'de': ('Unzustellbar:', 'Ihre Nachricht an {r} konnte nicht zugestellt werden.',
           '{u} wurde bei {d} nicht gefunden.', 'Aktion erforderlich', 'Empfänger', 'Unbekannte An-Adresse',
           'So beheben Sie das Problem', 'Möglicherweise ist die Adresse falsch geschrieben oder nicht vorhanden. '
           'Versuchen Sie Folgendes:', 'Diagnoseinformationen für Administratoren:',
           'Ursprüngliche Nachrichtenkopfzeilen:'),
    'fr': ('Non remis :', "Votre message à {r} n'a pas pu être remis.",
           '{u} est introuvable sur {d}.', 'Action requise', 'Destinataire', 'Adresse de destinataire inconnue',
           'Comment résoudre ce problème', "L'adresse est peut-être mal orthographiée ou n'existe pas. Essayez les "
           "solutions suivantes :", 'Informations de diagnostic pour les administrateurs :',
           "En-têtes du message d'origine :"),
    'es': ('No se puede entregar:', 'No se pudo entregar su mensaje a {r}.',
           'No se encontró a {u} en {d}.', 'Acción necesaria', 'Destinatario', 'Dirección de destinatario desconocida',
           'Cómo solucionarlo', 'Es posible que la dirección esté mal escrita o no exista. Pruebe una o varias de '
           'las siguientes opciones:', 'Información de diagnóstico para administradores:',
           'Encabezados del mensaje original:'),
    'cs': ('Nedoručitelné:', 'Vaši zprávu pro {r} se nepodařilo doručit.',
           'Adresát {u} nebyl v doméně {d} nalezen.', 'Je vyžadována akce', 'Příjemce', 'Neznámá adresa příjemce',
           'Jak to opravit', 'Adresa je možná chybně napsaná nebo neexistuje. Zkuste následující:',
           'Diagnostické informace pro správce:', 'Záhlaví původní zprávy:'),
}


def b_m365(c, b):
    lang = c.o.get('lang', 'en')
    T = M365[lang]
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    u, d = rcpt.split('@')
    dom = c.o.get('tenant_dom', c.h['domain'])
    txt = '\n'.join([T[1].format(r=rcpt), '', T[2].format(u=u, d=d), '', '%s     Office 365     %s' % (
        dom, u), '', T[3] + '                                   ' + T[4], '', T[5], '', T[6], '', T[7], '',
        '', T[8], '', 'Generating server: %s' % ('AM9PR%02dMB%d.eurprd0%d.prod.outlook.com' % (
            b.hint('ms1', c.id) % 99, 1000 + b.hint('ms2', c.id) % 9000, b.hint('ms3', c.id) % 8 + 1)),
        '', rcpt, 'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP '
                  'address lookup\'', '', T[9], '']) + '\n'
    hb = '<html><head></head><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif">%s</div></body></html>\n' % (
        b.divs(txt))
    bnd2 = '_002_%s_' % b.rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 40, 'm2', c.id)
    alt_ct, alt_body = b.multipart('alternative', [b.part('text/plain', txt, 'utf-8', 'qp'),
                                                   b.part('text/html', hb, 'utf-8', 'qp')], bnd2)
    rep = 'AM9PR%02dMB%d.eurprd0%d.prod.outlook.com' % (b.hint('ms1', c.id) % 99, 1000 + b.hint('ms2', c.id) % 9000,
                                                        b.hint('ms3', c.id) % 8 + 1)
    dsn = ('Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\n'
           'Action: failed\nStatus: 5.1.10\nDiagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient '
           'not found by SMTP address lookup\n' % (rep, rep, b.rfcdate(to_utc(c.inv.dt, c.h['tz'], b), '+0000'), rcpt))
    bnd1 = '_000_%s_' % b.rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 40, 'm1', c.id)
    ct, body = b.multipart('report', [([('Content-Type', alt_ct)], alt_body),
                                      ([('Content-Type', 'message/delivery-status')], dsn.encode('utf-8')),
                                      ([('Content-Type', 'message/rfc822')], _orig(c, b))], bnd1,
                           params=' report-type=delivery-status;')
    subj = '%s %s' % (T[0], c.inv.subject)
    hdrs = [('Return-Path', '<>'), ('Delivered-To', c.inv.envelope),
            ('From', 'Microsoft Outlook <postmaster@%s>' % dom), ('To', c.inv.envelope),
            ('Date', b.rfcdate(to_utc(dt, c.h['tz'], b), '+0000')), ('Content-Type', ct), ('MIME-Version', '1.0'),
            ('Message-ID', '<%s@%s>' % (b.uuid_like('m365', c.id, upper=False), rep)),
            ('In-Reply-To', c.inv.msgid), ('References', c.inv.msgid),
            ('Thread-Topic', b.hval(c.inv.subject, name_len=14)), ('Subject', b.hval(subj)),
            ('Auto-Submitted', 'auto-replied'), ('X-MS-Exchange-Message-Is-Ndr', ''),
            ('X-MS-PublicTrafficType', 'Email'), ('Content-Language', {'en': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR',
                                                                       'es': 'es-ES', 'cs': 'cs-CZ'}[lang])]
    return hdrs, body


def to_utc(dt, tz, b):
    return b.to_utc(dt, tz)


def b_sendmail(c, b):
    st, diag, short = _reason(c)
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    mx = _mx_of(rcpt, b)
    rm = c.o.get('reporting', 'smtp.%s' % c.h['domain'])
    qid = '%s%s' % (b.rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3, 'sq', c.id), b.hint('sq2', c.id) % 10 ** 9)
    txt = ('The original message was received at %s\nfrom app1.%s [10.0.4.12]\n\n   ----- The following addresses had '
           'permanent fatal errors -----\n<%s>\n    (reason: %s)\n\n   ----- Transcript of session follows -----\n'
           '... while talking to %s.:\n>>> DATA\n<<< %s\n550 5.1.1 <%s>... %s\n<<< 503 5.5.1 No recipients\n' % (
               b.rfcdate(c.inv.dt, c.h['tz']), c.h['domain'], rcpt, diag, mx, diag, rcpt, short))
    dsn = ('Reporting-MTA: dns; %s\nReceived-From-MTA: DNS; app1.%s\nArrival-Date: %s\n\nFinal-Recipient: RFC822; %s\n'
           'Action: failed\nStatus: %s\nRemote-MTA: DNS; %s\nDiagnostic-Code: SMTP; %s\nLast-Attempt-Date: %s\n' % (
               rm, c.h['domain'], b.rfcdate(c.inv.dt, c.h['tz']), rcpt, st, mx, diag, b.rfcdate(dt, c.h['tz'])))
    bnd = '%s.%d/%s' % (qid, 1700000000 + b.hint('sb', c.id) % 10 ** 8, rm)
    ct, body = b.multipart('report', [([('Content-Type', 'text/plain')], txt.encode('ascii')),
                                      ([('Content-Type', 'message/delivery-status')], dsn.encode('ascii')),
                                      ([('Content-Type', 'message/rfc822')], _orig(c, b))], bnd,
                           preamble='This is a MIME-encapsulated message\n',
                           params=' report-type=delivery-status;\n\t')
    hdrs = [('Return-Path', '<>'), ('Received', 'from localhost (localhost)\n\tby %s (8.17.2/8.17.2) id %s;\n\t%s' % (
        rm, qid, b.rfcdate(dt, c.h['tz']))), ('Date', b.rfcdate(dt, c.h['tz'])),
            ('From', 'Mail Delivery Subsystem <MAILER-DAEMON@%s>' % rm),
            ('Message-Id', '<%s.%s@%s>' % (b.hx('smi', c.id, n=12), qid, rm)), ('To', '<%s>' % c.inv.envelope),
            ('MIME-Version', '1.0'), ('Content-Type', ct),
            ('Subject', 'Returned mail: see transcript for details'), ('Auto-Submitted', 'auto-generated (failure)')]
    return hdrs, body


def b_sendmail_old(c, b):
    st, diag, short = _reason(c)
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    rm = c.o.get('reporting', 'mail.%s' % rcpt.split('@')[1])
    qid = '%s%05d' % (b.rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 4, 'so', c.id), b.hint('so2', c.id) % 10 ** 5)
    txt = ('The original message was received at %s\nfrom %s [%s]\n\n   ----- The following addresses had permanent '
           'fatal errors -----\n%s\n\n   ----- Transcript of session follows -----\n550 %s... %s\n\n   ----- Unsent '
           'message follows -----\n' % (b.rfcdate(c.inv.dt, c.h['tz']), c.h['mx'], b.ip('so3', c.id), rcpt, rcpt,
                                        short))
    body = txt.encode('ascii') + _orig(c, b)
    hdrs = [('Return-Path', '<>'), ('Date', b.rfcdate(dt, c.h['tz'])),
            ('From', 'Mail Delivery Subsystem <MAILER-DAEMON@%s>' % rm),
            ('Subject', 'Returned mail: %s' % short), ('Message-Id', '<%s.%s@%s>' % (
                b.hx('som', c.id, n=10), qid, rm)), ('To', c.inv.envelope)]
    return hdrs, body


def b_qmail(c, b):
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    rm = c.o.get('reporting', 'mail.%s' % rcpt.split('@')[1])
    reason = c.o.get('qtext', "Sorry, no mailbox here by that name. (#5.1.1)")
    txt = ("Hi. This is the qmail-send program at %s.\nI'm afraid I wasn't able to deliver your message to the following "
           "addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n\n<%s>:\n%s\n\n--- Below "
           "this line is a copy of the message.\n\n" % (rm, rcpt, reason))
    body = txt.encode('ascii') + _orig(c, b)
    hdrs = [('Return-Path', '<>'), ('Received', '(qmail %d invoked for bounce); %s' % (
        b.hint('qm', c.id) % 90000 + 1000, b.rfcdate(dt, '-0000'))), ('Date', b.rfcdate(dt, c.h['tz'])),
            ('From', 'MAILER-DAEMON@%s' % rm), ('To', c.inv.envelope), ('Subject', 'failure notice')]
    return hdrs, body


def b_yahoo(c, b):
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    txt = ("Sorry, we were unable to deliver your message to the following address.\n\n<%s>:\n554: delivery error: dd "
           "This user doesn't have a %s account (%s) [0] - mta%d.mail.ir2.yahoo.com\n\n--- Below this line is a copy "
           "of the message.\n\n" % (rcpt, rcpt.split('@')[1], rcpt, 1000 + b.hint('ym', c.id) % 8000))
    body = txt.encode('ascii') + _orig(c, b)
    hdrs = [('Return-Path', '<>'), ('Date', b.rfcdate(dt, c.h['tz'])),
            ('From', 'MAILER-DAEMON@yahoo.com'), ('To', c.inv.envelope), ('Subject', 'Failure Notice'),
            ('Message-ID', '<%s@mta%d.mail.ir2.yahoo.com>' % (b.hx('ymi', c.id, n=16), b.hint('ym', c.id) % 8000))]
    return hdrs, body


LOCAL_PLAIN = {
    'de': ('Unzustellbar: Die Nachricht konnte nicht zugestellt werden', 'Mail Delivery System',
           'Dies ist eine automatisch erstellte Nachricht des Mailservers {m}.\n\nDie Nachricht konnte nicht '
           'zugestellt werden an:\n\n    {r}\n    Grund: {why}\n\nBitte prüfen Sie die Empfängeradresse.\n\n'
           '--- Kopie der Nachricht ---\n\n',
           {'unknown': 'Das Postfach existiert nicht (550 5.1.1 Benutzer unbekannt)',
            'quota': 'Das Postfach des Empfängers ist voll (552 5.2.2)',
            'disabled': 'Das Postfach wurde deaktiviert (550 5.2.1)'}),
    'fr': ("Echec de remise du message", 'Systeme de messagerie',
           'Ceci est un message automatique du serveur {m}.\n\nLe message n\'a pas pu être remis au(x) destinataire(s) '
           'suivant(s) :\n\n    {r}\n    Raison : {why}\n\nAucune nouvelle tentative ne sera effectuée.\n\n'
           '----- Message d\'origine -----\n\n',
           {'unknown': 'adresse inconnue (550 5.1.1 Utilisateur inconnu)',
            'quota': 'boîte aux lettres pleine (552 5.2.2)',
            'disabled': 'compte désactivé (550 5.2.1)'}),
    'es': ('No se pudo entregar el mensaje', 'Sistema de correo',
           'Este es un mensaje automático del servidor {m}.\n\nNo se pudo entregar el mensaje a los siguientes '
           'destinatarios:\n\n    {r}\n    Motivo: {why}\n\nEste es un error permanente; no se volverá a intentar.\n\n'
           '------ Mensaje original ------\n\n',
           {'unknown': 'el destinatario no existe (550 5.1.1 Usuario desconocido)',
            'quota': 'el buzón del destinatario está lleno (552 5.2.2)',
            'disabled': 'la cuenta está desactivada (550 5.2.1)'}),
}


def b_local(c, b):
    lang = c.o['lang']
    subj, fname, tmpl, why = LOCAL_PLAIN[lang]
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    rm = c.o.get('reporting', 'mx.%s' % rcpt.split('@')[1])
    txt = tmpl.format(m=rm, r=rcpt, why=why[c.o.get('reason', 'unknown')])
    cs = c.o.get('cs', 'utf-8')
    data, cte = b.encode_body(txt, cs, c.o.get('cte', '8bit'))
    body = data + _orig(c, b)
    hdrs = [('Return-Path', '<>'), ('Date', b.rfcdate(dt, c.h['tz'])),
            ('From', '%s <MAILER-DAEMON@%s>' % (fname, rm)), ('To', c.inv.envelope),
            ('Subject', b.hval(subj)), ('Message-ID', '<%s@%s>' % (b.hx('lpm', c.id, n=18), rm)),
            ('MIME-Version', '1.0'), ('Content-Type', 'text/plain; charset=%s' % cs),
            ('Content-Transfer-Encoding', '8bit')]
    if c.o.get('auto', True):
        hdrs.append(('Auto-Submitted', 'auto-replied'))
    return hdrs, body


def b_exchange_old(c, b):
    dt = _bctx(c, b)
    rcpt = c.frm_addr
    rm = c.o.get('reporting', 'exch01.%s' % rcpt.split('@')[1])
    txt = ('Delivery has failed to these recipients or groups:\n\n%s\nThe e-mail address you entered couldn\'t be found. '
           'Please check the recipient\'s e-mail address and try to resend the message. If the problem continues, '
           'please contact your helpdesk.\n\n\n\n\n\n\nDiagnostic information for administrators:\n\nGenerating '
           'server: %s\n\n%s\n#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##\n\nOriginal message headers:\n\n' % (
               rcpt, rm, rcpt))
    bnd = '_000_%s_' % b.rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32, 'exo', c.id)
    dsn = ('Reporting-MTA: dns;%s\nReceived-From-MTA: dns;%s\nArrival-Date: %s\n\nFinal-Recipient: rfc822;%s\n'
           'Action: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found\n' % (
               rm, c.h['mx'], b.rfcdate(c.inv.dt, c.h['tz']), rcpt))
    ct, body = b.multipart('report', [b.part('text/plain', txt, 'us-ascii', '7bit'),
                                      ([('Content-Type', 'message/delivery-status')], dsn.encode('ascii')),
                                      ([('Content-Type', 'text/rfc822-headers')], _orig(c, b, True))], bnd,
                           params=' report-type=delivery-status;')
    hdrs = [('Return-Path', '<>'), ('From', 'postmaster@%s' % rcpt.split('@')[1]), ('To', c.inv.envelope),
            ('Date', b.rfcdate(dt, c.h['tz'])), ('MIME-Version', '1.0'), ('Content-Type', ct),
            ('Content-Language', 'en-US'), ('Message-ID', '<%s@%s>' % (b.uuid_like('exo', c.id, upper=False), rm)),
            ('In-Reply-To', c.inv.msgid), ('Subject', b.hval('Undeliverable: ' + c.inv.subject)),
            ('Auto-Submitted', 'auto-replied')]
    return hdrs, body


BOUNCERS = {
    'postfix': b_postfix, 'postfix_hdrs': b_postfix_hdrs, 'postfix_delay': b_postfix_delay,
    'exim': b_exim, 'exim_delay': b_exim_delay, 'gmail': b_gmail, 'gmail_delay': b_gmail_delay,
    'm365': b_m365, 'sendmail': b_sendmail, 'sendmail_old': b_sendmail_old, 'qmail': b_qmail,
    'yahoo': b_yahoo, 'local': b_local, 'exchange_old': b_exchange_old,
}


def render_bounce(c, b):
    return BOUNCERS[c.case['client']](c, b)
