"""Batch G: human replies in the other languages of the families."""
from clients import H

M, BEC, RETO, SOPH, VAL = 'morag', 'bec', 'reto', 'sophie', 'valentina'

CASES = [
    # ---- Portuguese ----
    H('gmail', 'pt', 'yes', '3', 'headcount', '2 crianças e 1 adulto; alergia a amendoim',
      "Sim, 2 crianças e 1 adulto. A Helena tem alergia a amendoim, por favor me avise se o bolo tiver.", host=M, kid='Helena', ph=[12, 11], must='yes', children=2, adults=1),
    H('gmail', 'pt', 'no', '-', 'change_of_mind', '"vamos os três" citado; agora o Miguel ficou doente = não',
      "Mudança de planos: o Miguel ficou doente, não vamos conseguir ir. Desculpa!", host=RETO, kid='Miguel', prev="Vamos sim, os três!", prev_hours=33, ph=[10]),

    # ---- Italian ----
    H('iphone', 'it', 'yes', '1', 'trap', 'non posso fermarmi ma Sofia viene; papà accompagna, ripresa 17.30 = 1',
      "Io non posso fermarmi ma Sofia viene volentieri! La accompagna il papà e la riprendo io alle 17.30.", host=SOPH, kid='Sofia', ph=[2, 11], must='yes', children=1, adults=0),
    H('gmail', 'it', 'yes', '-', 'plain', 'sì; celiachia',
      "Sì, Aurora ci sarà. È celiaca, porto io qualcosa senza glutine.", host=SOPH, kid='Aurora', ph=[11], must='yes'),
    H('m365', 'it', 'maybe', '-', 'trap', '"non diciamo di no, ma per ora non possiamo dire di sì"',
      "Non diciamo di no, ma per ora non possiamo dire di sì. Ti aggiorno appena so qualcosa.", host=VAL, ph=[4]),

    # ---- Polish ----
    H('gmail', 'pl', 'no', '-', 'trap', 'nie + powód (u babci w Gdyni)',
      "Niestety nie damy rady, będziemy u babci w Gdyni.", host=M, ph=[1]),
    # ---- Turkish ----
    H('gmail', 'tr', 'yes', '-', 'plain', 'evet; fıstık alerjisi + soru',
      "Evet, Kerem gelecek. Fıstık alerjisi var, pastada fıstık var mı?", host=M, kid='Kerem', ph=[11], must='yes'),

    # ---- Croatian ----
    H('outlook', 'hr', 'yes', '3', 'headcount', '"dvoje djece i jedna odrasla osoba"',
      "Da! Dvoje djece i jedna odrasla osoba.", host=SOPH, ph=[12], children=2, adults=1),
    # ---- Serbian (Cyrillic and Latin) ----
    H('gmail', 'sr', 'no', '-', 'trap', 'не + разлог (код баке у Новом Саду), ћирилица',
      "Нажалост не можемо да дођемо, бићемо код баке у Новом Саду.", host=RETO, ph=[1]),
    H('iphone', 'sr', 'yes', '2', 'trap', 'ja ne mogu da ostanem, Sofija dolazi, tata ostaje sa njom = 2',
      "Ja ne mogu da ostanem, ali Sofija dolazi sigurno! Tata će je dovesti i ostati sa njom.", host=BEC, kid='Sofija', ph=[2], children=1, adults=1),
    # ---- Czech ----
    # ---- Russian ----
    H('mailru', 'ru', 'no', '-', 'trap', 'нет + причина (у бабушки на даче), KOI8-R',
      "К сожалению, не сможем прийти, будем у бабушки на даче.", host=M, domain='yandex.ru', charset='koi8-r', cs_label='KOI8-R', cte='base64', ph=[1]),
    H('thunderbird', 'ru', 'no', '-', 'trap', 'без слова ответа: соревнования весь день = нет',
      "Спасибо! Но у Миши в этот день соревнования по плаванию весь день.", host=VAL, kid='Misha', post='top', ph=[5]),

    # ---- Ukrainian ----
    H('samsung', 'uk', 'unclear', '-', 'unclear', 'питання; "троє" - це діти в сім\'ї',
      "Скільки братиків і сестричок можна привести? У нас троє.", host=BEC, ph=[6], must='yes'),
    # ---- Arabic ----
    H('gmail', 'ar', 'no', '-', 'trap', 'لا + سبب (عند جدتي)',
      "للأسف لن نتمكن من الحضور، سنكون عند جدتي في ذلك اليوم.", host=M, ph=[1]),
    H('outlook', 'ar', 'unclear', '-', 'unclear', 'سؤال؛ "ثلاثة" هم الإخوة',
      "كم عدد الإخوة المسموح لهم بالحضور؟ عندنا ثلاثة.", host=SOPH, ph=[6], must='yes'),
    H('samsung', 'ar', 'maybe', '-', 'trap', 'إن شاء الله، يعتمد على دوام الزوج = ربما',
      "إن شاء الله نحضر، بس يعتمد على دوام زوجي.", host=M, ph=[4]),

    # ---- Chinese ----
    H('qq', 'zh', 'no', '-', 'trap', '去不了 + 原因（外婆家）, GB18030',
      "不好意思，我们去不了，那天要去外婆家。", host=M, ph=[1]),
    H('qq', 'zh', 'yes', '1', 'trap', '我不能留下，但Kevin会去；爸爸送，1点半接 = 1',
      "我不能留下，但是Kevin一定会去！他爸爸送他过去，1点半我来接。", host=BEC, kid='Kevin', ph=[2, 11], must='yes', children=1, adults=0),
    H('iphone', 'zh', 'yes', '4', 'headcount', '一共4个人，包括奶奶',
      "好的！我们一共4个人，包括奶奶。", host=RETO, ph=[8]),
    H('qq', 'zh', 'unclear', '-', 'unclear', '问题；"三个孩子"不是出席人数',
      "请问兄弟姐妹可以来几个？我们家有三个孩子。", host=VAL, domain='163.com', ph=[6], must='yes'),
    H('gmail_android', 'zh', 'yes', '3', 'headcount', '两个孩子一个大人；花生过敏',
      "去的！两个孩子一个大人。Lucy对花生过敏，麻烦注意一下。", host=M, kid='Lucy', ph=[12, 11], must='yes', children=2, adults=1),

    # ---- Hindi (romanized and Devanagari) ----
    H('gmail', 'hi', 'no', '-', 'trap', 'nahi + reason (nani ke ghar), romanized',
      "Sorry, hum nahi aa paayenge, us weekend hum nani ke ghar honge.", host=M, ph=[1]),
    H('iphone', 'hi', 'yes', '1', 'trap', 'main ruk nahi paungi but Aarav aayega; papa drop, 1:30 pick = 1',
      "Main ruk nahi paungi but Aarav zaroor aayega! Papa drop karenge, main 1:30 baje pick kar lungi.", host=BEC, kid='Aarav', ph=[2, 11], must='yes', children=1, adults=0),
    H('gmail_android', 'hi', 'maybe', '-', 'trap', 'shayad, depends on tabiyat',
      "Shayad, depends on Diya ki tabiyat. Friday tak batati hoon.", host=RETO, kid='Diya', ph=[4]),
    H('gmail', 'hi', 'yes', '4', 'headcount', 'हम चार लोग, दादी के साथ (देवनागरी)',
      "जी हाँ! हम चार लोग आएंगे, दादी के साथ।", host=SOPH, ph=[8]),
    H('iphone', 'hi', 'no', '-', 'trap', 'बिना उत्तर-शब्द: पूरे दिन क्रिकेट कैंप = नहीं (देवनागरी)',
      "धन्यवाद! लेकिन कबीर का उस दिन पूरे दिन क्रिकेट कैंप है।", host=M, kid='Kabir', ph=[5]),
    H('samsung', 'hi', 'unclear', '-', 'unclear', 'question; "teen bachche" is family size',
      "Kitne siblings aa sakte hain? Humare teen bachche hain.", host=VAL, ph=[6], must='yes'),
    H('gmail', 'hi', 'yes', '3', 'headcount', '2 bachche aur 1 adult; vegetarian, no egg',
      "Haan ji, 2 bachche aur 1 adult. Ira vegetarian hai, no egg please.", host=BEC, kid='Ira', ph=[12, 11], must='yes', children=2, adults=1),

    # ---- Romanian ----
    H('iphone', 'ro', 'yes', '3', 'headcount', '"doi copii și un adult"',
      "Da! Doi copii și un adult.", host=BEC, ph=[12], children=2, adults=1),

    # ---- Swedish ----
]
