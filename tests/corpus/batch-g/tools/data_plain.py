"""Batch G: ordinary replies (no focus phenomenon), in every language of the batch."""
from clients import H

M, BEC, RETO, SOPH, VAL = 'morag', 'bec', 'reto', 'sophie', 'valentina'

CASES = [
    # ---- English ----
    H('gmail', 'en', 'yes', '-', 'plain', 'plain yes', "Yes please, Isla would love to come!", host=M, kid='Isla'),
    H('iphone', 'en', 'yes', '-', 'emoji_short', 'yes + emoji', "Yes! Can't wait \U0001F389", host=BEC),
    H('outlook', 'en', 'yes', '-', 'signature', 'yes with a name signature', "Hi Morag,\n\nThanks for the invitation. Fraser will be there.\n\nRegards,\nEuan", host=M, kid='Fraser', who='Euan Robertson'),
    H('m365_html', 'en', 'yes', '-', 'html_mime', 'HTML-only yes', "Hi Bec,\n\nJasper would love to come - thanks so much!\n\nKylie", host=BEC, kid='Jasper', who='Kylie Papadopoulos'),
    H('gmail_android', 'en', 'no', '-', 'plain', 'plain no', "No, sorry - hope it's a great party", host=M),
    H('yahoo', 'en', 'no', '-', 'plain', 'plain no, Yahoo', "sorry we can't come", host=BEC, domain='yahoo.com.au'),
    H('apple', 'en', 'yes', '3', 'headcount', '"3 of us"', "Yes, there will be 3 of us.", host=M),
    H('thunderbird', 'en', 'yes', '-', 'quoted', 'bottom-posted yes', "We'd love to - count Archie in.", host=BEC, kid='Archie', post='bottom'),
    H('proton', 'en', 'yes', '2', 'headcount', '"Two of us"', "Yes. Two of us. Thanks.", host=M),
    H('samsung', 'en', 'yes', '2', 'headcount', '"2 kids"', "yes 2 kids", host=BEC, children=2),
    H('iphone', 'en', 'maybe', '-', 'plain', 'plain maybe', "Maybe, will let you know", host=M),
    H('outlook_mobile', 'en', 'maybe', '-', 'plain', 'maybe, confirm Friday', "Maybe - I'll confirm by Friday.", host=BEC),
    H('gmail', 'en', 'unclear', '-', 'unclear', 'deferral without a leaning', "Thank you! I'll check with my husband and get back to you.", host=M),
    H('outlook_mobile', 'en', 'unclear', '-', 'unclear', 'bare acknowledgement', "Received, thanks Bec!", host=BEC),
    H('m365', 'en', 'yes', '2', 'headcount', 'Rory and I = 2', "Yes, Rory and I will both come. Thanks!", host=M, kid='Rory', children=1, adults=1),
    H('gmail_android', 'en', 'no', '-', 'plain', 'plain no', "We can't, sorry. Have a lovely time.", host=BEC),
    H('apple', 'en', 'yes', '-', 'plain', 'yes, see you there', "Yes, see you at Zone Arena!", host=BEC),
    H('outlook', 'en', 'no', '-', 'plain', '"a no from us"', "Sorry Morag, it's a no from us this time.", host=M),
    H('outlook_mobile', 'en', 'no', '-', 'plain', 'polite no, Outlook mobile', "Unfortunately we won't be able to make it. Thanks for the invite!", host=BEC),
    H('iphone', 'en', 'yes', '-', 'plain', 'sure, will come', "Sure, Eilidh will come along \U0001F60A", host=M, kid='Eilidh'),
    H('gmail_android', 'en', 'maybe', '-', 'plain', '"not sure yet, possibly"', "Not sure yet, possibly", host=BEC),
    H('m365_html', 'en', 'no', '-', 'html_mime', 'formal HTML-only no', "Dear Morag,\n\nWe regret that Harris will not be able to attend.\n\nBest wishes,\nThe Galbraith family", host=M, kid='Harris', who='Stuart Galbraith'),
    H('gmail', 'en', 'unclear', '-', 'unclear', 'asks to confirm the date only', "Hi, is this for Saturday the 16th? Just double checking the date", host=M, must='yes'),
    H('proton', 'en', 'yes', '1', 'headcount', '"1 child"', "yes, 1 child", host=BEC, children=1),

    # ---- German ----
    H('gmail', 'de', 'yes', '-', 'language', 'ja', "Ja, wir kommen gerne!", host=RETO),
    H('iphone', 'de', 'no', '-', 'language', 'nein', "Leider nein, danke trotzdem!", host=RETO),
    H('gmx', 'de', 'yes', '3', 'language', 'zu dritt', "Wir kommen zu dritt.", host=RETO, mode='html'),
    H('outlook', 'de', 'maybe', '-', 'language', 'vielleicht', "Vielleicht, ich gebe noch Bescheid.", host=RETO, domain='sunrise.ch'),
    H('webde', 'de', 'yes', '-', 'language', 'ja, Noah ist dabei', "Hallo Reto,\n\nNoah ist dabei!\n\nViele Grüsse\nSimon", host=RETO, kid='Noah', who='Simon Gerber'),
    # ---- French ----
    H('gmail', 'fr', 'yes', '-', 'language', 'oui', "Oui avec plaisir !", host=SOPH),
    H('samsung', 'fr', 'no', '-', 'language', 'non', "Non, désolés.", host=SOPH),
    H('iphone', 'fr', 'maybe', '-', 'language', 'peut-être', "Peut-être, je te dis ça vite.", host=SOPH),
    H('gmail_android', 'fr', 'yes', '3', 'language', 'on sera 3', "On sera 3 !", host=SOPH),
    H('m365_html', 'fr', 'yes', '-', 'html_mime', 'oui, HTML seul', "Bonjour Sophie,\n\nVictor sera présent. Merci pour l'invitation !\n\nBenoît", host=SOPH, kid='Victor', who='Benoît Renard'),
    # ---- Dutch ----
    H('gmail', 'nl', 'yes', '-', 'language', 'ja', "Ja, graag!", host=SOPH),
    H('iphone', 'nl', 'no', '-', 'language', 'nee', "Nee, helaas.", host=SOPH),
    H('outlook', 'nl', 'maybe', '-', 'language', 'misschien', "Misschien, ik laat het nog weten.", host=SOPH, domain='proximus.be'),
    H('gmail_android', 'nl', 'yes', '3', 'language', "met z'n drieën", "We komen met z'n drieën.", host=SOPH),
    # ---- Spanish ----
    H('gmail', 'es', 'yes', '-', 'language', 'sí', "Sí, vamos!", host=VAL),
    H('samsung', 'es', 'no', '-', 'language', 'no', "No podemos, perdón \U0001F614", host=VAL),
    H('iphone', 'es', 'maybe', '-', 'language', 'tal vez', "Tal vez, te aviso.", host=VAL),
    H('gmail_android', 'es', 'yes', '3', 'language', 'vamos 3', "Vamos 3 \U0001F44D", host=VAL),
    H('yahoo', 'es', 'yes', '-', 'language', 'sí, Thiago va', "Hola Vale! Thiago va encantado. Besos", host=VAL, kid='Thiago', domain='yahoo.com.ar'),
    # ---- Portuguese ----
    H('gmail', 'pt', 'yes', '-', 'language', 'sim', "Sim, vamos!", host=BEC),
    H('iphone', 'pt', 'no', '-', 'language', 'não', "Não vamos poder, desculpa.", host=VAL),
    H('gmail_android', 'pt', 'maybe', '-', 'language', 'talvez', "Talvez, te aviso.", host=M),
    H('samsung', 'pt', 'yes', '3', 'language', 'vamos em 3', "Vamos em 3!", host=RETO),
    # ---- Italian ----
    H('gmail', 'it', 'yes', '-', 'language', 'sì', "Sì, veniamo volentieri!", host=RETO),
    H('iphone', 'it', 'no', '-', 'language', 'no', "No, mi dispiace.", host=SOPH),
    H('yahoo', 'it', 'maybe', '-', 'language', 'forse', "Forse, ti faccio sapere.", host=M, domain='yahoo.it'),
    H('gmail_android', 'it', 'yes', '3', 'language', 'saremo in 3', "Saremo in 3.", host=BEC),
    # ---- Polish ----
    H('gmail', 'pl', 'yes', '-', 'language', 'tak', "Tak, przyjdziemy!", host=M),
    H('samsung', 'pl', 'no', '-', 'language', 'nie', "Niestety nie.", host=RETO),
    H('iphone', 'pl', 'maybe', '-', 'language', 'może', "Może, dam znać.", host=BEC),
    H('gmail_android', 'pl', 'yes', '3', 'language', 'we troje = 3', "Będziemy we troje.", host=SOPH),
    # ---- Turkish ----
    H('gmail', 'tr', 'yes', '-', 'language', 'evet', "Evet, geliyoruz!", host=RETO),
    H('iphone', 'tr', 'no', '-', 'language', 'hayır', "Hayır, maalesef.", host=M),
    H('samsung', 'tr', 'maybe', '-', 'language', 'belki', "Belki, haber veririm.", host=BEC),
    H('gmail_android', 'tr', 'yes', '3', 'language', '3 kişi', "3 kişi geleceğiz.", host=VAL),
    # ---- Croatian ----
    H('gmail', 'hr', 'yes', '-', 'language', 'da', "Da, dolazimo!", host=BEC),
    H('iphone', 'hr', 'no', '-', 'language', 'ne', "Ne, nažalost.", host=RETO),
    H('gmail_android', 'hr', 'yes', '3', 'language', 'nas troje = 3', "Dolazimo nas troje.", host=M),
    H('samsung', 'hr', 'unclear', '-', 'unclear', 'samo zahvala', "Hvala na pozivu!", host=SOPH),
    # ---- Serbian ----
    H('gmail', 'sr', 'yes', '-', 'language', 'да (ћирилица)', "Да, долазимо!", host=RETO),
    H('iphone', 'sr', 'no', '-', 'language', 'ne', "Ne možemo, izvinite.", host=BEC),
    H('gmail_android', 'sr', 'yes', '3', 'language', 'nas troje = 3', "Doći ćemo nas troje.", host=SOPH),
    H('samsung', 'sr', 'maybe', '-', 'language', 'možda', "Možda, javiću.", host=M),
    # ---- Czech ----
    H('gmail', 'cs', 'yes', '-', 'language', 'ano', "Ano, přijdeme!", host=M),
    H('thunderbird', 'cs', 'no', '-', 'language', 'ne', "Ne, bohužel.", host=RETO, domain='seznam.cz', post='top'),
    H('iphone', 'cs', 'yes', '3', 'language', 've třech = 3', "Přijdeme ve třech.", host=BEC),
    H('gmail_android', 'cs', 'maybe', '-', 'language', 'možná', "Možná, dám vědět.", host=SOPH),
    # ---- Russian ----
    H('gmail', 'ru', 'yes', '-', 'language', 'да', "Да, придём!", host=BEC),
    H('mailru', 'ru', 'no', '-', 'language', 'нет', "Нет, к сожалению.", host=M, domain='mail.ru'),
    H('iphone', 'ru', 'yes', '3', 'language', 'втроём = 3', "Придём втроём.", host=RETO),
    H('gmail_android', 'ru', 'unclear', '-', 'unclear', 'только благодарность', "Спасибо за приглашение!", host=SOPH),
    # ---- Ukrainian ----
    H('gmail', 'uk', 'yes', '-', 'language', 'так', "Так, прийдемо!", host=M),
    H('iphone', 'uk', 'no', '-', 'language', 'ні', "Ні, на жаль.", host=BEC),
    H('gmail_android', 'uk', 'yes', '3', 'language', 'втрьох = 3', "Прийдемо втрьох.", host=VAL),
    H('samsung', 'uk', 'maybe', '-', 'language', 'можливо', "Можливо, дам знати.", host=RETO),
    # ---- Arabic ----
    H('gmail', 'ar', 'yes', '-', 'language', 'نعم', "نعم، سنحضر!", host=BEC),
    H('iphone', 'ar', 'no', '-', 'language', 'لا', "لا، للأسف.", host=VAL),
    H('gmail_android', 'ar', 'yes', '3', 'language', 'ثلاثة', "سنحضر ثلاثة.", host=M),
    H('samsung', 'ar', 'unclear', '-', 'unclear', 'شكر فقط', "شكراً على الدعوة!", host=RETO),
    # ---- Chinese ----
    H('qq', 'zh', 'yes', '-', 'language', '好的，会去', "好的，我们会去！", host=SOPH),
    H('qq', 'zh', 'no', '-', 'language', '去不了', "不好意思，去不了。", host=BEC, domain='126.com'),
    H('gmail', 'zh', 'yes', '3', 'language', '三个人', "我们三个人去。", host=VAL),
    H('iphone', 'zh', 'maybe', '-', 'language', '可能，到时候再说', "可能，到时候再说。", host=M),
    # ---- Hindi ----
    H('gmail', 'hi', 'yes', '-', 'language', 'haan (romanized)', "Haan, hum aayenge!", host=M),
    H('gmail_android', 'hi', 'no', '-', 'language', 'nahi (romanized)', "Nahi aa payenge, sorry.", host=RETO),
    H('iphone', 'hi', 'yes', '3', 'language', 'तीन लोग (देवनागरी)', "हम तीन लोग आएंगे।", host=BEC),
    H('samsung', 'hi', 'maybe', '-', 'language', 'shayad (romanized)', "Shayad, bata dungi.", host=VAL),
    # ---- Romanian ----
    H('gmail', 'ro', 'yes', '-', 'language', 'da', "Da, venim!", host=SOPH),
    H('iphone', 'ro', 'no', '-', 'language', 'nu', "Nu, din păcate.", host=VAL),
    H('gmail_android', 'ro', 'yes', '3', 'language', 'venim 3', "Venim 3.", host=M),
    # ---- Swedish ----
    H('gmail', 'sv', 'yes', '-', 'language', 'ja', "Ja, vi kommer!", host=VAL),
    H('iphone', 'sv', 'no', '-', 'language', 'nej', "Nej tyvärr.", host=BEC),
    H('gmail_android', 'sv', 'yes', '3', 'language', 'tre stycken', "Vi kommer tre stycken.", host=SOPH),
]
