"""Case constructors used by the hand-written data files.

H(...)  a human reply      A(...)  an auto-reply      B(...)  a bounce
Texts are written as a parent would type them; the generator adds the
client envelope (quote, attribution, footer, MIME, charset).
"""

CASES = []
_src = ['?']


def source(name):
    _src[0] = name


def _clean(t):
    if t is None:
        return None
    if t.startswith('\n'):
        t = t[1:]
    return t.rstrip() + '\n' if t.strip() else ''


def H(host, client, who, lang, answer, guests, cat, note, text, ch='-', ad='-', must='-', **kw):
    CASES.append(dict(kind='human', src=_src[0], host=host, client=client, who=who, lang=lang,
                      answer=answer, guests=str(guests), category=cat, note=note, text=_clean(text),
                      children=str(ch), adults=str(ad), note_must=must, opts=kw))


def A(host, who, note, text, **kw):
    CASES.append(dict(kind='auto_reply', src=_src[0], host=host, client='auto', who=who, lang='-',
                      answer='-', guests='-', category='auto_reply', note=note, text=_clean(text),
                      children='-', adults='-', note_must='-', opts=kw))


def B(host, mta, rcpt, note, **kw):
    CASES.append(dict(kind='bounce', src=_src[0], host=host, client=mta, who=rcpt, lang='-',
                      answer='-', guests='-', category='bounce', note=note, text=None,
                      children='-', adults='-', note_must='-', opts=kw))
