"""Small, explicit MIME writer: encoded words, body encodings, multiparts.

Written by hand (not email.generator) so that each client's quirks -- header
order, boundary shapes, preambles, charset spelling -- can be reproduced.
Everything is produced as bytes with LF line ends; the caller may convert the
finished message to CRLF.
"""
import base64
import quopri

_Q_SAFE = set(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/')


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encode_words(s, charset='UTF-8', mode='Q', limit=40):
    """RFC 2047 encoded words, split on character boundaries, joined by folding."""
    words, cur = [], b''
    try:
        s.encode(charset.lower())
    except UnicodeEncodeError:
        charset = 'UTF-8'  # what clients do when the legacy charset cannot hold the text
    py_cs = charset.lower()
    for ch in s:
        b = ch.encode(py_cs)
        if len(cur) + len(b) > limit and cur:
            words.append(cur)
            cur = b''
        cur += b
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if mode == 'B':
            out.append('=?%s?B?%s?=' % (charset, base64.b64encode(w).decode('ascii')))
        else:
            q = ''.join(chr(c) if c in _Q_SAFE else ('_' if c == 32 else '=%02X' % c) for c in w)
            out.append('=?%s?Q?%s?=' % (charset, q))
    return '\n '.join(out)


def hdr_text(s, charset='UTF-8', mode='Q'):
    """Header text: ASCII as is (folded), otherwise encoded words."""
    if is_ascii(s):
        return fold(s)
    return encode_words(s, charset, mode)


def fold(s, width=76):
    if len(s) <= width:
        return s
    parts, line = [], ''
    for word in s.split(' '):
        if line and len(line) + 1 + len(word) > width:
            parts.append(line)
            line = word
        else:
            line = word if not line else line + ' ' + word
    parts.append(line)
    return '\n '.join(parts)


def addr(name, email, charset='UTF-8', mode='Q', quote=False):
    if not name:
        return email
    if is_ascii(name):
        if quote or any(c in name for c in ',.;:()@"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), email)
        return '%s <%s>' % (name, email)
    return '%s <%s>' % (encode_words(name, charset, mode), email)


def encode_body(text, charset='utf-8', cte='quoted-printable', errors='strict'):
    data = text.encode(charset.lower(), errors) if isinstance(text, str) else text
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
    elif cte == 'base64':
        out = base64.encodebytes(data)
    else:
        out = data
    if not out.endswith(b'\n'):
        out += b'\n'
    return out


class Part:
    """A leaf (body bytes) or a multipart (children)."""

    def __init__(self, ctype, body=None, cte=None, headers=None, children=None,
                 boundary=None, preamble=None, epilogue=None):
        self.ctype = ctype
        self.body = body
        self.cte = cte
        self.headers = list(headers or [])
        self.children = children
        self.boundary = boundary
        self.preamble = preamble
        self.epilogue = epilogue

    def own_headers(self):
        h = []
        ct = self.ctype
        if self.children is not None:
            ct = '%s;\n\tboundary="%s"' % (ct, self.boundary)
        h.append(('Content-Type', ct))
        if self.cte:
            h.append(('Content-Transfer-Encoding', self.cte))
        return h + self.headers

    def payload(self):
        if self.children is None:
            return self.body
        out = b''
        if self.preamble is not None:
            out += self.preamble.encode('ascii') + b'\n'
        out += b'\n'
        for ch in self.children:
            out += b'--' + self.boundary.encode('ascii') + b'\n'
            out += render_headers(ch.own_headers()) + b'\n' + ch.payload()
            out += b'\n'
        out += b'--' + self.boundary.encode('ascii') + b'--\n'
        if self.epilogue:
            out += self.epilogue.encode('ascii')
        return out


def render_headers(hs):
    out = b''
    for k, v in hs:
        out += ('%s: %s\n' % (k, v)).encode('utf-8')
    return out


def text_part(text, subtype='plain', charset='utf-8', cte='quoted-printable', params='', cs_label=None, headers=None):
    label = cs_label or charset
    ct = 'text/%s; charset="%s"%s' % (subtype, label, params)
    # The fresh reply text is checked strictly elsewhere; quoted material a
    # legacy charset cannot hold degrades the way real clients degrade it.
    errors = 'xmlcharrefreplace' if subtype == 'html' else 'replace'
    return Part(ct, encode_body(text, charset, cte, errors), cte, headers=headers)


def message(top_headers, root, crlf=False):
    """Top headers (list of (name, value)) followed by the root part's headers."""
    hs = list(top_headers)
    insert_at = len(hs)
    for i, (k, _) in enumerate(hs):
        if k == '@CT':
            insert_at = i
            break
    hs = [h for h in hs if h[0] != '@CT']
    hs[insert_at:insert_at] = root.own_headers()
    data = render_headers(hs) + b'\n' + root.payload()
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data
