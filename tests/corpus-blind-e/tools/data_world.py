"""Replies in the other languages of the classes (families of many origins)."""
from clients import H, C

P, I, U, T, S = 'porto', 'bologna', 'utrecht', 'toronto', 'istanbul'

CASES = [
    # ---------------- Spanish
    H('gmail', 'es', 'yes', '-', 'language', 'sí simple', '¡Hola Meera! Julieta va encantada, muchas gracias por la invitación.', host=T, kid='Julieta'),
    H('iphone', 'es', 'no', '-', 'language', 'no + motivo: boda en Medellín', 'Qué pena, no podemos ir: ese fin de semana estamos en Medellín por la boda de mi hermano. ¡Feliz cumple a Kiran!', host=T),
    H('gmail_android', 'es', 'yes', '2', 'headcount', 'mexicano, vamos los dos', 'Sí vamos! Santino y yo, somos dos. Gracias!!', host=I, kid='Santino', children=1, adults=1),
    H('yahoo', 'es', 'maybe', '-', 'unclear', 'a lo mejor, no sé', 'A lo mejor podemos, todavía no lo sé seguro. Te aviso el jueves.', host=P),
    H('outlook', 'es', 'no', '-', 'trap', 'indirect no: campamento de fútbol', 'Tomás tiene campamento de fútbol todo el sábado, así que esta vez se lo pierde. ¡Gracias!', host=U, kid='Tomás'),
    H('gmail', 'es', 'yes', '1', 'headcount', 'sí, la dejo y la recojo, alergia', 'Sí, va Renata sola, la dejo a la 1 y la recojo a las 3:30. Es alérgica al kiwi.', host=T, kid='Renata', children=1, adults=0, must='kiwi'),
    H('gmail', 'es', 'no', '-', 'change_of_mind', 'sí y luego no', 'Sí, contad con nosotros.\nUy, perdona, acabo de ver que ese domingo tenemos la comunión de mi sobrino. Al final no podemos.', host=I),
    C('cal_google', 'es', 'ACCEPTED', 'no', '-', 'aceptado pero comentario dice no', 'Me equivoqué de botón, no podemos ir, lo siento.', host=S),

    # ---------------- German
    H('gmx', 'de', 'yes', '-', 'language', 'ja einfach', 'Hallo Eline, Mats kommt sehr gerne! Danke für die Einladung.', host=U, kid='Mats'),
    H('webde', 'de', 'no', '-', 'language', 'nein + Grund: bei den Großeltern', 'Leider können wir nicht kommen, wir sind an dem Wochenende bei den Großeltern in Köln. Alles Gute für Jasper!', host=U),
    H('outlook', 'de', 'maybe', '-', 'unclear', 'hedged: eher nicht, aber', 'Wird eher knapp bei uns, aber ganz abgesagt ist es noch nicht. Ich melde mich bis Donnerstag.', host=S),
    H('gmail', 'de', 'yes', '2', 'headcount', 'ja, Mama und Tochter + Laktose', 'Ja, Greta und ich kommen! Greta verträgt keine Laktose, ich bringe ihr was mit.', host=I, kid='Greta', children=1, adults=1, must='Laktose'),
    H('thunderbird', 'de', 'no', '-', 'trap', 'indirect no: Ronja hat Turnier', 'Ronja hat an dem Tag ein Reitturnier, das lässt sich nicht verschieben. Schade!', host=P, kid='Ronja'),
    C('cal_outlook', 'de', 'DECLINED', 'yes', '-', 'abgesagt aber Kommentar: kommt', 'Falsch geklickt – Moritz kommt natürlich!', host=U),

    # ---------------- Polish
    H('gmail', 'pl', 'yes', '-', 'language', 'tak', 'Dzień dobry, Nikola chętnie przyjdzie! Dziękujemy za zaproszenie.', host=U, kid='Nikola'),
    H('outlook', 'pl', 'no', '-', 'language', 'nie + powód: wyjazd do Polski', 'Niestety nie damy rady, w ten weekend lecimy do Polski na chrzciny. Wszystkiego najlepszego dla Jaspera!', host=U, charset='iso-8859-2'),
    H('gmail_android', 'pl', 'maybe', '-', 'unclear', 'może, zależy od pracy', 'Jeszcze nie wiem, może się uda. Zależy od grafiku męża, dam znać do piątku.', host=S),
    H('gmail', 'pl', 'yes', '2', 'headcount', 'tak bez polskich znaków', 'Tak, bedziemy we dwoje - Tymon i ja. Dzieki!', host=I, kid='Tymon', children=1, adults=1),

    # ---------------- Croatian
    H('gmail', 'hr', 'yes', '-', 'language', 'da', 'Bok Eline, Petar jako rado dolazi! Hvala na pozivu.', host=U, kid='Petar'),
    H('iphone', 'hr', 'no', '-', 'language', 'ne + razlog: kod bake u Splitu', 'Nažalost ne možemo doći, taj vikend smo kod bake u Splitu. Sretan rođendan Duarteu!', host=P),
    H('outlook', 'hr', 'maybe', '-', 'unclear', 'možda', 'Još ne znamo, možda. Javim do četvrtka.', host=I, charset='windows-1250'),

    # ---------------- Serbian (Cyrillic and Latin)
    H('gmail', 'sr', 'yes', '2', 'headcount', 'da, ćirilica, nas dvoje', 'Здраво Дениз, Ленка и ја долазимо! Хвала на позиву.', host=S, kid='Lenka', children=1, adults=1),
    H('gmail_android', 'sr', 'no', '-', 'language', 'ne, latinica + razlog', 'Nazalost ne mozemo, idemo kod babe i dede u Novi Sad taj vikend. Srecan rodjendan!', host=S),
    H('m365', 'sr', 'maybe', '-', 'unclear', 'možda, latinica', 'Još nisam sigurna da li ćemo stići, javiću vam do petka.', host=T),

    # ---------------- Russian
    H('mailru', 'ru', 'yes', '-', 'language', 'да, KOI8-R', 'Здравствуйте! Алиса с удовольствием придёт. Спасибо за приглашение!', host=S, kid='Alisa', charset='koi8-r', cte='8bit'),
    H('gmail', 'ru', 'no', '-', 'language', 'нет + причина: уезжаем к бабушке', 'К сожалению, не получится — в эти выходные уезжаем к бабушке в Анталью. С днём рождения Эйлюль!', host=S),
    H('gmail', 'ru', 'maybe', '-', 'unclear', 'скорее нет, но не точно', 'Скорее всего не сможем, но пока точно не знаю. Напишу в четверг.', host=U),
    H('mutt', 'ru', 'yes', '3', 'headcount', 'мы втроём, windows-1251', 'Придём втроём: Тимур, я и младшая дочка. У Тимура аллергия на мёд.', host=I, kid='Timur', charset='windows-1251', cte='quoted-printable', children=2, adults=1, must='мёд'),

    # ---------------- Ukrainian
    H('gmail', 'uk', 'yes', '-', 'language', 'так', 'Доброго дня! Соломія обов\'язково прийде, дякуємо за запрошення!', host=U, kid='Solomiia'),
    H('gmail_android', 'uk', 'no', '-', 'language', 'ні + причина: хворіє', 'На жаль, не зможемо — Богдан захворів. Вітаємо іменинника!', host=P, kid='Bohdan'),
    H('outlook', 'uk', 'maybe', '-', 'unclear', 'можливо', 'Ще не знаємо точно, можливо прийдемо. Дам знати до п\'ятниці.', host=I),

    # ---------------- Czech
    H('thunderbird', 'cs', 'yes', '-', 'language', 'ano, iso-8859-2', 'Dobrý den, Adéla ráda přijde! Děkujeme za pozvání.', host=U, kid='Adéla', charset='iso-8859-2'),
    H('gmail', 'cs', 'no', '-', 'language', 'ne + důvod: na chatě', 'Bohužel nemůžeme, ten víkend jsme na chatě u babičky. Hodně štěstí Jasperovi!', host=U),
    H('gmail', 'cs', 'no', '-', 'language', 'ne, bez diakritiky', 'dobry den, bohuzel neprijdeme, Vit ma ten den zavody. dekuji', host=I, kid='Vít'),

    # ---------------- Swedish
    H('gmail', 'sv', 'yes', '2', 'headcount', 'ja, vi två', 'Hej Meera! Tuva och jag kommer gärna. Tack för inbjudan!', host=T, kid='Tuva', children=1, adults=1),
    H('apple', 'sv', 'no', '-', 'language', 'nej + anledning: i Sverige', 'Tyvärr kan vi inte, vi är hemma i Sverige hos mormor då. Grattis till Kiran!', host=T),
    H('gmail', 'sv', 'maybe', '-', 'unclear', 'kanske', 'Kanske! Vi vet inte riktigt än, jag hör av mig.', host=U),

    # ---------------- Romanian
    H('gmail', 'ro', 'yes', '-', 'language', 'da', 'Bună ziua, Tudor vine cu mare drag! Mulțumim pentru invitație.', host=I, kid='Tudor'),
    H('yahoo', 'ro', 'no', '-', 'language', 'nu + motiv, fără diacritice', 'Buna, din pacate nu putem veni, suntem plecati la bunici in Cluj. La multi ani lui Pietro!', host=I),
    H('gmail_android', 'ro', 'maybe', '-', 'unclear', 'poate', 'Poate venim, încă nu știm sigur. Vă anunț până joi.', host=P),

    # ---------------- Chinese
    H('qq', 'zh', 'yes', '2', 'headcount', '好的，我们两个人, GB18030', '好的！Ethan和我两个人去，谢谢邀请！', host=T, kid='Ethan', children=1, adults=1),
    H('qq', 'zh', 'no', '-', 'language', '不去 + 原因：回国', '不好意思，那个周末我们回国探亲，去不了了。祝Kiran生日快乐！', host=T),
    H('gmail', 'zh', 'maybe', '-', 'unclear', '可能，还不确定', '还不确定能不能去，要看我先生的工作安排，周四前回复您。', host=U),
    H('iphone', 'zh', 'yes', '1', 'headcount', '送过去再接回来 + 过敏', '可以的，Chloe一个人去，我送她过去，4:30来接。她对芒果过敏。', host=U, kid='Chloe', children=1, adults=0, must='芒果'),

    # ---------------- Arabic
    H('gmail', 'ar', 'yes', '-', 'language', 'نعم', 'مرحباً دينيز، زياد سيحضر بكل سرور! شكراً على الدعوة.', host=S, kid='Ziad'),
    H('gmail_android', 'ar', 'no', '-', 'language', 'لا + سبب: مسافرون', 'للأسف لن نتمكن من الحضور، سنكون مسافرين إلى عمّان في تلك العطلة. كل عام وكيران بخير!', host=T),
    H('outlook', 'ar', 'maybe', '-', 'unclear', 'ربما، windows-1256', 'ربما نأتي، لست متأكدة بعد. سأخبرك قبل الخميس.', host=I, charset='windows-1256'),
    H('iphone', 'ar', 'yes', '2', 'headcount', 'نعم، أنا وابنتي + حلال', 'نعم سنأتي أنا ويارا. هل الطعام حلال؟', host=P, kid='Yara', children=1, adults=1, must='حلال'),

    # ---------------- Hindi (romanized and Devanagari)
    H('gmail', 'hi', 'yes', '-', 'language', 'haan, romanized', 'Hi Meera ji, Advik zaroor aayega! Thank you so much invite ke liye.', host=T, kid='Advik'),
    H('gmail_android', 'hi', 'no', '-', 'language', 'nahi + reason, Hinglish', 'Sorry, hum nahi aa payenge, us weekend cousin ki shaadi hai Brampton mein.', host=T),
    H('gmail', 'hi', 'yes', '3', 'headcount', 'हाँ, देवनागरी, तीन लोग', 'नमस्ते! हम तीन लोग आएँगे – कियारा, उसका भाई और मैं। धन्यवाद!', host=U, kid='Kiara', children=2, adults=1),
    H('iphone', 'hi', 'maybe', '-', 'unclear', 'shayad, romanized', 'Shayad aa payenge, abhi pakka nahi hai. Thursday tak bata dungi.', host=S),

    # ---------------- more English: focus items
    H('gmail', 'en', 'no', '-', 'trap', 'no + reason with "party" and "come"', 'We have another party to go to that afternoon (booked months ago), so we can\'t come to this one. Sorry Meera!', host=T),
    H('outlook', 'en', 'maybe', '-', 'unclear', 'hedged negative: "doubt it, but"', 'I doubt we\'ll be back from the cottage in time, but if we are we\'ll swing by. Don\'t count on us though.', host=T),
    H('iphone', 'en', 'unclear', '-', 'unclear', 'question only: 2 or 3 slices', 'lol will there be enough pizza for 3 hungry boys? asking for a friend', host=T),
    H('gmail', 'en', 'yes', '2', 'subject_only', 'long Turkish subject + English answer', '', host=S,
      subject="Re: Eylül'ün doğum günü partisi / Eylül's birthday party - 20 Haziran Cumartesi — yes, me + Efe"),
    C('cal_apple', 'en', 'DECLINED', 'maybe', '-', 'declined but comment undecided', 'Declined for now because it clashes in my calendar, but we might still manage the second half. Will let you know.', host='bologna'),
    H('gmail', 'en', 'no', '-', 'change_of_mind', 'three statements, latest no', 'Yes! Wait, is that the 30th? Hmm. Ok, checked - we\'re in Brussels that day. No, sorry!', host=U),
    H('m365', 'en', 'yes', '2', 'signature', 'yes + newsletter-ish footer and Precedence', 'Yes - Malik and Ada will both come (Ada is his sister, she\'s 7). I\'ll drop them off at 1.\n\nTunde Adeyemi', host=T, kid='Malik', who='Tunde Adeyemi', adults=0,
      headers=[('Precedence', 'bulk'), ('X-Mailer', 'Mailchimp Personal'), ('List-Unsubscribe', '<https://adeyemi.example.ca/unsub>')],
      children=2),

    # ---------------- batch tail: more ordinary replies and focus variants
    H('gmail', 'en', 'yes', '-', 'plain', 'yes, casual', 'Yep, Jonah\'s in. Thanks Meera!', host=T),
    H('apple', 'en', 'no', '-', 'plain', 'no, regretful', 'Ah we\'re so sorry to miss it - we have family visiting. Have the best time!', host='utrecht'),
    H('outlook', 'en', 'yes', '-', 'plain', 'yes, formal', 'Dear Deniz,\n\nThank you for the kind invitation. Noor will be delighted to attend.\n\nWarm regards,\nFarah Qureshi', host=S, who='Farah Qureshi', kid='Noor'),
    H('gmail_android', 'en', 'no', '-', 'plain', 'no, phone typed', 'cant make it sorry!! have fun', host=P),
    H('iphone', 'en', 'yes', '-', 'plain', 'yes, iPhone, Bologna', 'Yes please, Caleb is coming 🙌', host=I),
    H('yahoo', 'en', 'no', '-', 'trap', 'no: dentist surgery', 'Ryan\'s having his tonsils out that week so it\'s a no, unfortunately. Thanks for thinking of him.', host=T, kid='Ryan'),
    H('m365', 'en', 'yes', '2', 'headcount', 'grandma brings child', 'Hello, this is Aria\'s grandmother - I will bring her and stay, so two of us. Thank you dear.', host=P, children=1, adults=1),
    H('gmail', 'en', 'no', '-', 'trap', 'no: both parents working, nobody to bring', 'We both work Saturdays and there\'s no one to bring her, so sadly no. Hope Jasper has a wonderful day.', host='utrecht'),
    H('gmail', 'en', 'maybe', '1', 'unclear', 'conditional on lift, count 1', 'Declan would love to - if I can find him a lift he\'ll be there (just him). Will confirm Friday.', host=T, children=1, adults=0),
    H('thunderbird', 'en', 'unclear', '-', 'unclear', 'bare acknowledgement', 'Thanks, received.', host=S),
    H('gmail', 'en', 'yes', '-', 'trap', 'indirect yes: asking what to bring', 'Hazel is SO excited. What should she wear - trainers ok for the farm?', host='utrecht', must='trainers'),
    H('outlook_mobile', 'en', 'no', '-', 'trap', 'no: religious holiday reason', 'Unfortunately it\'s Shavuot that weekend so we won\'t be able to come. Mazel tov to Kiran!', host=T),
    C('cal_google', 'en', 'TENTATIVE', 'no', '-', 'tentative but comment declines', 'Actually we definitely can\'t, sorry - just found out we\'re away.', host='istanbul'),
    C('cal_outlook', 'en', 'TENTATIVE', 'maybe', '-', 'tentative, no comment', None, host='porto'),
    C('cal_apple', 'en', 'ACCEPTED', 'yes', '1', 'accepted, drop-off comment', 'Malik will come, I\'ll drop him off and pick up at 3:30.', host=T, children=1, adults=0),
    H('gmail', 'pt', 'no', '-', 'trap', 'não: batizado, com "sim" no texto', 'Dissemos que sim a um batizado no mesmo dia, por isso não vamos conseguir. Desculpa, Mariana!', host=P),
    H('outlook', 'it', 'yes', '2', 'headcount', 'sì, papà e figlia + intolleranza', 'Ciao Federica, Bianca viene con il papà. Siamo in 2. Bianca è intollerante al lattosio.', host=I, children=1, adults=1, must='lattosio'),
    H('gmail', 'nl', 'no', '-', 'trap', 'nee: ziek', 'Roos heeft waterpokken, dus we moeten helaas afzeggen. Veel plezier!', host=U, kid='Roos'),
    H('iphone', 'nl', 'maybe', '-', 'unclear', 'wellicht, onder voorbehoud', 'Onder voorbehoud ja, we hebben mogelijk een bruiloft die dag. Ik laat het snel weten.', host=U),
    H('gmail', 'tr', 'no', '-', 'trap', 'hayır: hastalık', 'Yağız su çiçeği geçiriyor, bu yüzden katılamayacağız. Geçmiş olsun dileklerinize teşekkürler!', host=S, kid='Yağız'),
    H('m365_html', 'tr', 'maybe', '-', 'unclear', 'muhtemelen, kesin değil', 'Muhtemelen geliriz ama kesin değil, cuma günü haber veririm.', host=S),
    H('gmail', 'fr', 'maybe', '-', 'unclear', 'hedged negative fr', 'Ça risque d\'être compliqué pour nous, mais rien n\'est encore décidé. Je vous confirme lundi.', host=T),
    H('gmail', 'fr', 'yes', '-', 'signature', 'oui + pied de liste comité de parents', 'Oui, William sera présent!', host=T,
      sig='Comité de parents - École Sainte-Marguerite\nVous recevez ce courriel car vous êtes inscrit à la liste parents-3e.\nSe désabonner : parents-3e-desabonnement@listes.example.ca',
      headers=[('Precedence', 'list'), ('List-Id', '<parents-3e.listes.example.ca>')]),
    H('samsung', 'es', 'yes', '3', 'headcount', 'sí, mamá, papá y niña', 'Sí!! Vamos Abril, su papá y yo. Gracias!!', host=T, kid='Abril', children=1, adults=2),
    H('gmail', 'de', 'maybe', '-', 'unclear', 'Frage mit Zahlen, bedingte Zusage', 'Hallo, dürfen auch 2 Geschwister (4 und 6) mitkommen? Dann sage ich zu.', host=U),
    H('gmail', 'pl', 'no', '-', 'change_of_mind', 'tak, potem nie', 'Tak, przyjdziemy! A nie, przepraszam – dopiero zobaczyłam, że mamy wtedy wesele. Jednak nie damy rady.', host=I),
    H('gmail', 'en', 'unclear', '-', 'unclear', 'question: 12 or 1 start', 'Sorry, is it 1pm or 12? The invite on the fridge says 12 but the email says 1.', host=T),
    H('apple', 'en', 'yes', '5', 'headcount', 'big family headcount', 'Yes! We\'ll be five - the three kids, my wife and me. The two little ones won\'t climb, just the 9 year old.', host=T, children=3, adults=2),
]
