"""Replies to Tereza Marková (Prague): Adam's 10th, climbing party, Sat 21 Nov 2026."""
from spec import H

T = 'tereza'

# ------------------------------------------------------------------ quoted
H(T, 'outlook', 'Martin Dvořák <martin.dvorak@dvorak-stavby.cz>', 'en', 'maybe', '-', 'quoted',
  'English reply over Czech "-----Původní zpráva-----"; not sure yet', """
Hi Tereza,

we're not sure yet, Ondřej might have a judo grading that afternoon. I'll let you know by the 14th.

Martin
""", kid='Ondřej', old=True, ui='cs', cs='windows-1250')

H(T, 'thunderbird', 'Gavin Moore <gavin.moore@posteo.net>', 'en', 'yes', 2, 'quoted',
  'bottom-posted yes; Max + dad', """
Sounds brilliant - Max will definitely come. I'll stay and drink coffee :) He has type 1 diabetes, I'll bring his kit and sort his snacks.

Gavin
""", ch=1, ad=1, kid='Max', bottom=True, must='diabetes')

H(T, 'thunderbird', 'Ingrid Berg <ingrid.berg@gmail.com>', 'en', 'maybe', '-', 'quoted',
  'interleaved under the quoted request; maybe', """
On 02/11/2026 21:10, Tereza Marková wrote:
> Please join us on Saturday 21 November 2026 from 15:00 to 18:00 at Boulder Hala
> Kamenická (Kamenická 12, Praha 7).

Sounds great.

> Please just reply yes, no or maybe, tell us how many are coming and about
> any allergies.

Maybe - we're waiting to hear back about a flight that weekend. No allergies.

Ingrid
""", kid='Klára', raw=True)

H(T, 'seznam', 'Petra Svobodová <petra.svobodova@seznam.cz>', 'cs', 'no', '-', 'quoted',
  '(cs) bohužel nemůžeme; budeme u babičky (Seznam, citace)', """
Dobrý den,
bohužel nemůžeme, ten víkend budeme u babičky na chalupě. Adamovi všechno nejlepší!
Petra Svobodová
""", kid='Nela', cs='iso-8859-2')

H(T, 'gmail', 'Jana Černá <jana.cerna@gmail.com>', 'cs', 'maybe', '-', 'quoted',
  '(cs) možná, ještě nevím jistě; české rozhraní Gmailu', """
Ahoj Terezo, možná přijdeme, ale ještě nevím jistě, Kryštof je teď nemocný. Dám vědět do pátku.
""", kid='Kryštof')

H(T, 'yandex', 'Ирина Соколова <irina.sokolova@yandex.ru>', 'ru', 'no', '-', 'quoted',
  '(ru) к сожалению не сможем; будем у бабушки', """
Здравствуйте, Тереза! Спасибо за приглашение. К сожалению, мы не сможем прийти, будем у бабушки в Карловых Варах. С днём рождения Адама!
""", kid='Sofia')

H(T, 'thebat', 'Дмитрий Волков <d.volkov@mail.ru>', 'ru', 'maybe', '-', 'quoted',
  '(ru) The Bat! KOI8-R; возможно придём = maybe', """
Возможно, придём, но пока точно не знаю - зависит от работы жены. Напишу до 14-го.
""", kid='Samuel', cs='koi8-r')

H(T, 'outlook', 'Sanne de Vries <sanne.devries@ziggo.nl>', 'nl', 'maybe', '-', 'quoted',
  '(nl) misschien, nog niet zeker; Outlook NL-blok', """
Hoi Tereza,

Misschien, we weten het nog niet zeker. Ik laat het je vóór 14 november weten.

Groetjes,
Sanne
""", kid='Julie', ui='nl')

H(T, 'orange', 'Émilie Rousseau <emilie.rousseau@orange.fr>', 'fr', 'no', '-', 'quoted',
  '(fr) Orange ISO-8859-15; ne pourra pas venir, on sera à Lyon', """
Bonjour Tereza,

Jules ne pourra malheureusement pas venir, nous serons à Lyon ce week-end-là. Joyeux anniversaire à Adam !

Émilie
""", kid='Jules', cs='iso-8859-15')

H(T, 'outlook', 'Peter Hall <peter.hall@vltava-consulting.cz>', 'en', 'unclear', '-', 'quoted',
  'defers to spouse without leaning', """
Tereza,

I'll have to check with my wife and get back to you.

Peter
""", kid='Daniel')

# ------------------------------------------------------------------ html / mime
H(T, 'owa', 'Emma Sullivan <emma.sullivan@outlook.com>', 'en', 'yes', 1, 'html_mime',
  'HTML-only; yes + late arrival', """
Hi Tereza, Daniel would love to come! Is it ok if he arrives 30 min late? He has a piano lesson until 15:00.
""", ch=1, kid='Daniel', must='30 min late')

H(T, 'samsung', 'Ольга Морозова <olga.morozova@gmail.com>', 'ru', 'yes', 1, 'html_mime',
  '(ru) Samsung base64: да, Матвей придёт', """
Да, Матвей придёт! Спасибо большое 😊
""", ch=1, kid='Matvey')

H(T, 'mailru', 'Наталья Павлова <natalia.pavlova@mail.ru>', 'ru', 'maybe', '-', 'html_mime',
  '(ru) windows-1251 base64; не знаю, получится ли = maybe', """
Добрый день! Спасибо, но пока не знаю, получится ли у нас. Сообщу до 14-го.
""", kid='Ema', cs='windows-1251')

H(T, 'gmail', 'Олена Бондар <olena.bondar@gmail.com>', 'uk', 'no', '-', 'html_mime',
  '(uk) base64 text; не зможемо, будемо в Брно', """
Вибачте, ми не зможемо прийти, будемо в Брно у родичів. Вітаємо Адама з днем народження!
""", kid='Jonáš', cte='base64')

H(T, 'applemail', 'Karin Lindqvist <karin.lindqvist@icloud.com>', 'sv', 'maybe', '-', 'html_mime',
  '(sv) kanske, vi vet inte än = maybe', """
Hej Tereza!

Kanske, vi vet inte än om vi är hemma den helgen. Jag hör av mig!

Karin
""", kid='Elsa', ui='sv')

H(T, 'gmail', 'Johan Nilsson <johan.nilsson.prg@gmail.com>', 'sv', 'yes', 1, 'html_mime',
  '(sv) ja + vegetarian', """
Hej! Ja, Elsa kommer gärna. Hon är vegetarian, bara så du vet.
""", ch=1, kid='Elsa', must='vegetarian')

H(T, 'yahoo', 'Sandrine Millet <sandrine.millet@yahoo.fr>', 'fr', 'maybe', '-', 'html_mime',
  '(fr) Yahoo; on viendra peut-être, selon les vols', """
Bonjour, on viendra peut-être, ça dépend des horaires de vol au retour de Londres. Je vous confirme dès que possible.
""", kid='Lucie', ui='fr')

H(T, 'proton', 'Oliver Grant <oliver.grant@proton.me>', 'en', 'maybe', '-', 'html_mime',
  'Proton, CRLF; don\'t know yet = maybe', """
Hi Tereza,

I'm afraid I don't know yet whether we'll be in Prague that weekend. Can I let you know next week?

Oliver
""", kid='Viktor', crlf=True)

# ------------------------------------------------------------------ emoji / short
H(T, 'gmail_android', 'Tomáš Procházka <tomas.prochazka@gmail.com>', '-', 'yes', '-', 'emoji_short',
  'thumbs up with light skin tone', """
👍🏻
""", kid='Matyáš')

H(T, 'iphone', 'Lucie Veselá <lucie.vesela@icloud.com>', 'cs', 'yes', '-', 'emoji_short',
  '(cs) ano!', """
ano! 🙂
""", kid='Eliška', ui='cs')

H(T, 'gmail', 'Bram Jansen <bram.jansen@gmail.com>', 'nl', 'no', '-', 'emoji_short',
  '(nl) nee sorry', """
Nee sorry 😕
""", kid='Daan')

H(T, 'gmail', 'Sarah O\'Neill <sarah.oneill.prg@gmail.com>', 'en', 'unclear', '-', 'emoji_short',
  '"Thanks, noted" = acknowledgement only', """
Thanks, noted
""", kid='Anežka')

H(T, 'iphone', 'Rachel Adler <rachel.adler@icloud.com>', 'en', 'maybe', '-', 'emoji_short',
  'hm, maybe + shrug', """
Hm, maybe 🤷‍♀️
""", kid='Julie')

# ------------------------------------------------------------------ headcount
H(T, 'thunderbird', 'Laura Fischer <laura.fischer.prg@gmail.com>', 'en', 'yes', 3, 'headcount',
  'Matyáš + sister + me = 3', """
Yes! Matyáš and his sister Bára (8, she'd love to climb) + me = 3. Bára has epilepsy (well controlled), I'll stay close by.
""", ch=2, ad=1, kid='Matyáš', must='epilepsy')

H(T, 'gmail', 'Femke Bakker <femke.bakker@gmail.com>', 'nl', 'yes', 3, 'headcount',
  '(nl) met z\'n drieën: Julie, broertje en ik', """
Ja hoor, we komen met z'n drieën: Julie, haar broertje (7) en ik. Julie is allergisch voor pinda's. Leuk!
""", ch=2, ad=1, kid='Julie', ui='nl', must='allergisch voor pinda')

H(T, 'iphone', 'Nathalie Girard <nathalie.girard@icloud.com>', 'fr', 'yes', 3, 'headcount',
  '(fr) 2 enfants et 1 adulte', """
Oui, on sera 2 enfants et 1 adulte. Merci beaucoup Tereza !
""", ch=2, ad=1, kid='Lucas', ui='fr')

H(T, 'gmail', 'Michael Baker <michael.baker.cz@gmail.com>', 'en', 'maybe', 3, 'headcount',
  'tentatively yes with conditional count (Nela + both parents)', """
Tentatively yes - if we make it, it'll be Nela and both of us.
""", ch=1, ad=2, kid='Nela')

# ------------------------------------------------------------------ signature
H(T, 'outlook', 'Jan Novák <jan.novak@vltava-components.cz>', 'en', 'yes', 1, 'signature',
  'bilingual corporate disclaimer with "not"', """
Dear Tereza,

Thank you, Viktor will be happy to come.

Best regards
Jan Novák

Jan Novák | Head of Procurement
Vltava Components s.r.o., Na Florenci 19, 110 00 Praha 1

Tento e-mail je důvěrný a je určen pouze adresátovi. Pokud nejste adresátem, nekopírujte jej a informujte odesílatele.
This e-mail is confidential. If you are not the intended recipient, please do not copy or disclose it and notify the sender.
""", ch=1, kid='Viktor', cs='windows-1250', ui='cs')

H(T, 'iphone', 'Claire Watson <claire.watson@icloud.com>', 'en', 'maybe', '-', 'signature',
  'maybe; custom footer with "not"', """
Maybe, we'll see how Ema feels after her cold.
""", kid='Ema', footer="Sent from my iPhone. Apologies for brevity - I'm not always at my desk this week.")

H(T, 'gmail', 'Luca Bernardi <luca.bernardi@gmail.com>', 'it', 'no', '-', 'signature',
  '(it) no; citazione in firma con "Non"', """
Ciao Tereza, purtroppo Samuel non può venire, saremo in Italia dai nonni. Auguri ad Adam!

--
Luca Bernardi
"Non è mai troppo tardi per essere ciò che avresti potuto essere."
""", kid='Samuel')

H(T, 'wp', 'Anna Lewandowska <anna.lewandowska@onet.pl>', 'pl', 'maybe', '-', 'signature',
  '(pl) nie jestem pewna = maybe; stopka Onet', """
Dzień dobry, nie jestem jeszcze pewna, czy damy radę. Dam znać do 14 listopada.

Pozdrawiam
Anna Lewandowska
---
Wiadomość wysłana z aplikacji mobilnej Poczta Onet
""", kid='Zofia', ui='pl', cs='iso-8859-2')

H(T, 'outlook', 'Claire Duval <claire.duval@ambafrance-cz.example>', 'fr', 'maybe', '-', 'signature',
  '(fr) peut-être; Precedence: bulk, mention "ne constitue pas"', """
Bonjour Tereza,

Peut-être ! Nous attendons encore la confirmation de nos billets d'avion.

Bien cordialement,
Claire Duval

Ce message et ses pièces jointes sont confidentiels. Il ne constitue pas un engagement de la part de l'expéditeur.
""", kid='Louise', ui='fr', hdrs=[('Precedence', 'bulk')])

# ------------------------------------------------------------------ calendar
H(T, 'cal_outlook', 'Radek Novotný <radek.novotny@novotny-law.cz>', 'cs', 'maybe', '-', 'calendar',
  '(cs) Outlook "Předběžně přijato:", bez komentáře', '', partstat='TENTATIVE', kid='Jonáš', ui='cs')

H(T, 'cal_outlook', 'Pieter van Dijk <pieter.vandijk@vandijk-advies.nl>', 'nl', 'yes', 2, 'calendar',
  '(nl) Geweigerd, maar opmerking: Daan komt met zijn moeder = ja', """
Ik ben er zelf niet, maar Daan komt met zijn moeder!
""", partstat='DECLINED', ch=1, ad=1, kid='Daan', ui='nl')

# ------------------------------------------------------------------ unclear
H(T, 'gmail', 'Hana Krejčí <hana.krejci@gmail.com>', 'en', 'unclear', '-', 'unclear',
  'question only: heart condition', """
Is the climbing wall suitable for a child with a heart condition? Anežka had surgery last year and I'm not sure she's allowed to climb.
""", kid='Anežka', must='heart condition')

H(T, 'iphone', 'Ben Carter <ben.carter.prg@icloud.com>', 'en', 'unclear', '-', 'unclear',
  'wrong thread: PE t-shirt', """
Hi all, does anyone have a spare PE t-shirt size 140? Ours has gone missing
""", kid='Max')

H(T, 'yandex', 'Елена Кузнецова <elena.kuznetsova@yandex.ru>', 'ru', 'unclear', '-', 'unclear',
  '(ru) только вопрос: во сколько забирать', """
Скажите, а во сколько нужно забирать детей?
""", kid='Sofia', must='забирать')

H(T, 'gmail', 'Camille Petit <camille.petit.prg@gmail.com>', 'fr', 'unclear', '-', 'unclear',
  '(fr) demande l\'adresse, sans réponse', """
Pourriez-vous me renvoyer l'adresse ? Le lien ne s'ouvre pas sur mon téléphone.
""", kid='Hugo', ui='fr')

H(T, 'gmail_android', 'Lotte Visser <lotte.visser@gmail.com>', 'nl', 'unclear', '-', 'unclear',
  '(nl) alleen vraag: hoe laat ophalen', """
Hoe laat moeten we ze ophalen?
""", kid='Sem', must='ophalen')

H(T, 'seznam', 'Pavel Kučera <pavel.kucera@seznam.cz>', 'cs', 'unclear', '-', 'unclear',
  '(cs) jen otázka na lezečky', """
Dobrý den, je potřeba mít vlastní lezečky, nebo se dají půjčit na místě?
Děkuji, Kučera
""", kid='Samuel', must='lezečky')

H(T, 'proton', 'Andrew Shaw <andrew.shaw@proton.me>', 'en', 'unclear', '-', 'unclear',
  'wrong recipient: does not know the family', """
Sorry, who is this? I don't think we know an Adam - maybe you have the wrong address?
""", kid='Oliver')

H(T, 'gmail', 'Юлія Мельник <yulia.melnyk@gmail.com>', 'uk', 'unclear', '-', 'unclear',
  '(uk) лише питання про молодшого брата', """
Підкажіть, будь ласка, чи можна прийти з молодшим братом? Йому 5 років.
""", kid='Daniel')

H(T, 'iphone', 'Erik Johansson <erik.johansson@icloud.com>', 'sv', 'unclear', '-', 'unclear',
  '(sv) vi återkommer = deferral without leaning', """
Tack för inbjudan! Vi återkommer.
""", kid='Oskar', ui='sv')

# ------------------------------------------------------------------ change of mind
H(T, 'owa', 'Natasha Kerr <natasha.kerr@outlook.com>', 'en', 'no', '-', 'change_of_mind',
  'earlier yes (quoted) withdrawn: broken wrist', """
Oh no, Sofia has broken her wrist (trampoline 🙄) so climbing is out. So sorry Tereza!
""", kid='Sofia', prev=("Yes we'll come! 🧗\n", 2))

H(T, 'applemail', 'James Holloway <james.holloway@me.com>', 'en', 'yes', 1, 'change_of_mind',
  'earlier "probably not" (quoted) reversed', """
Good news - we're staying in Prague after all, so Julie would love to come!
""", ch=1, kid='Julie', prev=('Probably not, sorry - we might be travelling.\n', 1))

H(T, 'iphone', 'Aurore Lefebvre <aurore.lefebvre@icloud.com>', 'fr', 'no', '-', 'change_of_mind',
  '(fr) oui puis non dans le même message', """
Oui on vient ! Ah non pardon, c'est le week-end où on part à la montagne... désolée, ce sera sans nous 😞
""", kid='Léo', ui='fr')

# ------------------------------------------------------------------ subject only
H(T, 'iphone', 'Veronika Marešová <veronika.maresova@icloud.com>', 'cs', 'yes', '-', 'subject_only',
  '(cs) odpověď jen v předmětu', '',
  kid='Ema', subj='Re: {S} - Ano, přijdeme 🙂', ui='cs')

H(T, 'thunderbird', 'Daniel Weber <daniel.weber@posteo.net>', 'en', 'maybe', '-', 'subject_only',
  'maybe in brackets after the subject', '',
  kid='Lucie', subj='Re: {S} [maybe - will confirm]')

H(T, 'outlook', 'Sylvie Moreau <sylvie.moreau@free.fr>', 'fr', 'maybe', '-', 'subject_only',
  '(fr) "pas encore sûr" dans l\'objet seulement', '',
  kid='Max', subj='RE : {S} - pas encore sûr', ui='fr', cs='iso-8859-1')

# ------------------------------------------------------------------ trap
H(T, 'gmail', 'Zuzana Horáková <zuzana.horakova@gmail.com>', 'en', 'yes', '-', 'trap',
  'indirect yes: climbing shoes already packed', """
Kryštof has already packed his climbing shoes 😅
""", kid='Kryštof')

H(T, 'yahoo', 'Monika Richter <monika.richter@yahoo.com>', 'en', 'yes', 1, 'trap',
  '"Unfortunately I can\'t stay" but child comes, dad drops off', """
Unfortunately I can't stay, but Eliška will definitely be there - her dad will drop her off and I'll collect her at 18:00.
""", ch=1, ad=0, kid='Eliška')
