#!/usr/bin/env python3
"""Build blind batch D: *.eml, labels.tsv and README.md in the parent folder.

Standard library only, deterministic (running it twice gives identical
bytes).  Reply texts are hand-written data in data_*.py; the envelopes of
the mail clients (clients.py, machine.py, mime.py, clientfmt.py) add what
the client adds.  Hosts and invitations: hosts.py.

    python3 tools/build.py          # write everything, print counts, re-parse every file
"""
import collections
import email
import email.policy
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The MIME and client-format helpers are the corpus's own (tests/corpus/tools);
# this batch keeps only the modules it changes.
sys.path.append(os.path.normpath(os.path.join(HERE, '..', '..', 'tools')))

import clients  # noqa: E402
import data_seville  # noqa: E402
import data_lyon  # noqa: E402
import data_hamburg  # noqa: E402
import data_manchester  # noqa: E402
import data_krakow  # noqa: E402
import data_more  # noqa: E402
import data_machine  # noqa: E402

OUT = os.path.dirname(HERE)
BASE = 400000  # case numbers: keep Message-IDs and names apart from other batches

LANG_NAMES = {
    'en': 'English', 'es': 'Spanish', 'fr': 'French', 'de': 'German', 'pt': 'Portuguese',
    'it': 'Italian', 'nl': 'Dutch', 'pl': 'Polish', 'tr': 'Turkish', 'hr': 'Croatian',
    'sr': 'Serbian', 'zh': 'Chinese', 'ar': 'Arabic', 'hi': 'Hindi',
    'ru': 'Russian', 'sv': 'Swedish', 'cs': 'Czech', 'uk': 'Ukrainian', 'ro': 'Romanian',
}

REQUIRED = ('Message-ID', 'Date', 'From', 'To', 'Subject', 'In-Reply-To')


def all_cases():
    return (data_seville.CASES + data_lyon.CASES + data_hamburg.CASES + data_manchester.CASES
            + data_krakow.CASES + data_more.CASES + data_machine.CASES)


def main():
    cases = all_cases()
    for old in os.listdir(OUT):
        if old.endswith('.eml'):
            os.remove(os.path.join(OUT, old))
    rows, seen = [], set()
    for i, case in enumerate(cases, BASE + 1):
        fname, data, row = clients.render(i, case)
        mid = clients.LAST_MESSAGE_ID[0]
        if mid in seen:
            raise SystemExit('duplicate Message-ID %s in case %d' % (mid, i))
        seen.add(mid)
        if os.path.exists(os.path.join(OUT, fname)):
            raise SystemExit('duplicate file name %s' % fname)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        rows.append([fname] + row)
    order = sorted(range(len(rows)), key=lambda k: rows[k][0])
    rows = [rows[k] for k in order]
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tkind\tanswer\tguests\tcategory\tnote\tchildren\tadults\tlang\tnote_must\n')
        for r in rows:
            assert all('\t' not in x and '\n' not in x for x in r), r
            fh.write('\t'.join(r) + '\n')
    validate(rows, cases)
    write_readme(rows, cases)


def validate(rows, cases):
    files = {f for f in os.listdir(OUT) if f.endswith('.eml')}
    labelled = [r[0] for r in rows]
    if len(set(labelled)) != len(labelled) or files != set(labelled):
        raise SystemExit('files and labels differ: %s' % sorted(files ^ set(labelled)))
    by_file = {}
    for r in rows:
        f, kind, answer, guests, cat, note, children, adults, lang, must = r
        assert kind in ('human', 'auto_reply', 'bounce'), r
        if kind == 'human':
            assert answer in ('yes', 'no', 'maybe', 'unclear'), r
        else:
            assert answer == '-' and guests == '-' and children == '-' and adults == '-' and must == '-', r
        if answer in ('no', 'unclear'):
            assert guests == '-', r
        assert guests == '-' or guests.isdigit(), r
        assert cat in clients.CATEGORIES, r
        for n in (children, adults):
            assert n == '-' or n.isdigit(), r
        if children.isdigit() and adults.isdigit():
            assert guests.isdigit() and int(children) + int(adults) == int(guests), r
        assert lang == '-' or (len(lang) == 2 and lang.islower()), r
        by_file[f] = r
    # note_must must be a literal substring of what the parent typed
    for i, case in enumerate(cases, BASE + 1):
        m = case.get('must')
        if m:
            src = (case.get('text') or '') + ' ' + (case.get('subject') or '')
            for alt in m.split('|'):
                if alt not in src:
                    raise SystemExit('case %d: note_must %r not in text' % (i, alt))
    for f in sorted(files):
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
        for k in REQUIRED:
            if msg[k] is None:
                raise SystemExit('%s: no %s' % (f, k))
    print('checked: all %d files parse without defects and carry %s' % (len(files), ', '.join(REQUIRED)))


def counts(rows, keyf):
    c = collections.Counter(keyf(r) for r in rows)
    return ', '.join('%s=%d' % kv for kv in sorted(c.items()))


def write_readme(rows, cases):
    human = [r for r in rows if r[1] == 'human']
    texts = {c['text'] for c in cases if c['kind'] == 'human' and c.get('text')}
    clients_c = collections.Counter(c['client'] for c in cases)
    lines = [
        ('messages', str(len(rows))),
        ('kind', counts(rows, lambda r: r[1])),
        ('answer (human)', counts(human, lambda r: r[2])),
        ('lang (human)', counts(human, lambda r: r[8])),
        ('category', counts(rows, lambda r: r[4])),
        ('guests stated (human)', counts(human, lambda r: 'number' if r[3] != '-' else '-')),
        ('children/adults stated apart', str(sum(1 for r in human if r[6] != '-' and r[7] != '-'))),
        ('note_must given', str(sum(1 for r in human if r[9] != '-'))),
        ('host', counts([c for c in cases], lambda c: c.get('host', '?'))),
        ('client', ', '.join('%s=%d' % kv for kv in sorted(clients_c.items()))),
        ('distinct human reply texts', str(len(texts))),
    ]
    for k, v in lines:
        print('%s: %s' % (k, v))
    with open(os.path.join(HERE, 'README.in.md'), encoding='utf-8') as fh:
        head = fh.read()
    body = head.rstrip('\n') + '\n\n## Counts (written by tools/build.py)\n\n' + ''.join(
        '- %s: %s\n' % (k, v) for k, v in lines)
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(body)


if __name__ == '__main__':
    main()
