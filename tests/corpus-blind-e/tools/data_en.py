"""English human replies of batch E (all five hosts)."""
from clients import H, C

T = 'toronto'
LIST_HDRS = [('Precedence', 'list'), ('List-Id', 'Class 3B parents <class3b-parents.googlegroups.com>'),
             ('List-Unsubscribe', '<mailto:class3b-parents+unsubscribe@googlegroups.com>'), ('Mailing-list', 'list class3b-parents@googlegroups.com')]
GG_FOOT = ('--\nYou received this message because you are subscribed to the Google Groups "Class 3B parents" group.\n'
           'To unsubscribe from this group and stop receiving emails from it, send an email to class3b-parents+unsubscribe@googlegroups.com.\n'
           'To view this discussion visit https://groups.google.com/d/msgid/class3b-parents/abc123.')
BIZ_FOOT = ('Keisha Campbell | Campbell Catering Co.\n416-555-0148 | www.campbellcatering.example.ca\n'
            'Follow us: Instagram | Facebook\nUnsubscribe from our monthly menu newsletter: https://campbellcatering.example.ca/unsub')
DISCLAIMER = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be privileged. '
              'If you are not the intended recipient, please notify the sender and delete it. Any review, '
              'retransmission or distribution is prohibited.')

CASES = [
    # ---- plain yes / no
    H('gmail', 'en', 'yes', '-', 'plain', 'plain yes', 'Yes, Zoe would love to come! Thanks for the invite.', host=T, kid='Zoe'),
    H('iphone', 'en', 'yes', '-', 'plain', 'yes, short', 'Count us in!', host=T),
    H('gmail_android', 'en', 'no', '-', 'plain', 'plain no', 'Sorry Meera, Malik can’t make it this time. Hope Kiran has a great day!', host=T, kid='Malik'),
    H('outlook', 'en', 'yes', '2', 'headcount', 'yes, one kid one adult', 'Hi Meera,\n\nThanks so much - Caleb will be there, and I\'ll stay for the pizza if that\'s okay. So 2 of us.\n\nCallum', host=T, who='Callum Reid', kid='Caleb', children=1, adults=1),
    H('m365', 'en', 'no', '-', 'plain', 'plain no, polite', 'Thank you for thinking of Nia. Unfortunately we won\'t be able to attend.\n\nBest,\nDanielle', host=T, who='Danielle Okafor', kid='Nia'),
    H('apple', 'en', 'yes', '-', 'plain', 'yes with thanks', 'We\'d be delighted! Rowan has been talking about climbing for weeks.', host=T, kid='Rowan'),
    H('yahoo', 'en', 'no', '-', 'plain', 'no, short', 'No sorry, not this time.', host=T),
    H('gmail', 'en', 'yes', '3', 'headcount', 'yes, 2 kids 1 adult', 'Yes please! Aria and her brother Theo (he\'s 7 so he can climb) plus me. 3 total.', host=T, kid='Aria', children=2, adults=1),
    H('thunderbird', 'en', 'yes', '-', 'plain', 'plain yes, bottom-posted', 'Thanks Eline, Jonah will be there.\n\nSiobhan', host='utrecht', who='Siobhan Keane', kid='Jonah', post='bottom'),
    H('gmail', 'en', 'no', '-', 'plain', 'plain no, Istanbul', 'Hi Deniz, unfortunately Kai can\'t come. Thank you for inviting him!', host='istanbul', kid='Kai'),
    H('iphone', 'en', 'yes', '-', 'emoji_short', 'emoji yes', 'Yes!! 🎉🧗', host=T),
    H('gmail_android', 'en', 'yes', '-', 'emoji_short', 'thumbs up only', '👍', host='porto'),
    H('outlook_mobile', 'en', 'yes', '2', 'headcount', 'yes, we two', 'Yes we\'ll both be there - Ivy and me.', host='bologna', kid='Ivy', children=1, adults=1),
    H('proton', 'en', 'no', '-', 'plain', 'no thanks', 'Thanks for the invitation, but Arlo won\'t be joining.', host='utrecht', kid='Arlo'),
    H('gmail', 'en', 'yes', '-', 'plain', 'yes, Bologna, international family', 'Ciao Federica! Hazel will definitely come, she\'s so excited. Thank you!', host='bologna', kid='Hazel'),
    H('samsung', 'en', 'no', '-', 'plain', 'no, Samsung base64', 'Sorry we cant come', host='istanbul'),
    H('apple', 'en', 'yes', '1', 'headcount', 'just the child, drop off', 'Yes - just Noor, I\'ll drop her at 1 and grab her at 3:30.', host=T, kid='Noor', children=1, adults=0, must='3:30'),
    H('gmail', 'en', 'yes', '4', 'headcount', 'me and the twins plus dad', 'We\'re in! It\'ll be me, my husband and the twins.', host=T, children=2, adults=2),
    H('gmail', 'en', 'yes', '3', 'headcount', 'me and the twins = 3', 'Me and the twins will be there 😊', host='utrecht', children=2, adults=1),
    H('iphone', 'en', 'yes', '4', 'headcount', 'both of us with the child plus the baby', 'Both of us are coming with Declan, plus the baby in the carrier if that\'s alright.', host='porto', kid='Declan'),
    H('m365_html', 'en', 'yes', '1', 'headcount', 'just the child, parent not staying', 'Hi Meera, Ezra will come but I can\'t stay - I have a shift until 4. My sister will pick him up at 3:30.', host=T, kid='Ezra', children=1, adults=0, must='sister'),
    H('outlook', 'en', 'yes', '1', 'headcount', 'parent not staying, child comes', 'I won\'t be able to stay, but Maya will absolutely be there. Dropping off at 2.', host='istanbul', kid='Maya', children=1, adults=0),

    # ---- explanations after the answer (absence)
    H('gmail', 'en', 'no', '-', 'trap', 'no + reason: at sister\'s', 'Can\'t come, we\'ll be at my sister\'s in Ottawa that weekend. Happy birthday Kiran!', host=T),
    H('iphone', 'en', 'no', '-', 'trap', 'no, away, reason mentions party elsewhere', 'Unfortunately no - we\'re away at a wedding in Kingston all weekend. So sorry to miss it!', host=T),
    H('gmail_android', 'en', 'no', '-', 'trap', 'indirect no: football camp', 'Felix has football camp all day Saturday, so he\'ll have to miss this one. Have fun!', host='utrecht', kid='Felix'),
    H('m365', 'en', 'no', '-', 'trap', 'no + reason: grandparents visiting', 'We won\'t make it I\'m afraid. His grandparents are flying in from Accra that morning and we\'re collecting them from the airport.', host=T),
    H('apple', 'en', 'no', '-', 'trap', 'no: out of the country', 'Sadly we\'ll be out of the country (back home in Manila for my dad\'s 70th). Tariq is gutted!', host='istanbul', kid='Tariq'),
    H('gmail', 'en', 'no', '-', 'trap', 'no: sick, recovering', 'Amara has chickenpox 😩 so we\'ll have to sit this one out. Thanks so much for the invite.', host='porto', kid='Amara'),
    H('yahoo', 'en', 'no', '-', 'trap', 'indirect no: swim gala', 'Sienna has her swim gala that afternoon - it\'s the regional final so we can\'t move it. Sorry!', host='bologna', kid='Sienna'),
    H('outlook', 'en', 'no', '-', 'trap', 'no: moving house', 'Hi Eline, we are moving house that weekend so it\'s a no from us, sadly. Lovely idea though!', host='utrecht'),
    H('gmail', 'en', 'no', '-', 'trap', 'no, with "yes" inside the reason', 'Not this time - we said yes to a family reunion ages ago and it\'s the same day.', host=T),
    H('iphone', 'en', 'no', '-', 'trap', 'no: Eid celebrations', 'So sorry, it clashes with Eid at my in-laws so we won\'t be there. Eid Mubarak to you too if you celebrate!', host='istanbul'),

    # ---- indirect yes
    H('gmail', 'en', 'yes', '-', 'trap', 'indirect yes: present wrapped', 'She\'s already wrapped her present! (I know, I know, no gifts - it\'s a drawing 😄)', host=T),
    H('iphone', 'en', 'yes', '-', 'trap', 'indirect yes: see you there', 'Wouldn\'t miss it - see you at the gym on the 25th!', host=T),
    H('gmail_android', 'en', 'yes', '-', 'trap', 'indirect yes: marked in calendar', 'Lovely, it\'s in the calendar. Layla can\'t wait.', host='porto', kid='Layla'),

    # ---- hedged negatives / non-commitment = maybe
    H('gmail', 'en', 'maybe', '-', 'unclear', 'might not make it, will confirm', 'We might not make it - Rowan has a tournament that might run late. I\'ll confirm by Thursday.', host=T),
    H('outlook', 'en', 'maybe', '-', 'unclear', 'not sure we can, depends on work', 'Not sure we can make it yet, it depends on my work rota. I\'ll let you know next week.', host='utrecht'),
    H('iphone', 'en', 'maybe', '-', 'unclear', 'probably but not certain', 'Probably! Just waiting to hear back about a family thing.', host='bologna'),
    H('m365', 'en', 'maybe', '-', 'unclear', 'looks unlikely but not decided', 'It\'s looking a bit unlikely as we may be travelling, but nothing is booked yet. Can I get back to you?', host=T),
    H('gmail', 'en', 'maybe', '2', 'unclear', 'conditional yes with count', 'If Jonah\'s ear infection clears up we\'ll come - that would be the two of us. Fingers crossed.', host='utrecht', kid='Jonah'),
    H('yahoo', 'en', 'maybe', '-', 'unclear', 'tentative, tentative', 'Put us down as a maybe for now please.', host='istanbul'),
    H('apple', 'en', 'maybe', '-', 'unclear', 'hedged: hoping to', 'We\'re hoping to come but can\'t promise anything - my husband might be on call that weekend.', host=T),
    H('gmail_android', 'en', 'no', '-', 'plain', 'soft decline = no', 'I don\'t think we\'ll manage this one, sorry. Maybe next time!', host='porto'),
    H('gmail', 'en', 'maybe', '-', 'unclear', 'non-commitment: will try', 'We\'ll try to pop by for the cake part, no guarantees though!', host='bologna'),

    # ---- numbers inside questions (unclear)
    H('gmail', 'en', 'unclear', '-', 'unclear', 'question with numbers, no answer', 'Quick question - is it OK if Ezra\'s 2 cousins come along? They\'re visiting that week and are 8 and 10.', host=T),
    H('iphone', 'en', 'unclear', '-', 'unclear', 'question about siblings age 5', 'Can a 5 year old sibling climb, or is 6 the strict minimum?', host=T),
    H('outlook', 'en', 'unclear', '-', 'unclear', 'question about timing numbers', 'Hi Eline, does it finish at 4:30 or 5? Just trying to plan around a 5:15 swimming lesson.', host='utrecht'),
    H('m365_html', 'en', 'unclear', '-', 'unclear', 'how many parents question', 'How many parents are staying roughly? 3 or 4? Trying to decide whether to stay.', host='istanbul'),
    H('gmail', 'en', 'yes', '1', 'headcount', 'yes + question with number', 'Yes, just Imani, I\'ll drop her off. Is there parking for 2 hours nearby or should we take the streetcar?', host=T, kid='Imani', children=1, adults=0, must='parking'),
    H('gmail_android', 'en', 'unclear', '-', 'unclear', 'question, number of the house', 'Is it number 88 on Moda Cad? My maps shows 2 places with that name', host='istanbul'),

    # ---- notes: allergies, diets, access
    H('gmail', 'en', 'yes', '2', 'headcount', 'yes + allergy note', 'Yes! Nia and I will come. Just so you know she has a severe sesame allergy - she carries an EpiPen.', host=T, kid='Nia', children=1, adults=1, must='sesame'),
    H('outlook', 'en', 'yes', '-', 'plain', 'yes + halal diet note', 'Tariq is coming, thank you! He only eats halal, so if it\'s pepperoni pizza I\'ll send a snack for him.', host=T, kid='Tariq', must='halal'),
    H('apple', 'en', 'yes', '2', 'headcount', 'yes + wheelchair access question', 'We\'d love to come - Caleb and me. Caleb uses a wheelchair; is the party room step-free? He can\'t climb but loves watching.', host=T, kid='Caleb', children=1, adults=1, must='wheelchair'),
    H('gmail', 'en', 'yes', '3', 'headcount', 'yes + gluten free', 'Yes, three of us (Aria, little Leo and me). Aria is coeliac so no focaccia for her, I\'ll bring gluten-free bread.', host='bologna', kid='Aria', children=2, adults=1, must='coeliac'),
    H('iphone', 'en', 'yes', '1', 'headcount', 'yes + pickup time note', 'Yes for Kai! I have to collect him a bit early, around 4:15, hope that\'s ok.', host='istanbul', kid='Kai', children=1, adults=0, must='4:15'),
    H('m365', 'en', 'yes', '-', 'plain', 'yes + vegetarian', 'Rowan would love to come. We\'re vegetarian, so cheese pizza for him please 🙂', host=T, kid='Rowan', must='vegetarian'),
    H('gmail', 'en', 'yes', '2', 'headcount', 'yes + dairy allergy', 'Yes for the pannenkoeken party! Finn and me. Finn is allergic to cow\'s milk (not lactose - proper allergy).', host='utrecht', kid='Finn', children=1, adults=1, must="cow's milk"),

    # ---- calendar: comment against button
    C('cal_google', 'en', 'ACCEPTED', 'no', '-', 'accepted but comment declines', 'Clicked the wrong button - sorry, we can\'t come, we\'re away that weekend.', host=T),
    C('cal_outlook', 'en', 'DECLINED', 'yes', '-', 'declined but comment says coming', 'Declined by mistake, Malik IS coming! Ignore the red X.', host=T),
    C('cal_apple', 'en', 'TENTATIVE', 'yes', '2', 'tentative but comment firm yes', 'Yes for sure - both of us (Zoe + me).', host=T, children=1, adults=1),
    C('cal_google', 'en', 'ACCEPTED', 'yes', '-', 'accepted, no comment', None, host=T),
    C('cal_outlook', 'en', 'DECLINED', 'no', '-', 'declined, no comment', None, host=T),
    C('cal_google', 'en', 'TENTATIVE', 'maybe', '-', 'tentative, comment explains', 'Depends on whether my shift gets swapped.', host=T),
    C('cal_apple', 'en', 'ACCEPTED', 'maybe', '-', 'accepted but comment uncertain', 'Accepting for now so it\'s in my calendar, but we\'re not 100% sure yet - will confirm.', host='utrecht'),
    C('cal_outlook', 'en', 'ACCEPTED', 'yes', '3', 'accepted with count comment', 'Three of us: Felix, his sister Mae and me.', host='istanbul', children=2, adults=1),
    C('cal_google', 'en', 'DECLINED', 'no', '-', 'declined with reason comment', 'We\'re at my parents\' in Hamilton that day, sorry!', host=T),

    # ---- subject-only answers after a long quoted subject
    H('gmail', 'en', 'yes', '2', 'subject_only', 'answer typed at the end of the long subject', '', host=T,
      subject="Re: You're invited! Kiran's 9th birthday climbing party / Fête d'escalade de Kiran - Saturday April 25, 1-3:30pm @ Summit Up, 45 Carlaw Ave - YES, 2 of us", post='none'),
    H('iphone', 'en', 'no', '-', 'subject_only', 'no at end of long subject, empty body', '', host=T,
      subject="Re: You're invited! Kiran's 9th birthday climbing party / Fête d'escalade de Kiran - Saturday April 25, 1-3:30pm @ Summit Up, 45 Carlaw Ave -- sorry can't make it"),
    H('outlook', 'en', 'yes', '-', 'subject_only', 'yes typed before quoted subject', '', host='utrecht',
      subject='Yes! RE: Uitnodiging kinderfeestje Jasper (6) - zaterdag 30 mei bij Speelboerderij De Klimop'),
    H('gmail_android', 'en', 'maybe', '-', 'subject_only', 'maybe at end of subject', '', host='bologna',
      subject='Re: Festa di compleanno di Pietro - domenica 7 giugno ai Giardini Margherita (maybe, will confirm)'),

    # ---- change of mind
    H('gmail', 'en', 'no', '-', 'change_of_mind', 'yes then no in same message', 'Yes we\'ll be there!\n\nActually, scratch that - just checked the family calendar and it\'s my nephew\'s christening. So sorry, it\'s a no.', host=T),
    H('iphone', 'en', 'yes', '-', 'change_of_mind', 'earlier no quoted, now yes', 'Good news - our trip got moved, so Aria CAN come after all! 🎉', host=T, prev='Sorry, we\'ll be in Montreal that weekend so Aria can\'t come.', prev_hours=30),
    H('outlook', 'en', 'no', '-', 'change_of_mind', 'earlier yes quoted, now cancel', 'Hi Eline, so sorry but we have to cancel - Arlo broke his wrist yesterday. He\'s fine but no farm adventures for him.', host='utrecht', prev='Yes, Arlo will come! Two of us.', prev_hours=50),
    H('gmail', 'en', 'yes', '2', 'change_of_mind', 'maybe then definite yes', 'Update: we can come! Sienna and me. (Ignore my maybe from before.)', host='bologna', prev='Maybe - waiting on the swim schedule.', prev_hours=40, children=1, adults=1),
    H('m365', 'en', 'yes', '3', 'change_of_mind', 'headcount change, latest wins', 'Hi again - correction: it will be 3 of us not 2, my husband is free now.', host=T, prev='Yes! Two of us, Declan and me.', prev_hours=20),
    H('gmail_android', 'en', 'no', '-', 'change_of_mind', 'I thought we could, but no', 'I thought we could make it but I got the date wrong, we fly out the 19th. Sorry! Have a great party.', host='istanbul'),

    # ---- list-like footers / Precedence headers (still human)
    H('gmail', 'en', 'yes', '-', 'signature', 'reply via Google Group: list headers + footer', 'Yes from us - Hazel is coming!', host=T, headers=LIST_HDRS, sig=GG_FOOT),
    H('gmail', 'en', 'no', '-', 'signature', 'no via Google Group: list headers + footer', 'Sorry all, replied to the group by mistake - but for Meera: Felix can\'t come, we\'re at a hockey tournament.', host=T, headers=LIST_HDRS, sig=GG_FOOT),
    H('outlook', 'en', 'yes', '2', 'signature', 'yes + business footer with unsubscribe', 'Hi Meera,\n\nYes, Imani and I will be there. Happy to bring extra cupcakes (nut-free of course)!', host=T, who='Keisha Campbell', sig=BIZ_FOOT, children=1, adults=1),
    H('m365', 'en', 'no', '-', 'signature', 'no + confidentiality disclaimer', 'Hello Meera,\n\nRegrettably we cannot attend - Jonah is at his father\'s that weekend.\n\nRegards,\nNathan Goldberg\nGoldberg Mehta LLP\n\n' + DISCLAIMER, host=T, who='Nathan Goldberg'),
    H('mutt', 'en', 'yes', '-', 'signature', 'yes + Precedence: bulk set by parent\'s server', 'yes, Kai will come. thanks!\n\n-- \nW. Ho', host='istanbul', who='Wei-Lin Ho', headers=[('Precedence', 'bulk'), ('X-Mailer', 'mutt/2.2.12')]),
    H('gmail', 'en', 'maybe', '-', 'signature', 'maybe + list-style footer', 'Possibly! Will know after Friday.', host='utrecht', who='Owen Llewellyn',
      sig='Owen Llewellyn\n--\nUtrecht Expat Parents Network\nManage your subscription: https://lists.example.org/mailman/listinfo/uepn\nUnsubscribe: uepn-leave@lists.example.org', headers=[('List-Unsubscribe', '<mailto:uepn-leave@lists.example.org>'), ('Precedence', 'list')]),
    H('yahoo', 'en', 'yes', '1', 'signature', 'yes with long yahoo-style sig list', 'yes Zoe coming, i will drop her off\n\n—\nJess Thornbury\n• Yoga Tue/Thu 6pm\n• Reiki by appointment\n• Reply STOP to unsubscribe from class reminders', host=T, who='Jess Thornbury', children=1, adults=0),

    # ---- quoted / html / misc
    H('gmail', 'en', 'yes', '-', 'quoted', 'inline reply under quoted question', '{attr}\n\n> Please reply yes, no or maybe with how many kids and adults, plus any\n> allergies, by Saturday April 18.\n\nYes! No allergies.\n', host=T, post='inline'),
    H('outlook', 'en', 'no', '-', 'quoted', 'no, top reply, quoted invite has yes/no/maybe', 'No, sorry.', host='porto'),
    H('apple', 'en', 'unclear', '-', 'unclear', 'thanks, will check, no leaning', 'Thanks Deniz! Let me check with my wife and get back to you.', host='istanbul'),
    H('gmail', 'en', 'unclear', '-', 'unclear', 'wrong thread: about school trip', 'Hi, does anyone know if the school trip money is due Friday or Monday?', host='utrecht'),
    H('gmail_android', 'en', 'yes', '2', 'headcount', 'phone-typed, typos', 'yes we cme. me n ezra. thx', host=T, children=1, adults=1),
    H('iphone', 'en', 'yes', '4', 'headcount', 'yes, 3 kids 1 adult, written numbers', 'Yes - I\'ll bring all three of mine if that\'s alright (Maya, Ezra and Juno), so four with me.', host='porto', children=3, adults=1),
    H('m365_html', 'en', 'yes', '-', 'html_mime', 'html-only yes', 'Absolutely, Felix will be there with bells on!', host='bologna'),
    H('gmail', 'en', 'no', '-', 'plain', 'no, Toronto, with thanks', 'Thank you so much for including Declan. We have a prior commitment that day, unfortunately.', host=T),
    H('outlook_mobile', 'en', 'yes', '-', 'plain', 'yes, outlook mobile', 'Sounds great, Amara will come!', host='istanbul'),
    H('zoho', 'en', 'no', '-', 'trap', 'no: grandmother in hospital', 'We have to say no - my mother is in hospital and we\'re going back and forth. Hope it\'s a fab party.', host='porto'),
    H('gmail', 'en', 'yes', '2', 'headcount', 'dad and daughter', 'Her dad will bring her and stay - so 2. Thanks!', host='utrecht', children=1, adults=1),
    H('iphone', 'en', 'no', '-', 'trap', 'no disguised: "would have loved to"', 'Would have loved to, but we\'re in Niagara for my parents\' anniversary.', host=T),
]
