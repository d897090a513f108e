"""Case helpers for batch H: thin wrappers over the shared constructors.

R(...) is a human reply, K(...) a calendar reply, AR(...) an auto-reply and
BO(...) a bounce.  They call H/C/A/B from tests/corpus/tools/clients.py and
only add a sender from batch H's own name pool when the case names none.
Label fields: answer, guests ('-' or a number as text), category, note;
optional children=, adults= (numbers), must='yes' (a note the host must see).
"""
import itertools

from clients import A, B, C, H

# Invented senders for cases that do not sign with a name.  Surnames differ
# from the hosts' (Raman, Wendt, Ortega, Haddad, Horvat and batch H's own).
EN_FIRST = ['Sophie', 'Adam', 'Chloe', 'Liam', 'Naomi', 'Craig', 'Bethan', 'Ross', 'Tasha', 'Ewan',
            'Jess', 'Kieran', 'Lucy', 'Owen', 'Anya', 'Matt', 'Georgia', 'Sunil', 'Ffion', 'Dean',
            'Molly', 'Patrick', 'Keisha', 'Alastair', 'Rosie', 'Imran', 'Holly', 'Nathan', 'Carys',
            'Jamie', 'Esther', 'Lewis', 'Priti', 'Stuart', 'Harriet', 'Kwame', 'Leanne', 'Toby', 'Mairead', 'Ben']
EN_LAST = ['Tanner', 'Okafor', 'Westbrook', 'Pryce', 'Haldane', 'Quigley', 'Sandhu', 'Marlow', 'Penrose',
           'Abbott', 'Delaney', 'Cartwright', 'Nwosu', 'Fairclough', 'Holt', 'Varga', 'Kenning', 'Iqbal',
           'Rowntree', 'Maddox', 'Eze', 'Lockhart', 'Jarvis', 'Threlfall', 'Bhatt', 'Winstanley', 'Coyle',
           'Appleby', 'Mensah', 'Gillespie', 'Thornton', 'Oduya', 'Rafferty', 'Kavanagh', 'Sutcliffe',
           'Hendry', 'Ashby', 'Llewellyn', 'Chowdhury', 'Finch', 'Garside', 'Ogundipe', 'Radcliffe',
           'Beaumont', 'Yates', 'Collingwood', 'Stroud', 'Mahoney', 'Ferris', 'Pickering', 'Lund', 'Cheung',
           'Barraclough', 'Dale', 'Pollard', 'Renshaw', 'Siddiqui', 'Tierney', 'Voss', 'Whitlock', 'Ainsworth',
           'Brennan', 'Crowther', 'Dhillon', 'Emsley', 'Forsyth', 'Goddard']

_counter = itertools.count()


def next_en_name():
    n = next(_counter)
    return '%s %s' % (EN_FIRST[n % len(EN_FIRST)], EN_LAST[(n * 7) % len(EN_LAST)])


def _who(lang, kw):
    if not kw.get('who'):
        if lang not in ('en', 'hi'):
            raise SystemExit('non-English case without who=: %r' % kw)
        kw['who'] = next_en_name()
    return kw


def R(client, lang, answer, guests, category, note, text, **kw):
    assert 'host' in kw and 'kid' in kw, (note, kw)
    return H(client, lang, answer, guests, category, note, text, **_who(lang, kw))


def K(client, lang, partstat, answer, guests, note, comment=None, **kw):
    assert 'host' in kw and 'kid' in kw, (note, kw)
    return C(client, lang, partstat, answer, guests, note, comment, **_who(lang, kw))


def AR(client, lang, note, text, **kw):
    assert 'host' in kw, note
    kw.setdefault('kid', 'Sam')
    return A(client, lang, note, text, **_who('en', kw))


def BO(client, lang, note, **kw):
    assert 'host' in kw, note
    kw.setdefault('kid', 'Sam')
    return B(client, lang, note, **_who('en', kw))
