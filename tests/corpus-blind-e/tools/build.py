#!/usr/bin/env python3
"""Build blind batch E (rsvpd reply corpus): *.eml, labels.tsv and README.md.

Standard library only and deterministic:  python3 tools/build.py  rewrites
every file byte for byte.  The reply texts are hand-written data in
tools/data_*.py; the envelopes (headers, quoting, charsets, encodings) come
from clients.py / machine.py, adapted from the main corpus's tools.
"""
import collections
import email
import email.policy
import os
import sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
# The MIME and client-format helpers are the corpus's own (tests/corpus/tools);
# this batch keeps only the modules it changes.
sys.path.append(os.path.normpath(os.path.join(HERE, '..', '..', 'corpus', 'tools')))

import clients  # noqa: E402
import data_en  # noqa: E402
import data_local  # noqa: E402
import data_world  # noqa: E402
import data_machine  # noqa: E402

OUT = os.path.dirname(HERE)
BASE = 500000  # case numbers of batch E; names and Message-IDs derive from them


def all_cases():
    return data_en.CASES + data_local.CASES + data_world.CASES + data_machine.CASES


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
            raise SystemExit('duplicate Message-ID in case %d' % i)
        seen.add(mid)
        if fname in {r[0] for r in rows}:
            raise SystemExit('duplicate file name %s' % fname)
        with open(os.path.join(OUT, fname), 'wb') as fh:
            fh.write(data)
        rows.append([fname] + row)
    rows.sort(key=lambda r: r[0])
    with open(os.path.join(OUT, 'labels.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tkind\tanswer\tguests\tcategory\tnote\tchildren\tadults\tlang\tnote_must\n')
        for r in rows:
            assert all('\t' not in x and '\n' not in x for x in r), r
            fh.write('\t'.join(r) + '\n')
    validate(rows)
    stats = report(rows, cases)
    write_readme(stats)


def validate(rows):
    files = {f for f in os.listdir(OUT) if f.endswith('.eml')}
    if files != {r[0] for r in rows}:
        raise SystemExit('files and labels differ')
    for r in rows:
        f, kind, answer, guests, cat, note, children, adults, lang, must = r
        assert kind in ('human', 'auto_reply', 'bounce'), r
        if kind == 'human':
            assert answer in ('yes', 'no', 'maybe', 'unclear'), r
        else:
            assert answer == '-' and guests == '-' and children == '-' and adults == '-', r
        if answer in ('no', 'unclear'):
            assert guests == '-' and children == '-' and adults == '-', r
        assert guests == '-' or guests.isdigit(), r
        assert cat in clients.CATEGORIES, r
        for n in (children, adults):
            assert n == '-' or n.isdigit(), r
        if children.isdigit() and adults.isdigit():
            assert guests.isdigit() and int(children) + int(adults) == int(guests), r
        assert lang == '-' or (len(lang) == 2 and lang.islower()), r
    for f in sorted(files):
        with open(os.path.join(OUT, f), 'rb') as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        if msg.defects:
            raise SystemExit('%s: %s' % (f, msg.defects))
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                part.get_content()
            if part.defects:
                raise SystemExit('%s: part defects %s' % (f, part.defects))
        for k in ('Message-ID', 'Date', 'From', 'To', 'Subject', 'In-Reply-To'):
            if msg[k] is None:
                raise SystemExit('%s: no %s' % (f, k))


def report(rows, cases):
    out = []

    def count(title, keyf, src=rows):
        c = collections.Counter(keyf(r) for r in src)
        line = '%s: %s' % (title, ', '.join('%s=%d' % kv for kv in sorted(c.items())))
        out.append(line)

    out.append('messages: %d' % len(rows))
    count('kind', lambda r: r[1])
    count('answer (human)', lambda r: r[2], [r for r in rows if r[1] == 'human'])
    count('category', lambda r: r[4])
    count('guests stated (human)', lambda r: 'number' if r[3] != '-' else '-', [r for r in rows if r[1] == 'human'])
    count('lang (labels, human)', lambda r: r[8], [r for r in rows if r[1] == 'human'])
    count('note_must set', lambda r: 'yes' if r[9] != '-' else 'no', [r for r in rows if r[1] == 'human'])
    count('client/envelope', lambda c: c['client'], cases)
    count('host', lambda c: c.get('host', '(default)'), cases)
    texts = {c['text'] for c in cases if c['kind'] == 'human' and c.get('text')}
    out.append('distinct human reply texts: %d' % len(texts))
    print('\n'.join(out))
    return out


README = """# rsvpd blind reply batch E

Independent, labelled raw reply emails (`e*.eml`) for measuring the rsvpd
reply engine on mail it was never tuned on. Written without reading the
engine's source or the other held-back batch. Ground truth is `labels.tsv`
(conventions of `tests/corpus/README.md`, "## labels.tsv", plus the columns
`children`, `adults`, `lang`, `note_must` of the writer brief; `lang` is `-`
for auto-replies and bounces, as in the main corpus).

**This batch is held back**, like `tests/corpus-blind/`: it is scored on
every test run (`tests/it/reply_corpus.rs`, aggregate figures only), and
nobody changing the reply engine reads its messages, labels or individual
misses. Once someone has, replace it with a fresh batch.

## Scores

| engine | answer | kind | guests | silent misreads | precision at/above 0.6 | review |
|---|---|---|---|---|---|---|
| first run, dddc30f (2026-12-05) | 0.906 (231/255) | 1.000 | 0.810 (51/63) | 6.3 %% (16) | 0.930 (212/228) | 10.6 %% |

Also at first run: no human reply read as automatic; children/adults
0.517, notes 1.000, language 0.988.

## Hosts (all invented, every one plus-addressed)

- Porto: Mariana Teixeira, Duarte's 7th birthday (Portuguese, English line)
- Bologna: Federica Lanzoni, Pietro's 8th birthday (Italian)
- Utrecht: Eline Verhoef, Jasper's 6th birthday (Dutch)
- Toronto: Meera Balasingham, Kiran's 9th climbing party (English/French)
- Istanbul: Deniz Karaca, Eylül's 7th birthday (Turkish/English)

Each class has families of many origins, so a Russian, Arabic or Hindi
reply may answer any host. Every message is threaded to its invitation
(`In-Reply-To` = `<inv-TOKEN@...>`), dated 2026, sent To the host's
`+rsvp-TOKEN` address, and quotes the invitation as its client would.
Bounces from MTAs that do not write `In-Reply-To` themselves (Postfix,
Exim, Sendmail, qmail, Yahoo) carry one added at the end of the header,
to meet the batch rule that every file has it.

## Focus

Explanations after an answer (absence reasons in every language), hedged
negatives and non-commitment, calendar replies whose comment contradicts
the button, numbers inside questions, answers typed after a long quoted
subject, change of mind (also against an earlier quoted reply), and human
replies with list-like footers or `Precedence`/`List-*` headers; plus
ordinary yes/no replies, head-counts, notes (allergies, diets, pick-up
times, accessibility, questions).

## Regenerating

    python3 tools/build.py

rewrites every `.eml`, `labels.tsv` and this README byte for byte (standard
library only) and checks that each file parses with Python's `email`
(policy=default) and has Message-ID, Date, From, To, Subject, In-Reply-To.

## Counts

```
%s
```
"""


def write_readme(stats):
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README % '\n'.join(stats))


if __name__ == '__main__':
    main()
