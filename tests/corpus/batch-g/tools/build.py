#!/usr/bin/env python3
"""Build tuning batch G (tests/corpus/batch-g/*.eml, labels.tsv, README.md).

Standard library only and deterministic: every run writes identical bytes.

    python3 tests/corpus/batch-g/tools/build.py          # write files, print counts
    python3 tests/corpus/batch-g/tools/build.py --check  # also re-parse every file

The envelopes (mail clients, calendar replies, auto-replies, bounces) are the
main corpus's, imported from tests/corpus/tools/ (clients.py, machine.py,
mime.py, clientfmt.py, hosts.py).  What is batch G's own lives here:

  hosts_g.py         the five new parties and the family name pools
  data_en.py         English human replies
  data_eu.py         German, French, Dutch and Spanish human replies
  data_world.py      the other languages
  data_plain.py      ordinary replies (no focus phenomenon), every language
  data_cal.py        calendar (iTIP) replies
  data_machine.py    auto-replies and bounces

Each case is one call of H()/C()/A()/B() (documented in
tests/corpus/tools/clients.py).  Batch G adds a few keys: host (always one of
the five below; chosen by language when absent), ph (the focus phenomena the
case exercises, see FOCUS), must ('yes' when the reply carries a note the host
must see), children / adults (when the reply makes them separately clear).
Names, addresses, dates, tokens and Message-IDs derive from the case's
position, so append new cases at the end of a data file list.
"""
import collections
import email
import email.policy
import hashlib
import os
import re
import sys

sys.dont_write_bytecode = True  # leave no __pycache__ in this or the main corpus's tools/
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
CORPUS_TOOLS = os.path.join(os.path.dirname(OUT), 'tools')
sys.path.insert(0, HERE)
sys.path.insert(1, CORPUS_TOOLS)

import hosts  # noqa: E402  (main corpus)
import hosts_g  # noqa: E402

hosts.HOSTS.update(hosts_g.HOSTS)

import clients  # noqa: E402

clients.NAMES.clear()
clients.NAMES.update(hosts_g.NAMES)
clients.DEFAULT_DOMAINS.update({
    'outlook': ['btinternet.com', 'bluewin.ch', 'telenet.be', 'skynet.be', 'bigpond.com', 'optusnet.com.au',
                'fibertel.com.ar', 'sunrise.ch', 'virginmedia.com', 'proximus.be', 'talktalk.net'],
    'm365': ['outlook.com', 'hotmail.com', 'hotmail.co.uk', 'live.be', 'outlook.com.ar', 'hotmail.ch', 'live.com.au'],
    'm365_html': ['outlook.com', 'hotmail.com', 'live.com', 'outlook.be', 'hotmail.com.ar', 'outlook.com.au'],
    'thunderbird': ['posteo.de', 'mailbox.org', 'bluemail.ch', 'telenet.be', 'seznam.cz', 'protonmail.com', 'iinet.net.au'],
    'yahoo': ['yahoo.com', 'yahoo.co.uk', 'yahoo.com.ar', 'yahoo.fr', 'ymail.com', 'yahoo.com.au', 'yahoo.it'],
    'gmx': ['gmx.ch', 'gmx.de', 'gmx.net', 'gmx.at'],
})


def _references(c, own_prev_mid=None):
    # Batch G threads every reply directly to its invitation: In-Reply-To is
    # always <inv-TOKEN@...>; an earlier reply of the same sender that the
    # message quotes is listed in References only.
    if own_prev_mid:
        return c.inv_mid + '\n ' + own_prev_mid, c.inv_mid
    return c.inv_mid, c.inv_mid


clients.references = _references

import data_en  # noqa: E402
import data_eu  # noqa: E402
import data_world  # noqa: E402
import data_plain  # noqa: E402
import data_cal  # noqa: E402
import data_machine  # noqa: E402

BASE = 700000  # case numbers (seeds, tokens, Message-IDs) never meet the main corpus's

FOCUS = {
    1: 'explanation after the answer (absence reason is not a new answer)',
    2: "parent can't stay / other adult brings, child comes = yes",
    3: 'calendar button against its comment',
    4: 'hedged negatives / non-commitment = maybe',
    5: 'indirect answers with no answer word',
    6: 'numbers inside questions are not head-counts',
    7: 'answer typed onto a long quoted subject / emoji in own subject',
    8: 'indirect head-counts, names + summary count (no double count)',
    9: 'human reply with list-like footer or Precedence/List-* headers',
    10: 'change of mind (in the message / against a quoted reply), conditionals',
    11: 'notes: allergies, diets, pick-up/drop-off, accessibility, questions',
    12: 'children and adults stated separately',
}

HOST_BY_LANG = {'en': ['morag', 'bec', 'morag', 'bec', 'reto', 'sophie'], 'de': ['reto'], 'fr': ['sophie'],
                'nl': ['sophie'], 'es': ['valentina']}
OTHER_HOSTS = ['morag', 'bec', 'reto', 'sophie', 'valentina']


def all_cases():
    return data_en.CASES + data_eu.CASES + data_world.CASES + data_plain.CASES + data_cal.CASES + data_machine.CASES


def pick_host(i, case):
    pool = HOST_BY_LANG.get(case['lang'], OTHER_HOSTS)
    return pool[int(hashlib.sha1(('host-%d' % i).encode()).hexdigest(), 16) % len(pool)]


def header_block(data):
    sep = b'\r\n\r\n' if data.find(b'\r\n\r\n') != -1 and (data.find(b'\n\n') == -1 or data.find(b'\r\n\r\n') < data.find(b'\n\n')) else b'\n\n'
    n = data.index(sep)
    return data[:n], data[n:], (b'\r\n' if sep == b'\r\n\r\n' else b'\n')


def add_threading(data, inv_mid):
    """Bounce envelopes that carry no threading headers get them (see README)."""
    head, rest, nl = header_block(data)
    if re.search(rb'(?im)^in-reply-to:', head):
        return data
    lines = head.split(nl)
    out = []
    for ln in lines:
        out.append(ln)
        if ln.lower().startswith(b'message-id:'):
            out.append(b'In-Reply-To: ' + inv_mid.encode())
            out.append(b'References: ' + inv_mid.encode())
    return nl.join(out) + rest


def main(argv):
    check = '--check' in argv
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith('.eml'):
            os.remove(os.path.join(OUT, old))
    cases = all_cases()
    rows, seen_ids, metas = [], set(), []
    for i, case in enumerate(cases, BASE + 1):
        if 'host' not in case:
            case['host'] = pick_host(i, case)
        fname, data, row = clients.render(i, case)
        ctx = clients.make_ctx(i, dict(case))  # same seed: same token
        inv_mid = ctx.inv_mid
        if case['kind'] == 'bounce':
            data = add_threading(data, inv_mid)
        mid = clients.LAST_MESSAGE_ID[0]
        if mid in seen_ids:
            raise SystemExit('duplicate Message-ID %s in case %d' % (mid, i))
        seen_ids.add(mid)
        tag = hashlib.sha1(('batch-g-file-%d' % i).encode()).hexdigest()[:7]
        fname = 'g%s%s' % (tag, fname[7:])
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        rows.append([fname] + row)
        metas.append(dict(case=case, inv_mid=inv_mid, token=ctx.token, fname=fname))
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tkind\tanswer\tguests\tcategory\tnote\tchildren\tadults\tlang\tnote_must\n')
        for r in rows:
            assert all('\t' not in x and '\n' not in x for x in r), r
            fh.write('\t'.join(r) + '\n')
    validate(rows, metas, check)
    counts = report(rows, cases)
    print(counts)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README.replace('@COUNTS@', counts))


def validate(rows, metas, deep):
    files = {f for f in os.listdir(OUT) if f.endswith('.eml')}
    labelled = [r[0] for r in rows]
    if len(set(labelled)) != len(labelled):
        raise SystemExit('duplicate file names in labels')
    if files != set(labelled):
        raise SystemExit('files and labels differ: %s' % sorted(files ^ set(labelled)))
    for r, m in zip(rows, metas):
        f, kind, answer, guests, cat, note, children, adults, lang, must = r
        assert re.match(r'^g[0-9a-f]{7}-[a-z0-9]+-[a-z0-9]+\.eml$', f), f
        assert kind in ('human', 'auto_reply', 'bounce'), r
        if kind == 'human':
            assert answer in ('yes', 'no', 'maybe', 'unclear'), r
            # an emoji-only reply has no language (clients.extra_labels)
            assert lang != '-' or not any(ch.isalpha() for ch in m['case'].get('text', '')), r
        else:
            assert answer == '-' and guests == '-' and lang == '-' and must == '-', r
        if answer in ('no', 'unclear'):
            assert guests == '-', r
        assert guests == '-' or guests.isdigit(), r
        assert cat in clients.CATEGORIES, r
        for n in (children, adults):
            assert n == '-' or n.isdigit(), r
        if children.isdigit() and adults.isdigit():
            assert guests.isdigit() and int(children) + int(adults) == int(guests), r
        assert lang == '-' or (len(lang) == 2 and lang.islower()), r
        assert must in ('-', 'yes'), r
        assert note.strip(), r
        assert m['case']['host'] in hosts_g.HOSTS, r
    if deep:
        for r, m in zip(rows, metas):
            f = r[0]
            with open(os.path.join(OUT, f), 'rb') as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                raise SystemExit('%s: %s' % (f, msg.defects))
            for part in msg.walk():
                if part.get_content_maintype() == 'multipart':
                    continue
                if part.get_content_maintype() == 'text':
                    part.get_content()
                if part.defects:
                    raise SystemExit('%s: part defects %s' % (f, part.defects))
            for k in ('Message-ID', 'Date', 'From', 'To', 'Subject', 'In-Reply-To'):
                if msg[k] is None:
                    raise SystemExit('%s: no %s' % (f, k))
            if str(msg['In-Reply-To']).strip() != m['inv_mid']:
                raise SystemExit('%s: In-Reply-To %s is not %s' % (f, msg['In-Reply-To'], m['inv_mid']))
            if '+rsvp-%s@' % m['token'] not in str(msg['To']):
                raise SystemExit('%s: To %s is not the plus-address' % (f, msg['To']))
            if msg['Date'].datetime.year != 2026:
                raise SystemExit('%s: not dated 2026' % f)
        print('checked: all %d files parse without defects; Message-ID, Date, From, To (+rsvp-TOKEN), '
              'Subject, In-Reply-To (<inv-TOKEN@...>) present, dated 2026' % len(files))


def report(rows, cases):
    out = []

    def line(title, counter):
        out.append('%s: %s' % (title, ', '.join('%s=%d' % kv for kv in sorted(counter.items()))))

    human = [(r, c) for r, c in zip(rows, cases) if r[1] == 'human']
    out.append('messages: %d' % len(rows))
    line('kind', collections.Counter(r[1] for r in rows))
    line('answer (human)', collections.Counter(r[2] for r, _ in human))
    line('category', collections.Counter(r[4] for r in rows))
    line('guests stated (human)', collections.Counter('number' if r[3] != '-' else '-' for r, _ in human))
    line('children/adults stated (human)', collections.Counter('both' if r[6] != '-' and r[7] != '-' else '-' for r, _ in human))
    line('lang (human)', collections.Counter(r[8] for r, _ in human))
    line('note_must (human)', collections.Counter(r[9] for r, _ in human))
    line('client/envelope', collections.Counter(c['client'] for c in cases))
    line('host', collections.Counter(c['host'] for c in cases))
    ph = collections.Counter(p for _, c in human for p in c.get('ph', ()))
    out.append('focus phenomena (human; a case may count for several): %s' % ', '.join('%d=%d' % kv for kv in sorted(ph.items())))
    prim = collections.Counter(c['ph'][0] for _, c in human if c.get('ph'))
    out.append('focus phenomena, primary only (first of ph): %s' % ', '.join('%d=%d' % kv for kv in sorted(prim.items())))
    hard = sum(1 for _, c in human if c.get('ph'))
    out.append('human replies with a focus phenomenon: %d of %d' % (hard, len(human)))
    texts = {c['text'] for _, c in human if c.get('text')}
    out.append('distinct human reply texts: %d' % len(texts))
    return '\n'.join(out)


README = '''# Tuning batch G

A labelled batch of 320 raw reply emails to children's party invitations,
written for tuning: engineers run the engine over it, read the misses and fix
them.  (It is not a held-out batch; its texts were written without reading
the engine or the other batches' reply texts.)  Labels follow the
conventions of `tests/corpus/README.md` ("## labels.tsv").

## Hosts

Five new invented parties, every one plus-addressed (`+rsvp-<token>`):

| key | host | city | invitation language | event |
|---|---|---|---|---|
| morag | Morag Sinclair | Edinburgh | English | Callum's 7th, soft play, Sat 16 May 2026 |
| reto | Reto Brunner | Zürich | German (Swiss) | Anna's 8th, forest hut, Sat 13 June 2026 |
| sophie | Sophie Lambert | Brussels | French + Dutch | Louise's 7th, park picnic, Sat 30 May 2026 |
| valentina | Valentina Acosta | Buenos Aires | Spanish (Rioplatense) | Benja's 6th, pelotero, Sat 6 June 2026 |
| bec | Bec Harrington | Melbourne | English | Elias's 9th, laser tag, Sat 4 July 2026 |

Families come from many places and answer in English, German, French,
Dutch, Spanish, Portuguese, Italian, Polish, Turkish, Croatian, Serbian
(Latin and Cyrillic), Czech, Russian, Ukrainian, Arabic, Chinese, Hindi
(romanized and Devanagari), Romanian and Swedish.

## Focus

About 60% of the human replies exercise one or more of these (the
`ph` key of each case in `tools/data_*.py`; counts below):

1. an explanation after the answer ("we'll be at my sister's"): an absence
   reason is not a new answer;
2. the parent can't stay but the child comes = yes;
3. a calendar button against its comment (DECLINED whose comment says the
   child comes with the other parent = yes; comments that state no
   attendance do not override);
4. hedged negatives and non-commitment = maybe;
5. indirect answers with no answer word ("Ryan has football camp all day" =
   no, "she's been counting the sleeps" = yes);
6. numbers inside questions are not head-counts;
7. an answer typed onto the end of the long quoted subject, emoji in the
   parent's own subject;
8. indirect head-counts ("me and the twins" = 3), and names plus a summary
   count (not double counted);
9. human replies with list-like footers or Precedence/List-* headers;
10. change of mind inside one message and against an earlier quoted reply;
    conditional "if not / si no / sinon" constructions;
11. notes in every language (allergies, diets, pick-up and drop-off times,
    accessibility, questions for the host) - `note_must` = yes;
12. children and adults stated separately.

## labels.tsv

`file kind answer guests category note children adults lang note_must`:
the first six columns as in `tests/corpus/README.md`; `children` / `adults`
the numbers when the reply makes them separately clear (else `-`; a parent
who only drops off is 0 adults); `lang` the ISO 639-1 code of the reply
(human mail, `-` otherwise); `note_must` `yes` when the reply carries a note
the host must see (allergy, diet, pick-up or drop-off time, accessibility,
a question), else `-`.

Threading: every message has `In-Reply-To: <inv-TOKEN@...>` and is sent to
the host's `+rsvp-TOKEN` address.  A reply that quotes the sender's own
earlier reply lists that one in `References` only.  Bounce envelopes whose
MTA writes no threading headers (Postfix, Exim, Sendmail, qmail, Yahoo,
GMX) get `In-Reply-To`/`References` after their Message-ID, so that every
file in the batch is threaded the same way; the attached original is the
invitation either way.

## Regenerating

    python3 tests/corpus/batch-g/tools/build.py --check

rewrites every `.eml`, `labels.tsv` and this README, re-parses each file
with Python's `email` package and prints the counts.  Standard library
only, deterministic (identical bytes on every run).  Never hand-edit the
`.eml` files; change the cases in `tools/data_*.py`.

## Counts

```
@COUNTS@
```
'''

if __name__ == '__main__':
    main(sys.argv[1:])
