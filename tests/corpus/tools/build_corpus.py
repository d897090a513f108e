#!/usr/bin/env python3
"""Build the labelled RSVP reply corpus (tests/corpus/*.eml + labels.tsv).

Standard library only and deterministic: running it twice gives identical
files.  Run from anywhere:

    python3 tests/corpus/tools/build_corpus.py          # write files, print counts
    python3 tests/corpus/tools/build_corpus.py --check  # also re-parse every file

Layout
  hosts.py      the five parties and their invitation texts
  clientfmt.py  localised attribution lines, date formats, "Sent from" footers
  mime.py       the MIME writer (encoded words, QP/base64, multiparts)
  clients.py    one envelope per mail client (Gmail, Outlook, Apple, ...),
                plus calendar (iTIP) replies, auto-replies and bounces
  cases_*.py    the hand-written cases, one call per message

How to add a case
  Append a call to the list in the matching cases_*.py file:

    H('gmail', 'es', 'yes', '3', 'language', 'sí, los tres',
      '¡Sí! Vamos los tres, Marta, Iker y yo.', host='lucia', kid='Iker')

  H(client, lang, answer, guests, category, note, text, **options) is a human
  reply; C(...) a calendar reply; A(...) an auto-reply; B(...) a bounce.  The
  options are documented on H() in clients.py (quoting style, charset,
  transfer encoding, subject, earlier reply in the thread, signature, ...).
  Names, addresses, dates, Message-IDs, tokens and file names are derived from
  the case's position in the list, so appending never changes earlier files;
  inserting or deleting in the middle changes the files after that point.
  Label what a careful host would conclude, write the reason in the note, and
  leave out anything genuinely ambiguous.
"""
import collections
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import clients  # noqa: E402
import cases_human  # noqa: E402
import cases_more  # noqa: E402
import cases_extra  # noqa: E402
import cases_machine  # noqa: E402
import cases_trust  # noqa: E402
import cases_trust2  # noqa: E402
import cases_holdout  # noqa: E402
import cases_holdout2  # noqa: E402

OUT = os.path.dirname(HERE)
# The held-out batch: scored apart, never tuned on.
HOLDOUT = os.path.join(OUT, 'holdout')
# Case numbers of the held-out batch start here, so its names and
# Message-IDs never meet the main corpus's.
HOLDOUT_BASE = 100000

LANG_NAMES = {
    'en': 'English', 'es': 'Spanish', 'fr': 'French', 'de': 'German', 'pt': 'Portuguese',
    'it': 'Italian', 'nl': 'Dutch', 'pl': 'Polish', 'tr': 'Turkish', 'hr': 'Croatian',
    'sr': 'Serbian', 'zh': 'Chinese', 'ar': 'Arabic', 'hi': 'Hindi/Hinglish (romanized)',
    'ru': 'Russian', 'sv': 'Swedish', 'cs': 'Czech', 'uk': 'Ukrainian', 'ro': 'Romanian',
}


def all_cases():
    return (cases_human.CASES + cases_more.CASES + cases_extra.CASES + cases_machine.CASES
            + cases_trust.CASES + cases_holdout.CASES + cases_trust2.CASES)


def main(argv):
    check = '--check' in argv
    build(OUT, all_cases(), 0, check)
    print('--- holdout')
    build(HOLDOUT, cases_holdout2.CASES, HOLDOUT_BASE + 1000, check)


def build(out, cases, base, check):
    os.makedirs(out, exist_ok=True)
    for old in os.listdir(out):
        if old.endswith('.eml'):
            os.remove(os.path.join(out, old))
    rows = []
    seen_ids = set()
    for i, case in enumerate(cases, base + 1):
        fname, data, row = clients.render(i, case)
        mid = clients.LAST_MESSAGE_ID[0]
        if mid in seen_ids:
            raise SystemExit('duplicate Message-ID %s in case %d' % (mid, i))
        seen_ids.add(mid)
        with open(os.path.join(out, fname), 'wb') as fh:
            fh.write(data)
        rows.append([fname] + row)
    with open(os.path.join(out, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tkind\tanswer\tguests\tcategory\tnote\tchildren\tadults\tlang\tnote_must\n')
        for r in rows:
            assert all('\t' not in x and '\n' not in x for x in r), r
            fh.write('\t'.join(r) + '\n')
    validate(out, rows, check)
    report(rows, cases)


def validate(out, rows, deep):
    files = {f for f in os.listdir(out) if f.endswith('.eml')}
    labelled = [r[0] for r in rows]
    if len(set(labelled)) != len(labelled):
        raise SystemExit('duplicate file names in labels')
    if files != set(labelled):
        raise SystemExit('files and labels differ: %s' % sorted(files ^ set(labelled)))
    for r in rows:
        f, kind, answer, guests, cat, note, children, adults, lang, must = r
        assert kind in ('human', 'auto_reply', 'bounce'), r
        if kind == 'human':
            assert answer in ('yes', 'no', 'maybe', 'unclear'), r
        else:
            assert answer == '-' and guests == '-', r
        if answer in ('no', 'unclear'):
            assert guests == '-', r
        assert guests == '-' or guests.isdigit(), r
        assert cat in clients.CATEGORIES, r
        for n in (children, adults):
            assert n == '-' or n.isdigit(), r
        if children.isdigit() and adults.isdigit() and guests.isdigit():
            assert int(children) + int(adults) == int(guests), r
        assert lang == '-' or (len(lang) == 2 and lang.islower()), r
        assert must == '-' or all(m.strip() for m in must.split('|')), r
    if deep:
        for f in sorted(files):
            with open(os.path.join(out, f), 'rb') as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg.defects:
                raise SystemExit('%s: %s' % (f, msg.defects))
            for part in msg.walk():
                if part.get_content_maintype() == 'multipart':
                    continue
                if part.get_content_maintype() == 'text':
                    part.get_content()  # decodes charset and transfer encoding
                if part.defects:
                    raise SystemExit('%s: part defects %s' % (f, part.defects))
            for k in ('From', 'Date', 'Message-ID'):
                if msg[k] is None:
                    raise SystemExit('%s: no %s' % (f, k))
        print('checked: all %d files parse without defects' % len(files))


def report(rows, cases):
    def count(title, keyf):
        c = collections.Counter(keyf(r) for r in rows)
        print('%s: %s' % (title, ', '.join('%s=%d' % kv for kv in sorted(c.items()))))

    print('messages: %d' % len(rows))
    count('kind', lambda r: r[1])
    count('answer (human)', lambda r: r[2] if r[1] == 'human' else '(n/a)')
    count('category', lambda r: r[4])
    count('guests stated', lambda r: 'number' if r[3] != '-' else '-')
    langs = collections.Counter(c['lang'] for c in cases)
    print('language: %s' % ', '.join('%s=%d' % kv for kv in sorted(langs.items())))
    cl = collections.Counter(c['client'] for c in cases)
    print('envelope: %s' % ', '.join('%s=%d' % kv for kv in sorted(cl.items())))
    texts = {c['text'] for c in cases if c['kind'] == 'human' and c.get('text')}
    print('distinct human reply texts: %d' % len(texts))


if __name__ == '__main__':
    main(sys.argv[1:])
