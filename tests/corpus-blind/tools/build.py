#!/usr/bin/env python3
"""Build batch A of labelled RSVP replies.

    python3 tools/build.py [--check] [--out DIR]

Writes every .eml and labels.tsv into the batch folder (the parent of
tools/).  Standard library only and deterministic: every random-looking
value (tokens, Message-IDs, boundaries, times) is derived from a hash of
the case's identity, so two runs give identical bytes.

The reply texts are hand-written data in tools/data_*.py; this file only
adds what the mail client or server would add around them.
"""
import base64
import collections
import datetime
import email
import email.policy
import hashlib
import html
import os
import quopri
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import loc  # noqa: E402
from hosts import HOSTS  # noqa: E402
import spec  # noqa: E402

DATA_MODULES = ['data_owen', 'data_ines', 'data_klara', 'data_megan', 'data_tereza',
                'data_auto', 'data_bounce']


# ====================================================================== utils
def hx(*parts, n=16):
    return hashlib.sha256('\x1f'.join(str(p) for p in parts).encode('utf-8')).hexdigest()[:n]


def hint(*parts):
    return int(hx(*parts, n=15), 16)


def pick(seq, *parts):
    return seq[hint(*parts) % len(seq)]


B32 = 'abcdefghijklmnopqrstuvwxyz234567'
B62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'


def rstr(alphabet, n, *parts):
    v = int(hashlib.sha512('\x1f'.join(map(str, parts)).encode()).hexdigest(), 16)
    out = []
    for _ in range(n):
        v, r = divmod(v, len(alphabet))
        out.append(alphabet[r])
    return ''.join(out)


def uuid_like(*parts, upper=True):
    h = hx(*parts, n=32)
    s = '%s-%s-4%s-a%s-%s' % (h[:8], h[8:12], h[13:16], h[17:20], h[20:32])
    return s.upper() if upper else s


def ip(*parts):
    v = hint('ip', *parts)
    return '%d.%d.%d.%d' % (v % 200 + 20, (v >> 8) % 254 + 1, (v >> 16) % 254 + 1, (v >> 24) % 250 + 3)


def rfcdate(dt, tz):
    return '%s, %d %s %d %02d:%02d:%02d %s' % (loc.SDAYS['en'][dt.weekday()], dt.day,
                                               loc.SMONTHS['en_US'][dt.month - 1], dt.year,
                                               dt.hour, dt.minute, dt.second, tz)


def tzdelta(tz):
    sign = -1 if tz[0] == '-' else 1
    return datetime.timedelta(hours=sign * int(tz[1:3]), minutes=sign * int(tz[3:5]))


def to_utc(dt, tz):
    return dt - tzdelta(tz)


def ics_stamp(dt, tz):
    return to_utc(dt, tz).strftime('%Y%m%dT%H%M%SZ')


def ascii_slug(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = re.sub(r'[^A-Za-z0-9]+', '-', s).strip('-').lower()
    return s


# ---------------------------------------------------------------- headers
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def ew(text, charset='UTF-8', mode='B', first_room=60):
    """RFC 2047 encode text into encoded-words, folded with '\n '."""
    words, cur = [], ''
    cs = charset
    try:
        text.encode(python_cs(cs))
    except UnicodeEncodeError:
        cs = 'UTF-8'
    overhead = len('=?%s?%s??=' % (cs, mode))

    def enc(s):
        b = s.encode(python_cs(cs))
        if mode == 'B':
            return base64.b64encode(b).decode('ascii')
        out = []
        for byte in b:
            c = chr(byte)
            if c == ' ':
                out.append('_')
            elif c.isalnum() or c in '!*+-/':
                out.append(c)
            else:
                out.append('=%02X' % byte)
        return ''.join(out)

    room = first_room
    for ch in text:
        trial = cur + ch
        if len(enc(trial)) + overhead > room and cur:
            words.append(cur)
            cur = ch
            room = 74
        else:
            cur = trial
    if cur:
        words.append(cur)
    return '\n '.join('=?%s?%s?%s?=' % (cs, mode, enc(w)) for w in words)


def python_cs(cs):
    return {'gb18030': 'gb18030', 'koi8-r': 'koi8_r', 'koi8-u': 'koi8_u'}.get(cs.lower(), cs.lower())


def hval(text, charset='UTF-8', mode='B', name_len=9):
    """Header value: ascii as is (folded), else encoded words."""
    if is_ascii(text):
        return fold_ascii(text, name_len)
    return ew(text, charset, mode, first_room=max(30, 76 - name_len))


def fold_ascii(text, name_len=9):
    if len(text) + name_len <= 78:
        return text
    words = text.split(' ')
    lines, cur = [], ''
    limit = 78 - name_len
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur = w
            limit = 76
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def addr(name, address, charset='UTF-8', mode='B', quote=False):
    if not name:
        return address
    if is_ascii(name):
        if quote or re.search(r'[(),.:;<>@\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return '%s <%s>' % (name, address)
    return '%s <%s>' % (ew(name, charset, mode, first_room=60), address)


def parse_who(who):
    mm = re.match(r'\s*(.*?)\s*<([^>]+)>\s*$', who)
    if mm:
        return mm.group(1).strip('"'), mm.group(2)
    return '', who.strip()


# ---------------------------------------------------------------- bodies
def encode_body(text, charset, cte):
    """Return (bytes, cte) for a text body."""
    b = text.encode(python_cs(charset), errors='replace')
    if cte == 'auto':
        if all(x < 128 for x in b):
            return b, '7bit'
        cte = 'quoted-printable'
    if cte in ('qp', 'quoted-printable'):
        q = quopri.encodestring(b, quotetabs=False)
        return q, 'quoted-printable'
    if cte in ('b64', 'base64'):
        return base64.encodebytes(b), 'base64'
    if cte in ('8bit', '7bit'):
        return b, cte
    raise ValueError(cte)


def part(ctype, body_text, charset='utf-8', cte='qp', extra=(), ctparams='', csquote=True):
    data, cte2 = encode_body(body_text, charset, cte)
    csv = ('"%s"' % charset) if csquote else charset
    hdrs = [('Content-Type', '%s; charset=%s%s' % (ctype, csv, ctparams))]
    hdrs.append(('Content-Transfer-Encoding', cte2))
    hdrs.extend(extra)
    return hdrs, data


def raw_part(hdrs, data):
    return list(hdrs), data


def multipart(subtype, parts, boundary, preamble=None, params=''):
    chunks = []
    if preamble is not None:
        chunks.append(preamble.encode('ascii') + b'\n')
    for hdrs, data in parts:
        chunks.append(b'\n--' + boundary.encode('ascii') + b'\n')
        chunks.append(serialize_headers(hdrs))
        chunks.append(b'\n')
        chunks.append(data if data.endswith(b'\n') or not data else data + b'\n')
    chunks.append(b'\n--' + boundary.encode('ascii') + b'--\n')
    ctype = 'multipart/%s;%s boundary="%s"' % (subtype, params, boundary)
    return ctype, b''.join(chunks)


def serialize_headers(hdrs):
    out = []
    for k, v in hdrs:
        if isinstance(v, bytes):
            out.append(k.encode('ascii') + b': ' + v + b'\n')
        else:
            out.append(('%s: %s\n' % (k, v)).encode('utf-8'))
    return b''.join(out)


def message(hdrs, body, crlf=False):
    data = serialize_headers(hdrs) + b'\n' + body
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def esc(s):
    return html.escape(s, quote=False).replace("'", '&#39;')


def divs(text, tag='div', attrs=''):
    lines = text.rstrip('\n').split('\n') if text.strip() else []
    out = []
    for ln in lines:
        if ln.strip():
            out.append('<%s%s>%s</%s>' % (tag, attrs, esc(ln), tag))
        else:
            out.append('<%s%s><br></%s>' % (tag, attrs, tag))
    return '\n'.join(out)


def brs(text):
    return '<br>\n'.join(esc(ln) for ln in text.rstrip('\n').split('\n'))


def quote_lines(text, gmail_empty=True):
    out = []
    for ln in text.rstrip('\n').split('\n'):
        if ln.startswith('>'):
            out.append('>' + ln)
        elif ln == '':
            out.append('>' if gmail_empty else '> ')
        else:
            out.append('> ' + ln)
    return '\n'.join(out)


def flow(text, width=72):
    """format=flowed: soft-wrap long lines with trailing spaces."""
    out = []
    for ln in text.split('\n'):
        if len(ln) <= width or ln.startswith('>'):
            out.append(ln.rstrip(' ') if not ln.startswith('-- ') else ln)
            continue
        words = ln.split(' ')
        cur = ''
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + ' ')
                cur = w
            else:
                cur = (cur + ' ' + w) if cur else w
        out.append(cur)
    return '\n'.join(out)


# ====================================================================== invitation
class Inv:
    pass


def invitation(hkey, token, kid, guest_name, guest_addr):
    h = HOSTS[hkey]
    iv = Inv()
    iv.host = h
    iv.token = token
    iv.kid = kid
    iv.name = h['display']
    iv.addr = h['reply'].format(tok=token)
    iv.envelope = h['envelope'].format(tok=token)
    iv.msgid = '<rsvp.%s.inv@%s>' % (token, h['domain'])
    y, mo, dd, hh, mi = h['sent']
    iv.dt = datetime.datetime(y, mo, dd, hh, mi, hint('invsec', token) % 50)
    iv.tz = h['tz']
    iv.subject = h['subject']
    iv.text = h['text'].format(kid=kid, tok=token)
    iv.to = guest_addr
    iv.to_name = guest_name
    return iv


def invitation_bytes(iv, headers_only=False):
    h = iv.host
    b1 = '=_bp_%s' % hx('invb1', iv.token, n=24) if h.get('service') else '===============%d==' % (
        hint('invb1', iv.token) % 10 ** 19)
    b2 = '=_bp_%s' % hx('invb2', iv.token, n=24) if h.get('service') else '===============%d==' % (
        hint('invb2', iv.token) % 10 ** 19)
    txt = part('text/plain', iv.text, 'utf-8', 'qp')
    hbody = '<html><body>\n%s\n</body></html>\n' % divs(iv.text)
    htm = part('text/html', hbody, 'utf-8', 'qp')
    alt_ct, alt_body = multipart('alternative', [txt, htm], b2)
    c = h['cal']
    ics = '\r\n'.join([
        'BEGIN:VCALENDAR', 'PRODID:-//%s//Invitations 2.1//EN' % h['domain'], 'VERSION:2.0',
        'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:%s' % c['uid'], 'SEQUENCE:0',
        'DTSTAMP:%s' % ics_stamp(iv.dt, iv.tz), 'DTSTART:%s' % c['start'], 'DTEND:%s' % c['end'],
        'SUMMARY:%s' % c['summary'], 'LOCATION:%s' % c['location'].replace(',', '\\,'),
        'ORGANIZER;CN="%s":mailto:%s' % (h['name'], iv.addr),
        'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % iv.to,
        'END:VEVENT', 'END:VCALENDAR', ''])
    icsp = part('text/calendar', ics, 'utf-8', 'b64', ctparams='; method=REQUEST; name="invite.ics"',
                extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    mix_ct, mix_body = multipart('mixed', [(
        [('Content-Type', alt_ct)], alt_body), icsp], b1)
    hdrs = [
        ('Return-Path', '<%s>' % iv.envelope),
        ('Received', 'from app1.%s (app1.%s [10.0.4.%d])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
            h['domain'], h['domain'], hint('app', iv.token) % 200 + 10, h['mx'],
            rstr(B62, 12, 'qid', iv.token), iv.to, rfcdate(iv.dt, iv.tz))),
        ('MIME-Version', '1.0'),
        ('Content-Type', mix_ct),
        ('Subject', hval(iv.subject)),
        ('From', addr(iv.name, iv.addr)),
        ('To', addr(iv.to_name, iv.to) if iv.to_name else iv.to),
        ('Date', rfcdate(iv.dt, iv.tz)),
        ('Message-ID', iv.msgid),
    ]
    if h.get('service'):
        hdrs += [('Reply-To', addr(iv.name, iv.addr)),
                 ('List-Unsubscribe', '<https://balloonpost.example/u/%s>' % iv.token),
                 ('X-Mailer', 'Balloonpost/3.4 (+https://balloonpost.example)')]
    if headers_only:
        return serialize_headers(hdrs)
    return serialize_headers(hdrs) + b'\n' + mix_body


# ====================================================================== context
UI_DEFAULT = {'en': 'en', 'es': 'es', 'fr': 'fr', 'de': 'de', 'pt': 'pt', 'it': 'it', 'nl': 'nl',
              'pl': 'pl', 'cs': 'cs', 'hr': 'hr', 'sr': 'hr', 'ru': 'ru', 'uk': 'uk', 'tr': 'tr',
              'sv': 'sv', 'ro': 'ro', 'zh': 'zh', 'ar': 'en', 'hi': 'en', '-': 'en'}


class Q:
    def __init__(self, name, addr_, dt, to, subject, text, to_name=''):
        self.name, self.addr, self.dt, self.to, self.subject, self.text = name, addr_, dt, to, subject, text
        self.to_name = to_name


class Ctx:
    pass


def make_ctx(case, idx):
    o = case['opts']
    c = Ctx()
    c.case = case
    c.o = o
    c.id = '%s:%d' % (case['src'], idx)
    c.hkey = case['host']
    c.h = HOSTS[c.hkey]
    c.token = o.get('tok') or rstr('abcdefghijkmnpqrstuvwxyz23456789', 6, 'tok', c.id)
    if case['kind'] == 'bounce':
        c.frm_name, c.frm_addr = parse_who(case['who'])
    else:
        c.frm_name, c.frm_addr = parse_who(case['who'])
    c.kid = o.get('kid') or pick(c.h['kids'], 'kid', c.id)
    c.inv = invitation(c.hkey, c.token, c.kid, o.get('to_name', c.frm_name), c.frm_addr)
    c.to_name, c.to_addr = c.inv.name, c.inv.addr
    c.tz = o.get('tz', c.h['tz'])
    day = o.get('day', hint('day', c.id) % 9 + (0 if case['kind'] == 'human' else 0))
    if 'at' in o:
        hh, mi = o['at']
    else:
        hh, mi = 7 + hint('hh', c.id) % 15, hint('mi', c.id) % 60
    base = c.inv.dt + datetime.timedelta(days=day)
    if case['kind'] != 'human' and 'day' not in o:
        base = c.inv.dt + datetime.timedelta(minutes=1 + hint('auto', c.id) % 40)
        hh, mi = base.hour, base.minute
    c.dt = datetime.datetime(base.year, base.month, base.day, hh, mi, hint('ss', c.id) % 60)
    if c.dt <= c.inv.dt:
        c.dt = c.inv.dt + datetime.timedelta(minutes=3 + hint('late', c.id) % 50, seconds=hint('s2', c.id) % 60)
    c.ui = o.get('ui') or UI_DEFAULT.get(case['lang'], 'en')
    if c.ui == 'en' and c.h.get('us') and not o.get('ui'):
        c.ui = 'en_US'
    c.fresh = case['text'] or ''
    c.inv_q = Q(c.inv.name, c.inv.addr, c.inv.dt, c.frm_addr, c.inv.subject, c.inv.text, c.frm_name)
    c.chain = [c.inv_q]
    c.irt = c.inv.msgid
    c.refs = c.inv.msgid
    if o.get('prev'):
        ptxt, pdays = o['prev'] if isinstance(o['prev'], tuple) else (o['prev'], None)
        pdt = c.inv.dt + datetime.timedelta(days=pdays if pdays is not None else max(0, day - 2),
                                            hours=1 + hint('ph', c.id) % 5, minutes=hint('pm', c.id) % 59)
        if pdt >= c.dt:
            pdt = c.dt - datetime.timedelta(hours=5, minutes=hint('pm2', c.id) % 50)
        prev_id = '<%s@%s>' % (hx('prevmid', c.id, n=20), c.frm_addr.split('@')[1])
        c.chain = [Q(c.frm_name, c.frm_addr, pdt, c.inv.addr, 'Re: ' + c.inv.subject,
                     spec._clean(ptxt), c.to_name), c.inv_q]
        c.irt = prev_id
        c.refs = c.inv.msgid + '\n ' + prev_id
    c.cs = o.get('cs', 'utf-8')
    try:
        (c.fresh + c.frm_name).encode(python_cs(c.cs))
    except UnicodeEncodeError:
        raise SystemExit('%s: fresh text not representable in %s' % (c.id, c.cs))
    c.cte = o.get('cte', 'qp')
    c.extra = list(o.get('hdrs', []))
    c.crlf = o.get('crlf', False)
    return c


def reply_subject(c, prefix='Re:'):
    o = c.o
    s = c.inv.subject if len(c.chain) == 1 else c.chain[0].subject.replace('Re: ', '', 1)
    if 'subj' in o:
        return o['subj'].replace('{S}', c.inv.subject)
    subj = '%s %s' % (prefix, s) if prefix else s
    if 'subj_add' in o:
        subj += o['subj_add']
    return subj


def delivery_headers(c, mx_name=None, helo=None):
    """Return-Path / Delivered-To / Received added by the host's server."""
    dom = c.frm_addr.split('@')[1]
    helo = helo or pick(['mail', 'smtp', 'out', 'mx-out'], 'helo', dom) + '.' + dom
    arr = c.dt + datetime.timedelta(seconds=2 + hint('arr', c.id) % 9)
    return [
        ('Return-Path', '<%s>' % c.o.get('return_path', c.frm_addr)),
        ('Delivered-To', c.to_addr),
        ('Received', 'from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            helo, helo, ip(c.id), c.h['mx'], rstr(B62, 12, 'rq', c.id), c.to_addr, rfcdate(arr, c.h['tz']))),
    ]


def thread_headers(c):
    return [('In-Reply-To', c.irt), ('References', c.refs)]


def from_to(c, cs='UTF-8', mode='B'):
    return [('From', addr(c.frm_name, c.frm_addr, cs, mode)), ('To', addr(c.to_name, c.to_addr, cs, mode))]


# ====================================================================== quoting styles
def nested_plain(chain, attr_fn):
    first = chain[0]
    inner = first.text.rstrip('\n')
    if len(chain) > 1:
        inner += '\n\n' + nested_plain(chain[1:], attr_fn)
    return attr_fn(first) + '\n' + quote_lines(inner)


def nested_apple(chain, attr_fn):
    first = chain[0]
    inner = attr_fn(first) + '\n\n' + first.text.rstrip('\n')
    if len(chain) > 1:
        inner += '\n\n' + nested_apple(chain[1:], attr_fn)
    return quote_lines(inner, gmail_empty=False)


GMAIL_BQ = 'margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex'


def nested_gmail_html(chain, attr_fn, tag='div'):
    first = chain[0]
    inner = divs(first.text, tag)
    if len(chain) > 1:
        inner += '<br>' + nested_gmail_html(chain[1:], attr_fn, tag)
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="%s">%s</blockquote></div>' % (esc(attr_fn(first)), GMAIL_BQ,
                                                                                 inner))


def nested_blockquote(chain, attr_fn, cls='', style='', attr_inside=False):
    first = chain[0]
    inner = divs(first.text)
    if len(chain) > 1:
        inner += '<br>' + nested_blockquote(chain[1:], attr_fn, cls, style, attr_inside)
    bq_attrs = ''.join([(' class="%s"' % cls) if cls else '', (' style="%s"' % style) if style else '',
                        ' type="cite"'])
    if attr_inside:
        return '<blockquote%s>%s<br><br>%s</blockquote>' % (bq_attrs, esc(attr_fn(first)), inner)
    return '<div>%s<br></div><blockquote%s>%s</blockquote>' % (esc(attr_fn(first)), bq_attrs, inner)


def fresh_divs(text, tag='div', attrs=' dir="ltr"', sig_cls=None):
    if sig_cls and '\n-- \n' in '\n' + text:
        body, sig = ('\n' + text).split('\n-- \n', 1)
        return '%s<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>' \
               '<div dir="ltr" class="%s">%s</div>' % (divs(body.lstrip('\n'), tag), sig_cls, divs(sig, tag))
    return divs(text, tag)


# ====================================================================== clients
def r_gmail(c, android=False):
    ui = c.ui
    af = lambda q: loc.gmail_attr(ui, q.name, q.addr, q.dt)  # noqa: E731
    fresh = c.fresh
    if c.o.get('quote', True):
        plain = fresh.rstrip('\n') + '\n\n' + nested_plain(c.chain, af) + '\n'
        if not fresh.strip():
            plain = '\n' + nested_plain(c.chain, af) + '\n'
    else:
        plain = fresh
    tag = 'div'
    d = ' dir="auto"' if android else ' dir="ltr"'
    fh = fresh_divs(fresh, sig_cls='gmail_signature') if fresh.strip() else '<div><br></div>'
    htmlb = '<div%s>%s</div>' % (d, fh)
    if c.o.get('quote', True):
        htmlb += '<br>' + nested_gmail_html(c.chain, af, tag)
    htmlb += '\n'
    bnd = '000000000000' + hx('gb', c.id, n=12)
    ct, body = multipart('alternative', [part('text/plain', plain, 'UTF-8', c.cte),
                                         part('text/html', htmlb, 'UTF-8', 'qp')], bnd)
    dom = c.frm_addr.split('@')[1]
    mid = '<CA%s@mail.gmail.com>' % rstr(B62, 44, 'gmid', c.id)
    hdrs = delivery_headers(c, helo='mail-%s.google.com' % pick(['wr1-f41', 'ej1-f53', 'lf1-f44', 'pl1-f180', 'qk1-f172',
                                                                 'wm1-f47', 'yb1-f170'], 'gh', c.id))
    if dom != 'gmail.com':
        hdrs.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=1e100.net; s=20230601'))
    hdrs += [('MIME-Version', '1.0')] + [('References', c.refs), ('In-Reply-To', c.irt)] + [
        ('From', addr(c.frm_name, c.frm_addr)), ('Date', rfcdate(c.dt, c.tz)), ('Message-ID', mid),
        ('Subject', hval(reply_subject(c))), ('To', addr(c.to_name, c.to_addr))] + c.extra + [
        ('Content-Type', ct)]
    return hdrs, body


def r_gmail_android(c):
    return r_gmail(c, android=True)


WORD_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
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
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
span.EmailStyle20
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
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
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
'''

MSO_LANG = {'en': 'EN-GB', 'en_US': 'EN-US', 'de': 'DE', 'es': 'ES', 'fr': 'FR', 'nl': 'NL', 'pl': 'PL',
            'cs': 'CS', 'it': 'IT', 'pt': 'PT', 'hr': 'HR', 'sv': 'SV', 'ro': 'RO', 'tr': 'TR', 'ru': 'RU',
            'uk': 'UK'}


def mso_paras(text, lang):
    out = []
    for ln in text.rstrip('\n').split('\n'):
        if ln.strip():
            out.append('<p class="MsoNormal"><span lang="%s">%s<o:p></o:p></span></p>' % (lang, esc(ln)))
        else:
            out.append('<p class="MsoNormal"><span lang="%s"><o:p>&nbsp;</o:p></span></p>' % lang)
    return '\n'.join(out)


def outlook_block_plain(ui, q, old):
    L = loc.OUTLOOK.get(ui) or loc.OUTLOOK['en']
    lines = []
    if old:
        lines.append(L[4])
    lines += ['%s %s' % (L[0], loc.ab(q.name, q.addr) if not old else '%s [mailto:%s]' % (q.name, q.addr)),
              '%s %s' % (L[1], loc.outlook_sent(ui, q.dt)),
              '%s %s' % (L[2], q.to), '%s %s' % (L[3], q.subject)]
    return '\n'.join(lines)


def outlook_block_html(ui, q, lang):
    L = loc.OUTLOOK.get(ui) or loc.OUTLOOK['en']
    return ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal"><b><span lang="%s" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
            '%s</span></b><span lang="%s" style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif"> %s &lt;%s&gt;'
            '<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<o:p></o:p></span></p>\n</div>\n' % (
                lang, esc(L[0]), lang, esc(q.name), esc(q.addr), esc(L[1]), esc(loc.outlook_sent(ui, q.dt)),
                esc(L[2]), esc(q.to), esc(L[3]), esc(q.subject)))


def r_outlook(c):
    ui = c.ui
    L = loc.OUTLOOK.get(ui) or loc.OUTLOOK['en']
    old = c.o.get('old', False)
    lang = MSO_LANG.get(ui, 'EN-GB')
    cs = c.cs
    fresh = c.fresh
    plain = fresh.rstrip('\n') + '\n\n'
    hparts = [mso_paras(fresh, lang) if fresh.strip() else '', '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>']
    if c.o.get('quote', True):
        for q in c.chain:
            plain += outlook_block_plain(ui, q, old) + '\n\n' + q.text.rstrip('\n') + '\n\n'
            hparts.append('<div>\n' + outlook_block_html(ui, q, lang) + '</div>\n'
                          '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + mso_paras(q.text, lang))
    htmlb = (WORD_HEAD % (cs, lang)) + '\n'.join(hparts) + '\n</div>\n</body>\n</html>\n'
    bnd = '----=_NextPart_000_%04X_01DC%s.%s' % (hint('ob', c.id) % 65536, hx('ob1', c.id, n=4).upper(),
                                                 hx('ob2', c.id, n=8).upper())
    ptxt = part('text/plain', plain, cs, c.cte)
    phtm = part('text/html', htmlb, cs, 'qp')
    ct, body = multipart('alternative', [ptxt, phtm], bnd, preamble='This is a multi-part message in MIME format.')
    dom = c.frm_addr.split('@')[1]
    mid = '<%s$%s$%s@%s>' % (hx('om1', c.id, n=12), hx('om2', c.id, n=8), hx('om3', c.id, n=8), dom)
    hcs = 'UTF-8' if cs.lower() == 'utf-8' else cs
    prefix = c.o.get('prefix', L[5])
    hdrs = delivery_headers(c) + [
        ('From', addr(c.frm_name, c.frm_addr, hcs, 'Q')), ('To', addr(c.to_name, c.to_addr, 'UTF-8', 'Q')),
        ('References', c.refs), ('In-Reply-To', c.irt),
        ('Subject', hval(reply_subject(c, prefix), hcs, 'Q')),
        ('Date', rfcdate(c.dt, c.tz)), ('Message-ID', mid), ('MIME-Version', '1.0'),
        ('Content-Type', ct), ('X-Mailer', 'Microsoft Outlook 16.0'),
        ('Thread-Index', 'AQH' + rstr(B62, 40, 'ti', c.id)), ('Content-Language', lang.lower() if '-' in lang
                                                              else lang.lower() + '-' + lang)] + c.extra
    return hdrs, body


def r_owa(c):
    ui = c.ui
    L = loc.OUTLOOK.get(ui) or loc.OUTLOOK['en']
    lang = MSO_LANG.get(ui, 'EN-GB')
    fresh = c.fresh
    app = c.o.get('app')
    fh = ''
    for ln in fresh.rstrip('\n').split('\n') if fresh.strip() else ['']:
        fh += ('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, '
               'Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n' % (
                   esc(ln) if ln.strip() else '<br>'))
    if app:
        fh += '<div id="ms-outlook-mobile-signature"><div><br></div>%s</div>\n' % esc(
            loc.OUTLOOK_APP.get(ui, loc.OUTLOOK_APP['en']) if app is True else app)
    quoted = ''
    if c.o.get('quote', True):
        for i, q in enumerate(c.chain):
            quoted += ('<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" '
                       'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                       '<b>%s</b> %s &lt;%s&gt;<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s<br>\n<b>%s</b> %s</font>\n'
                       '<div>&nbsp;</div>\n</div>\n<div>\n%s\n</div>\n' % (
                           esc(L[0]), esc(q.name), esc(q.addr), esc(L[1]), esc(loc.outlook_sent(ui, q.dt)),
                           esc(L[2]), esc(q.to), esc(L[3]), esc(q.subject), brs(q.text)))
    htmlb = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
             '</head>\n<body dir="ltr">\n%s<div id="appendonsend"></div>\n%s</body>\n</html>\n' % (fh, quoted))
    dom_code = pick(['AM0PR', 'DB9PR', 'PAXPR', 'VI1PR', 'GV1PR', 'YT3PR', 'TO1PR', 'CH3PR'], 'owa', c.id)
    srv = '%s%02dMB%d' % (dom_code, hint('o1', c.id) % 99, 1000 + hint('o2', c.id) % 9000)
    region = {'YT3PR': 'CANPRD01', 'TO1PR': 'CANPRD01', 'CH3PR': 'namprd04'}.get(dom_code, 'eurprd0%d' % (
        hint('o3', c.id) % 8 + 1))
    mid = '<%s%s@%s.%s.prod.outlook.com>' % (srv, rstr('ABCDEF0123456789', 32, 'omid', c.id), srv, region)
    prefix = c.o.get('prefix', L[5])
    subj = reply_subject(c, prefix)
    if c.o.get('alt'):
        plain = fresh.rstrip('\n') + '\n\n'
        if c.o.get('quote', True):
            for q in c.chain:
                plain += '________________________________\n' + outlook_block_plain(ui, q, False) + '\n\n' + \
                         q.text.rstrip('\n') + '\n\n'
        bnd = '_000_%s_' % srv + rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 8, 'ob', c.id)
        ct, body = multipart('alternative', [part('text/plain', plain, 'utf-8', 'qp', csquote=True),
                                             part('text/html', htmlb, 'utf-8', 'qp')], bnd)
        tail = [('Content-Type', ct), ('MIME-Version', '1.0')]
    else:
        ph, body = part('text/html', htmlb, 'utf-8', c.o.get('cte', 'qp'))
        tail = ph + [('MIME-Version', '1.0')]
    hdrs = delivery_headers(c, helo='%s.outbound.protection.outlook.com' % pick(
        ['mail-am0eur02olkn2081', 'mail-db5eur03olkn2090', 'mail-yt3can01olkn2012', 'mail-gv0che01olkn2077'],
        'owah', c.id)) + [
        ('From', addr(c.frm_name, c.frm_addr)), ('To', addr(c.to_name, c.to_addr)),
        ('Subject', hval(subj)), ('Thread-Topic', hval(c.inv.subject, name_len=14)),
        ('Thread-Index', 'AQH' + rstr(B62, 28, 'oti', c.id)), ('Date', rfcdate(to_utc(c.dt, c.tz), '+0000')),
        ('Message-ID', mid), ('References', c.refs), ('In-Reply-To', c.irt),
        ('Accept-Language', '%s, en-US' % lang.lower().replace('en-gb', 'en-gb')),
        ('Content-Language', lang.lower() if '-' in lang else lang.lower()),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', '')] + c.extra + tail
    return hdrs, body


def r_iphone(c, mac=False):
    ui = c.ui
    af = lambda q: loc.apple_attr(ui, q.name, q.addr, q.dt)  # noqa: E731
    fresh = c.fresh.rstrip('\n')
    footer = c.o.get('footer')
    if footer is None and not mac:
        footer = (loc.IPAD if c.o.get('ipad') else loc.IPHONE).get(ui, loc.IPHONE['en'])
    plain = fresh
    if footer:
        plain += ('\n\n' if fresh else '') + footer
    htm_f = divs(fresh, 'div', ' dir="ltr"') if fresh else ''
    if footer:
        htm_f += '<div dir="ltr"><br><div dir="ltr">%s</div></div>' % brs(footer)
    if c.o.get('quote', True):
        plain += '\n\n' + nested_apple(c.chain, af)
        htm_q = nested_blockquote(c.chain, af, attr_inside=False)
    else:
        htm_q = ''
    plain += '\n'
    htmlb = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             '<body dir="auto">%s<div dir="ltr"><br>%s</div></body></html>\n' % (htm_f, htm_q))
    bnd = 'Apple-Mail-%s' % uuid_like('ab', c.id)
    parts = [part('text/plain', plain, 'utf-8', c.cte, csquote=False)]
    if not c.o.get('plain_only'):
        parts.append(part('text/html', htmlb, 'utf-8', 'qp', csquote=False))
    if len(parts) == 1:
        tail = [('Content-Type', parts[0][0][0][1]), ('Content-Transfer-Encoding', parts[0][0][1][1])]
        body = parts[0][1]
    else:
        ct, body = multipart('alternative', parts, bnd)
        tail = [('Content-Type', ct)]
    dom = c.frm_addr.split('@')[1]
    mailer = c.o.get('mailer') or ('Apple Mail (2.3826.700.81)' if mac else pick(
        ['iPhone Mail (22F76)', 'iPhone Mail (23A341)', 'iPhone Mail (22E240)', 'iPhone Mail (23B85)'], 'ipm', c.id))
    if c.o.get('ipad'):
        mailer = 'iPad Mail (22F76)'
    hdrs = delivery_headers(c) + tail + [
        ('Mime-Version', '1.0 (1.0)' if not mac else '1.0 (Mac OS X Mail 16.0 \\(3826.700.81\\))'),
        ('Subject', hval(reply_subject(c))), ('From', addr(c.frm_name, c.frm_addr)),
        ('In-Reply-To', c.irt), ('Date', rfcdate(c.dt, c.tz)), ('Cc', '') if False else ('X-Dummy', ''),
        ('Message-Id', '<%s@%s>' % (uuid_like('am', c.id), dom)), ('References', c.refs),
        ('To', addr(c.to_name, c.to_addr)), ('X-Mailer', mailer)] + c.extra
    hdrs = [h for h in hdrs if h[0] != 'X-Dummy']
    return hdrs, body


def r_applemail(c):
    return r_iphone(c, mac=True)


def r_thunderbird(c):
    ui = c.ui
    af = lambda q: loc.tb_attr(ui, q.name, q.dt)  # noqa: E731
    cs = c.cs
    if c.o.get('raw'):
        plain = c.fresh
    else:
        fresh = flow(c.fresh.rstrip('\n'))
        quoted = nested_plain(c.chain, af) if c.o.get('quote', True) else ''
        if c.o.get('bottom'):
            plain = quoted + '\n\n' + fresh + '\n'
        else:
            plain = fresh + ('\n\n' + quoted if quoted else '') + '\n'
        plain = plain.replace('\n>\n', '\n>\n')
    cte = c.o.get('cte', '8bit')
    ph, body = part('text/plain', plain, cs, cte, ctparams='; format=flowed', csquote=False)
    dom = c.frm_addr.split('@')[1]
    lang = {'en': 'en-GB', 'en_US': 'en-US', 'de': 'de-DE', 'fr': 'fr-FR', 'es': 'es-ES', 'cs': 'cs-CZ',
            'pl': 'pl-PL', 'nl': 'nl-NL', 'it': 'it-IT', 'sv': 'sv-SE', 'ru': 'ru-RU', 'pt': 'pt-PT',
            'hr': 'hr-HR', 'ro': 'ro-RO'}.get(ui, 'en-GB')
    hdrs = delivery_headers(c) + [
        ('Message-ID', '<%s@%s>' % (uuid_like('tb', c.id, upper=False), dom)),
        ('Date', rfcdate(c.dt, c.tz)), ('MIME-Version', '1.0'),
        ('User-Agent', c.o.get('ua', 'Mozilla Thunderbird')),
        ('Subject', hval(reply_subject(c), 'UTF-8' if cs.lower() == 'utf-8' else cs, 'Q')),
        ('To', addr(c.to_name, c.to_addr, 'UTF-8', 'Q')), ('References', c.refs),
        ('Content-Language', lang),
        ('From', addr(c.frm_name, c.frm_addr, 'UTF-8' if cs.lower() == 'utf-8' else cs, 'Q')),
        ('In-Reply-To', c.irt)] + c.extra + ph
    return hdrs, body


def r_mutt(c):
    af = lambda q: loc.mutt_attr(q.name, q.dt, c.h['tz'])  # noqa: E731
    cs = c.cs
    if c.o.get('raw'):
        plain = c.fresh
    else:
        quoted = nested_plain(c.chain, af) if c.o.get('quote', True) else ''
        if c.o.get('bottom'):
            plain = quoted + '\n\n' + c.fresh
        else:
            plain = c.fresh.rstrip('\n') + ('\n\n' + quoted + '\n' if quoted else '\n')
    ph, body = part('text/plain', plain, cs, c.o.get('cte', '8bit'), csquote=False)
    ph = [('Content-Type', ph[0][1] + '; format=flowed' if c.o.get('flowed') else ph[0][1]),
          ('Content-Disposition', 'inline'), ph[1]]
    dom = c.frm_addr.split('@')[1]
    hdrs = delivery_headers(c) + [
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr, 'utf-8', 'Q')),
        ('To', addr(c.to_name, c.to_addr, 'utf-8', 'Q')),
        ('Subject', hval(reply_subject(c), 'utf-8', 'Q')),
        ('Message-ID', '<%s.%s@%s>' % (c.dt.strftime('%Y%m%d%H%M%S'), rstr(B32, 8, 'mm', c.id), dom)),
        ('References', c.refs), ('MIME-Version', '1.0')] + ph + [
        ('In-Reply-To', c.irt), ('User-Agent', c.o.get('ua', 'NeoMutt/20240425'))] + c.extra
    return hdrs, body


def r_yahoo(c):
    ui = c.ui
    fresh = c.fresh.rstrip('\n')
    app = c.o.get('app')
    plain = fresh
    if app:
        plain += '\n\n' + (loc.YAHOO_APP.get(ui, loc.YAHOO_APP['en']) if app is True else app)
    hq = ''
    if c.o.get('quote', True):
        for depth, q in enumerate(c.chain):
            a = loc.yahoo_attr(ui, q.name, q.addr, q.dt, c.h.get('tzname', 'GMT'))
            plain += '\n\n\n    %s  \n\n%s' % (a, '\n'.join(' ' + ln if ln else ' ' for ln in q.text.rstrip('\n').split('\n')))
        inner = ''
        for q in reversed(c.chain):
            a = loc.yahoo_attr(ui, q.name, q.addr, q.dt, c.h.get('tzname', 'GMT'))
            inner = ('<div class="yahoo_quoted" id="yahoo_quoted_%d" style="font-family:\'Helvetica Neue\', '
                     'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div>'
                     '<div><br></div><div dir="ltr">%s</div>%s</div>' % (
                         hint('yq', c.id, q.addr) % 10 ** 10, esc(a), divs(q.text), inner))
        hq = inner
    plain += '\n'
    htmlb = ('<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, '
             'Helvetica, Arial, sans-serif;font-size:13px;">%s%s</div><div><br></div><div><br></div>%s</body></html>\n'
             % (hx('yd', c.id, n=8), divs(fresh, 'div', ' dir="ltr" data-setdir="false"'),
                ('<div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968?pid=nativeplacement'
                 '&amp;c=Global_Acquisition_YMktg_315_Internal_EmailSignature">%s</a></div>' % esc(
                     loc.YAHOO_APP.get(ui, loc.YAHOO_APP['en']) if app is True else app)) if app else '', hq))
    bnd = '----=_Part_%d_%d.%d' % (hint('yb1', c.id) % 10 ** 7, hint('yb2', c.id) % 10 ** 9,
                                   int(to_utc(c.dt, c.tz).timestamp() * 1000) if False else 1700000000000 + hint(
                                       'yb3', c.id) % 10 ** 11)
    ct, body = multipart('alternative', [part('text/plain', plain, 'UTF-8', c.cte, csquote=False),
                                         part('text/html', htmlb, 'UTF-8', 'qp', csquote=False)], bnd)
    hdrs = delivery_headers(c, helo='sonic%d-%d.consmr.mail.ir2.yahoo.com' % (
        hint('ys', c.id) % 400, hint('ys2', c.id) % 40)) + [
        ('Date', rfcdate(to_utc(c.dt, c.tz), '+0000 (UTC)')),
        ('From', addr(c.frm_name, c.frm_addr)), ('To', addr(c.to_name, c.to_addr)),
        ('Message-ID', '<%d.%d.%d@mail.yahoo.com>' % (hint('y1', c.id) % 10 ** 9, hint('y2', c.id) % 10 ** 7,
                                                    1700000000000 + hint('y3', c.id) % 10 ** 11)),
        ('In-Reply-To', c.irt), ('References', c.refs),
        ('Subject', hval(reply_subject(c))), ('MIME-Version', '1.0'), ('Content-Type', ct)] + c.extra + [
        ('X-Mailer', 'WebService/1.1.24187 YMailNorrin' if not app else 'WebService/1.1.24187 YahooMailAndroidMobile')]
    return hdrs, body


def r_gmx(c, brand='gmx'):
    ui = c.ui
    fresh = c.fresh.rstrip('\n')
    q = c.chain[0]
    plain = fresh
    if c.o.get('quote', True):
        for q in c.chain:
            plain += '\n\n\n\n' + '\n'.join(loc.gmx_block(ui, q.name, q.addr, q.dt, q.to, q.subject)) + '\n' + \
                q.text.rstrip('\n')
    plain += '\n'
    if c.o.get('html', True):
        hq = ''
        if c.o.get('quote', True):
            for q in reversed(c.chain):
                blk = '<br>\n'.join(esc(x) for x in loc.gmx_block(ui, q.name, q.addr, q.dt, q.to, q.subject))
                hq = ('<div name="quote" style="margin:10px 5px 5px 10px; padding: 10px 0 10px 10px; '
                      'border-left:2px solid #C3D9E5; word-wrap: break-word; -webkit-nbsp-mode: space; '
                      '-webkit-line-break: after-white-space;"><div style="margin:0 0 10px 0;"><b>%s</b></div>'
                      '<div name="quoted-content">%s%s</div></div>' % (blk, brs(q.text), hq))
        htmlb = ('<html><head></head><body><div style="font-family: Verdana;font-size: 12.0px;"><div>%s</div>\n'
                 '<div>&nbsp;\n<div>&nbsp;</div>\n%s</div></div></body></html>\n' % (brs(fresh), hq))
        ph, body = part('text/html', htmlb, 'UTF-8', 'qp', csquote=False)
        if c.o.get('alt'):
            ct, body = multipart('alternative', [part('text/plain', plain, 'UTF-8', 'qp', csquote=False), (ph, body)],
                                 'rev-%s' % hx('gxb', c.id, n=24))
            ph = [('Content-Type', ct)]
    else:
        ph, body = part('text/plain', plain, c.cs, c.cte, csquote=False)
    app = {'gmx': 'gmx-bap', 'webde': 'webde-bap'}[brand]
    mid = '<trinity-%s-%d@3c-app-%s%02d>' % (uuid_like('gx', c.id, upper=False), 1700000000000 + hint(
        'gxt', c.id) % 10 ** 11, app, hint('gxa', c.id) % 60)
    prefix = 'Aw:' if loc.base(ui) == 'de' else 'Re:'
    hdrs = delivery_headers(c, helo='mout.%s' % {'gmx': 'gmx.net', 'webde': 'web.de'}[brand]) + [
        ('MIME-Version', '1.0'), ('Message-ID', mid), ('From', addr(c.frm_name, c.frm_addr, 'UTF-8', 'Q')),
        ('To', addr(c.to_name, c.to_addr, 'UTF-8', 'Q')),
        ('Subject', hval(reply_subject(c, prefix), 'UTF-8', 'Q')),
        ('Date', rfcdate(c.dt, c.tz)), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
        ('In-Reply-To', c.irt), ('References', c.refs)] + ph + [
        ('X-Priority', '3'), ('X-Provags-ID', 'V03:K1:' + rstr(B62, 60, 'pv', c.id)),
        ('X-UI-Message-Type', 'mail')] + c.extra
    return hdrs, body


def r_webde(c):
    return r_gmx(c, 'webde')


def r_proton(c):
    ui = c.ui
    af = lambda q: loc.proton_attr(ui, q.name, q.addr, q.dt)  # noqa: E731
    fresh = c.fresh.rstrip('\n')
    sig = 'Sent with Proton Mail secure email.' if loc.base(ui) != 'de' else 'Gesendet mit der sicheren E-Mail von Proton Mail.'
    plain = fresh + '\n\n' + sig
    if c.o.get('quote', True):
        plain += '\n\n' + nested_plain(c.chain, af)
    plain += '\n'
    htmlb = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, '
             'sans-serif; font-size: 14px;"><br></div>\n<div class="protonmail_signature_block" style="font-family: '
             'Arial, sans-serif; font-size: 14px;">\n    <div class="protonmail_signature_block-proton">\n        '
             '%s\n    </div>\n</div>\n<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
             '<div class="protonmail_quote">\n%s\n</div>\n' % (
                 brs(fresh), esc(sig), nested_blockquote(c.chain, af, cls='protonmail_quote') if c.o.get(
                     'quote', True) else ''))
    b_alt = 'b2_%s' % rstr(B62, 40, 'pb2', c.id)
    alt_ct, alt_body = multipart('alternative', [part('text/plain', plain, 'utf-8', 'qp', csquote=False),
                                                 part('text/html', htmlb, 'utf-8', 'base64', csquote=False)], b_alt)
    if c.o.get('pubkey'):
        keyblk = ('-----BEGIN PGP PUBLIC KEY BLOCK-----\nVersion: ProtonMail\n\n' + '\n'.join(
            rstr(B62 + '+/', 64, 'pk', c.id, i) for i in range(8)) + '\n=' + rstr(B62, 4, 'pkc', c.id) +
            '\n-----END PGP PUBLIC KEY BLOCK-----\n')
        kname = 'publickey - %s - 0x%s.asc' % (c.frm_addr, hx('kid', c.id, n=8).upper())
        kp = part('application/pgp-keys', keyblk, 'utf-8', 'base64', ctparams='; name="%s"' % kname,
                  extra=[('Content-Disposition', 'attachment; filename="%s"' % kname)])
        b_mix = 'b1_%s' % rstr(B62, 40, 'pb1', c.id)
        ct, body = multipart('mixed', [([('Content-Type', alt_ct)], alt_body), kp], b_mix,
                             preamble='This is a multi-part message in MIME format.')
    else:
        ct, body = alt_ct, alt_body
    hdrs = delivery_headers(c, helo='mail-%s.protonmail.ch' % pick(['4317', '0201', '10628', '16714'], 'ph', c.id)) + [
        ('Date', rfcdate(to_utc(c.dt, c.tz), '+0000')), ('To', addr(c.to_name, c.to_addr)),
        ('From', addr(c.frm_name, c.frm_addr)), ('Subject', hval(reply_subject(c))),
        ('Message-ID', '<%s=@proton.me>' % rstr(B62 + '_-', 86, 'pmid', c.id)),
        ('In-Reply-To', c.irt), ('References', c.refs), ('Feedback-ID', '%d:user:proton' % (
            hint('fid', c.id) % 10 ** 8)), ('X-Pm-Message-ID', hx('pmi', c.id, n=40)),
        ('MIME-Version', '1.0'), ('Content-Type', ct)] + c.extra
    return hdrs, body


def r_samsung(c):
    ui = c.ui if c.ui in loc.SAMSUNG_HDR else 'en'
    fresh = c.fresh.rstrip('\n')
    foot = c.o.get('footer', loc.GALAXY.get(ui, loc.GALAXY['en']))
    L = loc.SAMSUNG_HDR[ui]
    q = c.chain[0]
    plain = fresh + ('\r\n\r\n' + foot if foot else '')
    blk = ''
    if c.o.get('quote', True):
        blk = '%s\r\n%s %s <%s> \r\n%s %s \r\n%s %s \r\n%s %s \r\n\r\n' % (
            L[0], L[1], q.name, q.addr, L[2], loc.samsung_date(c.ui, q.dt, c.h['tz']), L[3], q.to, L[4], q.subject)
        plain += '\r\n\r\n\r\n' + blk + q.text.replace('\n', '\r\n')
    plain = plain.replace('\r\n', '\n').replace('\n', '\r\n')
    hb = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto">'
    hb += divs(fresh, 'div', ' dir="auto"')
    if foot:
        hb += '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;' \
              'color:#575757" dir="auto">%s</div></div>' % esc(foot)
    if c.o.get('quote', True):
        hb += ('<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><div>'
               '%s</div><div><b>%s</b> %s &lt;%s&gt; </div><div><b>%s</b> %s </div><div><b>%s</b> %s </div><div><b>'
               '%s</b> %s </div><div><br></div></div>%s' % (
                   esc(L[0]), esc(L[1]), esc(q.name), esc(q.addr), esc(L[2]),
                   esc(loc.samsung_date(c.ui, q.dt, c.h['tz'])), esc(L[3]), esc(q.to), esc(L[4]),
                   esc(q.subject), divs(q.text)))
    hb += '</body></html>'
    bnd = '--_com.samsung.android.email_%d' % (hint('sb', c.id) % 10 ** 19)
    ct, body = multipart('alternative', [part('text/plain', plain, 'UTF-8', 'base64'),
                                         part('text/html', hb, 'UTF-8', 'base64')], bnd)
    hdrs = delivery_headers(c) + [
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr)),
        ('To', addr(c.to_name, c.to_addr)), ('Subject', hval(reply_subject(c))),
        ('Message-ID', '<%s.%s@email.android.com>' % (rstr(B32, 16, 'sm1', c.id), rstr(B32, 10, 'sm2', c.id))),
        ('In-Reply-To', c.irt), ('References', c.refs), ('MIME-Version', '1.0'),
        ('Content-Type', ct)] + c.extra
    return hdrs, body


def r_seznam(c):
    q = c.chain[0]
    fresh = c.fresh.rstrip('\n')
    blk = '---------- Původní e-mail ----------\nOd: %s <%s>\nKomu: %s\nDatum: %d. %d. %d %s:%02d\nPředmět: %s' % (
        q.name, q.addr, q.to, q.dt.day, q.dt.month, q.dt.year, loc.hm(q.dt), q.dt.second, q.subject)
    plain = fresh + '\n\n' + blk + '\n' + quote_lines(q.text, gmail_empty=False) + '\n'
    hb = ('<div>%s</div><div><br></div><div><br></div><div>%s</div><blockquote data-email="%s">%s</blockquote>' % (
        brs(fresh), brs(blk), esc(q.addr), divs(q.text)))
    bnd = '=_%s' % hx('szb', c.id, n=28)
    cs = c.cs
    ct, body = multipart('alternative', [part('text/plain', plain, cs, 'qp'),
                                         part('text/html', hb, cs, 'qp')], bnd)
    hdrs = delivery_headers(c, helo='mxf1.seznam.cz') + [
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr, cs, 'Q')),
        ('To', addr(c.to_name, c.to_addr, cs, 'Q')), ('Subject', hval(reply_subject(c), cs, 'Q')),
        ('Message-Id', '<%s.%s@seznam.cz>' % (hx('sz1', c.id, n=12), hx('sz2', c.id, n=12))),
        ('In-Reply-To', c.irt), ('References', c.refs), ('Mime-Version', '1.0 (szn-mime-2.1.48)'),
        ('X-Mailer', 'szn-ebox-6.1.1'), ('Content-Type', ct)] + c.extra
    return hdrs, body


def r_qq(c):
    q = c.chain[0]
    fresh = c.fresh.rstrip('\n')
    d = q.dt
    ampm = '晚上' if d.hour >= 18 else ('下午' if d.hour >= 12 else '上午')
    blk = ('------------------ 原始邮件 ------------------\n发件人: "%s" <%s>;\n发送时间: %d年%d月%d日(%s) %s%d:%02d\n'
           '收件人: "%s"<%s>;\n主题: %s\n') % (q.name, q.addr, d.year, d.month, d.day, loc.DAYS['zh'][d.weekday()],
                                          ampm, d.hour % 12 or 12, d.minute, c.frm_name, q.to, q.subject)
    plain = fresh + '\n\n\n' + blk + '\n\n\n' + q.text
    hb = ('<meta http-equiv="Content-Type" content="text/html; charset=GB18030"><div>%s</div><div><br></div>'
          '<div style="font-size: 12px;font-family: Arial Narrow;padding:2px 0 2px 0;">------------------&nbsp;原始邮件'
          '&nbsp;------------------</div><div style="font-size: 12px;background:#efefef;padding:8px;">%s</div>'
          '<div><br></div>%s' % (brs(fresh), brs('\n'.join(blk.split('\n')[1:])), divs(q.text)))
    bnd = '----=_NextPart_%s_%s_%s' % (hx('qq1', c.id, n=8).upper(), hx('qq2', c.id, n=8).upper(),
                                       hx('qq3', c.id, n=8).upper())
    ct, body = multipart('alternative', [part('text/plain', plain, 'gb18030', 'base64'),
                                         part('text/html', hb, 'gb18030', 'base64')], bnd,
                         preamble='This is a multi-part message in MIME format.')
    hdrs = delivery_headers(c, helo='out203-205-221-%d.mail.qq.com' % (hint('qqh', c.id) % 250)) + [
        ('From', addr(c.frm_name, c.frm_addr, 'gb18030', 'B')),
        ('To', addr(c.to_name, c.to_addr, 'gb18030', 'B')),
        ('Subject', hval(reply_subject(c, '回复：' if False else 'Re:'), 'gb18030', 'B')),
        ('Mime-Version', '1.0'), ('Content-Type', ct), ('Content-Transfer-Encoding', '8Bit'),
        ('Date', rfcdate(c.dt, c.tz)), ('X-Priority', '3'),
        ('Message-ID', '<tencent_%s@qq.com>' % hx('qqm', c.id, n=36).upper()),
        ('X-QQ-MIME', 'TCMime 1.0 by Tencent'), ('X-Mailer', 'QQMail 2.x'), ('X-QQ-Mailer', 'QQMail 2.x'),
        ('In-Reply-To', c.irt), ('References', c.refs)] + c.extra
    if c.o.get('qq_prefix'):
        hdrs = [(k, hval(reply_subject(c, '回复：'), 'gb18030', 'B') if k == 'Subject' else v) for k, v in hdrs]
    return hdrs, body


def r_yandex(c):
    q = c.chain[0]
    fresh = c.fresh.rstrip('\n')
    a = '%02d.%02d.%d, %s, "%s" <%s>:' % (q.dt.day, q.dt.month, q.dt.year, loc.hm(q.dt), q.name, q.addr)
    plain = fresh + '\n\n' + a + '\n' + quote_lines(q.text, gmail_empty=False) + '\n'
    hb = '<div>%s</div><div> </div><div>%s</div><blockquote>%s</blockquote>\n' % (brs(fresh), esc(a), divs(q.text))
    bnd = '----==%s----' % rstr(B62, 22, 'yxb', c.id)
    ct, body = multipart('alternative', [part('text/plain', plain, 'utf-8', 'base64', csquote=False),
                                         part('text/html', hb, 'utf-8', 'base64', csquote=False)], bnd)
    hdrs = delivery_headers(c, helo='forward%d-a.mail.yandex.net' % (100 + hint('yxh', c.id) % 400)) + [
        ('From', addr(c.frm_name, c.frm_addr)), ('To', addr(c.to_name, c.to_addr)),
        ('In-Reply-To', c.irt), ('References', c.refs), ('Subject', hval(reply_subject(c))),
        ('MIME-Version', '1.0'), ('X-Mailer', 'Yamail [ http://yandex.ru ] 5.0'),
        ('Date', rfcdate(c.dt, c.tz)), ('Message-Id', '<%d%d@mail.yandex.ru>' % (
            hint('yx1', c.id) % 10 ** 7, 1700000000 + hint('yx2', c.id) % 10 ** 8)),
        ('Content-Type', ct)] + c.extra
    return hdrs, body


def r_thebat(c):
    q = c.chain[0]
    cs = c.cs
    first = q.name.split()[0]
    greet = c.o.get('greet', 'Здравствуйте, %s.' % first)
    wrote = 'Вы писали %d %s %d г., %s:' % (q.dt.day, loc.MONTHS['ru'][q.dt.month - 1], q.dt.year, loc.hm(q.dt))
    initials = ''.join(w[0] for w in q.name.split()[:2])
    qt = '\n'.join((initials + '> ' + ln) if ln else '' for ln in q.text.rstrip('\n').split('\n'))
    plain = greet + '\n\n' + c.fresh.rstrip('\n') + '\n\n' + wrote + '\n\n' + qt + '\n\n'
    plain += '-- \nС уважением,\n %s                          mailto:%s\n' % (c.frm_name, c.frm_addr)
    ph, body = part('text/plain', plain, cs, c.o.get('cte', '8bit'), csquote=False)
    hdrs = delivery_headers(c) + [
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr, cs, 'B')),
        ('X-Mailer', 'The Bat! (v11.0.3) Professional'), ('Reply-To', addr(c.frm_name, c.frm_addr, cs, 'B')),
        ('X-Priority', '3 (Normal)'), ('Message-ID', '<%s.%s@%s>' % (
            hx('tb1', c.id, n=10), hx('tb2', c.id, n=8), c.frm_addr.split('@')[1])),
        ('To', addr(c.to_name, c.to_addr, cs, 'B')), ('Subject', hval(reply_subject(c), cs, 'B')),
        ('In-Reply-To', c.irt), ('References', c.refs), ('MIME-Version', '1.0')] + ph + c.extra
    return hdrs, body


def r_wp(c):
    q = c.chain[0]
    cs = c.cs
    a = 'Dnia %d %s %d %s %s <%s> napisał(a):' % (q.dt.day, loc.MONTHS['pl'][q.dt.month - 1], q.dt.year,
                                                 loc.hm(q.dt), q.name, q.addr)
    plain = c.fresh.rstrip('\n') + '\n\n' + a + '\n\n' + quote_lines(q.text, gmail_empty=False) + '\n'
    ph, body = part('text/plain', plain, cs, 'qp')
    hdrs = delivery_headers(c, helo='mx.wp.pl') + [
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr, cs, 'Q')),
        ('To', addr(c.to_name, c.to_addr, cs, 'Q')),
        ('Subject', hval(reply_subject(c, 'Odp:'), cs, 'Q')),
        ('Message-ID', '<%s@wp.pl>' % hx('wpm', c.id, n=32)), ('In-Reply-To', c.irt), ('References', c.refs),
        ('MIME-Version', '1.0')] + ph + [('X-Mailer', 'WP Poczta')] + c.extra
    return hdrs, body


def r_orange(c):
    q = c.chain[0]
    cs = c.cs
    blk = ['Message du %02d/%02d/%02d %s' % (q.dt.day, q.dt.month, q.dt.year % 100, loc.hm(q.dt)),
           'De : "%s" <%s>' % (q.name, q.addr), 'A : %s' % q.to, 'Copie à : ', 'Objet : %s' % q.subject]
    plain = c.fresh.rstrip('\n') + '\n\n\n' + quote_lines('\n'.join(blk) + '\n\n' + q.text, gmail_empty=False) + '\n'
    hb = ('<html><head></head><body><p>%s</p><br><br><blockquote style="border-left:1px solid #ccc;padding-left:6px">'
          '%s<br><br>%s</blockquote></body></html>\n' % (brs(c.fresh), brs('\n'.join(blk)), brs(q.text)))
    bnd = '=_%s' % hx('orb', c.id, n=20)
    ct, body = multipart('alternative', [part('text/plain', plain, cs, 'qp'), part('text/html', hb, cs, 'qp')], bnd)
    hdrs = delivery_headers(c, helo='smtp-out.orange.fr') + [
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr, cs, 'Q')),
        ('To', addr(c.to_name, c.to_addr, cs, 'Q')), ('Subject', hval(reply_subject(c, 'RE:'), cs, 'Q')),
        ('Message-ID', '<%d.%d.%d.JavaMail.www@wwinf%d>' % (hint('or1', c.id) % 10 ** 9, hint('or2', c.id) % 10 ** 7,
                                                             1700000000000 + hint('or3', c.id) % 10 ** 11,
                                                             hint('or4', c.id) % 9000)),
        ('In-Reply-To', c.irt), ('References', c.refs), ('MIME-Version', '1.0'), ('Content-Type', ct),
        ('X-Originating-IP', '[%s]' % ip('orip', c.id)), ('X-WUM-FROM', '|~|'), ('X-WUM-TO', '|~|'),
        ('X-WUM-REPLYTO', '|~|')] + c.extra
    return hdrs, body


def r_libero(c):
    q = c.chain[0]
    mesi = 'gen feb mar apr mag giu lug ago set ott nov dic'.split()
    blk = '----Messaggio originale----\nDa: %s\nData: %d-%s-%d %d.%02d\nA: <%s>\nOgg: %s\n' % (
        q.addr, q.dt.day, mesi[q.dt.month - 1], q.dt.year, q.dt.hour, q.dt.minute, q.to, q.subject)
    plain = c.fresh.rstrip('\n') + '\n\n\n' + blk + '\n' + q.text
    ph, body = part('text/plain', plain, c.cs, 'qp')
    hdrs = delivery_headers(c, helo='smtp-%d.iol.local' % (hint('lb', c.id) % 40)) + [
        ('Message-ID', '<%s.%s.%s@libero.it>' % (hx('lb1', c.id, n=8), hx('lb2', c.id, n=8), hx('lb3', c.id, n=8))),
        ('Date', rfcdate(c.dt, c.tz)), ('From', addr(c.frm_name, c.frm_addr, c.cs, 'Q')),
        ('Reply-To', addr(c.frm_name, c.frm_addr, c.cs, 'Q')), ('To', addr(c.to_name, c.to_addr, 'UTF-8', 'Q')),
        ('Subject', hval(reply_subject(c, 'R:'), c.cs, 'Q')), ('In-Reply-To', c.irt), ('References', c.refs),
        ('MIME-Version', '1.0')] + ph + [('X-Mailer', 'Libero Mail')] + c.extra
    return hdrs, body


def r_mailru(c):
    q = c.chain[0]
    a = '%s, %d %s %d, %s %s от %s <%s>:' % (loc.DAYS['ru'][q.dt.weekday()].capitalize(), q.dt.day,
                                              loc.MONTHS['ru'][q.dt.month - 1], q.dt.year, loc.hm(q.dt),
                                              q.dt.strftime('') + ('+01:00' if c.h['tz'] == '+0100' else c.h['tz'][:3] + ':00'),
                                              q.name, q.addr)
    fresh = c.fresh.rstrip('\n')
    plain = fresh + '\n\n\n' + quote_lines(a + '\n\n' + q.text, gmail_empty=False) + '\n'
    hb = ('<HTML><BODY><div>%s</div><div>&nbsp;</div><div data-signature-widget="container"></div><blockquote '
          'style="border-left:1px solid #0857A6; margin:10px; padding:0 0 0 10px;">%s<br><br><div id="">%s</div>'
          '</blockquote></BODY></HTML>\n' % (brs(fresh), esc(a), divs(q.text)))
    bnd = '--ALT--%s%d' % (hx('mrb', c.id, n=20), 1700000000 + hint('mrt', c.id) % 10 ** 8)
    cs = c.cs
    ct, body = multipart('alternative', [part('text/plain', plain, cs, 'base64'), part('text/html', hb, cs, 'base64')],
                         bnd)
    hdrs = delivery_headers(c, helo='f%d.i.mail.ru' % (100 + hint('mrh', c.id) % 400)) + [
        ('From', addr(c.frm_name, c.frm_addr, cs, 'B')), ('To', addr(c.to_name, c.to_addr, cs, 'B')),
        ('Subject', hval(reply_subject(c), cs, 'B')), ('MIME-Version', '1.0'), ('X-Mailer', 'Mail.Ru Mailer 1.0'),
        ('Date', rfcdate(c.dt, c.tz)), ('Reply-To', addr(c.frm_name, c.frm_addr, cs, 'B')),
        ('X-Priority', '3 (Normal)'), ('Message-ID', '<%d.%s@f%d.i.mail.ru>' % (
            1700000000 + hint('mr1', c.id) % 10 ** 8, hx('mr2', c.id, n=16), 100 + hint('mrh', c.id) % 400)),
        ('In-Reply-To', c.irt), ('References', c.refs), ('Content-Type', ct)] + c.extra
    return hdrs, body


def r_raw(c):
    """A plain text/plain message whose body is written out in full in the data."""
    cs = c.cs
    ph, body = part('text/plain', c.fresh, cs, c.o.get('cte', '8bit'), csquote=False)
    dom = c.frm_addr.split('@')[1]
    hdrs = delivery_headers(c) + [
        ('From', addr(c.frm_name, c.frm_addr, 'UTF-8' if cs.lower() == 'utf-8' else cs, 'Q')),
        ('To', addr(c.to_name, c.to_addr)), ('Subject', hval(reply_subject(c))), ('Date', rfcdate(c.dt, c.tz)),
        ('Message-ID', '<%s@%s>' % (hx('rawm', c.id, n=24), dom))]
    if not c.o.get('nothread'):
        hdrs += thread_headers(c)
    hdrs += [('MIME-Version', '1.0')] + ph + c.extra
    return hdrs, body


# ---------------------------------------------------------------- calendar replies
CAL_SUBJ = {
    # ACCEPTED, DECLINED, TENTATIVE
    'en': ('Accepted:', 'Declined:', 'Tentative:'),
    'en_US': ('Accepted:', 'Declined:', 'Tentative:'),
    'de': ('Angenommen:', 'Abgelehnt:', 'Mit Vorbehalt angenommen:'),
    'es': ('Aceptado:', 'Rechazado:', 'Provisional:'),
    'fr': ('Accepté :', 'Refusé :', 'Provisoire :'),
    'nl': ('Geaccepteerd:', 'Geweigerd:', 'Voorlopig:'),
    'pl': ('Zaakceptowano:', 'Odrzucono:', 'Wstępnie zaakceptowano:'),
    'cs': ('Přijato:', 'Odmítnuto:', 'Předběžně přijato:'),
    'it': ('Accettato:', 'Rifiutato:', 'Provvisorio:'),
    'pt': ('Aceito:', 'Recusado:', 'Provisório:'),
    'sv': ('Accepterat:', 'Avböjt:', 'Preliminärt:'),
}
GCAL_SUBJ = {
    'en': ('Accepted:', 'Declined:', 'Tentatively Accepted:'),
    'en_US': ('Accepted:', 'Declined:', 'Tentatively Accepted:'),
    'es': ('Aceptada:', 'Rechazada:', 'Aceptada provisionalmente:'),
    'de': ('Angenommen:', 'Abgelehnt:', 'Vorläufig angenommen:'),
    'fr': ('Acceptée :', 'Refusée :', 'Acceptée provisoirement :'),
}
GCAL_BODY = {
    'en': ('has accepted this invitation.', 'has declined this invitation.', 'has replied "Maybe" to this invitation.',
           'with a note:'),
    'es': ('ha aceptado esta invitación.', 'ha rechazado esta invitación.', 'ha respondido "Quizás" a esta invitación.',
           'con una nota:'),
    'de': ('hat diese Einladung angenommen.', 'hat diese Einladung abgelehnt.',
           'hat auf diese Einladung mit "Vielleicht" geantwortet.', 'mit einer Notiz:'),
    'fr': ('a accepté cette invitation.', 'a refusé cette invitation.', 'a répondu "Peut-être" à cette invitation.',
           'avec une note :'),
}
PSI = {'ACCEPTED': 0, 'DECLINED': 1, 'TENTATIVE': 2}


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def ics_text(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_reply(c, prodid, extra_lines=(), comment=None, attendee_params=''):
    cal = c.h['cal']
    ps = c.o['partstat']
    lines = ['BEGIN:VCALENDAR', 'PRODID:%s' % prodid, 'VERSION:2.0', 'METHOD:REPLY', 'BEGIN:VEVENT',
             'ATTENDEE;PARTSTAT=%s;CN=%s%s:mailto:%s' % (ps, '"%s"' % c.frm_name if ',' in c.frm_name else c.frm_name,
                                                         attendee_params, c.frm_addr)]
    if comment:
        lines.append('COMMENT:%s' % ics_text(comment.strip()))
    lines += list(extra_lines)
    lines += ['UID:%s' % cal['uid'], 'SEQUENCE:0', 'DTSTAMP:%s' % ics_stamp(c.dt, c.tz),
              'DTSTART:%s' % cal['start'], 'DTEND:%s' % cal['end'],
              'ORGANIZER;CN="%s":mailto:%s' % (c.h['name'], c.to_addr), 'END:VEVENT', 'END:VCALENDAR', '']
    return '\r\n'.join(ics_fold(x) for x in lines)


def r_cal_outlook(c):
    ui = c.ui
    ps = c.o['partstat']
    subj = '%s %s' % ((CAL_SUBJ.get(ui) or CAL_SUBJ['en'])[PSI[ps]], c.h['cal']['summary'])
    comment = c.fresh.strip()
    lang = MSO_LANG.get(ui, 'EN-GB')
    summ_line = 'SUMMARY;LANGUAGE=%s:%s' % (lang.lower() if '-' in lang else lang.lower(), ics_text(subj))
    ics = ics_reply(c, 'Microsoft Exchange Server 2010', [summ_line, 'CLASS:PUBLIC', 'PRIORITY:5',
                                                            'TRANSP:OPAQUE', 'STATUS:CONFIRMED',
                                                            'X-MICROSOFT-CDO-APPT-SEQUENCE:0',
                                                            'X-MICROSOFT-CDO-OWNERAPPTID:%d' % (
                                                                hint('cdo', c.id) % 10 ** 9),
                                                            'X-MICROSOFT-CDO-REPLYTIME:%s' % ics_stamp(c.dt, c.tz)],
                    comment=comment if (comment and c.o.get('ics_comment', True)) else None)
    plain = (comment + '\n') if comment else '\n'
    htmlb = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
             '%s\n</body>\n</html>\n' % (divs(comment) if comment else ''))
    bnd = '_000_%s_' % rstr('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 40, 'cob', c.id)
    ct, body = multipart('alternative', [
        part('text/plain', plain, 'utf-8', 'qp'), part('text/html', htmlb, 'utf-8', 'qp'),
        part('text/calendar', ics, 'utf-8', 'base64', ctparams='; method=REPLY')], bnd)
    srv = 'AS8PR%02dMB%d' % (hint('co1', c.id) % 99, 1000 + hint('co2', c.id) % 9000)
    hdrs = delivery_headers(c, helo='mail-%s.outbound.protection.outlook.com' % pick(
        ['eur01-ve1-obe', 'db8eur05-obe', 'am0eur02-obe'], 'coh', c.id)) + [
        ('From', addr(c.frm_name, c.frm_addr)), ('To', addr(c.to_name, c.to_addr)),
        ('Subject', hval(subj)), ('Thread-Topic', hval(c.h['cal']['summary'], name_len=14)),
        ('Thread-Index', 'AQH' + rstr(B62, 28, 'cti', c.id)), ('Date', rfcdate(to_utc(c.dt, c.tz), '+0000')),
        ('Message-ID', '<%s%s@%s.eurprd0%d.prod.outlook.com>' % (srv, rstr('ABCDEF0123456789', 32, 'cm', c.id), srv,
                                                                 hint('co3', c.id) % 8 + 1)),
        ('References', c.refs), ('In-Reply-To', c.irt), ('Content-Language', lang.lower()),
        ('X-MS-Has-Attach', ''), ('X-MS-TNEF-Correlator', ''), ('Content-Type', ct), ('MIME-Version', '1.0')] + c.extra
    return hdrs, body


def r_cal_google(c):
    ui = c.ui if c.ui in GCAL_SUBJ else 'en'
    ps = c.o['partstat']
    cal = c.h['cal']
    comment = c.fresh.strip()
    when = cal['when_local']
    subj = '%s %s @ %s (%s)' % (GCAL_SUBJ[ui][PSI[ps]], cal['summary'], when, c.to_addr)
    gb = GCAL_BODY.get(loc.base(ui), GCAL_BODY['en'])
    line1 = '%s %s' % (c.frm_name, gb[PSI[ps]])
    if comment:
        line1 = '%s %s %s\n"%s"' % (c.frm_name, gb[PSI[ps]].rstrip('.'), gb[3], comment)
    plain = '%s\n\n%s\n%s\n\n%s\n%s\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n' \
            'You are receiving this email because you are subscribed to calendar notifications. To stop receiving ' \
            'these emails, go to https://calendar.google.com/calendar/r/settings, select this calendar and change ' \
            "'Other notifications'.\n" % (line1, cal['summary'], when, 'Location' if ui.startswith('en') else '',
                                         cal['location'])
    htmlb = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
             '<body><div style="font-family:Roboto,sans-serif"><p>%s</p><h2>%s</h2><p>%s</p><p>%s</p>'
             '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div></body></html>\n' % (
                 brs(line1), esc(cal['summary']), esc(when), esc(cal['location'])))
    ap = ';X-NUM-GUESTS=0'
    if comment:
        ap += ';X-RESPONSE-COMMENT="%s"' % comment.replace('"', "'").replace('\n', ' ')
    ics = ics_reply(c, '-//Google Inc//Google Calendar 70.9054//EN', ['CREATED:%s' % ics_stamp(c.dt, c.tz),
                                                                     'SUMMARY:%s' % ics_text(cal['summary'])],
                    attendee_params=ap)
    b1 = '000000000000' + hx('gc1', c.id, n=12)
    b2 = '000000000000' + hx('gc2', c.id, n=12)
    alt_ct, alt_body = multipart('alternative', [
        part('text/plain', plain, 'UTF-8', 'base64', ctparams='; format=flowed; delsp=yes'),
        part('text/html', htmlb, 'UTF-8', 'qp'),
        part('text/calendar', ics, 'UTF-8', '7bit', ctparams='; method=REPLY')], b2)
    att = part('application/ics', ics, 'UTF-8', 'base64', ctparams='; name="invite.ics"',
               extra=[('Content-Disposition', 'attachment; filename="invite.ics"')])
    att = ([('Content-Type', 'application/ics; name="invite.ics"'), ('Content-Disposition',
                                                                      'attachment; filename="invite.ics"'),
            ('Content-Transfer-Encoding', 'base64')], base64.encodebytes(ics.encode('utf-8')))
    ct, body = multipart('mixed', [([('Content-Type', alt_ct)], alt_body), att], b1)
    hdrs = delivery_headers(c, helo='mail-sor-f69.google.com') + [
        ('MIME-Version', '1.0'), ('Reply-To', addr(c.frm_name, c.frm_addr)),
        ('Sender', 'Google Calendar <calendar-notification@google.com>'),
        ('Message-ID', '<calendar-%s@google.com>' % uuid_like('gcm', c.id, upper=False)),
        ('Date', rfcdate(c.dt, c.tz)), ('Subject', hval(subj)), ('From', addr(c.frm_name, c.frm_addr)),
        ('To', c.to_addr)]
    if c.o.get('thread', True):
        hdrs += thread_headers(c)
    hdrs += [('Content-Type', ct)] + c.extra
    return hdrs, body


def r_cal_apple(c):
    ui = c.ui
    ps = c.o['partstat']
    subj = '%s %s' % ((CAL_SUBJ.get(ui) or CAL_SUBJ['en'])[PSI[ps]], c.h['cal']['summary'])
    comment = c.fresh.strip()
    ics = ics_reply(c, '-//Apple Inc.//iPhone OS 18.5//EN', ['SUMMARY:%s' % ics_text(c.h['cal']['summary']),
                                                              'TRANSP:OPAQUE'], comment=comment or None)
    parts = []
    if comment:
        parts.append(part('text/plain', comment + '\n', 'utf-8', 'qp', csquote=False))
    parts.append(part('text/calendar', ics, 'utf-8', 'qp', ctparams='; method=REPLY; name="invite.ics"',
                      csquote=False))
    bnd = 'Apple-Mail=_%s' % uuid_like('cab', c.id)
    ct, body = multipart('alternative' if comment else 'mixed', parts, bnd)
    dom = c.frm_addr.split('@')[1]
    hdrs = delivery_headers(c) + [
        ('Content-Type', ct), ('Mime-Version', '1.0 (1.0)'), ('Subject', hval(subj)),
        ('From', addr(c.frm_name, c.frm_addr)), ('Date', rfcdate(c.dt, c.tz)),
        ('Message-Id', '<%s@%s>' % (uuid_like('cam', c.id), dom)), ('To', addr(c.to_name, c.to_addr)),
        ('In-Reply-To', c.irt), ('References', c.refs), ('X-Mailer', 'iPhone Mail (22F76)')] + c.extra
    return hdrs, body


CLIENTS = {
    'gmail': r_gmail, 'gmail_android': r_gmail_android, 'outlook': r_outlook, 'owa': r_owa,
    'iphone': r_iphone, 'applemail': r_applemail, 'thunderbird': r_thunderbird, 'mutt': r_mutt,
    'yahoo': r_yahoo, 'gmx': r_gmx, 'webde': r_webde, 'proton': r_proton, 'samsung': r_samsung,
    'seznam': r_seznam, 'qq': r_qq, 'yandex': r_yandex, 'thebat': r_thebat, 'wp': r_wp, 'orange': r_orange,
    'libero': r_libero, 'mailru': r_mailru, 'raw': r_raw,
    'cal_outlook': r_cal_outlook, 'cal_google': r_cal_google, 'cal_apple': r_cal_apple,
}

import autos  # noqa: E402  (auto-reply and bounce envelopes)


# ====================================================================== driver
def load_cases():
    for mod in DATA_MODULES:
        spec.source(mod)
        __import__(mod)
    return spec.CASES


def file_name(c):
    case = c.case
    addr_ = c.frm_addr
    local, dom = addr_.split('@')
    if case['opts'].get('sur'):
        sur = case['opts']['sur']
    else:
        bits = [b for b in re.split(r'[._+\-]', local) if b and not b.isdigit()]
        sur = bits[-1] if bits else local
        sur = re.sub(r'\d+$', '', sur) or sur
    sur = ascii_slug(sur)[:14] or 'x'
    dslug = ascii_slug(dom.split('.')[0])[:16]
    return 'a%s-%s-%s.eml' % (hx('fname', c.id, n=5), sur, dslug)


def render(c):
    case = c.case
    if case['kind'] == 'human':
        fn = CLIENTS[case['client']]
        hdrs, body = fn(c)
    elif case['kind'] == 'auto_reply':
        hdrs, body = autos.render_auto(c, sys.modules[__name__])
    else:
        hdrs, body = autos.render_bounce(c, sys.modules[__name__])
    return message(hdrs, body, crlf=c.crlf)


def main(argv):
    check = '--check' in argv
    out = os.path.dirname(HERE)
    if '--out' in argv:
        out = argv[argv.index('--out') + 1]
    cases = load_cases()
    rows = []
    seen = set()
    counter = collections.Counter()
    ctxs = []
    for case in cases:
        counter[case['src']] += 1
        c = make_ctx(case, counter[case['src']])
        fn = file_name(c)
        if fn in seen:
            raise SystemExit('duplicate file name %s' % fn)
        seen.add(fn)
        data = render(c)
        with open(os.path.join(out, fn), 'wb') as fh:
            fh.write(data)
        rows.append((fn, case))
        ctxs.append((fn, c, data))
    # remove stale .eml files from earlier runs
    for f in os.listdir(out):
        if f.endswith('.eml') and f not in seen:
            os.remove(os.path.join(out, f))
    rows.sort()
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tkind\tanswer\tguests\tcategory\tnote\tchildren\tadults\tlang\tnote_must\n')
        for fn, case in rows:
            fh.write('\t'.join([fn, case['kind'], case['answer'], case['guests'], case['category'], case['note'],
                                case['children'], case['adults'], case['lang'], case['note_must']]) + '\n')
    if check:
        import checks
        checks.run(out, ctxs)
    print('wrote %d messages to %s' % (len(rows), out))


if __name__ == '__main__':
    main(sys.argv[1:])
