"""Replies to Megan Rourke via Balloonpost (Hamilton, ON): Ellie's 9th, Sun Feb 21 2027."""
from spec import H

M = 'megan'

# ------------------------------------------------------------------ plain
H(M, 'owa', 'Jenna McAllister <jenna.mcallister@hotmail.com>', 'en', 'yes', 1, 'plain',
  'plain yes, child named', """
Hi Megan! Liam would love to come. Thanks for including him!
""", ch=1, kid='Liam')

H(M, 'iphone', 'Ryan Kowalski <ryankowalski@icloud.com>', 'en', 'no', '-', 'plain',
  'no + reason (hockey tournament)', """
Thanks Megan, unfortunately we'll be at a hockey tournament in London (Ontario, not England lol) that whole weekend. Happy birthday Ellie!
""", kid='Mason')

H(M, 'gmail', 'Stéphanie Boyer <stephanie.boyer@gmail.com>', 'fr', 'maybe', '-', 'plain',
  '(fr) on espère venir, confirmation vendredi = maybe', """
On espère pouvoir venir mais Chloé traîne un rhume depuis une semaine... je peux te confirmer vendredi?
""", kid='Chloé', ui='fr')

H(M, 'gmail_android', 'Marcus Greene <marcus.greene@gmail.com>', 'en', 'maybe', '-', 'plain',
  'probably, 90% = maybe', """
Probably! 90% sure, just waiting on my work schedule for that week.
""", kid='Caleb')

H(M, 'thunderbird', 'Amanda Leblanc <amanda.leblanc@rogers.com>', 'en', 'maybe', '-', 'plain',
  'hedged negative: might not make it now = maybe', """
Hi Megan, we might not make it now, my husband's shift got moved to that Sunday. I'll let you know for sure by Thursday.
""", kid='Avery')

H(M, 'iphone', 'Kayla Simmons <kayla.simmons@icloud.com>', 'en', 'yes', 1, 'plain',
  'yes + hearing aid note', """
Yes he'll be there! Just so you know Noah wears a hearing aid and the rink can get loud, so he might not hear instructions the first time. Totally fine, just letting you know.
""", ch=1, kid='Noah', must='hearing aid')

H(M, 'gmail', 'Lauren Fitzgerald <lauren.fitzgerald@gmail.com>', 'en', 'yes', '-', 'plain',
  'yes + peanut allergy / EpiPen; asks to stay', """
Avery is coming! She has a severe peanut allergy and carries an EpiPen. Would it be ok if I stayed for the pizza part?
""", kid='Avery', must='peanut allergy|EpiPen')

H(M, 'applemail', 'Derek Huang <derek.huang@mac.com>', 'en', 'yes', 1, 'plain',
  'child dropped off, dad collects early', """
Yes! I'll drop Ethan off at 2 and his dad will grab him at 4:15, he has a swim lesson after.

Derek
""", ch=1, ad=0, kid='Ethan', must='4:15')

H(M, 'samsung', 'Brittany Walsh <brittany.walsh@gmail.com>', 'en', 'yes', 1, 'plain',
  'yes + dairy-free', """
Zoey's in!! She's dairy-free so I'll send her with her own pizza if that's easier for you 🍕
""", ch=1, kid='Zoey', must='dairy-free')

H(M, 'gmail', 'Nathan Brooks <nathan.brooks.ham@gmail.com>', 'en', 'maybe', '-', 'plain',
  'conditional yes (if she can join without skating) = maybe; question', """
Harper can't skate yet - is that ok? If she can just hang out at the side she'd love to come.
""", kid='Harper', must='skate')

# ------------------------------------------------------------------ trap
H(M, 'gmail_android', 'Tyler Morrison <tyler.morrison@gmail.com>', 'en', 'yes', '-', 'trap',
  '"No problem at all" opening = yes', """
No problem at all - Mason's already asking if he can bring his new skates 😂
""", kid='Mason')

H(M, 'iphone', 'Olivia Grant <olivia.grant@icloud.com>', 'en', 'yes', '-', 'trap',
  'indirect yes: practising spins', """
Nora's been practising her spins all week for this ⛸️
""", kid='Nora')

H(M, 'gmail', 'Hélène Dion <helene.dion@sympatico.ca>', 'fr', 'no', '-', 'trap',
  '(fr) réponse indirecte: baptême cet après-midi-là', """
C'est l'après-midi du baptême du cousin de Caleb à Burlington 😕 Amusez-vous bien!
""", kid='Caleb', ui='fr')

H(M, 'gmail', 'Priya Nair <priya.nair.ca@gmail.com>', 'en', 'unclear', '-', 'trap',
  '"Not a problem" opening, but only a question about a sibling', """
Not a problem if not, but can siblings come? Aria's sister is 6 and loves skating.
""", kid='Aria')

H(M, 'iphone', 'Courtney Hill <courtneyhill@icloud.com>', 'en', 'no', '-', 'trap',
  'starts "Yes please" (to hot chocolate) but declines', """
Yes please to hot chocolate 😂 but we're away that weekend unfortunately. Next time!
""", kid='Logan')

H(M, 'mutt', 'Jason Reid <jason@reid-hamilton.ca>', 'en', 'yes', '-', 'trap',
  '"I don\'t see why not" = yes', """
I don't see why not! Logan's in.
""", kid='Logan')

H(M, 'gmail', 'Melissa Torres <melissa.torres.ca@gmail.com>', 'en', 'unclear', '-', 'trap',
  'number inside a question/offer, not a head-count', """
How many kids are you expecting? We have 2 spare pairs of skates we could bring if that helps.
""", kid='Maya')

# ------------------------------------------------------------------ headcount
H(M, 'gmail', 'Rachel Kim <rachel.kim.ham@gmail.com>', 'en', 'yes', 3, 'headcount',
  'Maya + me + little brother = 3', """
Yes! Maya + me + her little brother (4) = 3 of us. He has a nut allergy so I'll bring his own snacks. Thanks Megan!
""", ch=2, ad=1, kid='Maya', must='nut allergy')

H(M, 'iphone', 'Ashley Parker <ashley.parker@icloud.com>', 'en', 'yes', 3, 'headcount',
  'both of us plus the baby = 3', """
Yes - both of us plus the baby, if that's ok! Jayden's so excited
""", kid='Jayden')

H(M, 'gmail_android', 'Samantha Doyle <sam.doyle@gmail.com>', 'en', 'yes', 4, 'headcount',
  'Leah + twin brothers + me = 4', """
Leah and her twin brothers will come, and I'll stay with them. We'll have to head off at 4 though, family dinner. Thank you!!
""", ch=3, ad=1, kid='Leah', must='head off at 4')

H(M, 'yahoo', 'Chris Bouchard <chris.bouchard@yahoo.ca>', 'en', 'yes', 1, 'headcount',
  'just the child, dropped off', """
Just Owen, I'll drop him off. Thanks!
""", ch=1, ad=0, kid='Owen')

H(M, 'yahoo', 'Linda Marchetti <linda.marchetti@yahoo.ca>', 'en', 'yes', 5, 'headcount',
  '3 adults and 2 kids (grandparents in town)', """
We'll be there - we're 3 adults and 2 kids, the grandparents are in town that week!
""", ch=2, ad=3, kid='Nora')

H(M, 'gmail', 'Erin Caldwell <erin.caldwell@gmail.com>', 'en', 'maybe', 3, 'headcount',
  'maybe with conditional count 3', """
Maybe - if we come it would be Chloe, her brother and me. I'll know by Wednesday.
""", ch=2, ad=1, kid='Chloe')

# ------------------------------------------------------------------ quoted
H(M, 'outlook', 'Kevin Tran <kevin.tran@tranlogistics.ca>', 'en', 'yes', 2, 'quoted',
  'Outlook desktop US format From/Sent block; child + dad', """
Hi Megan,

Thanks for the invite. Ethan will be there, and I'll stay for the skating part.

Regards,
Kevin
""", ch=1, ad=1, kid='Ethan')

H(M, 'thunderbird', 'Gordon Fraser <gordon.fraser@cogeco.ca>', 'en', 'no', '-', 'quoted',
  'bottom-posted decline', """
Sorry, we'll have to pass this time - we're driving to Ottawa that weekend.

Gordon
""", kid='Liam', bottom=True)

H(M, 'thunderbird', 'Wendy Lau <wendy.lau@gmail.com>', 'en', 'maybe', '-', 'quoted',
  'interleaved: answers under quoted lines, maybe', """
On 1/30/2027 10:30 AM, Megan Rourke via Balloonpost wrote:
>    When:  Sunday, February 21, 2027, 2:00 - 4:30 pm

That time works for us.

> Just reply to this email with yes, no or maybe, how many are coming,
> and any allergies.

Maybe - it depends on Zoey's hockey schedule, they haven't posted the
playoff games yet. No allergies.

Wendy
""", kid='Zoey', raw=True)

H(M, 'owa', 'Danielle Roy <danielle.roy@outlook.com>', 'en', 'no', '-', 'quoted',
  'Outlook mobile HTML reply above divRplyFwdMsg', """
Sorry Megan, Noah's at his dad's that weekend.
""", kid='Noah', app=True)

H(M, 'yahoo', 'Patricia Owens <patricia.owens@yahoo.com>', 'en', 'maybe', '-', 'quoted',
  'Yahoo unprefixed quote; not sure we can = maybe', """
We would love to but I'm not sure we can, my mother is having surgery that week. I'll let you know.
""", kid='Harper', app=True)

H(M, 'gmail', 'Geneviève Tremblay <genevieve.tremblay@gmail.com>', 'fr', 'no', '-', 'quoted',
  '(fr) réponse en français au-dessus de la citation anglaise', """
Bonjour Megan, malheureusement Léa ne pourra pas venir, on sera à Montréal chez ses grands-parents. Bonne fête à Ellie !
""", kid='Léa', ui='fr')

H(M, 'iphone', 'Jordan Ellis <jordan.ellis@icloud.com>', 'en', 'yes', '-', 'trap',
  '"Can\'t wait" = yes; quote holds "yes, no or maybe"', """
Can't wait!! 🎉
""", kid='Mason')

# ------------------------------------------------------------------ signature
H(M, 'iphone', 'Tara Nolan <tara.nolan@icloud.com>', 'en', 'yes', 1, 'signature',
  'custom iPhone footer containing "No"', """
Yes! Liam will be there 🎉
""", ch=1, kid='Liam',
  footer='Sent from my iPhone - please excuse typos. No trees were harmed in the sending of this message.')

H(M, 'outlook', 'David Chen <david.chen@harbourviewadvisory.ca>', 'en', 'no', '-', 'signature',
  'corporate confidentiality notice with "not"', """
Hi Megan,

Aria won't be able to make it, sorry - she has a gymnastics meet that day.

Thanks,
David

David Chen, CPA | Senior Manager
Harbourview Advisory LLP
100 King St W, Suite 1200, Hamilton ON

CONFIDENTIALITY NOTICE: This e-mail message and any attachments are intended only for the named recipient(s) and may contain confidential information. If you are not the intended recipient, please do not read, copy, use or disclose this communication; notify the sender and delete it.
""", kid='Aria', ui='en_US')

H(M, 'gmail', 'Jess Romano <jess.romano.realtor@gmail.com>', 'en', 'no', '-', 'signature',
  'no; signature slogan contains "yes"', """
Sadly we can't make it, Caleb has a tournament in Guelph. Have a great time!

-- 
Jess Romano
Sales Representative | Bayfront Realty
"Say YES to your dream home!"
905-555-0147
""", kid='Caleb')

H(M, 'gmail', 'Mark Lindsay <mark.lindsay@steelcityrobotics.ca>', 'en', 'yes', 1, 'signature',
  'human reply with Precedence: list header; outdoor question', """
Hi Megan, yes, Mason will come. Is the rink outdoor even if it's super cold that day?

Mark
""", ch=1, kid='Mason', must='outdoor',
  hdrs=[('Precedence', 'list'), ('List-Id', '<parents.steelcityrobotics.ca>')])

H(M, 'outlook', 'Sophie Gagnon <sophie.gagnon@desjardins-conseil.ca>', 'fr', 'yes', 1, 'signature',
  '(fr) oui; avis de confidentialité avec "ne pas"', """
Merci Megan ! Nathan sera là 😊

Sophie Gagnon
Conseillère en placements

Avis de confidentialité : ce courriel est confidentiel et destiné uniquement à son destinataire. Si vous n'êtes pas le destinataire, veuillez ne pas le lire, le copier ni le diffuser, et en aviser l'expéditeur.
""", ch=1, kid='Nathan', ui='fr')

# ------------------------------------------------------------------ html / mime
H(M, 'owa', 'Hannah Oduya <hannah.oduya@outlook.com>', 'en', 'yes', 2, 'html_mime',
  'HTML-only; Caleb + me', """
Hi Megan, we'd love to! Caleb + me. Thank you!
""", ch=1, ad=1, kid='Caleb', ui='en_US')

H(M, 'samsung', 'Jamal Richards <jamal.richards@gmail.com>', 'en', 'no', '-', 'html_mime',
  'Samsung base64, typos', """
Sorry we cant come, were away that weekend. Happy bday Ellie
""", kid='Jayden', ui='en_US')

H(M, 'applemail', 'Laura Bennett <laura.bennett@me.com>', 'en', 'maybe', '-', 'html_mime',
  'Apple Mail; think we can but not 100% = maybe', """
Hi Megan —

I think we can make it but it's not 100% yet. Logan's grandpa might be visiting that weekend.

Laura
""", kid='Logan', ui='en_US')

H(M, 'yahoo', 'Chantal Bérubé <chantal.berube@yahoo.ca>', 'fr', 'maybe', '-', 'html_mime',
  '(fr) Yahoo; on va essayer, je ne promets rien = maybe', """
Bonjour Megan, on va essayer d'y être mais je ne promets rien, Olivier travaille ce dimanche-là.
""", kid='Olivier', ui='fr')

H(M, 'qq', 'Li Wei <liwei1988@qq.com>', 'zh', 'yes', 2, 'html_mime',
  '(zh) GB18030 base64: 我和女儿两个人', """
Megan你好，谢谢邀请！我们会来的，我和女儿两个人。
""", ch=1, ad=1, kid='Amy')

H(M, 'gmail', '陈静 <chenjing.ca@gmail.com>', 'zh', 'no', '-', 'language',
  '(zh) 来不了，要去多伦多', """
不好意思，那天我们要去多伦多，来不了。祝Ellie生日快乐！🎂
""", kid='Kevin', ui='zh')

H(M, 'gmail_android', 'Zhang Min <zhangmin.ham@gmail.com>', 'zh', 'maybe', '-', 'language',
  '(zh) 可能来，要看工作安排 = maybe', """
可能来，要看那天我的工作安排，周四之前告诉你。
""", kid='Lucy')

# ------------------------------------------------------------------ emoji / short
H(M, 'iphone', 'Kelsey Martin <kelsey.martin@icloud.com>', '-', 'yes', '-', 'emoji_short',
  'raised hands emoji only', """
🙌
""", kid='Avery')

H(M, 'gmail', 'Bryan Scott <bryan.scott.ham@gmail.com>', 'en', 'unclear', '-', 'emoji_short',
  '"k" alone = acknowledgement', """
k
""", kid='Ethan')

H(M, 'gmail_android', 'Megan Foster <megan.foster@gmail.com>', 'en', 'yes', '-', 'emoji_short',
  'sure!', """
Sure!
""", kid='Zoey')

H(M, 'iphone', 'Alyssa Wong <alyssa.wong@icloud.com>', 'en', 'no', '-', 'emoji_short',
  'nope', """
Nope, sorry! 🙁
""", kid='Aria')

H(M, 'gmail', 'Dylan Price <dylan.price@gmail.com>', 'en', 'maybe', '-', 'emoji_short',
  'maybe alone', """
maybe!
""", kid='Noah')

H(M, 'iphone', 'Cassie Moreau <cassie.moreau@icloud.com>', 'en', 'no', '-', 'emoji_short',
  '"prob not" = soft decline', """
Prob not 😕 we have a lot going on that weekend
""", kid='Leah')

# ------------------------------------------------------------------ change of mind
H(M, 'gmail', 'Rebecca Sutherland <rebecca.sutherland@gmail.com>', 'en', 'no', '-', 'change_of_mind',
  'earlier yes (quoted) withdrawn', """
Hi Megan, change of plans - Avery's grandma is flying in that day so we can't make it after all. So sorry!
""", kid='Avery', prev=('Yes, Avery will be there! 😊\n', 1))

H(M, 'iphone', 'Adam Fletcher <adam.fletcher@icloud.com>', 'en', 'yes', 1, 'change_of_mind',
  'earlier no (quoted) reversed; Noah can come', """
Update: the tournament got cancelled, so Noah CAN come! Hope it's not too late
""", ch=1, kid='Noah', prev=("We can't make it sorry, hockey tournament.\n", 2))

H(M, 'gmail', 'Vanessa Hart <vanessa.hart.ca@gmail.com>', 'en', 'no', '-', 'change_of_mind',
  'yes then retracted in the same message', """
Yes we'll be there! Actually, scratch that - just checked the calendar and we're at my in-laws in Kingston that weekend. Sorry!!
""", kid='Maya')

# ------------------------------------------------------------------ subject only
H(M, 'gmail', 'Tiffany Clarke <tiffany.clarke@gmail.com>', 'en', 'yes', 2, 'subject_only',
  'answer and count in subject only', '',
  kid='Harper', subj='Re: {S} - YES! Harper + 1 adult', ch=1, ad=1)

H(M, 'owa', 'Greg Sullivan <greg.sullivan@outlook.com>', 'en', 'maybe', '-', 'subject_only',
  'maybe typed after the long subject, empty body', '',
  kid='Liam', subj='RE: {S} → maybe')

H(M, 'iphone', 'Monica Ruiz <monica.ruiz@icloud.com>', 'en', 'no', '-', 'subject_only',
  'decline in subject only', '',
  kid='Chloe', subj="Re: {S} - we're out, sorry")

# ------------------------------------------------------------------ calendar
H(M, 'cal_google', 'Karen Lee <karen.lee.ham@gmail.com>', 'en', 'yes', '-', 'calendar',
  'Google Accepted with a comment that does not change it', """
See you there!
""", partstat='ACCEPTED', kid='Nora')

H(M, 'cal_outlook', 'Paul Desjardins <paul.desjardins@mcmasterhealth.ca>', 'en', 'yes', 4, 'calendar',
  'Outlook Tentative but comment says all coming: 2 adults, 2 kids', """
Actually we can all come - 2 adults, 2 kids. Looking forward to it!
""", partstat='TENTATIVE', ch=2, ad=2, kid='Ethan', ui='en_US')

H(M, 'cal_outlook', 'Sandra Ng <sandra.ng@hamiltonlibrary.ca>', 'en', 'no', '-', 'calendar',
  'Outlook Declined:, no comment', '', partstat='DECLINED', kid='Maya', ui='en_US')

H(M, 'cal_apple', 'Trevor Banks <trevor.banks@icloud.com>', 'en', 'no', '-', 'calendar',
  'Apple Accepted, but the comment says wrong button, cannot come', """
Sorry, pressed the wrong button - we can't come, we're away that weekend
""", partstat='ACCEPTED', kid='Caleb', ui='en_US')

H(M, 'cal_google', 'Julie Lavoie <julie.lavoie@gmail.com>', 'fr', 'yes', 2, 'calendar',
  '(fr) Google "Refusée" mais le commentaire: Gabriel vient avec son père', """
Moi je ne peux pas, mais Gabriel viendra avec son père 🙂
""", partstat='DECLINED', ch=1, ad=1, kid='Gabriel', ui='fr')

# ------------------------------------------------------------------ unclear
H(M, 'gmail', 'Heidi Schultz <heidi.schultz@gmail.com>', 'en', 'unclear', '-', 'unclear',
  'questions only: skates / rental cost', """
Do we need to bring skates or can we rent them there? How much is the rental?
""", kid='Zoey', must='rent')

H(M, 'owa', 'Rick Patterson <rick.patterson@hotmail.com>', 'en', 'unclear', '-', 'unclear',
  'wrong recipient: hockey carpool', """
Hey, is this the right email for the hockey carpool? Trying to reach Megan R. from the Westdale U9 team.
""", kid='Jayden')

H(M, 'raw', 'Walmart Rewards <rewards-center@promo-gift-ca.com>', 'en', 'unclear', '-', 'unclear',
  'spam replying into the thread = unclear', """
Congratulations! You have been selected to receive a $500 Walmart gift card.

Claim your reward now before it expires: http://bit.ly/claim-gift-ca-5

Reply STOP to unsubscribe.
""", kid='Logan', subj='Re: {S} - your reward is waiting')

H(M, 'iphone', 'Nadia Bélanger <nadia.belanger@icloud.com>', 'fr', 'unclear', '-', 'unclear',
  '(fr) confirmera plus tard, sans pencher', """
Je te confirme plus proche de la date!
""", kid='Mia', ui='fr')

H(M, 'applemail', 'Omar Farouk <omar.farouk@icloud.com>', 'en', 'unclear', '-', 'unclear',
  'question about who else is going', """
Who else from the class is going? Caleb only wants to come if Jayden is
""", kid='Caleb')

H(M, 'gmail_android', 'Lindsay Grey <lindsay.grey@gmail.com>', 'en', 'unclear', '-', 'unclear',
  'empty reply: only the quoted invitation', '', kid='Leah')

H(M, 'gmail', 'Isabelle Côté <isabelle.cote@videotron.ca>', 'fr', 'unclear', '-', 'unclear',
  '(fr) question seulement: les parents doivent rester?', """
Bonjour! Est-ce que les parents doivent rester pendant la fête ?
""", kid='Éloïse', ui='fr')

# ------------------------------------------------------------------ French (Canada)
H(M, 'gmail', 'Marie-Ève Pelletier <marieeve.pelletier@gmail.com>', 'fr', 'yes', 1, 'plain',
  '(fr) oui + allergie aux arachides', """
Allo Megan! Oui, Félix va venir, merci! Il est allergique aux arachides, juste pour que tu saches.
""", ch=1, kid='Félix', must='arachides')

H(M, 'iphone', 'Stéphane Gauthier <stephane.gauthier@icloud.com>', 'fr', 'maybe', '-', 'plain',
  '(fr) peut-être, ça dépend = maybe', """
Peut-être, ça dépend si on revient de Québec à temps dimanche. Je te redis ça!
""", kid='Émile', ui='fr')

H(M, 'gmail_android', 'Josée Lapointe <josee.lapointe@gmail.com>', 'fr', 'no', '-', 'plain',
  '(fr) non + on sera au chalet', """
Non merci, on sera au chalet ce weekend-là. Bonne fête à Ellie!! 🎈
""", kid='Rosalie')

H(M, 'gmail', 'Mathieu Caron <mathieu.caron@gmail.com>', 'fr', 'maybe', '-', 'trap',
  '(fr) on ne dit pas non, mais pas de confirmation = maybe', """
On ne dit pas non, mais on ne peut pas confirmer tout de suite. Je te reviens d'ici jeudi.
""", kid='Zacharie', ui='fr')

# ------------------------------------------------------------------ other languages
H(M, 'gmail', 'Оксана Коваленко <oksana.kovalenko@gmail.com>', 'uk', 'yes', 2, 'language',
  '(uk) так, Софія прийде, я теж залишуся', """
Дякуємо за запрошення! Так, Софія прийде. Я теж залишуся, якщо можна. У Софії алергія на горіхи.
""", ch=1, ad=1, kid='Sofia', must='алергія на горіхи')

H(M, 'gmail_android', 'Андрій Шевчук <andriy.shevchuk@gmail.com>', 'uk', 'maybe', '-', 'language',
  '(uk) ще не знаю, можливо = maybe', """
Ще не знаю, можливо прийдемо. Напишу в четвер.
""", kid='Mark')

H(M, 'gmail', 'Fernanda Lima <fernanda.lima.ca@gmail.com>', 'pt', 'no', '-', 'language',
  '(pt) infelizmente não; vamos estar em Toronto', """
Oi Megan! Infelizmente não vamos conseguir ir, vamos estar em Toronto nesse fim de semana. Parabéns pra Ellie! 🎉
""", kid='Gabriel')

H(M, 'gmail', 'Harpreet Gill <harpreet.gill@gmail.com>', 'hi', 'yes', 2, 'language',
  '(hi) romanized: hum aayenge, Arjun aur main', """
Megan ji, hum aayenge! Arjun aur main. Arjun vegetarian hai, please note. Bahut bahut thank you 😊
""", ch=1, ad=1, kid='Arjun', must='vegetarian')

H(M, 'gmail_android', 'Rania Haddad <rania.haddad.ca@gmail.com>', 'ar', 'maybe', '-', 'language',
  '(ar) ربما نأتي = maybe', """
شكرا على الدعوة، ربما نأتي، سأخبرك يوم الخميس إن شاء الله
""", kid='Lina')
