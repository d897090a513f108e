"""Case constructors and the envelopes of real mail clients.

H() human reply, C() calendar (iTIP) reply, A() auto-reply, B() bounce.
render(index, case) turns one case into (file name, bytes, label row).
"""
import datetime as dt
import hashlib
import html as htmlmod
import random
import re
import unicodedata

import clientfmt as L
from hosts import HOSTS
from mime import Part, addr, encode_words, fold, hdr_text, is_ascii, message, text_part

CATEGORIES = ('plain', 'trap', 'quoted', 'signature', 'html_mime', 'language', 'emoji_short',
              'headcount', 'change_of_mind', 'subject_only', 'calendar', 'unclear',
              'auto_reply', 'bounce')

LAST_MESSAGE_ID = [None]


# --------------------------------------------------------------------------
# case constructors

def H(client, lang, answer, guests, category, note, text, **kw):
    """A human reply.

    client   gmail, gmail_android, outlook, m365, m365_html, outlook_mobile, apple,
             iphone, thunderbird, yahoo, gmx, webde, zoho, proton, samsung, mutt,
             qq, mailru
    lang     language of the reply text (also the client UI language unless ui=)
    text     the fresh reply text exactly as typed
    options  host (porto/bologna/utrecht/toronto/istanbul), who ('First Last'),
             kid (child's name used in the invitation), domain, email,
             subject (whole subject), prefix ('AW:' ...), html (reply HTML),
             charset, cte, post ('top', 'bottom', 'inline' with {attr} in text,
             'none' = nothing quoted), prev (earlier reply text by the same
             sender, quoted between the reply and the invitation), prev_hours,
             sig (signature block), ui (client UI language), crlf (bool),
             transport (bool: Received/DKIM headers), plus (bool), us (US date),
             headers (extra [(name, value)]), to_other (address of someone else)
    """
    return dict(kind='human', client=client, lang=lang, answer=answer, guests=guests,
                category=category, note=note, text=text, **kw)


def C(client, lang, partstat, answer, guests, note, comment=None, **kw):
    """A calendar reply: client is cal_outlook, cal_google or cal_apple."""
    return dict(kind='human', client=client, lang=lang, answer=answer, guests=guests,
                category=kw.pop('category', 'calendar'), note=note, partstat=partstat,
                comment=comment, text=comment or '', **kw)


def A(client, lang, note, text, **kw):
    """An auto-reply: oof_exchange, vacation_gmail, xautoreply, autorespond,
    precedence, oof_plain, noreply, ticket, challenge, mdn."""
    return dict(kind='auto_reply', client=client, lang=lang, answer='-', guests='-',
                category='auto_reply', note=note, text=text, **kw)


def B(client, lang, note, **kw):
    """A bounce: postfix, postfix_headers, exim, gmail_dsn, m365_ndr, yahoo_bounce,
    sendmail, qmail, delay_postfix, delay_exchange, gmx_bounce."""
    return dict(kind='bounce', client=client, lang=lang, answer='-', guests='-',
                category='bounce', note=note, text='', **kw)


# --------------------------------------------------------------------------
# people

from families import NAMES  # noqa: E402  (invented families of this batch)


DEFAULT_DOMAINS = {
    'gmail': ['gmail.com'], 'gmail_android': ['gmail.com'],
    'outlook': ['sapo.pt', 'netcabo.pt', 'libero.it', 'tiscali.it', 'ziggo.nl', 'kpnmail.nl', 'rogers.com', 'bell.net',
                'sympatico.ca', 'ttmail.com', 'superonline.com', 'xs4all.nl', 'fastwebnet.it', 'clix.pt'],
    'm365': ['outlook.com', 'hotmail.com', 'live.nl', 'outlook.it', 'hotmail.it', 'outlook.pt', 'live.ca', 'hotmail.com.tr'],
    'm365_html': ['outlook.com', 'hotmail.com', 'live.com', 'outlook.com.tr', 'hotmail.nl', 'live.it'],
    'outlook_mobile': ['outlook.com', 'hotmail.com', 'live.ca'],
    'apple': ['icloud.com', 'me.com', 'mac.com'], 'iphone': ['icloud.com', 'icloud.com', 'me.com', 'gmail.com'],
    'thunderbird': ['posteo.de', 'mailbox.org', 'gmx.net', 'disroot.org', 'xs4all.nl', 'seznam.cz', 'protonmail.com'],
    'yahoo': ['yahoo.com', 'yahoo.ca', 'yahoo.it', 'ymail.com', 'yahoo.com.tr', 'yahoo.com.br', 'rocketmail.com'],
    'gmx': ['gmx.de', 'gmx.at', 'gmx.net', 'gmx.ch'], 'webde': ['web.de'],
    'zoho': ['zohomail.eu', 'zoho.com'], 'proton': ['proton.me', 'pm.me', 'protonmail.com'],
    'samsung': ['gmail.com', 'hotmail.com', 'yahoo.com'], 'mutt': ['posteo.net', 'riseup.net', 'fastmail.com', 'tuta.io'],
    'qq': ['qq.com', '163.com', '126.com', 'foxmail.com'], 'mailru': ['mail.ru', 'yandex.ru', 'ukr.net'],
    'cal_outlook': ['outlook.com', 'hotmail.com', 'live.com', 'outlook.it'], 'cal_google': ['gmail.com'],
    'cal_apple': ['icloud.com', 'me.com'], 'vacation_gmail': ['gmail.com'], 'oof_exchange': ['outlook.com'],
    'xautoreply': ['gmx.de', 'web.de', 't-online.de'], 'mdn': ['kpnmail.nl', 'libero.it'],
}


def ascii_fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd').replace('Đ', 'D').replace('ß', 'ss').replace('ı', 'i')
    return s


CYR = dict(zip('абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ',
               ['a', 'b', 'v', 'g', 'd', 'dj', 'e', 'z', 'z', 'i', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'o', 'p', 'r', 's', 't',
                'c', 'u', 'f', 'h', 'c', 'c', 'dz', 's'] * 2))


def slug(s):
    s = ''.join(CYR.get(c, c) for c in s)
    s = ascii_fold(s).lower()
    return re.sub(r'[^a-z0-9]+', '', s)


# --------------------------------------------------------------------------
# rendering context

class Ctx:
    pass


def make_ctx(i, case):
    rng = random.Random('rsvpd-blind-E-%d' % i)
    c = Ctx()
    c.i, c.case, c.rng = i, case, rng
    lang = case['lang']
    c.lang = lang
    c.ui = case.get('ui', 'en' if lang == 'hi' else lang)
    hostkey = case.get('host') or default_host(lang, rng)
    c.host = HOSTS[hostkey]
    c.hostkey = hostkey
    names, kids = NAMES.get(lang, NAMES['en'])
    who = case.get('who') or rng.choice(names)
    c.name = who
    parts = [p for p in who.split(' ') if p]
    latin = [p for p in parts if is_ascii(ascii_fold(p))]
    c.first = parts[0]
    c.last = parts[-1]
    c.kid = case.get('kid') or rng.choice(kids)
    client = case['client']
    doms = DEFAULT_DOMAINS.get(client, ['gmail.com'])
    c.domain = case.get('domain') or rng.choice(doms)
    slugs = [slug(p) for p in parts if slug(p)]
    lf = slugs[0] if slugs else 'user'
    ll = slugs[-1] if len(slugs) > 1 else slug(c.kid)
    styles = ['%s.%s' % (lf, ll), '%s%s' % (lf, ll), '%s.%s%d' % (lf, ll, rng.randint(2, 99)),
              '%s_%s' % (lf, ll), '%s%s' % (lf[0], ll), '%s.%s' % (ll, lf)]
    c.email = case.get('email') or '%s@%s' % (rng.choice(styles), c.domain)
    tok = hashlib.sha1(('blindE-tok%d' % i).encode()).hexdigest()
    c.token = ''.join('abcdefghijkmnpqrstuvwxyz23456789'[int(tok[k:k + 2], 16) % 32] for k in range(0, 12, 2))
    c.inv_mid = '<inv-%s@%s>' % (c.token, c.host['domain'])
    h = c.host
    c.host_name = h['name']
    use_plus = case.get('plus', h['plus'])
    local, dom = h['email'].split('@')
    c.host_email = '%s+rsvp-%s@%s' % (local, c.token, dom) if use_plus else h['email']
    c.inv_to_email = c.email
    c.parent_first = c.first if is_ascii(ascii_fold(c.first)) or lang in ('sr', 'zh') else c.first
    if lang == 'zh' and latin:
        c.parent_first = latin[0]
    fam = dict(parent_first=c.parent_first, parent_last=c.last if not latin else latin[-1], kid=c.kid)
    c.inv_text = h['text'].replace('{greeting}', h['greeting'](fam)).replace('{kid}', c.kid)
    c.inv_subject = h['subject']
    c.inv_date = h['sent']
    # reply date
    after = case.get('hours', rng.uniform(0.6, 150))
    c.tz = case.get('tz') or h['tz']
    c.date = (h['sent'] + dt.timedelta(hours=after)).astimezone(c.tz).replace(microsecond=0)
    if c.date.hour < 7 and 'hours' not in case:
        c.date += dt.timedelta(hours=7 + rng.randint(0, 3))
    c.crlf = case.get('crlf', rng.random() < 0.3)
    c.transport = case.get('transport', rng.random() < 0.6)
    return c


def default_host(lang, rng):
    """Families of every origin live in every city; the local language leans local."""
    local = {'pt': 'porto', 'it': 'bologna', 'nl': 'utrecht', 'fr': 'toronto', 'tr': 'istanbul'}
    if lang in local and rng.random() < 0.8:
        return local[lang]
    return rng.choice(['porto', 'bologna', 'utrecht', 'toronto', 'toronto', 'istanbul'])


def rfc_date(d):
    return '%s, %d %s %d %s %s' % (d.strftime('%a'), d.day, d.strftime('%b'), d.year, d.strftime('%H:%M:%S'),
                                   d.strftime('%z'))


def rhex(rng, n, alphabet='0123456789abcdef'):
    return ''.join(rng.choice(alphabet) for _ in range(n))


B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def transport_headers(c, relay, ip, dkim_domain=None, selector='s1', extra_hop=None):
    """Return-Path, Delivered-To, Authentication-Results, Received, DKIM-Signature."""
    rng = c.rng
    mx = c.host['mx']
    rcpt = c.host_email
    d = c.date + dt.timedelta(seconds=rng.randint(2, 9))
    dd = dkim_domain
    hs = [('Return-Path', '<%s>' % c.email), ('Delivered-To', rcpt)]
    ar = 'Authentication-Results: %s;\n\tdkim=%s%s;\n\tspf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;\n\tdmarc=pass (p=%s) header.from=%s' % (
        mx, 'pass' if dd else 'none', (' header.d=%s' % dd) if dd else '', mx, c.email, ip, c.email,
        rng.choice(['NONE', 'QUARANTINE', 'REJECT']), c.email.split('@')[1])
    hs.append(tuple(ar.split(': ', 1)))
    hs.append(('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
        relay, relay, ip, mx, rhex(rng, 12, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), rcpt, rfc_date(d.astimezone(c.host['tz'])))))
    if extra_hop:
        hs.append(('Received', extra_hop))
    if dd:
        b = ''.join(rng.choice(B64) for _ in range(200))
        hs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=%s; s=%s; t=%d;\n        h=from:to:subject:date:message-id:in-reply-to:references:mime-version;\n        bh=%s=;\n        b=%s\n         %s\n         %s==' % (
            dd, selector, int(c.date.timestamp()), ''.join(rng.choice(B64) for _ in range(43)), b[:66], b[66:132], b[132:196])))
    return hs


# --------------------------------------------------------------------------
# text helpers

def prefix_lines(text, p='> ', keep_space=False):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if line.startswith('>'):
            out.append(p.rstrip() + line)  # nested quotes: '>> ', as clients write them
        else:
            out.append((p + line) if line or keep_space else p.rstrip())
    return '\n'.join(out)


def to_html_lines(text, tag='div'):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if line.strip() == '':
            out.append('<%s><br></%s>' % (tag, tag))
        else:
            out.append('<%s>%s</%s>' % (tag, htmlmod.escape(line, quote=False), tag))
    return '\n'.join(out)


def inline_html(text):
    """Plain text with '>' runs turned into Gmail blockquotes (interleaved replies)."""
    out, quote = [], []

    def flush():
        if quote:
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote>'
                       % '<br>'.join(htmlmod.escape(q, quote=False) for q in quote))
            quote.clear()
    for line in text.rstrip('\n').split('\n'):
        if line.startswith('>'):
            quote.append(line[1:].lstrip(' '))
        else:
            flush()
            out.append(htmlmod.escape(line, quote=False) + '<br>')
    flush()
    return '\n'.join(out)


def br_html(text):
    return '<br>\n'.join(htmlmod.escape(l, quote=False) for l in text.rstrip('\n').split('\n'))


def chain_of(c):
    """Messages quoted by the reply, newest first: (name, email, date, text, to_name, to_email, subject)."""
    inv = dict(name=c.host_name, email=c.host_email, date=c.inv_date.astimezone(c.tz), text=c.inv_text,
               to_name=c.name, to_email=c.email, subject=c.inv_subject)
    prev = c.case.get('prev')
    if prev is None:
        return [inv]
    ph = c.case.get('prev_hours', 3)
    pd = (c.inv_date + dt.timedelta(hours=ph)).astimezone(c.tz).replace(microsecond=0)
    if pd >= c.date:
        c.date = pd + dt.timedelta(hours=20, minutes=13)
    p = dict(name=c.name, email=c.email, date=pd, text=prev, to_name=c.host_name, to_email=c.host_email,
             subject='Re: ' + c.inv_subject)
    return [p, inv]


def reply_subject(c, prefix='Re:'):
    s = c.case.get('subject')
    if s is not None:
        return s
    p = c.case.get('prefix', prefix)
    return '%s %s' % (p, c.inv_subject) if p else c.inv_subject


def references(c, own_prev_mid=None):
    if own_prev_mid:
        return c.inv_mid + '\n ' + own_prev_mid, own_prev_mid
    return c.inv_mid, c.inv_mid


def common_headers(c, mid, subject_mode='Q', subject_cs='UTF-8', in_reply=True, prev_mid=None):
    refs, irt = references(c, prev_mid)
    subj = reply_subject(c)
    hs = []
    if in_reply:
        hs += [('References', refs), ('In-Reply-To', irt)]
    hs += [('From', addr(c.name, c.email, mode=subject_mode)),
           ('Date', rfc_date(c.date)),
           ('Message-ID', mid),
           ('Subject', hdr_text(subj, subject_cs, subject_mode)),
           ('To', addr(c.host_name if not c.case.get('to_name_only') else None, c.host_email, mode=subject_mode))]
    return hs


def pick_cte(text, cs, default='quoted-printable'):
    return default


# --------------------------------------------------------------------------
# quote renderers

def quote_gt(c, attr_fn, chain, reply, post='top', sep='\n\n', style='gmail'):
    """Reply with '>'-quoted chain.

    style gmail: attribution, blank line, quoted text; tb: attribution then
    quoted text; apple: the attribution itself is quoted, followed by '> '.
    """
    keep = style == 'apple'

    def block(ch):
        a = attr_fn(ch[0])
        if style == 'apple':
            return prefix_lines(a + '\n\n' + content(ch), '> ', keep)
        gap = '\n\n' if style == 'gmail' else '\n'
        return a + gap + prefix_lines(content(ch))

    def content(ch):
        t = ch[0]['text'].rstrip('\n')
        if len(ch) > 1:
            t += '\n\n' + block(ch[1:])
        return t
    if post == 'none':
        return reply.rstrip('\n') + '\n'
    if post == 'inline':
        return reply.replace('{attr}', attr_fn(chain[0])).rstrip('\n') + '\n'
    q = block(chain)
    if post == 'bottom':
        return q + '\n\n' + reply.rstrip('\n') + '\n'
    return reply.rstrip('\n') + sep + q + '\n'


def quote_html_gmail(c, attr_fn, chain, reply_html, dir_='ltr'):
    def content(ch):
        t = to_html_lines(ch[0]['text'])
        if len(ch) > 1:
            t = '<div dir="%s">%s</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
                dir_, to_html_lines(ch[0]['text']), htmlmod.escape(attr_fn(ch[1]), quote=False), content(ch[1:]))
        return t
    return '%s<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>\n' % (
        reply_html, htmlmod.escape(attr_fn(chain[0]), quote=False), content(chain))


def outlook_block(lang, item, html=False):
    fr, se, to, su, _ = L.outlook_labels(lang)
    who = '%s <%s>' % (item['name'], item['email'])
    rows = [(fr, who), (se, L.outlook_date(lang, item['date'])), (to, item['to_email']), (su, item['subject'])]
    if html:
        return '<br>\n'.join('<b>%s:</b> %s' % (htmlmod.escape(k), htmlmod.escape(v)) for k, v in rows)
    return '\n'.join('%s: %s' % r for r in rows)


def quote_outlook_plain(c, chain, reply, style='original', lang=None):
    lang = lang or c.ui
    out = reply.rstrip('\n') + '\n\n'
    for n, item in enumerate(chain):
        if style == 'original':
            out += L.outlook_labels(lang)[4] + '\n'
        else:
            out += '________________________________\n'
        out += outlook_block(lang, item) + '\n\n' + item['text'].rstrip('\n') + '\n'
        if n + 1 < len(chain):
            out += '\n'
    return out


# --------------------------------------------------------------------------
# envelopes

def reply_html_default(c, div='div'):
    h = c.case.get('html')
    if h:
        return h
    return to_html_lines(c.case['text'], div)


def env_gmail(c, android=False):
    rng = c.rng
    ip = '209.85.%d.%d' % (rng.randint(128, 222), rng.randint(2, 250))
    relay = 'mail-%s-f%d.google.com' % (rng.choice(['wm1', 'ej1', 'ed1', 'lf1', 'pl1', 'qk1', 'yw1']), rng.randint(41, 199))
    mid = '<CA%s%s@mail.gmail.com>' % (rng.choice(['+', 'D', 'F', 'H', 'J', 'K', 'L']),
                                     ''.join(rng.choice(B64[:62] + '+_-=') for _ in range(rng.randint(44, 56))))
    chain = chain_of(c)
    prev_mid = None
    if len(chain) > 1:
        prev_mid = '<CA%s@mail.gmail.com>' % ''.join(rng.choice(B64[:62]) for _ in range(48))
    us = c.case.get('us', False)
    attr = lambda it: L.gmail_attr(c.ui, it['date'], it['name'], it['email'], us)
    post = c.case.get('post', 'top')
    text = c.case['text']
    sig = c.case.get('sig')
    plain_reply = text + (('\n\n-- \n' + sig) if sig else '')
    plain = quote_gt(c, attr, chain, plain_reply, post)
    d = 'auto' if android else 'ltr'
    rh = c.case.get('html') or ('<div dir="%s">%s</div>' % (d, reply_html_default(c) if not android else br_html(text)))
    if sig:
        rh += '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">%s</div>' % br_html(sig)
    if post in ('none', 'inline'):
        html = '<div dir="%s">%s</div>\n' % (d, inline_html(plain))
    elif post == 'bottom':
        html = quote_html_gmail(c, attr, chain, '', d) + '<div dir="%s"><br></div>%s\n' % (d, rh)
    else:
        html = quote_html_gmail(c, attr, chain, rh, d)
    b = '0000000000' + rhex(rng, 16)
    cs = c.case.get('charset', 'UTF-8')
    cte = c.case.get('cte') or ('quoted-printable' if not is_ascii(plain) or max(len(x) for x in plain.split('\n')) > 76 else '7bit')
    root = Part('multipart/alternative', children=[
        text_part(plain, 'plain', cs, cte, cs_label=cs),
        text_part(html, 'html', cs, c.case.get('cte') or 'quoted-printable', cs_label=cs)], boundary=b)
    hs = []
    if c.transport:
        hs += transport_headers(c, relay, ip, 'gmail.com', '20230601')
        hs.append(('Received', 'by %s with SMTP id %s\n        for <%s>; %s' % (
            relay, rhex(rng, 10, 'abcdefghijklmnopqrstuvwxyz0123456789') + '-' + rhex(rng, 16) + 'so%d' % rng.randint(1000000, 9999999),
            c.host_email, rfc_date(c.date.astimezone(tzpdt)))))
        hs = hs[:4] + [hs[-1]] + hs[4:-1]
    hs.append(('MIME-Version', '1.0'))
    hs += [(k, v) for k, v in common_headers(c, mid, 'Q', prev_mid=prev_mid) if k in ('References', 'In-Reply-To')]
    hs += [(k, v) for k, v in common_headers(c, mid, 'Q', prev_mid=prev_mid) if k not in ('References', 'In-Reply-To')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


tzpdt = dt.timezone(dt.timedelta(hours=-7))

WORD_STYLE = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-ligatures:standardcontextual;}
span.EmailStyle18
	{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
'''


def mso_lines(text, lang_attr):
    out = []
    for line in text.rstrip('\n').split('\n'):
        if not line.strip():
            out.append('<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % lang_attr)
        else:
            out.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang_attr, htmlmod.escape(line, quote=False)))
    return '\n'.join(out)


LANG_TAG = {'en': 'EN-GB', 'de': 'DE', 'fr': 'FR', 'es': 'ES', 'it': 'IT', 'pt': 'PT-BR', 'nl': 'NL', 'pl': 'PL',
            'tr': 'TR', 'hr': 'HR', 'sr': 'SR-LATN-RS', 'ar': 'AR-SA', 'zh': 'ZH-CN', 'cs': 'CS', 'ru': 'RU', 'sv': 'SV'}


def env_outlook(c):
    """Outlook desktop (ISP account): plain + Word HTML, -----Original Message----- style."""
    rng = c.rng
    lang = c.ui
    cs = c.case.get('charset', rng.choice(['utf-8', 'utf-8', 'us-ascii' if is_ascii(c.case['text'] + c.inv_text) else 'utf-8']))
    if not is_ascii(c.case['text']) and cs == 'us-ascii':
        cs = 'utf-8'
    style = c.case.get('qstyle', 'original' if lang in ('de', 'en', 'nl', 'pl') and rng.random() < 0.6 else 'line')
    chain = chain_of(c)
    text = c.case['text'] + (('\n\n' + c.case['sig']) if c.case.get('sig') else '')
    plain = quote_outlook_plain(c, chain, text, 'original' if style == 'original' else 'plain')
    if style != 'original':
        plain = plain.replace('________________________________\n', '', 1)
    tag = LANG_TAG.get(c.lang, 'EN-GB')
    html = WORD_STYLE % (cs, tag) + mso_lines(text, tag) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    for item in chain:
        html += '<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal"><span lang="EN-US" style="font-size:11.0pt">%s<o:p></o:p></span></p>\n</div>\n</div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' % outlook_block(lang, item, True)
        html += mso_lines(item['text'], tag) + '\n'
    html += '</div>\n</body>\n</html>\n'
    nb = '----=_NextPart_000_%04X_01DC%04X.%08X' % (rng.randint(0, 0xff), rng.randint(0, 0xffff), rng.randint(0, 0xffffffff))
    cte = c.case.get('cte', 'quoted-printable')
    root = Part('multipart/alternative', children=[
        text_part(plain, 'plain', cs, cte), text_part(html, 'html', cs if cs != 'us-ascii' else 'utf-8', 'quoted-printable')],
        boundary=nb, preamble='This is a multi-part message in MIME format.')
    prefix = {'de': 'AW:', 'fr': 'RE :', 'it': 'R:', 'pl': 'Odp:', 'tr': 'YNT:', 'nl': 'RE:', 'sv': 'SV:', 'hr': 'Odg:',
              'zh': '答复:', 'ar': 'رد:', 'cs': 'RE:'}.get(lang, 'RE:')
    mid = '<%s$%s$%s$@%s>' % (rhex(rng, 12), rhex(rng, 8), rhex(rng, 8), c.domain)
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail.%s' % c.domain, '%d.%d.%d.%d' % (rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
                                c.domain if rng.random() < 0.7 else None, 'default')
    c.case.setdefault('prefix', prefix)
    ch = common_headers(c, mid, 'B', prev_mid=('<%s$%s$@%s>' % (rhex(rng, 12), rhex(rng, 8), c.domain)) if len(chain) > 1 else None)
    d = dict(ch)
    hs += [('From', d['From']), ('To', d['To']), ('References', d['References']), ('In-Reply-To', d['In-Reply-To']),
           ('Subject', d['Subject']), ('Date', d['Date']), ('Message-ID', d['Message-ID']), ('MIME-Version', '1.0'), ('@CT', ''),
           ('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQH' + ''.join(rng.choice(B64) for _ in range(29)) + '=='),
           ('Content-Language', LANG_TAG.get(c.lang, 'en-gb').lower())]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_m365(c, html_only=False, mobile=False):
    """Outlook.com / Microsoft 365 / new Outlook: divRplyFwdMsg, underscore separator."""
    rng = c.rng
    lang = c.ui
    chain = chain_of(c)
    text = c.case['text']
    sig = c.case.get('sig')
    if mobile:
        sig = sig or {'de': 'Outlook für Android herunterladen<https://aka.ms/AAb9ysg>',
                      'fr': 'Obtenir Outlook pour iOS<https://aka.ms/o0ukef>',
                      'es': 'Obtener Outlook para Android<https://aka.ms/AAb9ysg>'}.get(lang, 'Get Outlook for iOS<https://aka.ms/o0ukef>')
    plain = quote_outlook_plain(c, chain, text + (('\n\n' + sig) if sig else ''), 'line')
    font = rng.choice(['Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif', 'Calibri, Arial, Helvetica, sans-serif'])
    body = c.case.get('html') or '\n'.join(
        '<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>' % (
            font, htmlmod.escape(l, quote=False) if l.strip() else '<br>') for l in text.rstrip('\n').split('\n'))
    if sig:
        body += '\n<div id="ms-outlook-mobile-signature"><div><br></div>%s</div>' % br_html(sig)
    quoted = ''
    for item in chain:
        quoted += '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + outlook_block(
            lang, item, True).replace(L.outlook_date(lang, item['date']), L.outlook_date(lang, item['date'])) + '</font>\n<div>&nbsp;</div>\n</div>\n<div>' + to_html_lines(item['text']) + '</div>\n'
    html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n' + body + '\n<div id="appendonsend"></div>\n' + quoted + '</body>\n</html>\n'
    cte = c.case.get('cte', 'quoted-printable')
    if html_only:
        root = text_part(html, 'html', 'utf-8', cte)
    else:
        b = '_000_%s%s_' % (rhex(rng, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), rhex(rng, 36, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
        root = Part('multipart/alternative', children=[text_part(plain, 'plain', c.case.get('charset', 'iso-8859-1' if is_latin1(plain) else 'utf-8'), cte),
                                                      text_part(html, 'html', 'utf-8', cte)], boundary=b)
    region = rng.choice(['AM9PR', 'DB8PR', 'PAXPR', 'VI1PR', 'CWLP', 'LO2P', 'YT3PR', 'BN8PR', 'DU0PR'])
    srv = '%s%02dMB%04d' % (region, rng.randint(1, 9), rng.randint(1000, 9999))
    mid = '<%s%s@%s.%s.prod.outlook.com>' % (srv, rhex(rng, 32, '0123456789ABCDEF'), srv, rng.choice(['eurprd01', 'eurprd04', 'namprd11', 'GBRP265', 'CANPRD01']))
    prefix = {'de': 'AW:', 'fr': 'RE :', 'it': 'R:', 'pl': 'Odp:', 'tr': 'YNT:', 'nl': 'RE:', 'sv': 'SV:', 'hr': 'Odg:', 'es': 'RE:', 'pt': 'RE:'}.get(lang, 'RE:')
    c.case.setdefault('prefix', prefix)
    hs = []
    if c.transport:
        ip = '52.101.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))
        relay = 'mail-%s.outbound.protection.outlook.com' % rng.choice(['eur05-am6-obe', 'db8eur06olkn2101', 'am0eur02olkn2018', 'yt3can01olkn2045', 'dub0eur03on2101'])
        hs += transport_headers(c, relay, ip, c.domain, 'selector1')
    ch = dict(common_headers(c, mid, 'B', prev_mid=('<%s@%s.prod.outlook.com>' % (rhex(rng, 40, '0123456789ABCDEF'), srv)) if len(chain) > 1 else None))
    hs += [('From', ch['From']), ('To', ch['To']), ('Subject', ch['Subject']),
           ('Thread-Topic', hdr_text(c.inv_subject, 'utf-8', 'B')),
           ('Thread-Index', 'AQH' + ''.join(rng.choice(B64) for _ in range(33)) + '='),
           ('Date', ch['Date']), ('Message-ID', mid), ('References', ch['References']), ('In-Reply-To', ch['In-Reply-To']),
           ('Accept-Language', {'de': 'de-DE, en-US', 'fr': 'fr-CA, en-US', 'es': 'es-ES, en-US'}.get(lang, 'en-GB, en-US')),
           ('Content-Language', {'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES'}.get(lang, 'en-GB')),
           ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''),
           ('msip_labels', ''),
           ('x-ms-publictraffictype', 'Email'),
           ('x-ms-traffictypediagnostic', '%s:EE_|%s%02dMB%04d:EE_' % (srv, region, rng.randint(1, 9), rng.randint(1000, 9999))),
           ('@CT', ''), ('MIME-Version', '1.0')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def is_latin1(s):
    try:
        s.encode('iso-8859-1')
        return True
    except UnicodeEncodeError:
        return False


def env_apple(c, iphone=False):
    rng = c.rng
    chain = chain_of(c)
    attr = lambda it: L.apple_attr(c.ui, it['date'], it['name'], it['email'])
    text = c.case['text']
    post = c.case.get('post', 'top')
    footer = c.case.get('footer')
    if iphone and footer is None:
        footer = (L.SENT_FROM_IPHONE.get(c.ui, L.SENT_FROM_IPHONE['en']) if not c.case.get('ipad') else 'Sent from my iPad')
    reply = text + (('\n\n' + c.case['sig']) if c.case.get('sig') else '') + (('\n\n' + footer) if footer else '')
    plain = quote_gt(c, attr, chain, reply, post, style='apple')
    mid = '<%s@%s>' % ('-'.join(rhex(rng, n, '0123456789ABCDEF') for n in (8, 4, 4, 4, 12)), c.domain if c.domain in ('icloud.com', 'me.com', 'mac.com') else 'icloud.com')
    hs = []
    if c.transport:
        ip = '17.57.%d.%d' % (rng.randint(150, 230), rng.randint(2, 250))
        relay = 'p00-icloudmta-asmtp-us-central-1k-%d-percent-%d.p00-icloudmta-asmtp-vip.icloud-infra.com' % (rng.randint(10, 90), rng.randint(0, 30))
        hs += transport_headers(c, relay, ip, c.domain if c.domain.endswith(('icloud.com', 'me.com', 'mac.com')) else None, '1a1hai')
    ch = dict(common_headers(c, mid, 'Q', prev_mid=('<%s@icloud.com>' % '-'.join(rhex(rng, n, '0123456789ABCDEF') for n in (8, 4, 4, 4, 12))) if len(chain) > 1 else None))
    cte = c.case.get('cte', 'quoted-printable')
    cs = c.case.get('charset', 'utf-8')
    if iphone and not c.case.get('html'):
        root = text_part(plain, 'plain', cs, cte)
        root.ctype = 'text/plain; charset=%s' % cs
        mver = '1.0 (1.0)'
        mailer = 'iPhone Mail (23%s%d)' % (rng.choice('ABCD'), rng.randint(50, 99)) if not c.case.get('ipad') else 'iPad Mail (23B85)'
    else:
        def content(ch_):
            t = to_html_lines(ch_[0]['text'])
            if len(ch_) > 1:
                t += '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline">%s</blockquote></div>' % (htmlmod.escape(attr(ch_[1])), content(ch_[1:]))
            return t
        rh = c.case.get('html') or to_html_lines(reply)
        if post in ('inline', 'none'):
            rh = '<div>%s</div>' % br_html(plain)
            qh = ''
        else:
            qh = '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div><br>' % (htmlmod.escape(attr(chain[0])), content(chain))
        html = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">%s%s</body></html>\n' % (rh, qh)
        b = 'Apple-Mail=_%s' % '-'.join(rhex(rng, n, '0123456789ABCDEF') for n in (8, 4, 4, 4, 12))
        root = Part('multipart/alternative', children=[text_part(plain, 'plain', cs, cte, cs_label=cs), text_part(html, 'html', 'utf-8', 'quoted-printable')], boundary=b)
        mver = '1.0 (Mac OS X Mail 16.0 \\(3826.500.181.1.5\\))' if not iphone else '1.0 (1.0)'
        mailer = 'Apple Mail (2.3826.500.181.1.5)' if not iphone else 'iPhone Mail (23B85)'
    hs += [('From', ch['From']), ('@CT', ''), ('Mime-Version', mver), ('Subject', ch['Subject']), ('Date', ch['Date']),
           ('References', ch['References']), ('To', ch['To']), ('In-Reply-To', ch['In-Reply-To']), ('Message-Id', mid), ('X-Mailer', mailer)]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_thunderbird(c):
    rng = c.rng
    chain = chain_of(c)
    attr = lambda it: L.tb_attr(c.ui, it['date'], it['name'])
    text = c.case['text'] + (('\n\n-- \n' + c.case['sig']) if c.case.get('sig') else '')
    post = c.case.get('post', rng.choice(['top', 'bottom']))
    body = quote_gt(c, attr, chain, text, post, sep='\n\n', style='tb')
    if post == 'top':
        pass
    cs = c.case.get('charset', 'UTF-8')
    cte = c.case.get('cte', '8bit')
    mid = '<%s@%s>' % ('-'.join(rhex(rng, n) for n in (8, 4, 4, 4, 12)), c.domain)
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mout.%s' % c.domain, '%d.%d.%d.%d' % (rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
                                c.domain, rng.choice(['mail', 'dkim', 's1']))
    ch = dict(common_headers(c, mid, 'Q', subject_cs='UTF-8', prev_mid=('<%s@%s>' % (rhex(rng, 32), c.domain)) if len(chain) > 1 else None))
    root = text_part(body, 'plain', cs, cte, params='; format=flowed', cs_label=cs)
    root.ctype = 'text/plain; charset=%s; format=flowed' % cs
    hs += [('Message-ID', mid), ('Date', ch['Date']), ('MIME-Version', '1.0'),
           ('User-Agent', c.case.get('ua', 'Mozilla Thunderbird')), ('Subject', ch['Subject']), ('To', ch['To']),
           ('References', ch['References']), ('Content-Language', {'de': 'de-DE', 'fr': 'fr', 'pl': 'pl', 'cs': 'cs', 'ru': 'ru'}.get(c.lang, 'en-GB')),
           ('From', ch['From']), ('In-Reply-To', ch['In-Reply-To']), ('@CT', '')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_yahoo(c):
    rng = c.rng
    chain = chain_of(c)
    item = chain[0]
    tz = {'es': 'CEST', 'fr': 'UTC\u22124', 'de': 'MESZ', 'it': 'CEST'}.get(c.ui, 'GMT+1')
    a = L.yahoo_attr(c.ui, item['date'], item['name'], item['email'], tz)
    text = c.case['text']
    footer = c.case.get('footer', L.YAHOO_FOOTER.get(c.ui, L.YAHOO_FOOTER['en']) if rng.random() < 0.5 else None)
    reply = text + (('\n\n' + footer) if footer else '')
    plain = reply + '\n\n\n    ' + a + '  \n\n' + '\n'.join((' ' + l) if l else ' ' for l in item['text'].rstrip('\n').split('\n')) + '\n'
    yid = rhex(rng, 6)
    html = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div><div id="ydp%syahoo_quoted_%d" class="ydp%syahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div><div><div dir="ltr">%s</div></div></div></div></body></html>\n' % (
        yid, c.case.get('html') or to_html_lines(reply), yid, rng.randint(1000000000, 9999999999), yid, htmlmod.escape(a), to_html_lines(item['text']))
    b = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(100000000, 999999999), int(c.date.timestamp() * 1000))
    cs = c.case.get('charset', 'UTF-8')
    root = Part('multipart/alternative', children=[text_part(plain, 'plain', cs, c.case.get('cte', 'quoted-printable'), cs_label=cs),
                                                  text_part(html, 'html', cs, c.case.get('cte', 'quoted-printable'), cs_label=cs)], boundary=b)
    mid = '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(100000000, 999999999), rng.randint(1000000, 9999999), int(c.date.timestamp() * 1000))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (rng.randint(301, 320), rng.randint(20, 60), rng.choice(['ir2', 'bf2', 'gq1', 'ne1'])),
                                '87.248.%d.%d' % (rng.randint(100, 120), rng.randint(1, 250)), c.domain, 's2048')
    ch = dict(common_headers(c, mid, 'Q'))
    hs += [('Date', ch['Date']), ('From', ch['From']), ('To', ch['To']), ('Message-ID', mid), ('In-Reply-To', ch['In-Reply-To']),
           ('References', ch['References']), ('Subject', ch['Subject']), ('MIME-Version', '1.0'), ('@CT', ''),
           ('X-Mailer', 'WebService/1.1.%d YMailNorrin' % rng.randint(23000, 24999))]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_gmx(c, webde=False):
    """GMX / Web.de webmail: HTML-only with the grey 'Gesendet/Von/An/Betreff' box, or plain text."""
    rng = c.rng
    chain = chain_of(c)
    item = chain[0]
    lab = L.GMX_LABELS.get(c.ui, L.GMX_LABELS['en'])
    vals = [L.gmx_date(c.ui, item['date']), '"%s" <%s>' % (item['name'], item['email']), item['to_email'], item['subject']]
    text = c.case['text']
    mode = c.case.get('mode', rng.choice(['html', 'plain']))
    if mode == 'html':
        box = '<br/>\n'.join('<b>%s:</b>&nbsp;%s' % (k, htmlmod.escape(v)) for k, v in zip(lab, vals))
        html = '<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div>\n\n<div>&nbsp;\n<div>&nbsp;\n<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">\n<div style="margin:0 0 10px 0;">%s</div>\n\n<div name="quoted-content">%s</div>\n</div>\n</div>\n</div></div></body></html>\n' % (
            c.case.get('html') or to_html_lines(text), box, br_html(item['text']))
        root = text_part(html, 'html', c.case.get('charset', 'UTF-8'), c.case.get('cte', 'quoted-printable'), cs_label=c.case.get('charset', 'UTF-8'))
    else:
        a = '%s: %s\n%s: %s\n%s: %s\n%s: %s' % tuple(x for kv in zip(lab, vals) for x in kv)
        body = text.rstrip('\n') + '\n\n\n' + prefix_lines(a + '\n\n' + item['text'], '> ') + '\n'
        cs = c.case.get('charset', 'UTF-8')
        root = text_part(body, 'plain', cs, c.case.get('cte', 'quoted-printable'), cs_label=cs)
    mid = '<trinity-%s-%d@3c-app-%s-%s>' % ('-'.join(rhex(rng, n) for n in (8, 4, 4, 4, 12)), int(c.date.timestamp() * 1000),
                                          'webde' if webde else 'gmx', rng.choice(['bs41', 'bap12', 'bs07', 'bap55']))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mout.web.de' if webde else 'mout.gmx.net', '212.227.%d.%d' % (rng.randint(15, 17), rng.randint(1, 250)),
                                c.domain, 's29768273')
    c.case.setdefault('prefix', 'Aw:')
    ch = dict(common_headers(c, mid, 'Q'))
    hs += [('MIME-Version', '1.0'), ('Message-ID', mid), ('From', ch['From']), ('To', ch['To']), ('Subject', ch['Subject']),
           ('@CT', ''), ('Date', ch['Date']), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
           ('In-Reply-To', ch['In-Reply-To']), ('References', ch['References']),
           ('X-UI-Message-Type', 'mail'), ('X-Priority', '3')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_zoho(c):
    rng = c.rng
    item = chain_of(c)[0]
    a = '---- On %s, %02d %s %d %s %s %s &lt;%s&gt; wrote ---' % (item['date'].strftime('%a'), item['date'].day, item['date'].strftime('%b'), item['date'].year,
                                                               item['date'].strftime('%H:%M:%S'), item['date'].strftime('%z'), htmlmod.escape(item['name']), item['email'])
    html = '<html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head><body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>%s</div><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div><div class="zmail_extra" data-zbluepencil-ignore="true"><div><br></div><div id="Zm-_Id_-Sgn1">%s<br></div><blockquote style="margin: 0px 0px 0px 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">%s</blockquote></div></div><br></body></html>\n' % (
        c.case.get('html') or to_html_lines(c.case['text']), a, to_html_lines(item['text']))
    root = text_part(html, 'html', 'UTF-8', c.case.get('cte', 'quoted-printable'), cs_label='UTF-8')
    mid = '<%s.%s.%d@zohomail.eu>' % (rhex(rng, 11), rhex(rng, 16), rng.randint(10 ** 18, 10 ** 19 - 1))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'sender4-op-o%d.zoho.eu' % rng.randint(10, 19), '136.143.169.%d' % rng.randint(2, 60), c.domain, 'zmail')
    ch = dict(common_headers(c, mid, 'B'))
    hs += [('Date', ch['Date']), ('From', ch['From']), ('To', ch['To']), ('Message-ID', mid), ('In-Reply-To', ch['In-Reply-To']),
           ('References', ch['References']), ('Subject', ch['Subject']), ('MIME-Version', '1.0'), ('@CT', ''),
           ('Importance', 'Medium'), ('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_proton(c):
    rng = c.rng
    item = chain_of(c)[0]
    d = item['date']
    suf = 'th' if 10 <= d.day % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')
    a = 'On %s, %s %d%s, %d at %s, %s <%s> wrote:' % (d.strftime('%A'), d.strftime('%B'), d.day, suf, d.year, hm(d), item['name'], item['email'])
    text = c.case['text']
    foot = 'Sent with Proton Mail secure email.'
    plain = text.rstrip('\n') + '\n\n' + foot + '\n\n' + a + '\n\n' + prefix_lines(item['text']) + '\n'
    html = '<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n    <div class="protonmail_signature_block-proton">\n        Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.\n    </div>\n</div>\n<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div><div class="protonmail_quote">\n        %s<br>\n        <blockquote class="protonmail_quote" type="cite">\n            %s\n        </blockquote><br>\n    </div>\n' % (
        c.case.get('html') or to_html_lines(text), htmlmod.escape(a), to_html_lines(item['text']))
    inner = Part('multipart/alternative', children=[text_part(plain, 'plain', 'utf-8', 'quoted-printable'), text_part(html, 'html', 'utf-8', 'quoted-printable')],
                 boundary='b2_%s' % rhex(rng, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    root = Part('multipart/mixed', children=[inner], boundary='b1_%s' % rhex(rng, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
                preamble='This is a multi-part message in MIME format.')
    mid = '<%s=@proton.me>' % ''.join(rng.choice(B64[:62] + '_-') for _ in range(86))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail-%d.protonmail.ch' % rng.randint(1000, 9999), '185.70.%d.%d' % (rng.randint(40, 43), rng.randint(1, 250)), c.domain, 'protonmail3')
    ch = dict(common_headers(c, mid, 'Q'))
    hs += [('Date', ch['Date']), ('To', ch['To']), ('From', ch['From']), ('Subject', ch['Subject']), ('Message-ID', mid),
           ('In-Reply-To', ch['In-Reply-To']), ('References', ch['References']),
           ('Feedback-ID', '%s:user:proton' % rhex(rng, 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789')),
           ('X-Pm-Message-ID', '%s' % rhex(rng, 40)), ('MIME-Version', '1.0'), ('@CT', '')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_samsung(c):
    rng = c.rng
    item = chain_of(c)[0]
    o = L.SAMSUNG_ORIG.get(c.ui, L.SAMSUNG_ORIG['en'])
    d = item['date']
    off = d.utcoffset().total_seconds() / 3600
    dstr = '%02d/%02d/%d %s  (GMT%+03d:00) ' % (d.day, d.month, d.year, hm(d), off)
    foot = c.case.get('footer', L.SENT_FROM_GALAXY.get(c.ui, L.SENT_FROM_GALAXY['en']))
    text = c.case['text']
    hdr = '%s\n%s: %s <%s> \n%s: %s\n%s: %s \n%s: %s ' % (o[0], o[1], item['name'], item['email'], o[2], dstr, o[3], item['to_email'], o[4], item['subject'])
    plain = text.rstrip('\n') + '\r\n\r\n' + (foot + '\r\n\r\n\r\n' if foot else '') + hdr.replace('\n', '\r\n') + '\r\n\r\n' + item['text'].replace('\n', '\r\n')
    html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">%s</div><div dir="auto"><br></div>%s<div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>%s</div><div><b>%s:</b> %s &lt;%s&gt; </div><div><b>%s:</b> %s</div><div><b>%s:</b> %s </div><div><b>%s:</b> %s </div></div>%s</body></html>' % (
        c.case.get('html') or br_html(text), ('<div dir="auto">%s</div><div dir="auto"><br></div>' % htmlmod.escape(foot)) if foot else '', o[0], o[1], htmlmod.escape(item['name']), item['email'],
        o[2], dstr, o[3], item['to_email'], o[4], htmlmod.escape(item['subject']), to_html_lines(item['text']))
    b = '--_com.samsung.android.email_%d' % rng.randint(10 ** 17, 10 ** 18 - 1)
    root = Part('multipart/alternative', children=[text_part(plain, 'plain', 'UTF-8', 'base64', cs_label='UTF-8'),
                                                  text_part(html, 'html', 'UTF-8', 'base64', cs_label='UTF-8')], boundary=b)
    mid = '<%s.%s@email.android.com>' % (rhex(rng, 16, 'abcdefghijklmnopqrstuvwxyz0123456789'), rhex(rng, 10, 'abcdefghijklmnopqrstuvwxyz0123456789'))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail-wr1-f%d.google.com' % rng.randint(41, 99), '209.85.%d.%d' % (rng.randint(128, 222), rng.randint(2, 250)), c.domain if c.domain == 'gmail.com' else None, '20230601')
    c.case.setdefault('prefix', 'Re:' if c.ui == 'en' else 'RE:')
    ch = dict(common_headers(c, mid, 'B'))
    hs += [('Date', ch['Date']), ('From', ch['From']), ('To', ch['To']), ('Subject', ch['Subject']), ('Message-ID', mid),
           ('In-Reply-To', ch['In-Reply-To']), ('References', ch['References']), ('MIME-Version', '1.0'), ('@CT', '')]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_mutt(c):
    """Plain text from mutt / alpine / small webmails: any charset, any encoding."""
    rng = c.rng
    item = chain_of(c)[0]
    style = c.case.get('attr', rng.choice(['mutt', 'wrote', 'none']))
    if style == 'mutt':
        a = '* %s <%s> [%s]:' % (item['name'], item['email'], item['date'].strftime('%Y-%m-%d %H:%M'))
    elif style == 'wrote':
        a = '%s wrote:' % item['name']
    else:
        a = None
    text = c.case['text'] + (('\n\n-- \n' + c.case['sig']) if c.case.get('sig') else '')
    post = c.case.get('post', 'top')
    if post == 'none' or a is None and post != 'bottom':
        body = text.rstrip('\n') + '\n'
        if a is None and post != 'none':
            body += '\n' + prefix_lines(item['text']) + '\n'
    elif post == 'bottom':
        body = (a + '\n' if a else '') + prefix_lines(item['text']) + '\n\n' + text.rstrip('\n') + '\n'
    elif post == 'inline':
        body = text.replace('{attr}', a or '').rstrip('\n') + '\n'
    else:
        body = text.rstrip('\n') + '\n\n' + a + '\n' + prefix_lines(item['text']) + '\n'
    cs = c.case.get('charset', 'utf-8')
    cte = c.case.get('cte', '8bit')
    root = text_part(body, 'plain', cs, cte, cs_label=c.case.get('cs_label', cs))
    root.ctype = 'text/plain; charset=%s' % c.case.get('cs_label', cs) + ('; format=flowed' if rng.random() < 0.3 else '')
    mid = '<%s.%s@%s>' % (c.date.strftime('%Y%m%d%H%M%S'), rhex(rng, 8, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), c.case.get('mid_host', c.domain))
    hs = []
    if c.transport:
        hs += transport_headers(c, 'mail.%s' % c.domain, '%d.%d.%d.%d' % (rng.randint(80, 213), rng.randint(1, 250), rng.randint(1, 250), rng.randint(1, 250)),
                                c.domain if rng.random() < 0.5 else None, 'mail')
    hcs = c.case.get('hdr_charset', 'UTF-8')
    subj = reply_subject(c)
    refs, irt = references(c)
    hs += [('Date', rfc_date(c.date)), ('From', addr(c.name, c.email, hcs, 'B')), ('To', addr(c.host_name, c.host_email, 'UTF-8', 'Q')),
           ('Subject', hdr_text(subj, hcs, c.case.get('hdr_mode', 'B'))), ('Message-ID', mid), ('References', refs), ('In-Reply-To', irt),
           ('MIME-Version', '1.0'), ('@CT', '')]
    if c.case.get('ua'):
        hs.append(('User-Agent', c.case['ua']))
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def env_qq(c):
    """QQ Mail / Foxmail / NetEase: GB18030/GBK base64, '原始邮件' block."""
    rng = c.rng
    item = chain_of(c)[0]
    d = item['date']
    blk = '------------------ 原始邮件 ------------------\n发件人: "%s" <%s>;\n发送时间: %d年%d月%d日(星期%s) %s%d:%02d\n收件人: "%s"<%s>;\n主题: %s\n' % (
        item['name'], item['email'], d.year, d.month, d.day, L.wd('zh', d),
        '上午' if d.hour < 12 else ('下午' if d.hour < 18 else '晚上'), d.hour % 12 or 12, d.minute, item['to_name'], item['to_email'], item['subject'])
    text = c.case['text']
    plain = text.rstrip('\n') + '\n\n\n\n' + blk + '\n\n\n' + item['text']
    cs = c.case.get('charset', 'gb18030')
    cleaned = ''.join(ch for ch in plain if ch.encode(cs, 'ignore'))
    html = '<meta http-equiv="Content-Type" content="text/html; charset=%s"><div>%s</div><div><br></div><div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">%s</div><div><br></div>%s' % (
        cs.upper(), c.case.get('html') or br_html(text), br_html(blk), br_html(item['text']))
    html = ''.join(ch for ch in html if ch.encode(cs, 'ignore'))
    b = '----=_NextPart_%s_%s_%s' % (rhex(rng, 8, '0123456789ABCDEF'), rhex(rng, 8, '0123456789ABCDEF'), rhex(rng, 8, '0123456789ABCDEF'))
    root = Part('multipart/alternative', children=[text_part(cleaned, 'plain', cs, 'base64', cs_label=cs.upper()), text_part(html, 'html', cs, 'base64', cs_label=cs.upper())],
                boundary=b, preamble='This is a multi-part message in MIME format.')
    mid = '<tencent_%s@qq.com>' % rhex(rng, 40, '0123456789ABCDEF')
    c.case.setdefault('prefix', '回复：')
    subj = reply_subject(c)
    refs, irt = references(c)
    hs = []
    if c.transport:
        hs += transport_headers(c, 'out203-205-221-%d.mail.qq.com' % rng.randint(100, 250), '203.205.221.%d' % rng.randint(100, 250), c.domain, 's201512')
    hs += [('X-QQ-FEAT', ''.join(rng.choice(B64) for _ in range(40))), ('X-QQ-SSF', '00000000000000F0'),
           ('X-HAS-ATTACH', 'no'), ('X-QQ-BUSINESS-ORIGIN', '2'), ('X-Originating-IP', '183.14.%d.%d' % (rng.randint(1, 250), rng.randint(1, 250))),
           ('From', addr(c.name, c.email, cs.upper(), 'B')), ('To', addr(c.host_name, c.host_email, 'GB18030', 'B')),
           ('Subject', hdr_text(subj, cs.upper(), 'B')), ('Mime-Version', '1.0'), ('@CT', ''), ('Date', rfc_date(c.date)),
           ('X-Priority', '3'), ('Message-ID', mid), ('X-QQ-MIME', 'TCMime 1.0 by Tencent'), ('X-Mailer', 'QQMail 2.x'),
           ('In-Reply-To', irt), ('References', refs)]
    hs += c.case.get('headers', [])
    LAST_MESSAGE_ID[0] = mid
    return message(hs, root, c.crlf)


def hm(d):
    return d.strftime('%H:%M')


ENVELOPES = {
    'gmail': env_gmail, 'gmail_android': lambda c: env_gmail(c, True),
    'outlook': env_outlook, 'm365': env_m365, 'm365_html': lambda c: env_m365(c, True),
    'outlook_mobile': lambda c: env_m365(c, False, True),
    'apple': env_apple, 'iphone': lambda c: env_apple(c, True),
    'thunderbird': env_thunderbird, 'yahoo': env_yahoo, 'gmx': env_gmx, 'webde': lambda c: env_gmx(c, True),
    'zoho': env_zoho, 'proton': env_proton, 'samsung': env_samsung, 'mutt': env_mutt, 'qq': env_qq,
    'mailru': env_mutt,
}


def render(i, case):
    import machine  # calendar, auto-replies, bounces
    c = make_ctx(i, case)
    client = case['client']
    if case.get('charset') and case['kind'] == 'human':
        case['text'].encode(case['charset'].lower())  # the reply itself must fit its charset
    if client in ENVELOPES:
        data = ENVELOPES[client](c)
    else:
        if 'diag' in case:
            case['diag'] = case['diag'].replace('<user>', '<%s>' % c.email)
        if case['kind'] == 'auto_reply':
            case['text'] = case['text'].replace('{email}', c.email)
        data = machine.ENVELOPES[client](c)
    dom = c.domain.split('.')[0] if not c.domain.startswith(('mail.', 'post.')) else c.domain.split('.')[1]
    sur = slug(ascii_fold(c.last)) if case['kind'] == 'human' or case.get('who') else slug(ascii_fold(c.last))
    # A stable pseudo-random tag instead of a running number, so that a sorted
    # listing does not group messages by the part of the case list they came from.
    tag = hashlib.sha1(('blindE-file-%d' % i).encode()).hexdigest()[:6]
    fname = 'e%s-%s-%s.eml' % (tag, sur[:14] or 'x', slug(dom)[:16])
    note = case['note']
    if case['lang'] != 'en' and not note.startswith('('):
        note = '(%s) %s' % (case['lang'], note)
    row = [case['kind'], case['answer'], case['guests'], case['category'], note] + extra_labels(case)
    return fname, data, row


def extra_labels(case):
    """children, adults, lang, note_must (see /tests/corpus/README.md)."""
    human = case['kind'] == 'human'
    children = str(case.get('children', '-')) if human else '-'
    adults = str(case.get('adults', '-')) if human else '-'
    words = any(ch.isalpha() for ch in case.get('text') or '') or (
        case['client'].startswith('cal_') or case.get('subject'))
    lang = case.get('lang_label', case['lang']) if human and words else '-'
    must = case.get('must', '-') if human else '-'
    return [children, adults, lang, must]
