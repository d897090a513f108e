#!/usr/bin/env python3
"""Compare rsvpd's quote stripping with two Python libraries on one corpus.

usage: benches/compare_quote_stripping.py [CORPUS_DIR] [--rsvpd PATH]

CORPUS_DIR defaults to tests/corpus. For every .eml the body is taken the way
rsvpd takes it (text/plain, else the HTML part with tags removed) and given to
  - email-reply-parser (pip install email-reply-parser)
  - mail-parser-reply  (pip install mail-parser-reply), all its languages
while rsvpd reports its own fresh text (`classify --json --fresh-text`).
The libraries are used here only for comparison; rsvpd does not depend on them.

There is no hand-labelled fresh text, so the report measures what can be
checked mechanically on replies to an invitation:
  leak       the extracted text still contains quoted material: a '>' line,
             the invitation's "yes, no or maybe" request, or an attribution
             line ("... wrote:", "Von:", "-----Original Message-----")
  empty      nothing was extracted although rsvpd found fresh text
  agree      the text equals rsvpd's after whitespace is collapsed
  overlap    mean word-set overlap (Jaccard) with rsvpd's text
and the time per message (the libraries in-process; rsvpd per process, which
includes start-up; see `cargo bench --bench reply` for in-process speed).
Standard library plus the two packages only.
"""
import argparse
import email
import email.policy
import json
import os
import re
import subprocess
import sys
import time

LEAK_PATTERNS = [
    re.compile(r'(?m)^\s*>'),
    re.compile(r'(?i)yes,? no,? or maybe|ja, nein oder vielleicht|oui, non ou peut'),
    re.compile(r'(?im)^.{0,200}\b(wrote|schrieb|a écrit|escribió|escreveu|schreef|ha scritto|napisał)\b.{0,40}:\s*$'),
    re.compile(r'(?im)^\s*\*?(from|von|de|da|van|od)\s*:\s*\*?.+$\n^\s*\*?(sent|gesendet|envoyé|enviado|inviato|verzonden|date|datum)\s*:'),
    re.compile(r'(?i)-{3,}\s*(original message|ursprüngliche nachricht|mensaje original|message d.origine)'),
]


def body_text(path):
    with open(path, 'rb') as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)
    plain = html = None
    for part in msg.walk():
        if part.is_multipart() or part.get_content_disposition() == 'attachment':
            continue
        ct = part.get_content_type()
        try:
            content = part.get_content()
        except Exception:  # undecodable parts are skipped, as a reader would
            continue
        if not isinstance(content, str):
            continue
        if ct == 'text/plain' and plain is None:
            plain = content
        elif ct == 'text/html' and html is None:
            html = content
    if plain is not None:
        return plain
    if html is not None:
        text = re.sub(r'(?is)<(script|style).*?</\1>', '', html)
        text = re.sub(r'(?i)<br\s*/?>|</(div|p|tr|li|blockquote)>', '\n', text)
        text = re.sub(r'<[^>]+>', '', text)
        return re.sub(r'&nbsp;', ' ', text)
    return ''


def words(s):
    return set(re.findall(r'\w+', (s or '').lower()))


def norm(s):
    return ' '.join((s or '').split())


def leaks(s):
    return any(p.search(s or '') for p in LEAK_PATTERNS)


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(here)
    ap = argparse.ArgumentParser()
    ap.add_argument('corpus', nargs='?', default=os.path.join(root, 'tests', 'corpus'))
    ap.add_argument('--rsvpd', default=os.path.join(root, 'target', 'release', 'rsvpd'))
    args = ap.parse_args(argv)
    try:
        from email_reply_parser import EmailReplyParser as ERP
        from mailparser_reply import EmailReplyParser as MPR
        from mailparser_reply.constants import MAIL_LANGUAGES
    except ImportError as e:
        sys.exit('missing comparison package (%s): pip install email-reply-parser mail-parser-reply' % e)
    mpr = MPR(languages=[l for l in MAIL_LANGUAGES if l != 'david'])
    files = sorted(f for f in os.listdir(args.corpus) if f.endswith('.eml'))
    if not files:
        sys.exit('no .eml files in %s' % args.corpus)

    results = {'rsvpd': [], 'email-reply-parser': [], 'mail-parser-reply': []}
    timing = {k: 0.0 for k in results}
    for f in files:
        path = os.path.join(args.corpus, f)
        t = time.perf_counter()
        out = subprocess.run([args.rsvpd, 'classify', '--json', '--fresh-text', path],
                             capture_output=True, text=True)
        timing['rsvpd'] += time.perf_counter() - t
        try:
            obj = json.loads(out.stdout)
        except ValueError:
            obj = {}
        if obj.get('kind') != 'human':
            continue  # bounces and auto-replies have no reply text to strip
        ours = obj.get('fresh_text', '')
        body = body_text(path)
        t = time.perf_counter()
        try:
            erp = ERP.parse_reply(body)
        except Exception as e:  # a crash counts as no text
            erp = ''
        timing['email-reply-parser'] += time.perf_counter() - t
        t = time.perf_counter()
        try:
            mp = mpr.parse_reply(text=body)
        except Exception:
            mp = ''
        timing['mail-parser-reply'] += time.perf_counter() - t
        results['rsvpd'].append((f, ours, ours))
        results['email-reply-parser'].append((f, erp, ours))
        results['mail-parser-reply'].append((f, mp, ours))

    n = len(results['rsvpd'])
    print('corpus: %s  (%d human replies of %d messages)' % (args.corpus, n, len(files)))
    print('%-20s %8s %8s %8s %8s %14s' % ('extractor', 'leak', 'empty', 'agree', 'overlap', 'ms/message'))
    for name, rows in results.items():
        leak = sum(1 for _, got, _ in rows if leaks(got))
        empty = sum(1 for _, got, ours in rows if not norm(got) and norm(ours))
        agree = sum(1 for _, got, ours in rows if norm(got) == norm(ours))
        overlap = 0.0
        for _, got, ours in rows:
            a, b = words(got), words(ours)
            overlap += (len(a & b) / len(a | b)) if (a | b) else 1.0
        ms = 1000.0 * timing[name] / max(len(files) if name == 'rsvpd' else n, 1)
        print('%-20s %7.1f%% %7.1f%% %7.1f%% %8.3f %14.3f' % (
            name, 100.0 * leak / n, 100.0 * empty / n, 100.0 * agree / n, overlap / n, ms))
    print('(rsvpd ms/message includes one process start per message)')


if __name__ == '__main__':
    main(sys.argv[1:])
