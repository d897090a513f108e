"""Self-checks for the batch: re-parse every file, validate labels, count."""
import collections
import email
import email.policy
import os
import re
import unicodedata

KINDS = {'human', 'auto_reply', 'bounce'}
ANSWERS = {'yes', 'no', 'maybe', 'unclear'}
CATS = {'plain', 'trap', 'quoted', 'signature', 'html_mime', 'language', 'emoji_short', 'headcount',
        'change_of_mind', 'subject_only', 'calendar', 'unclear', 'auto_reply', 'bounce'}
LANGS = {'en', 'es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'hr', 'sr', 'tr', 'ru', 'uk', 'cs', 'sv', 'ro', 'ar', 'hi',
         'zh', '-'}


def norm(t):
    t = unicodedata.normalize('NFKC', t or '').lower()
    t = re.sub(r'[\W_]+', ' ', t)
    return ' '.join(t.split())


def decoded_text(msg):
    out = []
    for p in msg.walk():
        if p.is_multipart():
            continue
        ct = p.get_content_type()
        if ct.startswith('text/') or ct.startswith('message/'):
            try:
                t = p.get_content() if ct.startswith('text/') else str(p.get_payload())
                if p.get_param('format') == 'flowed':
                    t = re.sub(r' \n(?!>)', ' ', t)
                out.append(t)
            except Exception as e:  # noqa: BLE001
                raise SystemExit('cannot decode part %s: %s' % (ct, e))
    return '\n'.join(str(x) for x in out)


def run(folder, ctxs):
    errors = []
    labels = os.path.join(folder, 'labels.tsv')
    with open(labels, encoding='utf-8') as fh:
        lines = fh.read().split('\n')
    header = lines[0].split('\t')
    want = ['file', 'kind', 'answer', 'guests', 'category', 'note', 'children', 'adults', 'lang', 'note_must']
    if header != want:
        errors.append('bad header %r' % header)
    rows = [ln.split('\t') for ln in lines[1:] if ln.strip()]
    files = sorted(f for f in os.listdir(folder) if f.endswith('.eml'))
    if sorted(r[0] for r in rows) != files:
        errors.append('labels.tsv rows do not match .eml files')
    byfile = {fn: (c, data) for fn, c, data in ctxs}
    for r in rows:
        if len(r) != 10:
            errors.append('%s: %d columns' % (r[0], len(r)))
            continue
        fn, kind, ans, g, cat, note, ch, ad, lang, must = r
        if kind not in KINDS:
            errors.append('%s kind %s' % (fn, kind))
        if kind == 'human':
            if ans not in ANSWERS:
                errors.append('%s answer %s' % (fn, ans))
            if cat in ('auto_reply', 'bounce'):
                errors.append('%s human with cat %s' % (fn, cat))
        else:
            if ans != '-' or g != '-' or ch != '-' or ad != '-' or lang != '-' or must != '-':
                errors.append('%s non-human with values' % fn)
            if cat != kind:
                errors.append('%s cat %s for %s' % (fn, cat, kind))
        if cat not in CATS:
            errors.append('%s cat %s' % (fn, cat))
        if lang not in LANGS:
            errors.append('%s lang %s' % (fn, lang))
        for v, nm in ((g, 'guests'), (ch, 'children'), (ad, 'adults')):
            if v != '-' and not v.isdigit():
                errors.append('%s %s=%s' % (fn, nm, v))
        if ans in ('no', 'unclear') and (g != '-' or ch != '-' or ad != '-'):
            errors.append('%s %s with counts' % (fn, ans))
        if ch.isdigit() and ad.isdigit():
            if not g.isdigit() or int(g) != int(ch) + int(ad):
                errors.append('%s guests %s != %s+%s' % (fn, g, ch, ad))
        if (ch.isdigit() or ad.isdigit()) and not g.isdigit():
            errors.append('%s children/adults without guests' % fn)
        if g.isdigit() and ch.isdigit() and int(ch) > int(g):
            errors.append('%s children > guests' % fn)
        if not note.strip():
            errors.append('%s empty note' % fn)
        if lang not in ('en', '-') and not note.startswith('(%s)' % lang):
            errors.append('%s note lacks (%s)' % (fn, lang))
        if lang == 'en' and re.match(r'^\([a-z]{2}\)', note):
            errors.append('%s english with language prefix' % fn)
        c, data = byfile[fn]
        msg = email.message_from_bytes(data, policy=email.policy.default)
        subj = str(msg['Subject'] or '')
        text = decoded_text(msg)
        if kind == 'human' and must != '-':
            fresh = (c.fresh or '') + '\n' + subj
            for piece in must.split('|'):
                if piece.lower() not in fresh.lower():
                    errors.append('%s note_must %r not in fresh text' % (fn, piece))
                if piece.lower() not in (text + subj).lower():
                    errors.append('%s note_must %r not in decoded message' % (fn, piece))
        if kind != 'human' and must != '-':
            errors.append('%s note_must on non-human' % fn)
        if c.inv.msgid not in data.decode('latin-1') and kind != 'bounce':
            errors.append('%s not threaded to invitation' % fn)
        if kind == 'bounce' and c.inv.msgid not in data.decode('latin-1') and \
                c.inv.subject not in text:
            errors.append('%s bounce lacks original' % fn)
        full = kind == 'bounce' and c.case['client'] not in ('postfix_hdrs', 'postfix_delay', 'exim_delay',
                                                              'gmail_delay', 'exchange_old')
        low = (text + data.decode('latin-1')).lower()
        if full and not any(k in low for k in ('yes, no', 'ja, nein', 'sí, no', 's=c3=ad, no')):
            errors.append('%s bounce original lacks the yes/no/maybe line' % fn)
        d = msg['Date']
        if not d or not re.search(r'\b202[67]\b', str(d)):
            errors.append('%s date %s' % (fn, d))
        # every text part decodes; every header parses
        for k in msg.keys():
            str(msg[k])
    if errors:
        for e in errors:
            print('ERROR', e)
        raise SystemExit('%d errors' % len(errors))
    # counts
    C = collections.Counter
    kinds = C(r[1] for r in rows)
    answers = C(r[2] for r in rows if r[1] == 'human')
    cats = C(r[4] for r in rows)
    langs = C(r[8] for r in rows if r[1] == 'human')
    clients = C(byfile[r[0]][0].case['client'] for r in rows)
    musts = sum(1 for r in rows if r[9] != '-')
    guests = sum(1 for r in rows if r[3] != '-')
    texts = [norm(byfile[r[0]][0].fresh) + ' ' + (norm(byfile[r[0]][0].o.get('subj', '')) if True else '')
             for r in rows if r[1] != 'bounce']
    distinct = len(set(texts))
    n = len(rows)
    nh = kinds['human']
    print('messages: %d  (human %d = %.0f%%, auto_reply %d = %.0f%%, bounce %d = %.0f%%)' % (
        n, nh, 100 * nh / n, kinds['auto_reply'], 100 * kinds['auto_reply'] / n, kinds['bounce'],
        100 * kinds['bounce'] / n))
    print('answers (human): ' + ', '.join('%s %d (%.0f%%)' % (k, v, 100 * v / nh) for k, v in answers.most_common()))
    print('categories: ' + ', '.join('%s %d' % kv for kv in cats.most_common()))
    print('languages (human): ' + ', '.join('%s %d' % kv for kv in langs.most_common()))
    print('clients: ' + ', '.join('%s %d' % kv for kv in clients.most_common()))
    print('human rows with note_must: %d (%.0f%%); rows with guests: %d' % (musts, 100 * musts / nh, guests))
    print('distinct fresh texts (human+auto): %d of %d (%.1f%%)' % (distinct, len(texts), 100 * distinct / len(texts)))
    crlf = sum(1 for fn, c, d in ctxs if b'\r\n' in d)
    print('CRLF files: %d' % crlf)
