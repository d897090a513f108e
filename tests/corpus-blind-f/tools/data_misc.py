"""Blind batch F: replies in the families' other languages (all five hosts)."""
from clients import H


def M(lang, host, client, answer, guests, cat, note, text, **kw):
    return H(client, lang, answer, guests, cat, note, text, host=host, **kw)


CASES = [
    # Portuguese
    M('pt', 'ximena', 'gmail', 'yes', '2', 'language', 'yes, me and her', 'Olá Ximena! Sim, a Beatriz vai adorar. Vamos eu e ela.', kid='Beatriz',
      children=1, adults=1),
    M('pt', 'ximena', 'iphone', 'no', '-', 'language', 'no, away in Cancún', 'Infelizmente não vamos conseguir, estaremos em Cancún nesse fim de semana. Beijos!'),
    M('pt', 'amandine', 'gmail', 'no', '-', 'trap', 'indirect no: swimming championship', 'Obrigada! Mas o Caio tem campeonato de natação o dia todo 😕', kid='Caio'),
    M('pt', 'amandine', 'm365', 'yes', '3', 'headcount', '2 children 1 adult, egg allergy', 'Sim! 2 crianças e 1 adulto. A Lara tem alergia a ovo.',
      kid='Lara', children=2, adults=1, must='yes'),
    M('pt', 'amandine', 'yahoo', 'yes', '1', 'language', 'drop-off and collect (European Portuguese)',
      'Olá Amandine, sim, o Duarte vai. Eu deixo-o lá e vou buscá-lo no fim.', kid='Duarte', domain='sapo.pt'),
    # Italian
    M('it', 'lukas', 'gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Ciao Lukas, sì, Pietro viene volentieri! Resto anche io, quindi siamo in 2.',
      kid='Pietro', children=1, adults=1),
    M('it', 'lukas', 'outlook', 'no', '-', 'trap', "no, reason after: at the grandparents'", 'Purtroppo no, saremo dai nonni a Trieste quel weekend. Auguri a Fiona!',
      domain='libero.it'),
    M('it', 'amandine', 'gmail', 'maybe', '-', 'trap', 'hedged: maybe cannot, no promise',
      'Forse non riusciamo, Alice ha il saggio di danza quel pomeriggio. Non posso promettere niente.', kid='Alice'),
    M('it', 'amandine', 'iphone', 'yes', '2', 'trap', 'parent works, grandma brings and stays',
      'Lavoro quel sabato ma la nonna accompagna Giacomo e resta con lui, quindi sì!', kid='Giacomo', children=1, adults=1),
    M('it', 'amandine', 'samsung', 'yes', '-', 'emoji_short', 'short yes', 'sì 🎉 Ludovica c\'è', kid='Ludovica'),
    # Dutch
    M('nl', 'lukas', 'gmail', 'yes', '2', 'language', 'yes, parent stays: two', "Hoi Lukas, ja, Sem komt graag! Ik blijf erbij, dus met z'n tweeën.",
      kid='Sem', children=1, adults=1),
    M('nl', 'lukas', 'outlook', 'no', '-', 'language', 'no, wedding', 'Helaas, we zijn dat weekend in Nederland voor een bruiloft.', domain='ziggo.nl'),
    M('nl', 'bartek', 'gmail', 'maybe', '-', 'trap', 'hedged: might not make it, no promise',
      'We redden het misschien niet, Fenna heeft die ochtend een hockeytoernooi. Ik beloof niks.', kid='Fenna'),
    M('nl', 'bartek', 'apple', 'yes', '4', 'headcount', '2 children 2 adults, peanut allergy', "Ja! 2 kinderen en 2 volwassenen. Jesse is allergisch voor pinda's.",
      kid='Jesse', children=2, adults=2, must='yes'),
    M('nl', 'lukas', 'iphone', 'yes', '-', 'emoji_short', 'short yes', 'Ja hoor 👍'),
    # Turkish
    M('tr', 'lukas', 'gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Merhaba Lukas, evet, Deniz gelecek. Ben de kalacağım, yani 2 kişiyiz.',
      kid='Deniz', children=1, adults=1),
    M('tr', 'lukas', 'outlook', 'no', '-', 'language', 'no, in Turkey that weekend', "Maalesef gelemiyoruz, o hafta sonu İzmir'de olacağız.",
      charset='windows-1254', domain='gmx.at'),
    M('tr', 'lukas', 'gmail_android', 'maybe', '-', 'trap', 'hedged: might not come', "Belki gelemeyebiliriz, Arda'nın o gün yüzme yarışı var. Söz veremem.",
      kid='Arda'),
    M('tr', 'bartek', 'gmail', 'yes', '-', 'trap', 'parent works, mother brings', 'Evet! 🎉 Annesi getirecek, ben çalışıyorum.'),
    # Croatian
    M('hr', 'lukas', 'gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Bok Lukas, da, Luka će doći. Ja ostajem s njim, znači nas dvoje.', kid='Luka',
      children=1, adults=1),
    M('hr', 'lukas', 'iphone', 'no', '-', 'language', "no, at grandma's", 'Nažalost ne možemo, idemo kod bake u Split taj vikend.'),
    M('hr', 'lukas', 'gmail', 'maybe', '-', 'trap', 'hedged: might not make it', 'Možda nećemo moći doći, imamo obiteljski ručak. Ne mogu obećati.'),
    M('hr', 'bartek', 'outlook', 'yes', '3', 'headcount', '2 children 1 adult, nut allergy', 'Da! 2 djece i 1 odrasla osoba. Ema ne smije jesti orašaste plodove.',
      kid='Ema', domain='t-com.hr', charset='windows-1250', children=2, adults=1, must='yes'),
    # Serbian
    M('sr', 'lukas', 'gmail', 'yes', '2', 'language', 'Cyrillic yes, parent comes: two', 'Здраво Лукас, да, Вук ће доћи са мном, значи двоје.', kid='Vuk',
      children=1, adults=1),
    M('sr', 'lukas', 'gmail_android', 'no', '-', 'language', 'Latin no, at relatives', 'Nažalost ne možemo, tog vikenda smo kod dede i babe u Novom Sadu. Hvala vam lepo!'),
    M('sr', 'bartek', 'mutt', 'maybe', '-', 'language', 'Cyrillic maybe, depends on work', 'Можда, зависи од мог распореда на послу. Јавићу до петка.',
      charset='windows-1251', cte='8bit', domain='yandex.ru', attr='wrote'),
    M('sr', 'lukas', 'gmail', 'yes', '2', 'trap', 'Latin: parent works, dad brings her and stays',
      'Radim te subote, ali tata će dovesti Dunju i ostati sa njom. Znači da! Hvala lepo.', kid='Dunja', children=1, adults=1),
    # Czech
    M('cs', 'lukas', 'gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Dobrý den, ano, Šimon přijde rád. Budu s ním, takže 2.', kid='Šimon',
      children=1, adults=1),
    M('cs', 'bartek', 'thunderbird', 'no', '-', 'language', 'no, at the cottage', 'Bohužel ne, budeme na chatě. Ať se oslava vydaří!', domain='seznam.cz',
      charset='iso-8859-2', cte='quoted-printable'),
    M('cs', 'lukas', 'outlook', 'maybe', '-', 'trap', "hedged: might not make it, can't promise", 'Možná nebudeme moct přijít, nemůžu nic slíbit.', domain='seznam.cz'),
    M('cs', 'bartek', 'gmail', 'yes', '3', 'headcount', '2 children 1 adult, nut allergy', 'Ano, 2 děti a 1 dospělý. Adéla má alergii na ořechy.',
      kid='Adéla', children=2, adults=1, must='yes'),
    # Russian
    M('ru', 'bartek', 'gmail', 'yes', '2', 'language', 'yes, parent stays: two', 'Здравствуйте! Да, Миша придёт, я останусь с ним. Нас будет двое.',
      kid='Misha', children=1, adults=1),
    M('ru', 'bartek', 'mailru', 'no', '-', 'language', "no, going to grandma's; KOI8-R", 'К сожалению, не сможем, уезжаем к бабушке.',
      charset='koi8-r', cte='8bit', domain='mail.ru', attr='mutt'),
    M('ru', 'lukas', 'gmail_android', 'maybe', '-', 'language', "maybe, depends on husband's work", 'Может быть, пока не знаю, зависит от работы мужа.'),
    M('ru', 'lukas', 'iphone', 'no', '-', 'trap', 'indirect no: gymnastics competition', 'Спасибо, но у Даши в этот день соревнования по гимнастике.',
      kid='Dasha'),
    # Ukrainian
    M('uk', 'bartek', 'gmail', 'yes', '1', 'language', 'drop-off and collect', 'Добрий день! Так, Софійка прийде, я її приведу і заберу.', kid='Sofiika'),
    M('uk', 'bartek', 'samsung', 'no', '-', 'language', 'no, in Warsaw', 'На жаль, ні, ми будемо у Варшаві. Дякуємо за запрошення!'),
    M('uk', 'bartek', 'gmail', 'yes', '3', 'headcount', 'two children and me', 'Так! Нас буде троє: двоє дітей і я.', children=2, adults=1),
    # Arabic
    M('ar', 'amandine', 'gmail', 'yes', '2', 'language', 'yes, parent stays', 'مرحبا أماندين، نعم سيحضر آدم بكل سرور، وسأبقى معه.', kid='Adam',
      children=1, adults=1),
    M('ar', 'amandine', 'iphone', 'no', '-', 'language', "no, at grandmother's in Algeria", 'للأسف لن نتمكن من الحضور، سنكون عند جدتها في الجزائر.'),
    M('ar', 'amandine', 'gmail_android', 'maybe', '-', 'language', 'maybe, depends on work', 'ربما، يعتمد على عملي يوم السبت. سأخبرك قبل الجمعة.'),
    M('ar', 'amandine', 'outlook', 'yes', '3', 'headcount', '2 children 1 adult, peanut allergy; windows-1256',
      'نعم! طفلان وشخص بالغ. ريان عنده حساسية من الفول السوداني.', kid='Rayan', charset='windows-1256', domain='orange.fr',
      children=2, adults=1, must='yes'),
    # Chinese
    M('zh', 'siobhan', 'qq', 'yes', '2', 'language', 'yes, parent stays: two people', '你好 Siobhán，谢谢邀请！Eric 会来，我也会留下陪他，一共两个人。',
      kid='Eric', children=1, adults=1),
    M('zh', 'siobhan', 'gmail', 'no', '-', 'language', 'no, going to London', '不好意思，那天我们要去伦敦，来不了。祝 Cillian 生日快乐！'),
    M('zh', 'lukas', 'qq', 'maybe', '-', 'trap', "hedged: might not come, can't guarantee", '可能来不了，那天孩子有钢琴考试，不能保证。', domain='163.com'),
    M('zh', 'siobhan', 'qq', 'unclear', '-', 'trap', 'number in a question', '请问兄弟姐妹可以来几个？我们家有三个孩子。', must='yes'),
    # Hindi
    M('hi', 'siobhan', 'gmail', 'yes', '2', 'language', 'romanized: yes, parent stays: 2',
      'Hi Siobhan ji, haan Aarav zaroor aayega. Main bhi saath rahungi, toh hum 2 log.', kid='Aarav', children=1, adults=1),
    M('hi', 'siobhan', 'gmail_android', 'no', '-', 'trap', "romanized: no, cousin's wedding", 'Sorry, hum nahi aa payenge, us din cousin ki shaadi hai.'),
    M('hi', 'bartek', 'gmail', 'maybe', '-', 'language', "Devanagari: maybe, can't say for sure", 'नमस्ते, शायद हम आ पाएँ, पक्का नहीं कह सकते।'),
    M('hi', 'siobhan', 'iphone', 'yes', '3', 'headcount', 'Devanagari: 2 children 1 adult, peanut allergy',
      'जी हाँ, हम आएँगे - 2 बच्चे और 1 बड़ा। अनाया को मूंगफली से एलर्जी है।', kid='Anaya', children=2, adults=1, must='yes'),
    M('hi', 'bartek', 'gmail', 'yes', '1', 'language', 'romanized: drop-off and collect', 'Kabir aa raha hai! Main drop kar dunga aur baad mein le jaunga.',
      kid='Kabir'),
    # Romanian
    M('ro', 'lukas', 'gmail', 'yes', '2', 'language', 'yes, parent stays: 2', 'Bună ziua, da, Matei vine cu drag. Rămân și eu, deci suntem 2.', kid='Matei',
      children=1, adults=1),
    M('ro', 'amandine', 'yahoo', 'no', '-', 'language', 'no, away in Romania', 'Din păcate nu putem, suntem plecați în România în weekendul acela.'),
    M('ro', 'lukas', 'gmail', 'maybe', '-', 'trap', 'hedged: might not make it', 'S-ar putea să nu putem veni, nu promit nimic.'),
    # Swedish
    M('sv', 'bartek', 'gmail', 'yes', '2', 'language', 'yes, parent stays: two', 'Hej Bartek! Ja, Elsa kommer gärna. Jag stannar också, så vi blir två.',
      kid='Elsa', children=1, adults=1),
    M('sv', 'bartek', 'apple', 'no', '-', 'language', 'no, in Gothenburg', 'Tyvärr kan vi inte, vi är i Göteborg den helgen.'),
]
