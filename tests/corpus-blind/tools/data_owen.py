"""Replies to Owen Fairclough (Bristol, UK): Poppy's 6th, Sat 26 Sept 2026."""
from spec import H

O = 'owen'

# ------------------------------------------------------------------ plain
H(O, 'gmail', 'Rachel Dunn <rachel.dunn@gmail.com>', 'en', 'yes', 2, 'plain',
  'yes; Alfie + mum staying', """
Hi Owen, yes Alfie would love to come! I'll stay if that's ok, so it's the two of us.

Rachel
""", ch=1, ad=1, kid='Alfie')

H(O, 'iphone', 'Kirsty Blake <kirstyblake82@hotmail.co.uk>', 'en', 'no', '-', 'plain',
  'no, reason after the answer (sister\'s wedding)', """
Sorry Owen we can't make that one, we'll be at my sister's wedding in Cardiff all weekend. Hope Poppy has the best day! x
""", kid='Evie')

H(O, 'owa', 'Tom Haskins <tom.haskins@outlook.com>', 'en', 'maybe', '-', 'plain',
  'depends on the swimming gala = maybe', """
Hi Owen,

We might be able to come but Theo has a swimming gala that morning and it depends how long it runs on. I'll let you know by Wednesday.

Tom
""", kid='Theo')

H(O, 'proton', 'Lucy Arkwright <lucy.arkwright@proton.me>', 'en', 'no', '-', 'plain',
  'polite no with reason', """
Hi Owen,

Thanks so much for thinking of us but we'll have to say no this time - Freddie has a football tournament in Swindon that day. Next time!

Lucy
""", kid='Freddie')

H(O, 'iphone', 'Sophie Marsh <sophiemarsh@icloud.com>', 'en', 'yes', '-', 'plain',
  'yes + nut allergy note', """
Yes! Maisie is so excited 🎉 just so you know she has a nut allergy, it's mild but please no peanuts in her party bag
""", kid='Maisie', must='nut allergy')

H(O, 'gmail_android', 'Dev Patel <devpatel.bristol@gmail.com>', 'en', 'yes', 2, 'plain',
  'yes; child + dad; autism note', """
Yes please! Just a heads up, Arlo is autistic and loud rooms can get a bit much for him - would it be ok if I stay and we pop outside for breaks now and then? He's really looking forward to it
""", ch=1, ad=1, kid='Arlo', must='autistic')

H(O, 'yahoo', 'Brenda Collins <brenda.collins54@yahoo.co.uk>', 'en', 'yes', '-', 'plain',
  'short plain yes from grandma', """
yes we will come thank you Owen. Ruby's nan
""", kid='Ruby', app=True)

H(O, 'gmail', 'Nadia Rahman <nadia.rahman.uk@gmail.com>', 'en', 'yes', 1, 'plain',
  'yes; wheelchair access question', """
Hi Owen, Isla would love to come! She uses a wheelchair now (since her op) - is the party room step-free, or is there a lift? Happy to help if there's anything I can do.

Nadia
""", kid='Isla', must='wheelchair')

H(O, 'mutt', 'Gareth Price <gareth@pricefamily.org.uk>', 'en', 'no', '-', 'plain',
  'terse no from mutt', """
Owen,

Thanks - Jack won't make it, he's at his mum's that weekend.

G.
""", kid='Jack', ua='Mutt/2.2.13 (2024-03-09)')

# ------------------------------------------------------------------ trap
H(O, 'gmail', 'Hannah Webb <hannahwebb.home@gmail.com>', 'en', 'yes', 1, 'trap',
  '"No worries" opening, Isla will be there = yes', """
No worries at all, thanks for the invite! Lily will be there with bells on.
""", kid='Lily', ch=1)

H(O, 'iphone', 'Becca Lowe <beccalowe@icloud.com>', 'en', 'yes', '-', 'trap',
  'indirect yes: present already wrapped', """
Maisie has already wrapped Poppy's present!! 🎁 See you on the 26th
""", kid='Maisie', ui='en')

H(O, 'yahoo', 'Chris Donnelly <chris.donnelly77@yahoo.co.uk>', 'en', 'no', '-', 'trap',
  'indirect no: football camp all day, no answer word', """
Thanks Owen, that's really kind, but Ryan has football camp all day that Saturday.
""", kid='Ryan')

H(O, 'outlook', 'Anna Whitfield <anna.whitfield@btinternet.com>', 'en', 'no', '-', 'trap',
  'indirect no: christening that day', """
Hi Owen,

We've got a christening in Bath that day (Esme's baby cousin). Have the best time and happy birthday to Poppy from us!

Anna
""", kid='Esme', cs='windows-1252')

H(O, 'gmail', 'Jo Fenwick <jofenwick@gmail.com>', 'en', 'no', '-', 'trap',
  'starts with "Yes" as acknowledgement, then declines', """
Yes I got the invite, thank you! Unfortunately we're away that weekend though so Harry will have to miss it. Sorry!
""", kid='Harry')

H(O, 'applemail', 'Martin Cole <martin.cole@me.com>', 'en', 'yes', 1, 'trap',
  '"No, we\'re not busy" then yes', """
No, we're not doing anything that day - so yes, count Oscar in!

Martin
""", ch=1, kid='Oscar')

H(O, 'gmail_android', 'Priti Shah <priti.shah.home@gmail.com>', 'en', 'maybe', '-', 'trap',
  'hedged: not saying no, cannot say yes yet = maybe', """
I'm not saying no, but I can't say yes yet - still waiting on my rota for that weekend. Sorry to be a pain!
""", kid='Ava')

H(O, 'gmail', 'Laura Quinn <laura.quinn.bris@gmail.com>', 'en', 'unclear', '-', 'trap',
  'number inside a question, not a head-count', """
Hi! Quick question before I say yes - how many siblings can come? We have three 🙈
""", kid='Rosie')

H(O, 'iphone', 'Steph Carver <stephcarver@icloud.com>', 'en', 'yes', '-', 'trap',
  '"wouldn\'t miss it" = yes', """
Wouldn't miss it for the world 🙌 Archie's been counting down already
""", kid='Archie')

# ------------------------------------------------------------------ headcount
H(O, 'gmail', 'Kate Ellison <kate.ellison@gmail.com>', 'en', 'yes', 3, 'headcount',
  'me and the twins = 3', """
Count us in! It'll be me and the twins. One of them is allergic to strawberries, just so you know. Thanks Owen 😊
""", ch=2, ad=1, kid='Freddie', must='allergic to strawberries')

H(O, 'iphone', 'Jess Morley <jessmorley@outlook.com>', 'en', 'yes', 1, 'headcount',
  'child only, dropped off', """
Just Lily, I'll drop her off and come back for the end if that's ok!
""", ch=1, ad=0, kid='Lily')

H(O, 'thunderbird', 'Sam Aldridge <sam@aldridge-home.org.uk>', 'en', 'yes', 4, 'headcount',
  'we are 4 with grandma', """
Yes we'll come! We're 4 with grandma - she's staying with us that week and would love to see the party if that's alright. She uses a walking frame, is there a lift up to the party room?
""", kid='Theo', must='walking frame')

H(O, 'outlook', 'Helen Brooks <helen.brooks@sky.com>', 'en', 'yes', 3, 'headcount',
  '2 kids, 1 adult', """
Hi Owen

Yes please - 2 kids, 1 adult (Jack and his little brother Alfie, plus me).

Helen
""", ch=2, ad=1, kid='Jack')

H(O, 'gmail_android', 'Ben Ruddock <ben.ruddock@gmail.com>', 'en', 'yes', 3, 'headcount',
  'Oscar, me and the baby = 3', """
Hi mate, yes Oscar and I will come, plus the baby in the sling (she won't eat much cake 😂)
""", ch=2, ad=1, kid='Oscar')

H(O, 'gmail', 'Emma Lyons <emma.lyons.home@gmail.com>', 'en', 'maybe', 2, 'headcount',
  'hopefully; conditional count 2', """
Hopefully yes! Waiting to hear about a work thing. If we can it'll be Ava and me.
""", ch=1, ad=1, kid='Ava')

H(O, 'yahoo', 'Dawn Pritchard <dawn.pritchard@yahoo.co.uk>', 'en', 'yes', 2, 'headcount',
  'two of us, Evie + mum', """
Hi Owen yes please, two of us, Evie and me. She's vegetarian by the way
""", ch=1, ad=1, kid='Evie', must='vegetarian')

# ------------------------------------------------------------------ quoted
H(O, 'thunderbird', 'Richard Hale <richard.hale@virginmedia.com>', 'en', 'yes', 2, 'quoted',
  'bottom-posted under the quote; Freddie + dad', """
We'd love to - Freddie and I will both come along. Freddie's gluten free btw. Thanks!

Richard
""", ch=1, ad=1, kid='Freddie', bottom=True, must='gluten free')

H(O, 'mutt', 'Alison Grey <alison@greyhouse.org.uk>', 'en', 'yes', 2, 'quoted',
  'interleaved answers under quoted lines; coeliac', """
On Sun, Sep 06, 2026 at 06:02:11PM +0100, Owen Fairclough wrote:
> Hi Alfie's family,
>
> Poppy is turning 6 (how?!) and would love her classmates to come and
> celebrate with her on Saturday 26 September 2026, 1pm to 3pm, at the
> Treehouse Play Barn in Ashton Vale (BS3 2HQ - free parking round the back).

Lovely, thank you.

> Just reply yes, no or maybe and let me know how many are coming, plus any
> allergies or dietary needs.

Yes - two of us, Alfie and me. Alfie is coeliac, so nothing with
gluten for him please; I can bring his own bit of cake if that's easier.

> Parents are welcome to stay or drop off,
> whichever suits.

I'll stay.

Alison
""", ch=1, ad=1, kid='Alfie', raw=True, must='coeliac')

H(O, 'outlook', 'Mark Sutton <mark.sutton@suttonjoinery.co.uk>', 'en', 'maybe', '-', 'quoted',
  'old-style Original Message quote; probably = maybe', """
Owen

Probably yes but I'll confirm nearer the time, Harry's nan might be visiting that weekend.

Mark
""", kid='Harry', old=True, cs='us-ascii', cte='7bit')

H(O, 'applemail', 'Claire Norris <claire.norris@icloud.com>', 'en', 'no', '-', 'quoted',
  'reply with quoted invitation full of yes/no words; we can\'t', """
Oh no, we can't do the 26th - it's Rosie's grandad's 80th and we're going up to Chester. She'll be gutted! Have a fab time
""", kid='Rosie')

H(O, 'owa', 'Ifeoma Adeyemi <ifeoma.adeyemi@outlook.com>', 'en', 'yes', 1, 'quoted',
  'Outlook.com reply above divRplyFwdMsg quote', """
Hi Owen, yes, Theo will come. He says thank you!
""", ch=1, kid='Theo', app=True)

# ------------------------------------------------------------------ signature
H(O, 'outlook', 'Simon Pryce <s.pryce@brindlecourt-surveyors.co.uk>', 'en', 'yes', 1, 'signature',
  'corporate signature + disclaimer with not; drop-off, pick-up time', """
Hi Owen,

Thanks for the invite - Archie would love to come. I'll drop him off and pick him up at 3pm.

Kind regards,
Simon

Simon Pryce MRICS | Associate Director
Brindle Court Surveyors LLP
T: 0117 496 0732 | M: 07700 900541

This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender immediately and do not copy, use or disclose its contents. Brindle Court Surveyors LLP does not accept liability for any loss caused by viruses. Please consider the environment before printing this email - do you really need to?
""", ch=1, ad=0, kid='Archie', must='3pm')

H(O, 'gmail', 'Jen Whitlock <jen.whitlock@gmail.com>', 'en', 'yes', 1, 'signature',
  'quote in signature starts with "No"', """
Yes Arlo will come! Thanks so much :)

-- 
Jen Whitlock
"No act of kindness, no matter how small, is ever wasted." - Aesop
""", ch=1, kid='Arlo')

H(O, 'gmail', 'Gemma Okoro <gemma.okoro@peachtreecreative.co.uk>', 'en', 'yes', '-', 'signature',
  'human reply with newsletter-like unsubscribe footer', """
Hi Owen - yes from us, Theo can't wait. Sorry it's from my work email!

Gemma

-- 
Gemma Okoro | Account Director
Peachtree Creative, 14 Wapping Road, Bristol BS1 4RW

Follow us on Instagram | Unsubscribe from our newsletter | Manage your preferences | Privacy policy
Peachtree Creative Ltd is registered in England and Wales, no. 08123456. Not all of our team work Fridays.
""", kid='Theo')

H(O, 'outlook', 'Debbie Marlow <debbie.marlow@stanleyhart-lettings.co.uk>', 'en', 'no', '-', 'signature',
  'human reply with Precedence: bulk from the company gateway; no', """
Hi Owen,

So sorry, Isla is at her dad's that weekend so she won't be able to come. Thank you for including her.

Debbie

Debbie Marlow | Lettings Negotiator
Stanley Hart Lettings | 0117 496 0158
Not looking to move? No problem - let us know and we will remove you from our mailing list.
""", kid='Isla', hdrs=[('Precedence', 'bulk'), ('X-Mailer-Gateway', 'SHL Relay 2.1')])

# ------------------------------------------------------------------ html / mime
H(O, 'owa', 'Tasha Green <tasha.green@live.co.uk>', 'en', 'no', '-', 'html_mime',
  'HTML-only Outlook.com; away, reason after no', """
Hi Owen, thanks for the invite but we're not around that weekend - we'll be in Devon for my dad's 70th. Sorry Ava will miss it!
""", kid='Ava')

H(O, 'samsung', 'Kelly Ann Rowe <kellyannrowe@gmail.com>', 'en', 'yes', 1, 'html_mime',
  'Samsung base64 text + HTML', """
Hi yes Oscar will be there, thanks for the invite
""", ch=1, kid='Oscar')

H(O, 'outlook', 'Penelope Ashworth <p.ashworth@ashworth-family.co.uk>', 'en', 'no', '-', 'html_mime',
  'windows-1252 Word HTML, CRLF; formal decline', """
Dear Owen,

Thank you for the kind invitation. I'm afraid Harriet will not be able to attend, as she has her ballet exam that afternoon.

With best wishes,
Penelope Ashworth
""", kid='Harriet', cs='windows-1252', crlf=True)

H(O, 'applemail', 'Ollie Stanton <ollie.stanton@icloud.com>', 'en', 'yes', 2, 'html_mime',
  'Apple Mail multipart; pick-up time', """
Hi Owen,

Yes please, Harry and his sister Mae (4) will both come - I'll drop them and grab them at 3:15 if that's ok, got a thing at 1.

Ollie
""", ch=2, ad=0, kid='Harry', must='3:15')

# ------------------------------------------------------------------ emoji / short
H(O, 'gmail_android', 'Jay Morris <jaymorris90@gmail.com>', '-', 'yes', '-', 'emoji_short',
  'thumbs up only', """
👍
""", kid='Archie')

H(O, 'iphone', 'Abbie Turner <abbie.turner@icloud.com>', '-', 'no', '-', 'emoji_short',
  'crying face only = no', """
😢
""", kid='Evie')

H(O, 'gmail', 'Liam Foster <liamfoster.bs3@gmail.com>', 'en', 'no', '-', 'emoji_short',
  '"nah" short no', """
nah sorry mate, away that wknd
""", kid='Jack')

H(O, 'iphone', 'Zoe Hunt <zoehunt@me.com>', 'en', 'yes', '-', 'emoji_short',
  'yep', """
Yep! x
""", kid='Esme')

H(O, 'gmail_android', 'Mo Siddiq <mo.siddiq@gmail.com>', 'en', 'unclear', '-', 'emoji_short',
  'bare thanks, not an answer', """
Thanks!
""", kid='Harry')

# ------------------------------------------------------------------ change of mind
H(O, 'gmail', 'Rebecca Cartwright <rebecca.cartwright@gmail.com>', 'en', 'no', '-', 'change_of_mind',
  'earlier yes (quoted) withdrawn; grandad in hospital', """
Hi Owen, so sorry but we have to pull out after all - Rosie's grandad has been taken into hospital and we're heading up to Leeds tomorrow. Hope Poppy has a fab day x
""", kid='Rosie', prev=("Yes, Rosie will come! Thanks Owen x\n", 1))

H(O, 'iphone', 'Amy Sinclair <amy.sinclair@icloud.com>', 'en', 'yes', '-', 'change_of_mind',
  'no then corrected in the same message: wrong Saturday', """
Sorry we can't do it, we're at a wedding... wait, ignore me, the wedding is the 19th! Yes we can come 😅
""", kid='Ava')

H(O, 'gmail_android', 'Paul Dixon <pauldixon.bristol@gmail.com>', 'en', 'yes', 1, 'change_of_mind',
  'earlier no (quoted) reversed: Ava can come after all', """
Good news - our plans changed so Ava CAN come after all! Sorry for the faff
""", ch=1, kid='Ava', prev=("Sorry Owen, Ava can't make it, we're away.\n", 0))

# ------------------------------------------------------------------ subject only
H(O, 'gmail', 'Tariq Hussain <tariq.hussain@gmail.com>', 'en', 'yes', '-', 'subject_only',
  'answer typed onto the end of the quoted subject, empty body', '',
  kid='Theo', subj="Re: {S} → Yes, we'll come!")

H(O, 'iphone', 'Natalie Birch <nat.birch@icloud.com>', 'en', 'no', '-', 'subject_only',
  'no only in the subject; body just the iPhone footer', '',
  kid='Lily', subj="Re: {S} - sorry, can't make it 😞")

H(O, 'outlook', 'Stuart Kemp <stuart.kemp@kempandco.co.uk>', 'en', 'maybe', '-', 'subject_only',
  'maybe only in subject, quote-only body', '',
  kid='Oscar', subj='RE: {S} -- maybe, will confirm by Fri')

# ------------------------------------------------------------------ calendar
H(O, 'cal_outlook', 'Victoria Lane <victoria.lane@lanefamily.co.uk>', 'en', 'yes', '-', 'calendar',
  'Outlook Accepted:, no comment', '', partstat='ACCEPTED', kid='Maisie')

H(O, 'cal_google', 'Andrew Pike <andrew.pike@gmail.com>', 'en', 'yes', 2, 'calendar',
  'Google Declined but comment: child comes with his mum = yes', """
I'm away with work that weekend but Harry will come with his mum!
""", partstat='DECLINED', ch=1, ad=1, kid='Harry')

H(O, 'cal_apple', 'Fiona Reid <fiona.reid@icloud.com>', 'en', 'maybe', '-', 'calendar',
  'Apple Tentative with comment that keeps it a maybe', """
Depends whether Isla's cold clears up - fingers crossed
""", partstat='TENTATIVE', kid='Isla')

H(O, 'cal_google', 'Craig Bennett <craig.bennett@gmail.com>', 'en', 'no', '-', 'calendar',
  'Google Declined, comment does not state attendance', """
Thanks for organising, hope it's a great party!
""", partstat='DECLINED', kid='Freddie')

# ------------------------------------------------------------------ unclear
H(O, 'samsung', 'Sarah Bowen <sarah.bowen@gmail.com>', 'en', 'unclear', '-', 'unclear',
  'defers without leaning', """
Let me check with Dan and I'll get back to you!
""", kid='Evie')

H(O, 'iphone', 'Michelle Ward <michelle.ward@icloud.com>', 'en', 'unclear', '-', 'unclear',
  'wrong thread: school trip forms', """
Hi Owen, did you get the consent forms for the aquarium trip? Jack says they have to be in by Monday and I can't find ours anywhere
""", kid='Jack')

H(O, 'gmail', 'Daniel Frost <daniel.frost.uk@gmail.com>', 'en', 'unclear', '-', 'unclear',
  'question only: parking / arrival', """
Is there somewhere to park nearby? And is it socks-on for the soft play?
""", kid='Archie', must='park')

# ------------------------------------------------------------------ language
H(O, 'wp', 'Katarzyna Nowak <kasia.nowak@wp.pl>', 'pl', 'no', '-', 'language',
  '(pl) no; at grandma\'s (będziemy u babci)', """
Dzień dobry,
niestety nie damy rady, w ten weekend będziemy u babci w Poznaniu. Życzymy Poppy wszystkiego najlepszego!
Pozdrawiam, Kasia
""", kid='Zosia', cs='iso-8859-2')

H(O, 'gmail', 'Marta Kowalczyk <marta.kowalczyk85@gmail.com>', 'pl', 'yes', 1, 'language',
  '(pl) yes; mum works, dad brings and collects', """
Cześć Owen! Tak, Zuzia przyjdzie 😊 Ja niestety pracuję w tę sobotę, ale tata ją przywiezie i odbierze o 15:00.
""", ch=1, ad=0, kid='Zuzia', must='15:00')

H(O, 'gmail_android', 'Piotr Zieliński <piotr.zielinski@gmail.com>', 'pl', 'maybe', '-', 'language',
  '(pl) hedged: możliwe, że nie damy rady = maybe', """
Hej, możliwe że nie damy rady bo Kuba ma tego dnia turniej, ale jeszcze nie wiem o której. Dam znać w czwartek
""", kid='Kuba')

H(O, 'gmail', 'Agnieszka Wójcik <agnieszka.wojcik@gmail.com>', 'pl', 'unclear', '-', 'language',
  '(pl) question with a number, not a head-count', """
Dzień dobry, czy rodzeństwo też może przyjść? Mamy jeszcze dwójkę maluchów 🙂
""", kid='Lena')

H(O, 'gmail', 'Sunita Verma <sunita.verma@gmail.com>', 'hi', 'yes', 2, 'language',
  '(hi) romanized: yes, Aarav + mum', """
Haan ji Owen, Aarav zaroor aayega! Main bhi saath mein rukungi. Invite ke liye thank you 🙏
""", ch=1, ad=1, kid='Aarav')

H(O, 'gmail', 'Rajesh Kumar <rajesh.kumar.bristol@gmail.com>', 'hi', 'no', '-', 'language',
  '(hi) Devanagari: no, visiting grandmother', """
नमस्ते ओवेन जी, माफ़ कीजिए, हम नहीं आ पाएंगे। उस दिन हम दादी के घर बर्मिंघम जा रहे हैं। पॉपी को जन्मदिन की बहुत बधाई!
""", kid='Vihaan')

H(O, 'iphone', 'Neha Joshi <neha.joshi@icloud.com>', 'hi', 'maybe', '-', 'language',
  '(hi) romanized: shayad / abhi pakka nahi = maybe', """
Hi Owen, shayad aa payenge, abhi pakka nahi keh sakte. Ishaan ki tabiyat thodi kharab hai, Thursday tak bata dungi
""", kid='Ishaan')

H(O, 'gmail_android', 'Pooja Mehta <pooja.mehta@gmail.com>', 'hi', 'yes', 1, 'language',
  '(hi) Devanagari: yes, egg allergy note', """
हाँ, अनन्या ज़रूर आएगी! उसे अंडे से एलर्जी है, कृपया ध्यान रखें। धन्यवाद 🙏
""", ch=1, kid='Ananya', must='अंडे से एलर्जी')

H(O, 'gmail', 'Huda Mansour <huda.mansour@gmail.com>', 'ar', 'no', '-', 'language',
  '(ar) no, visiting relatives in London', """
شكراً جزيلاً على الدعوة! للأسف لن نتمكن من الحضور، سنكون في لندن عند أقاربنا في ذلك اليوم. عيد ميلاد سعيد لبوبي ❤️
""", kid='Yousef')

H(O, 'gmail_android', 'Omar Khalifa <omar.khalifa.uk@gmail.com>', 'ar', 'yes', 2, 'language',
  '(ar) yes, father and son; halal question', """
نعم إن شاء الله سنحضر، أنا وابني آدم. هل سيكون الطعام حلال؟ شكراً
""", ch=1, ad=1, kid='Adam', must='حلال')

H(O, 'gmail', 'Ioana Popescu <ioana.popescu@gmail.com>', 'ro', 'yes', 2, 'language',
  '(ro) yes, mum + daughter', """
Bună Owen! Da, venim cu drag, eu și Ilinca. Ilinca nu mănâncă lactate. Mulțumim mult pentru invitație!
""", ch=1, ad=1, kid='Ilinca', must='lactate')

H(O, 'samsung', 'Andrei Dumitru <andrei.dumitru@yahoo.com>', 'ro', 'no', '-', 'language',
  '(ro) no: away in Romania', """
Buna ziua, din pacate nu putem veni, suntem plecati in Romania in perioada aia. Multumim frumos si La multi ani Poppy!
""", kid='Matei', ui='ro')

H(O, 'gmail', 'Beatriz Santos <beatriz.santos@gmail.com>', 'pt', 'yes', 1, 'language',
  '(pt) yes; mum cannot stay, dad drops off and collects at 15h', """
Olá Owen! Sim, a Leonor vai adorar. Eu não posso ficar porque trabalho nesse dia, mas o pai leva-a e vai buscá-la às 15h.
""", ch=1, ad=0, kid='Leonor', must='15h')

H(O, 'iphone', 'Thiago Oliveira <thiago.oliveira@icloud.com>', 'pt', 'maybe', '-', 'language',
  '(pt) talvez / ainda não sei = maybe', """
Oi Owen, talvez! Ainda não sei se vamos estar aqui nesse fim de semana, te aviso até sexta.
""", kid='Davi', ui='pt')

H(O, 'gmail', 'Elif Yılmaz <elif.yilmaz@gmail.com>', 'tr', 'yes', 2, 'language',
  '(tr) yes, me and Defne', """
Merhaba Owen, evet geleceğiz! Ben ve Defne. Defne'nin fıstık alerjisi var, bilginiz olsun. Davet için çok teşekkürler 🙂
""", ch=1, ad=1, kid='Defne', must='fıstık alerjisi')
